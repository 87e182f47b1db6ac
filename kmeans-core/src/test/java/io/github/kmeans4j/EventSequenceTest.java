package io.github.kmeans4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kmeans4j.event.Assigned;
import io.github.kmeans4j.event.EmptyClusterRepaired;
import io.github.kmeans4j.event.Initialized;
import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.event.KMeansListener;
import io.github.kmeans4j.event.RunFinished;
import io.github.kmeans4j.event.RunStarted;
import io.github.kmeans4j.event.SeedChosen;
import io.github.kmeans4j.event.Updated;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The order and content of the events a fit emits (see the {@code io.github.kmeans4j.event}
 * package documentation), how each stop reason shows in them, cancellation, and listener
 * delivery (order, exceptions, snapshots).
 */
class EventSequenceTest {

    // ------------------------------------------------------------------ fixtures

    /**
     * The points 0, 1, …, 99 on a line, clustered from centroids 0 and 1. Worked by hand (ties go
     * to the lower centroid): the centroids go (0, 1) → (0, 50) → (12.5, 62.5) → (18.5, 68.5) →
     * (21.5, 71.5) → (23, 73) → (24, 74) → (24.5, 74.5); the assignments move 100, 25, 12, 6, 3,
     * 2, 1 and then 0 points, with inertia 318549, 50850, 28025, … and finally 20825 (each half
     * contributes 2 · Σ_{i=0}^{24} (i + ½)² = 10412.5).
     */
    private static Dataset line() {
        double[] values = new double[100];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        return Dataset.ofValues(values);
    }

    private static KMeans.Builder slowLine() {
        return KMeans.builder().k(2).seed(1).initializer(Initializer.given(new double[][] {{0}, {1}}));
    }

    /** Gaussian blobs in 2-D around (0, 0), (5, 1), (2, 6), (7, 7): reproducible from {@code seed}. */
    private static Dataset blobs(long seed, int n) {
        Random random = new Random(seed);
        double[][] centers = {{0, 0}, {5, 1}, {2, 6}, {7, 7}};
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] c = centers[i % centers.length];
            rows[i] = new double[] {c[0] + 1.5 * random.nextGaussian(), c[1] + 1.5 * random.nextGaussian()};
        }
        return Dataset.of(rows);
    }

    /** Keeps every event it receives. */
    private static final class Collector implements KMeansListener {
        final List<KMeansEvent> events = new ArrayList<>();

        @Override
        public void onEvent(KMeansEvent event) {
            events.add(event);
        }

        <T extends KMeansEvent> List<T> of(Class<T> type) {
            return events.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    private static Fit fit(KMeans.Builder builder, Dataset data) {
        Collector collector = new Collector();
        KMeansResult result = builder.listener(collector).build().fit(data);
        return new Fit(result, collector);
    }

    private record Fit(KMeansResult result, Collector events) {
        List<Assigned> assigned() {
            return events.of(Assigned.class);
        }

        List<Updated> updated() {
            return events.of(Updated.class);
        }

        RunFinished finished() {
            List<RunFinished> all = events.of(RunFinished.class);
            assertThat(all).hasSize(1);
            return all.get(0);
        }

        KMeansEvent last(int fromEnd) {
            return events.events.get(events.events.size() - 1 - fromEnd);
        }
    }

    /**
     * Checks the grammar of a whole fit: per restart r = 0, 1, …: RunStarted(r), SeedChosen(r,
     * 0..k−1), Initialized(r), then Assigned(t), EmptyClusterRepaired(t)*, Updated(t) for t = 1, 2,
     * …, possibly a final Assigned with no Updated, and RunFinished(r) whose result carries the
     * last Assigned labels and the last Updated (or Initialized) centroids. Returns the
     * RunFinished events.
     */
    private static List<RunFinished> assertGrammar(List<KMeansEvent> events, Dataset data, int k, int maxRestarts) {
        List<RunFinished> finished = new ArrayList<>();
        int pos = 0;
        int restart = 0;
        while (pos < events.size()) {
            final int r = restart;
            KMeansEvent first = events.get(pos++);
            assertThat(first).as("event %d", pos - 1).isInstanceOf(RunStarted.class);
            RunStarted started = (RunStarted) first;
            assertThat(started.restart()).isEqualTo(r);
            assertThat(started.restarts()).isEqualTo(maxRestarts);
            assertThat(started.k()).isEqualTo(k);
            assertThat(started.data()).isEqualTo(data);
            assertThat(started.iteration()).isZero();

            for (int j = 0; j < k; j++) {
                KMeansEvent e = events.get(pos++);
                assertThat(e).as("seed %d of restart %d", j, r).isInstanceOf(SeedChosen.class);
                SeedChosen s = (SeedChosen) e;
                assertThat(s.restart()).isEqualTo(r);
                assertThat(s.seedIndex()).isEqualTo(j);
                assertThat(s.centroid()).hasSize(data.d());
                if (s.pointIndex() >= 0) {
                    assertThat(s.centroid()).containsExactly(data.row(s.pointIndex()));
                }
            }
            KMeansEvent init = events.get(pos++);
            assertThat(init).isInstanceOf(Initialized.class);
            assertThat(init.restart()).isEqualTo(r);
            double[][] centroids = ((Initialized) init).centroids();
            assertThat(centroids).hasNumberOfRows(k);

            int updates = 0;
            Assigned lastAssigned = null;
            while (true) {
                KMeansEvent e = events.get(pos++);
                assertThat(e.restart()).as("restart of %s", e).isEqualTo(r);
                if (e instanceof RunFinished f) {
                    assertThat(lastAssigned).as("a run assigns at least once").isNotNull();
                    KMeansResult result = f.result();
                    assertThat(f.iteration()).isEqualTo(result.iterations());
                    assertThat(f.stopReason()).isEqualTo(result.stopReason());
                    assertThat(result.restart()).isEqualTo(r);
                    assertThat(result.labels()).containsExactly(lastAssigned.labels());
                    assertThat(result.clusterSizes()).containsExactly(lastAssigned.clusterSizes());
                    assertThat(result.inertia()).isEqualTo(lastAssigned.inertia());
                    assertThat(result.centroids()).isDeepEqualTo(centroids);
                    if (f.stopReason() == StopReason.LABELS_STABLE) {
                        // The stable assignment counts as an iteration (scikit-learn's n_iter_); its
                        // update would move nothing and is skipped.
                        assertThat(lastAssigned.iteration()).isEqualTo(updates + 1).isEqualTo(f.iteration());
                        assertThat(lastAssigned.pointsMoved()).isZero();
                    } else {
                        assertThat(f.iteration()).isEqualTo(updates);
                    }
                    finished.add(f);
                    break;
                }
                assertThat(e).as("event %d", pos - 1).isInstanceOf(Assigned.class);
                Assigned a = (Assigned) e;
                assertThat(a.iteration()).isEqualTo(updates + 1);
                assertThat(a.labels()).hasSize(data.n());
                assertThat(a.clusterSizes()).hasSize(k);
                if (lastAssigned == null) {
                    assertThat(a.pointsMoved()).as("the first assignment moves every point").isEqualTo(data.n());
                }
                lastAssigned = a;
                if (events.get(pos) instanceof RunFinished) {
                    continue;   // the final assignment: no update follows
                }
                while (events.get(pos) instanceof EmptyClusterRepaired repaired) {
                    assertThat(repaired.iteration()).isEqualTo(a.iteration());
                    assertThat(repaired.restart()).isEqualTo(r);
                    pos++;
                }
                KMeansEvent next = events.get(pos++);
                assertThat(next).as("event %d", pos - 1).isInstanceOf(Updated.class);
                Updated u = (Updated) next;
                assertThat(u.iteration()).isEqualTo(a.iteration());
                assertThat(u.centroids()).hasNumberOfRows(k);
                assertThat(u.shifts()).hasSize(k);
                centroids = u.centroids();
                updates++;
            }
            restart++;
        }
        assertThat(restart).isBetween(1, maxRestarts);
        return finished;
    }

    // ------------------------------------------------------------------ grammar

    @Test
    void fit_defaultConfiguration_eventsFollowTheGrammar() {
        Dataset data = blobs(1, 40);
        Fit fit = fit(KMeans.builder().k(4).seed(3), data);

        List<RunFinished> finished = assertGrammar(fit.events().events, data, 4, 1);

        assertThat(finished).hasSize(1);
        assertThat(fit.result().stopReason()).isEqualTo(StopReason.LABELS_STABLE);
    }

    @Test
    void fit_restarts_restartIndicesInOrderAndBestRunFinishedIsTheResult() {
        Dataset data = blobs(2, 60);
        Fit fit = fit(KMeans.builder().k(4).seed(9).restarts(5).initializer(Initializer.randomPoints()), data);

        List<RunFinished> finished = assertGrammar(fit.events().events, data, 4, 5);

        assertThat(finished).extracting(RunFinished::restart).containsExactly(0, 1, 2, 3, 4);
        RunFinished best = finished.get(0);
        for (RunFinished f : finished) {
            if (f.result().inertia() < best.result().inertia()) {
                best = f;
            }
        }
        KMeansResult result = fit.result();
        assertThat(result.restart()).isEqualTo(best.restart());
        assertThat(result.centroids()).isDeepEqualTo(best.result().centroids());
        assertThat(result.labels()).containsExactly(best.result().labels());
        assertThat(result.inertia()).isEqualTo(best.result().inertia());
        assertThat(result.restartSummaries()).hasSize(5);
        for (int r = 0; r < 5; r++) {
            KMeansResult.RestartSummary s = result.restartSummaries().get(r);
            RunFinished f = finished.get(r);
            assertThat(s).isEqualTo(new KMeansResult.RestartSummary(f.restart(), f.result().inertia(),
                    f.iteration(), f.stopReason()));
            assertThat(s.inertia()).isGreaterThanOrEqualTo(result.inertia());
        }
        assertThat(result.cancelled()).isFalse();
    }

    @Property(tries = 60, seed = "4242")
    void fit_anyConfiguration_eventsFollowTheGrammar(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 5) int k, @ForAll @IntRange(min = 1, max = 3) int restarts,
            @ForAll @IntRange(min = 0, max = 4) int initializerIndex, @ForAll boolean keepPrevious,
            @ForAll @IntRange(min = 1, max = 6) int maxIterations, @ForAll boolean weighted,
            @ForAll boolean stopWhenLabelsStable, @ForAll boolean withTolerance) {
        Initializer[] initializers = {Initializer.greedyKMeansPlusPlus(), Initializer.kMeansPlusPlus(),
            Initializer.randomPoints(), Initializer.randomPartition(), Initializer.farthestPoint()};
        Dataset data = blobs(seed, 30);
        if (weighted) {
            double[] w = new double[data.n()];
            for (int i = 0; i < w.length; i++) {
                w[i] = i < k ? 1 : i % 3;   // rows 0..k-1 keep k distinct points of positive weight
            }
            data = data.withWeights(w);
        }
        Fit fit = fit(KMeans.builder().k(k).seed(seed).restarts(restarts).maxIterations(maxIterations)
                .stopWhenLabelsStable(stopWhenLabelsStable).tolerance(withTolerance ? 0.5 : 0)
                .initializer(initializers[initializerIndex])
                .emptyClusterPolicy(keepPrevious ? EmptyClusterPolicy.KEEP_PREVIOUS : EmptyClusterPolicy.FARTHEST_POINT),
                data);

        List<RunFinished> finished = assertGrammar(fit.events().events, data, k, restarts);

        assertThat(finished).hasSize(restarts);
        for (RunFinished f : finished) {
            assertThat(f.iteration()).isBetween(1, maxIterations);
            if (!stopWhenLabelsStable) {
                assertThat(f.stopReason()).isNotEqualTo(StopReason.LABELS_STABLE);
            }
        }
        assertThat(fit.result().inertia())
                .isEqualTo(finished.stream().mapToDouble(f -> f.result().inertia()).min().orElseThrow());
    }

    @Test
    void fit_withoutListener_sameResultAsWithListener() {
        Dataset data = blobs(5, 50);
        KMeans.Builder builder = KMeans.builder().k(3).seed(77).restarts(3);

        KMeansResult silent = builder.build().fit(data);
        KMeansResult listened = fit(builder, data).result();

        assertThat(silent).isEqualTo(listened);
        assertThat(silent.labels()).hasSize(50);
    }

    @Test
    void fit_emptyCluster_repairEventBetweenAssignedAndUpdated() {
        // {0, 1, 2} from centroids 1 and 1000: every point joins cluster 0; cluster 1 takes row 0,
        // the lowest of the two rows farthest (distance 1) from centroid 1. Cluster 0 becomes the
        // mean of 1 and 2 = 1.5.
        Fit fit = fit(KMeans.builder().k(2).seed(1).initializer(Initializer.given(new double[][] {{1}, {1000}})),
                Dataset.ofValues(0, 1, 2));
        List<KMeansEvent> events = fit.events().events;

        assertGrammar(events, Dataset.ofValues(0, 1, 2), 2, 1);
        assertThat(events.get(4)).isEqualTo(new Assigned(0, 1, new int[] {0, 0, 0}, 2.0, 3, new int[] {3, 0}));
        assertThat(events.get(5)).isEqualTo(new EmptyClusterRepaired(0, 1, 1, EmptyClusterPolicy.FARTHEST_POINT, 0, 0,
                new double[] {0}));
        assertThat(events.get(6)).isEqualTo(new Updated(0, 1, new double[][] {{1.5}, {0}}, new double[] {0.5, 1000}));
        assertThat(fit.result().labels()).containsExactly(1, 0, 0);
        assertThat(fit.result().inertia()).isEqualTo(0.5);
    }

    @Test
    void fit_emptyClusterKeepPrevious_repairKeepsTheCentroidWithZeroShift() {
        // {0, 1, 2} from centroids 1 and 1000: cluster 1 is empty and stays at 1000; cluster 0 moves to
        // the mean 1, where it already is. No centroid moved, so the run stops by centroid shift.
        Fit fit = fit(KMeans.builder().k(2).seed(1).initializer(Initializer.given(new double[][] {{1}, {1000}}))
                .emptyClusterPolicy(EmptyClusterPolicy.KEEP_PREVIOUS), Dataset.ofValues(0, 1, 2));
        List<KMeansEvent> events = fit.events().events;

        assertGrammar(events, Dataset.ofValues(0, 1, 2), 2, 1);
        assertThat(events.get(5)).isEqualTo(new EmptyClusterRepaired(0, 1, 1, EmptyClusterPolicy.KEEP_PREVIOUS, -1, -1,
                new double[] {1000}));
        assertThat(events.get(6)).isEqualTo(new Updated(0, 1, new double[][] {{1}, {1000}}, new double[] {0, 0}));
        assertThat(fit.result().stopReason()).isEqualTo(StopReason.CENTROID_SHIFT);
        assertThat(fit.result().iterations()).isEqualTo(1);
        assertThat(fit.result().clusterSizes()).containsExactly(3, 0);
        assertThat(fit.result().inertia()).isEqualTo(2.0);
    }

    // ------------------------------------------------------------------ stop reasons

    @Test
    void fit_defaultStop_labelsStableWithTheHandComputedTrajectory() {
        Fit fit = fit(slowLine(), line());

        assertGrammar(fit.events().events, line(), 2, 1);
        assertThat(fit.result().stopReason()).isEqualTo(StopReason.LABELS_STABLE);
        assertThat(fit.assigned()).extracting(Assigned::pointsMoved).containsExactly(100, 25, 12, 6, 3, 2, 1, 0);
        assertThat(fit.assigned()).extracting(Assigned::inertia).startsWith(318549.0, 50850.0, 28025.0);
        assertThat(fit.updated()).hasSize(7);
        assertThat(fit.result().iterations()).isEqualTo(8);
        assertThat(fit.result().centroids()).isDeepEqualTo(new double[][] {{24.5}, {74.5}});
        assertThat(fit.result().inertia()).isEqualTo(20825.0);
        assertThat(fit.last(0)).isInstanceOf(RunFinished.class);
        assertThat(fit.last(1)).isInstanceOf(Assigned.class);
        assertThat(fit.finished().iteration()).isEqualTo(8);
    }

    @Test
    void fit_maxIterationsTwo_stopsAfterTwoUpdatesWithAFinalAssignmentThree() {
        Fit fit = fit(slowLine().maxIterations(2), line());

        assertGrammar(fit.events().events, line(), 2, 1);
        KMeansResult result = fit.result();
        assertThat(result.stopReason()).isEqualTo(StopReason.MAX_ITERATIONS);
        assertThat(result.iterations()).isEqualTo(2);
        assertThat(fit.updated()).extracting(Updated::iteration).containsExactly(1, 2);
        assertThat(fit.assigned()).extracting(Assigned::iteration).containsExactly(1, 2, 3);
        Assigned last = (Assigned) fit.last(1);
        assertThat(last.iteration()).isEqualTo(3);
        // Centroids 12.5 and 62.5: points 0..37 are nearer the first (37 is 24.5 from it, 25.5 from the other).
        assertThat(result.centroids()).isDeepEqualTo(new double[][] {{12.5}, {62.5}});
        assertThat(result.clusterSizes()).containsExactly(38, 62);
        assertThat(last.pointsMoved()).isEqualTo(12);
        assertThat(result.inertia()).isEqualTo(28025.0);
    }

    @Test
    void fit_largeTolerance_stopsByCentroidShiftAfterTheFirstUpdate() {
        // The first update moves centroid 1 from 1 to 50, a shift of 49 ≤ 100.
        Fit fit = fit(slowLine().tolerance(100), line());

        assertGrammar(fit.events().events, line(), 2, 1);
        assertThat(fit.result().stopReason()).isEqualTo(StopReason.CENTROID_SHIFT);
        assertThat(fit.result().iterations()).isEqualTo(1);
        assertThat(fit.updated()).singleElement().satisfies(u -> assertThat(u.maxShift()).isEqualTo(49.0));
        assertThat(fit.assigned()).extracting(Assigned::iteration).containsExactly(1, 2);
        assertThat(fit.result().centroids()).isDeepEqualTo(new double[][] {{0}, {50}});
    }

    @Test
    void fit_customRuleAtIterationTwo_stopsWithCustomRuleAfterSeeingIterationsOneAndTwo() {
        List<StoppingRule.Progress> seen = new ArrayList<>();
        StoppingRule rule = p -> {
            seen.add(p);
            return p.iteration() == 2;
        };
        Fit fit = fit(slowLine().stoppingRule(rule), line());

        assertGrammar(fit.events().events, line(), 2, 1);
        assertThat(fit.result().stopReason()).isEqualTo(StopReason.CUSTOM_RULE);
        assertThat(fit.result().iterations()).isEqualTo(2);
        assertThat(fit.assigned()).extracting(Assigned::iteration).containsExactly(1, 2, 3);
        assertThat(seen).extracting(StoppingRule.Progress::iteration).containsExactly(1, 2);
        StoppingRule.Progress first = seen.get(0);
        StoppingRule.Progress second = seen.get(1);
        assertThat(first.previousInertia()).isInfinite().isPositive();
        assertThat(first.relativeImprovement()).isEqualTo(1.0);
        assertThat(first).isEqualTo(new StoppingRule.Progress(0, 1, 318549.0, Double.POSITIVE_INFINITY, 100, 49.0));
        assertThat(second).isEqualTo(new StoppingRule.Progress(0, 2, 50850.0, 318549.0, 25, 12.5));
    }

    @Test
    void fit_tokenCancelledByListenerAtIterationThree_cancelledAfterThreeUpdates() {
        CancellationToken token = new CancellationToken();
        KMeansListener canceller = e -> {
            if (e instanceof Assigned a && a.iteration() == 3) {
                token.cancel();
            }
        };
        Collector collector = new Collector();
        KMeansResult result = slowLine().listener(canceller).listener(collector).build().fit(line(), token);

        assertGrammar(collector.events, line(), 2, 1);
        assertThat(result.stopReason()).isEqualTo(StopReason.CANCELLED);
        assertThat(result.cancelled()).isTrue();
        assertThat(result.iterations()).isEqualTo(3);
        assertThat(collector.of(Updated.class)).extracting(Updated::iteration).containsExactly(1, 2, 3);
        assertThat(collector.of(Assigned.class)).extracting(Assigned::iteration).containsExactly(1, 2, 3, 4);
        assertThat(result.centroids()).isDeepEqualTo(new double[][] {{18.5}, {68.5}});
        assertThat(result.restartSummaries()).singleElement()
                .satisfies(s -> assertThat(s.stopReason()).isEqualTo(StopReason.CANCELLED));
    }

    @Test
    void fit_tokenCancelledBeforeFit_cancelledWithZeroIterationsAndOneAssignment() {
        CancellationToken token = new CancellationToken();
        token.cancel();
        Collector collector = new Collector();

        KMeansResult result = slowLine().restarts(3).listener(collector).build().fit(line(), token);

        assertGrammar(collector.events, line(), 2, 3);
        assertThat(result.stopReason()).isEqualTo(StopReason.CANCELLED);
        assertThat(result.iterations()).isZero();
        assertThat(collector.of(RunStarted.class)).as("no later restart starts").hasSize(1);
        assertThat(result.centroids()).isDeepEqualTo(new double[][] {{0}, {1}});
        assertThat(result.labels()[0]).isZero();
        assertThat(result.clusterSizes()).containsExactly(1, 99);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void fit_tokenCancelledFromAnotherThread_cancelledAtTheNextIteration() throws Exception {
        CancellationToken token = new CancellationToken();
        CountDownLatch reachedIterationTwo = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        KMeansListener gate = e -> {
            if (e instanceof Assigned a && a.iteration() == 2) {
                reachedIterationTwo.countDown();
                try {
                    assertThat(cancelled.await(5, TimeUnit.SECONDS)).as("the other thread cancelled").isTrue();
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(ex);
                }
            }
        };
        Collector collector = new Collector();
        KMeans kmeans = slowLine().listener(gate).listener(collector).build();
        AtomicReference<Throwable> otherFailure = new AtomicReference<>();
        Thread other = new Thread(() -> {
            try {
                if (reachedIterationTwo.await(5, TimeUnit.SECONDS)) {
                    token.cancel();
                }
            } catch (InterruptedException | RuntimeException ex) {
                otherFailure.set(ex);
            } finally {
                cancelled.countDown();
            }
        }, "canceller");
        other.start();

        KMeansResult result = kmeans.fit(line(), token);
        other.join(5_000);

        assertThat(otherFailure.get()).isNull();
        assertThat(result.stopReason()).isEqualTo(StopReason.CANCELLED);
        assertThat(result.iterations()).isEqualTo(2);
        assertThat(collector.of(Assigned.class)).extracting(Assigned::iteration).containsExactly(1, 2, 3);
        assertThat(result.centroids()).isDeepEqualTo(new double[][] {{12.5}, {62.5}});
        assertGrammar(collector.events, line(), 2, 1);
    }

    @Test
    void fit_threadInterruptedByListener_cancelledAndInterruptStatusStaysSet() {
        KMeansListener interrupter = e -> {
            if (e instanceof Updated u && u.iteration() == 3) {
                Thread.currentThread().interrupt();
            }
        };
        Collector collector = new Collector();
        try {
            KMeansResult result = slowLine().restarts(2).listener(interrupter).listener(collector).build().fit(line());

            assertThat(Thread.currentThread().isInterrupted()).isTrue();
            assertThat(result.stopReason()).isEqualTo(StopReason.CANCELLED);
            assertThat(result.cancelled()).isTrue();
            assertThat(result.iterations()).isEqualTo(3);
            assertThat(collector.of(RunStarted.class)).as("no second restart after an interrupt").hasSize(1);
            assertThat(result.restartSummaries()).hasSize(1);
            assertGrammar(collector.events, line(), 2, 2);
        } finally {
            Thread.interrupted();
        }
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void fit_cancelledDuringSecondRestart_resultMarkedCancelledAndSummariesStopThere() {
        CancellationToken token = new CancellationToken();
        KMeansListener canceller = e -> {
            if (e instanceof Assigned a && a.restart() == 1 && a.iteration() == 2) {
                token.cancel();
            }
        };
        Collector collector = new Collector();
        KMeansResult result = slowLine().restarts(3).listener(canceller).listener(collector).build().fit(line(), token);

        assertGrammar(collector.events, line(), 2, 3);
        assertThat(collector.of(RunStarted.class)).hasSize(2);
        assertThat(result.cancelled()).isTrue();
        assertThat(result.restartSummaries()).extracting(KMeansResult.RestartSummary::stopReason)
                .containsExactly(StopReason.LABELS_STABLE, StopReason.CANCELLED);
        // Restart 0 converged to inertia 20825; restart 1, cancelled after two updates, ends at 28025.
        assertThat(result.restart()).isZero();
        assertThat(result.inertia()).isEqualTo(20825.0);
    }

    // ------------------------------------------------------------------ listeners

    @Test
    void fit_throwingListener_exceptionPropagatesAndLaterListenersMissThatEvent() {
        RuntimeException boom = new IllegalStateException("listener failed");
        Collector before = new Collector();
        Collector after = new Collector();
        KMeansListener thrower = e -> {
            if (e instanceof Assigned a && a.iteration() == 2) {
                throw boom;
            }
        };
        KMeans kmeans = slowLine().listener(before).listener(thrower).listener(after).build();

        assertThatThrownBy(() -> kmeans.fit(line())).isSameAs(boom);

        KMeansEvent failedOn = before.events.get(before.events.size() - 1);
        assertThat(failedOn).isInstanceOf(Assigned.class);
        assertThat(failedOn.iteration()).isEqualTo(2);
        assertThat(after.events).isEqualTo(before.events.subList(0, before.events.size() - 1));
        assertThat(after.events.get(after.events.size() - 1)).isInstanceOf(Updated.class);
        assertThat(before.of(RunFinished.class)).isEmpty();
    }

    @Test
    void fit_throwingStoppingRule_exceptionPropagates() {
        RuntimeException boom = new UnsupportedOperationException("rule failed");
        KMeans kmeans = slowLine().stoppingRule(p -> {
            throw boom;
        }).build();

        assertThatThrownBy(() -> kmeans.fit(line())).isSameAs(boom);
    }

    @Test
    void fit_severalListeners_eachEventDeliveredInRegistrationOrder() {
        List<String> deliveries = new ArrayList<>();
        List<KMeansEvent> seen = new ArrayList<>();
        KMeans.Builder builder = KMeans.builder().k(3).seed(4).restarts(2);
        for (String name : List.of("a", "b", "c")) {
            builder.listener(e -> {
                deliveries.add(name);
                if (name.equals("a")) {
                    seen.add(e);
                } else {
                    assertThat(e).isSameAs(seen.get(seen.size() - 1));
                }
            });
        }

        builder.build().fit(blobs(6, 30));

        assertThat(seen).isNotEmpty();
        assertThat(deliveries).hasSize(3 * seen.size());
        for (int i = 0; i < deliveries.size(); i++) {
            assertThat(deliveries.get(i)).isEqualTo(List.of("a", "b", "c").get(i % 3));
        }
    }

    @Test
    void fit_listenerKeepsAnEvent_keptSnapshotsDoNotChangeAsTheFitGoesOn() {
        List<Assigned> kept = new ArrayList<>();
        List<int[]> labelsWhenReceived = new ArrayList<>();
        List<Updated> keptUpdates = new ArrayList<>();
        List<double[][]> centroidsWhenReceived = new ArrayList<>();
        KMeansListener keeper = e -> {
            if (e instanceof Assigned a) {
                kept.add(a);
                labelsWhenReceived.add(a.labels());
            } else if (e instanceof Updated u) {
                keptUpdates.add(u);
                centroidsWhenReceived.add(u.centroids());
            }
        };

        slowLine().listener(keeper).build().fit(line());

        assertThat(kept).hasSize(8);
        for (int i = 0; i < kept.size(); i++) {
            assertThat(kept.get(i).labels()).as("labels of iteration %d", i + 1).containsExactly(labelsWhenReceived.get(i));
        }
        for (int i = 0; i < keptUpdates.size(); i++) {
            assertThat(keptUpdates.get(i).centroids()).isDeepEqualTo(centroidsWhenReceived.get(i));
        }
        // Hand-checked: after the first assignment only point 0 is in cluster 0.
        assertThat(kept.get(0).labels()[0]).isZero();
        assertThat(kept.get(0).clusterSizes()).containsExactly(1, 99);
        assertThat(kept.get(0).labels()).isNotEqualTo(kept.get(7).labels());
    }
}
