package io.github.kmeans4j.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.EmptyClusterPolicy;
import io.github.kmeans4j.Initializer;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.event.Assigned;
import io.github.kmeans4j.event.EmptyClusterRepaired;
import io.github.kmeans4j.event.Initialized;
import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.event.RunFinished;
import io.github.kmeans4j.event.RunStarted;
import io.github.kmeans4j.event.SeedChosen;
import io.github.kmeans4j.internal.EventArrays;
import io.github.kmeans4j.internal.format.CoreAccess;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A recording's events must follow the order of a fit: each refers only to seeds and clusters the
 * events before it created (reliability report, item 3). And a recording shares the events' label
 * arrays instead of holding a second copy of them (item 7).
 */
class RecordingIntegrityTest {
    private static final Dataset THREE = Dataset.ofValues(1, 2, 3);

    private static RunStarted start(int k) {
        return new RunStarted(0, 1, THREE, k, 1, "given", EmptyClusterPolicy.FARTHEST_POINT, 10, 0);
    }

    private static SeedChosen seed(int index, double value) {
        return new SeedChosen(0, index, -1, new double[] {value}, 1, Double.POSITIVE_INFINITY, "given");
    }

    private static List<KMeansEvent> events(KMeansEvent... events) {
        return List.of(events);
    }

    /** Both ways of building a recording refuse {@code last} after {@code before}, naming its index. */
    private static void assertRefused(List<KMeansEvent> before, KMeansEvent last, String problem) {
        List<KMeansEvent> all = new ArrayList<>(before);
        all.add(last);
        String index = "event " + before.size();
        assertThatThrownBy(() -> Recording.of(all)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(index).hasMessageContaining(problem);
        assertThatThrownBy(() -> Recording.of(before).with(last)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(index).hasMessageContaining(problem);
    }

    @Test
    void of_seedsInOrder_accepted() {
        Recording r = Recording.of(events(start(2), seed(0, 1), seed(1, 3)));
        assertThat(r.frame(2).centroids()).isDeepEqualTo(new double[][] {{1}, {3}});
    }

    @Test
    void of_aSeedChosenTwice_refused() {
        // was accepted: seed 0 silently overwritten
        assertRefused(events(start(2), seed(0, 1)), seed(0, 2), "seeds come in order");
    }

    @Test
    void of_aSeedAheadOfItsTurn_refused() {
        assertRefused(events(start(3), seed(0, 1)), seed(2, 3), "seed 1 is next");
    }

    @Test
    void of_anAssignmentBeforeTheCentroidsExist_refused() {
        Assigned assigned = new Assigned(0, 1, new int[] {0, 0, 1}, 1, 3, new int[] {2, 1});
        // was accepted: labels referring to clusters with no centroid
        assertRefused(events(start(2), seed(0, 1)), assigned, "only 1 centroid(s) exist yet");
        assertRefused(events(start(2)), assigned, "only 0 centroid(s) exist yet");
    }

    @Test
    void of_aRepairBeforeItsCentroidExists_refused() {
        EmptyClusterRepaired repaired = new EmptyClusterRepaired(0, 1, 1, EmptyClusterPolicy.FARTHEST_POINT, 2, 0,
                new double[] {3});
        // was ArrayIndexOutOfBoundsException from the frame's copy
        assertRefused(events(start(2)), repaired, "cluster 1 is repaired but only 0 centroid(s) exist yet");
        assertRefused(events(start(2), seed(0, 1)), repaired, "only 1 centroid(s) exist yet");
    }

    @Test
    void of_aRepairNamingNoRowOrNoDonor_refused() {
        List<KMeansEvent> seeded = events(start(2), seed(0, 1), seed(1, 3));
        // were accepted: the caption then named row 7 and cluster 5 of a 3-point, 2-cluster fit
        assertRefused(seeded, new EmptyClusterRepaired(0, 1, 1, EmptyClusterPolicy.FARTHEST_POINT, 7, 0,
                new double[] {3}), "point index 7");
        assertRefused(seeded, new EmptyClusterRepaired(0, 1, 1, EmptyClusterPolicy.FARTHEST_POINT, 2, 5,
                new double[] {3}), "donor cluster 5");
    }

    @Test
    void of_everyRealFit_stillAccepted() {
        for (Initializer init : List.of(Initializer.kMeansPlusPlus(), Initializer.greedyKMeansPlusPlus(),
                Initializer.kMeansParallel(), Initializer.randomPoints(), Initializer.randomPartition(),
                Initializer.farthestPoint())) {
            RunRecorder recorder = new RunRecorder();
            KMeans.builder().k(4).seed(3).restarts(2).initializer(init).listener(recorder).build()
                    .fit(Dataset.ofValues(0, 1, 2, 10, 11, 12, 20, 21, 30, 31, 40));
            Recording r = recorder.recording();
            assertThat(Recording.of(r.events())).as(init.toString()).isEqualTo(r);
        }
    }

    @Test
    void runStarted_noRestartsOrABadTolerance_refusedNamingTheParameter() {
        EmptyClusterPolicy p = EmptyClusterPolicy.FARTHEST_POINT;
        // were accepted (the builder refuses them, a hand-made or loaded event did not)
        assertThatThrownBy(() -> new RunStarted(0, 0, THREE, 2, 1, "given", p, 10, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("restarts must be at least 1, got 0");
        assertThatThrownBy(() -> new RunStarted(0, 1, THREE, 2, 1, "given", p, 10, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tolerance").hasMessageContaining("-1");
        assertThatThrownBy(() -> new RunStarted(0, 1, THREE, 2, 1, "given", p, 10, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tolerance");
        assertThat(new RunStarted(0, 1, THREE, 3, 1, "given", p, 1, 0.5).k()).isEqualTo(3);
    }

    // ------------------------------------------------------------------ memory

    @Test
    void recording_framesShareTheEventsLabelArrays() {
        RunRecorder recorder = new RunRecorder();
        KMeans.builder().k(2).seed(1).maxIterations(5).listener(recorder).build()
                .fit(Dataset.ofValues(0, 1, 2, 3, 10, 11, 12, 13));
        Recording r = recorder.recording();
        int checked = 0;
        for (Frame f : r.frames()) {
            // was a copy per frame: a second n labels for every assignment
            if (f.event() instanceof Assigned a) {
                assertThat(f.sharedLabels()).as("frame %d", f.index()).isSameAs(EventArrays.labels(a));
                checked++;
            } else if (f.event() instanceof RunFinished fin) {
                assertThat(f.sharedLabels()).as("frame %d", f.index()).isSameAs(CoreAccess.get().labels(fin.result()));
                checked++;
            } else if (f.event() instanceof Initialized && f.index() > 0) {
                assertThat(f.sharedLabels()).isNull();
            }
        }
        assertThat(checked).isGreaterThan(2);
    }
}
