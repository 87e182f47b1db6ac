package io.github.kmeans4j;

import io.github.kmeans4j.recording.RunRecorder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.kmeans4j.event.Assigned;
import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.event.Updated;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lloyd trajectories from fixed initial centroids, compared iteration by iteration with the
 * references in {@code reference/lloyd_trajectories.json} (scikit-learn 1.2 and a plain
 * keep-empty Lloyd, see the file's {@code about}): labels exactly, centroids and inertia to 1e-9.
 */
class ReferenceTrajectoryTest {
    private static final double TOLERANCE = 1e-9;
    private static final List<Map<String, Object>> CASES = loadCases();

    private static List<Map<String, Object>> loadCases() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object c : Json.list(Json.obj(Json.parseResource("/reference/lloyd_trajectories.json")).get("cases"))) {
            out.add(Json.obj(c));
        }
        return out;
    }

    static Stream<String> caseNames() {
        return CASES.stream().map(c -> (String) c.get("name"));
    }

    private static Map<String, Object> byName(String name) {
        return CASES.stream().filter(c -> c.get("name").equals(name)).findFirst().orElseThrow();
    }

    /** The events of one fit from the case's initial centroids. */
    private static Trace fit(Map<String, Object> c, EmptyClusterPolicy policy) {
        double[][] x = Json.matrix(c.get("X"));
        double[][] init = Json.matrix(c.get("init"));
        RunRecorder recorder = new RunRecorder();
        KMeansResult result = KMeans.builder()
                .k(init.length)
                .initializer(Initializer.given(init))
                .emptyClusterPolicy(policy)
                .maxIterations(100)
                .listener(recorder)
                .build()
                .fit(Dataset.of(x));
        List<Assigned> assigned = new ArrayList<>();
        List<Updated> updated = new ArrayList<>();
        for (KMeansEvent e : recorder.recording().events()) {
            if (e instanceof Assigned a) {
                assertThat(a.iteration()).isEqualTo(assigned.size() + 1);
                assigned.add(a);
            } else if (e instanceof Updated u) {
                assertThat(u.iteration()).isEqualTo(updated.size() + 1);
                updated.add(u);
            }
        }
        return new Trace(result, assigned, updated);
    }

    private record Trace(KMeansResult result, List<Assigned> assigned, List<Updated> updated) {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caseNames")
    void keepPrevious_reproducesEveryIteration(String name) {
        Map<String, Object> c = byName(name);
        List<Object> steps = Json.list(c.get("lloyd_keep_empty"));
        Trace trace = fit(c, EmptyClusterPolicy.KEEP_PREVIOUS);

        for (Object o : steps) {
            Map<String, Object> step = Json.obj(o);
            int i = (int) Json.number(step.get("iteration"));
            Assigned a = trace.assigned().get(i - 1);
            assertThat(a.labels()).as("labels of iteration %d", i).containsExactly(Json.ints(step.get("labels")));
            assertThat(a.inertia()).as("inertia of iteration %d", i)
                    .isCloseTo(Json.number(step.get("inertia_before_update")), within(TOLERANCE));
            assertThat(a.pointsMoved()).as("points moved in iteration %d", i)
                    .isEqualTo((int) Json.number(step.get("reassigned")));
            double[][] expected = Json.matrix(step.get("centroids_after_update"));
            if (i <= trace.updated().size()) {
                Updated u = trace.updated().get(i - 1);
                assertMatrixClose(u.centroids(), expected, "centroids after update " + i);
                assertThat(u.maxShift()).isCloseTo(Json.number(step.get("max_centroid_shift")), within(TOLERANCE));
            } else {
                // The run stopped at this iteration's assignment: no label changed, so the reference's
                // update left every centroid in place and ours was skipped.
                assertThat(Json.number(step.get("max_centroid_shift"))).isZero();
                assertMatrixClose(trace.result().centroids(), expected, "final centroids");
            }
        }
        assertThat(trace.result().iterations()).isEqualTo(steps.size());
        assertThat(trace.result().stopReason()).isEqualTo(StopReason.LABELS_STABLE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caseNames")
    void farthestPoint_reproducesScikitLearn(String name) {
        Map<String, Object> c = byName(name);
        List<Object> steps = Json.list(c.get("sklearn_lloyd"));
        Trace trace = fit(c, EmptyClusterPolicy.FARTHEST_POINT);
        int lastNIter = 0;
        for (Object o : steps) {
            Map<String, Object> step = Json.obj(o);
            int i = (int) Json.number(step.get("iteration"));
            lastNIter = (int) Json.number(step.get("n_iter"));
            // scikit-learn's max_iter = i: the centroids after min(i, convergence) updates, labels and
            // inertia from assigning the points to them.
            double[][] centroids = i <= trace.updated().size()
                    ? trace.updated().get(i - 1).centroids() : trace.result().centroids();
            assertMatrixClose(centroids, Json.matrix(step.get("centroids")), "centroids after " + i + " iterations");
            int[] labels;
            double inertia;
            if (i < trace.assigned().size()) {
                labels = trace.assigned().get(i).labels();
                inertia = trace.assigned().get(i).inertia();
            } else {
                labels = trace.result().labels();
                inertia = trace.result().inertia();
            }
            assertThat(labels).as("labels after %d iterations", i).containsExactly(Json.ints(step.get("labels")));
            assertThat(inertia).as("inertia after %d iterations", i)
                    .isCloseTo(Json.number(step.get("inertia")), within(TOLERANCE));
        }
        assertThat(trace.result().iterations()).as("iterations, counted as scikit-learn's n_iter_").isEqualTo(lastNIter);
    }

    private static void assertMatrixClose(double[][] actual, double[][] expected, String what) {
        assertThat(actual.length).as(what + ": rows").isEqualTo(expected.length);
        for (int j = 0; j < expected.length; j++) {
            assertThat(actual[j].length).as(what + ": columns of row " + j).isEqualTo(expected[j].length);
            for (int m = 0; m < expected[j].length; m++) {
                assertThat(actual[j][m]).as("%s [%d][%d]", what, j, m).isCloseTo(expected[j][m], within(TOLERANCE));
            }
        }
    }
}
