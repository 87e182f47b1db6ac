package io.github.kmeans4j;

import io.github.kmeans4j.recording.Recording;
import io.github.kmeans4j.recording.RunRecorder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.kmeans4j.event.Assigned;
import io.github.kmeans4j.event.EmptyClusterRepaired;
import io.github.kmeans4j.event.Initialized;
import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.event.Updated;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;

/**
 * The laws of a k-means fit, checked on random data against {@link Oracle}: labels in range and
 * nearest, inertia recomputed, inertia monotone along a run, centroids as means at convergence,
 * determinism, translation and permutation equivariance, one-dimensional data, and the extreme
 * cases k = 1 and k = number of distinct points.
 *
 * <p>Data comes in three kinds: "any" data (small integers full of duplicates and ties, wider
 * integers, or reals, optionally weighted, sometimes one-dimensional and sometimes d up to 300
 * with few points); "exact" data (integers and integer weights, where every sum of the update
 * step is exact whatever the summation order); and "generic" data (reals with six decimals, where
 * exact ties are unlikely and near ties are detected and discarded).
 */
class KMeansPropertiesTest {

    /** The seed of fits from given centroids: they draw nothing, but every fit has a fixed seed. */
    private static final long GIVEN_SEED = 20261123L;

    /** Below this, two squared distances are a tie that rounding may break either way. */
    private static final double TIE = 1e-9;


    /** How a raw value in [−100, 100] becomes a coordinate. */
    private enum Values {
        /** Integers −3..3: duplicates and ties everywhere. */
        SMALL_INTEGERS,
        /** Integers −20..20. */
        INTEGERS,
        /** Reals in [−100, 100] with four decimals. */
        REALS,
        /** Reals in [−10, 10] with six decimals: exact ties are unlikely. */
        FINE_REALS;

        double of(double raw) {
            return switch (this) {
                case SMALL_INTEGERS -> Math.rint(raw) % 4 + 0.0;
                case INTEGERS -> Math.rint(raw) % 21 + 0.0;
                case REALS -> Math.rint(raw * 1e4) / 1e4 + 0.0;
                case FINE_REALS -> Math.rint(raw * 1e5) / 1e6 + 0.0;
            };
        }
    }

    /** How a raw value in [0, 10] becomes a weight; NONE leaves the data unweighted. */
    private enum Weighting {
        NONE, INTEGER, REAL, POSITIVE_REAL;

        double of(double raw) {
            return switch (this) {
                case NONE -> 1.0;
                case INTEGER -> Math.floor(raw) % 5;                      // 0..4
                case REAL -> raw < 1.5 ? 0.0 : Math.rint(raw * 1e3) / 1e3;  // zero about one time in seven
                case POSITIVE_REAL -> Math.rint(raw * 1e3) / 1e3 + 0.001;
            };
        }
    }

    // ------------------------------------------------------------------ generators

    /** Mostly d in 2..6, often d = 1, sometimes d in 50..300 (then with at most 12 points). */
    private static Arbitrary<Integer> dimensions() {
        List<Tuple2<Integer, Arbitrary<Integer>>> choices = List.of(
                Tuple.of(20, Arbitraries.just(1)),
                Tuple.of(72, Arbitraries.integers().between(2, 6)),
                Tuple.of(8, Arbitraries.integers().between(50, 300)));
        return Arbitraries.frequencyOf(choices);
    }

    /** Raw rows: a list of 1 to {@code maxN} rows of {@code d} raw values in [−100, 100]. */
    private static Arbitrary<List<List<Double>>> rawRows(int d, int minN, int maxN) {
        return Arbitraries.doubles().between(-100, 100).ofScale(6).list().ofSize(d)
                .list().ofMinSize(minN).ofMaxSize(maxN);
    }

    private static double[][] rows(Values values, List<List<Double>> raw) {
        double[][] rows = new double[raw.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = raw.get(i).stream().mapToDouble(v -> values.of(v)).toArray();
        }
        return rows;
    }

    /** One weight per row (null when unweighted), at least one positive. */
    private static double[] weights(Weighting weighting, List<Double> raw, int n) {
        if (weighting == Weighting.NONE) {
            return null;
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = weighting.of(raw.get(i));
        }
        if (Arrays.stream(w).sum() == 0) {
            w[0] = 1;
        }
        return w;
    }

    /**
     * Samples of one of {@code valueStyles}, weighted as one of {@code weightings}, with k the
     * smaller of a drawn 1..6 and the number of distinct rows of positive weight. Built with one
     * flatMap only (on d), which keeps jqwik's shrinking fast.
     */
    private static Arbitrary<Sample> samples(List<Values> valueStyles, List<Weighting> weightings,
                                             Arbitrary<Integer> dimensions, int maxN) {
        Arbitrary<Sample> random = dimensions.flatMap(d -> {
            int most = d > 8 ? 12 : maxN;
            return Combinators.combine(Arbitraries.of(valueStyles), rawRows(d, 1, most), Arbitraries.of(weightings),
                    Arbitraries.doubles().between(0, 10).ofScale(3).list().ofSize(most),
                    Arbitraries.integers().between(1, 6))
                    .as((values, raw, weighting, rawWeights, wantedK) -> {
                        double[][] rows = rows(values, raw);
                        double[] weights = weights(weighting, rawWeights, rows.length);
                        int distinct = Oracle.distinctPositiveRows(rows, weights).size();
                        return new Sample(rows, weights, Math.min(wantedK, distinct));
                    });
        });
        // jqwik multiplies the edge cases of all parameters, and the random samples have hundreds:
        // instead, a few chosen small samples come up now and then, and are the edge cases.
        Arbitrary<Sample> edges = Arbitraries.of(dimensions == ONE_DIMENSION ? ONE_DIMENSIONAL_EDGES : EDGES);
        List<Tuple2<Integer, Arbitrary<Sample>>> choices =
                List.of(Tuple.of(92, random.withoutEdgeCases()), Tuple.of(8, edges));
        return Arbitraries.frequencyOf(choices);
    }

    private static final Arbitrary<Integer> ONE_DIMENSION = Arbitraries.just(1);

    /** One point; only duplicates; a zero-weight row; k = number of distinct points. */
    private static final Sample[] ONE_DIMENSIONAL_EDGES = {
        new Sample(new double[][] {{0}}, null, 1),
        new Sample(new double[][] {{2}, {2}, {2}}, null, 1),
        new Sample(new double[][] {{-1}, {3}, {3}, {7}}, new double[] {0, 1, 2, 1}, 2),
        new Sample(new double[][] {{-1}, {3}, {3}, {7}}, null, 3),
    };

    private static final Sample[] EDGES = {
        ONE_DIMENSIONAL_EDGES[0],
        ONE_DIMENSIONAL_EDGES[2],
        new Sample(new double[][] {{5, -3}}, new double[] {3}, 1),
        new Sample(new double[][] {{0, 0}, {0, 0}, {1, 1}, {1, 1}}, null, 2),
        new Sample(new double[1][300], null, 1),
    };

    @Provide
    Arbitrary<Sample> anySamples() {
        return samples(List.of(Values.SMALL_INTEGERS, Values.INTEGERS, Values.REALS),
                List.of(Weighting.NONE, Weighting.INTEGER, Weighting.REAL), dimensions(), 60);
    }

    /** Integers and integer weights: every sum of the update step is exact, in any order. */
    @Provide
    Arbitrary<Sample> exactSamples() {
        return samples(List.of(Values.SMALL_INTEGERS, Values.INTEGERS), List.of(Weighting.NONE, Weighting.INTEGER),
                dimensions(), 60);
    }

    @Provide
    Arbitrary<Sample> genericSamples() {
        return samples(List.of(Values.FINE_REALS), List.of(Weighting.NONE, Weighting.REAL), dimensions(), 60);
    }

    @Provide
    Arbitrary<Sample> oneDimensionalSamples() {
        return samples(List.of(Values.SMALL_INTEGERS, Values.INTEGERS, Values.REALS),
                List.of(Weighting.NONE, Weighting.INTEGER, Weighting.REAL), ONE_DIMENSION, 80);
    }

    /** Samples with k = 1. */
    @Provide
    Arbitrary<Sample> singleClusterSamples() {
        return anySamples().map(s -> new Sample(s.rows(), s.weights(), 1));
    }

    /** 2 to 8 distinct rows, unweighted or all of positive weight, with k = n. */
    @Provide
    Arbitrary<Sample> distinctPointSamples() {
        return Arbitraries.integers().between(1, 6).flatMap(d -> Combinators.combine(
                        Arbitraries.of(Values.SMALL_INTEGERS, Values.REALS), rawRows(d, 2, 8),
                        Arbitraries.of(Weighting.NONE, Weighting.POSITIVE_REAL),
                        Arbitraries.doubles().between(0, 10).ofScale(3).list().ofSize(8))
                .as((values, raw, weighting, rawWeights) -> {
                    List<double[]> distinct = Oracle.distinctPositiveRows(rows(values, raw), null);
                    if (distinct.size() == 1) {
                        double[] other = distinct.get(0).clone();
                        other[0] += 1;
                        distinct.add(other);
                    }
                    double[][] rows = distinct.toArray(new double[0][]);
                    return new Sample(rows, weights(weighting, rawWeights, rows.length), rows.length);
                }));
    }

    /**
     * Seeds. SplitMix64 mixes every bit, so no seed is special: one edge case (0) is kept so that
     * the samples' edge cases are still combined with the other parameters'.
     */
    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs().edgeCases(c -> c.includeOnly(0L));
    }

    /** The initialisers that draw from the data. */
    @Provide
    Arbitrary<Initializer> drawingInitializers() {
        return Arbitraries.of(Initializer.randomPoints(), Initializer.randomPartition(), Initializer.kMeansPlusPlus(),
                Initializer.greedyKMeansPlusPlus(), Initializer.farthestPoint())
                .edgeCases(c -> c.filter(i -> i == Initializer.randomPoints()));
    }

    /** Every policy that does not fail the fit. */
    @Provide
    Arbitrary<EmptyClusterPolicy> repairingPolicies() {
        return Arbitraries.of(EmptyClusterPolicy.KEEP_PREVIOUS, EmptyClusterPolicy.FARTHEST_POINT)
                .edgeCases(c -> c.filter(p -> p == EmptyClusterPolicy.FARTHEST_POINT));
    }

    // ------------------------------------------------------------------ helpers

    private static KMeans.Builder builder(Sample s, long seed) {
        return KMeans.builder().kernel(Kernel.SCALAR).k(s.k()).seed(seed);
    }

    /** k distinct rows of positive weight, the search starting at row {@code offset mod n}. */
    private static double[][] distinctRowsFrom(Sample s, int offset) {
        List<double[]> picked = new ArrayList<>();
        for (int step = 0; step < s.n() && picked.size() < s.k(); step++) {
            int i = (offset + step) % s.n();
            if (Oracle.weight(s.weights(), i) > 0
                    && picked.stream().noneMatch(p -> Oracle.sameRow(p, s.rows()[i]))) {
                picked.add(s.rows()[i].clone());
            }
        }
        assertThat(picked).as("the sample admits k distinct rows of positive weight").hasSize(s.k());
        return picked.toArray(new double[0][]);
    }

    /**
     * Whether a recorded fit came within {@link #TIE} of a tie that rounding could break the other
     * way in a different but mathematically equivalent computation: when {@code assignments}, a
     * point almost equally near its two nearest centroids; always, a relocated empty-cluster row
     * almost exactly as far from its centroid as another row of other coordinates.
     */
    private static boolean nearTie(double[][] rows, double[] weights, List<KMeansEvent> events, boolean assignments) {
        double[][] centroids = null;
        double[][] assignedTo = null;
        int[] labels = null;
        for (KMeansEvent e : events) {
            if (e instanceof Initialized i) {
                centroids = i.centroids();
            } else if (e instanceof Updated u) {
                centroids = u.centroids();
            } else if (e instanceof Assigned a) {
                assignedTo = centroids;
                labels = a.labels();
                if (assignments && centroids.length > 1) {
                    for (double[] row : rows) {
                        double[] sorted = Arrays.stream(centroids).mapToDouble(c -> Oracle.distanceSquared(row, c))
                                .sorted().toArray();
                        if (sorted[1] - sorted[0] <= TIE * (1 + sorted[0])) {
                            return true;
                        }
                    }
                }
            } else if (e instanceof EmptyClusterRepaired r && r.relocated()) {
                int p = r.pointIndex();
                double dp = Oracle.distanceSquared(rows[p], assignedTo[labels[p]]);
                for (int q = 0; q < rows.length; q++) {
                    if (Oracle.weight(weights, q) > 0 && !Oracle.sameRow(rows[q], rows[p])
                            && Math.abs(Oracle.distanceSquared(rows[q], assignedTo[labels[q]]) - dp)
                            <= TIE * (1 + dp)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static byte[] bytes(Recording recording) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        recording.save(out);
        return out.toByteArray();
    }

    // ------------------------------------------------------------------ 1. labels in range

    @Property(tries = 120)
    void fit_anyData_labelsLieInZeroToKAndClusterSizesCountThem(
            @ForAll("anySamples") Sample s, @ForAll("drawingInitializers") Initializer initializer,
            @ForAll("repairingPolicies") EmptyClusterPolicy policy, @ForAll("seeds") long seed) {
        KMeansResult result = builder(s, seed).initializer(initializer).emptyClusterPolicy(policy).build()
                .fit(s.dataset());

        int[] labels = result.labels();
        assertThat(labels).hasSize(s.n());
        int[] counted = new int[s.k()];
        for (int label : labels) {
            assertThat(label).isBetween(0, s.k() - 1);
            counted[label]++;
        }
        assertThat(result.clusterSizes()).containsExactly(counted);
        assertThat(result.centroids()).hasNumberOfRows(s.k());
        for (double[] centroid : result.centroids()) {
            assertThat(centroid).hasSize(s.d());
        }
    }

    // ------------------------------------------------------------------ 2. nearest centroid

    /**
     * The returned labels, and those of every assignment along the way (seen through the
     * listener, against the centroids of the latest Initialized or Updated event), name a nearest
     * centroid, the lowest-indexed one on ties; each Assigned event's inertia and cluster sizes
     * match that assignment.
     */
    @Property(tries = 150)
    void fit_anyData_everyLabelIsTheLowestIndexedNearestCentroid(
            @ForAll("anySamples") Sample s, @ForAll("drawingInitializers") Initializer initializer,
            @ForAll("repairingPolicies") EmptyClusterPolicy policy, @ForAll("seeds") long seed) {
        RunRecorder recorder = new RunRecorder();
        KMeansResult result = builder(s, seed).initializer(initializer).emptyClusterPolicy(policy).listener(recorder)
                .build().fit(s.dataset());

        checkNearest(s, result.centroids(), result.labels(), "result");
        double[][] centroids = null;
        for (KMeansEvent e : recorder.recording().events()) {
            if (e instanceof Initialized i) {
                centroids = i.centroids();
            } else if (e instanceof Updated u) {
                centroids = u.centroids();
            } else if (e instanceof Assigned a) {
                String where = "assignment " + a.iteration();
                checkNearest(s, centroids, a.labels(), where);
                double expected = Oracle.inertia(s.rows(), s.weights(), centroids);
                assertThat(a.inertia()).as(where).isCloseTo(expected, within(1e-12 * expected));
                int[] sizes = new int[s.k()];
                for (int label : a.labels()) {
                    sizes[label]++;
                }
                assertThat(a.clusterSizes()).as(where).containsExactly(sizes);
            }
        }
    }

    private static void checkNearest(Sample s, double[][] centroids, int[] labels, String where) {
        for (int i = 0; i < s.n(); i++) {
            double[] row = s.rows()[i];
            int label = labels[i];
            double min = Oracle.minDistanceSquared(row, centroids);
            assertThat(Oracle.distanceSquared(row, centroids[label])).as("%s: distance of row %d", where, i)
                    .isEqualTo(min);
            for (int j = 0; j < label; j++) {
                assertThat(Oracle.distanceSquared(row, centroids[j]))
                        .as("%s, row %d: lower-indexed centroid %d must be strictly farther than label %d",
                                where, i, j, label)
                        .isGreaterThan(min);
            }
        }
    }

    // ------------------------------------------------------------------ 2b. empty clusters

    /**
     * Given centroids drawn from the rows with replacement (duplicates leave clusters empty), every
     * cluster that receives no weight in an assignment is repaired, in index order, as its policy
     * says: KEEP_PREVIOUS keeps the centroid; FARTHEST_POINT moves it to the row farthest from its
     * own centroid among those not yet taken, of positive weight and positive distance, whose
     * cluster keeps another row of positive weight (ties to the lowest row), and keeps the
     * centroid when there is none.
     */
    @Property(tries = 150)
    @StatisticsReport(StatisticsReportMode.OFF)
    void fit_emptyClusters_repairedInIndexOrderAsThePolicySays(
            @ForAll("anySamples") Sample s, @ForAll("repairingPolicies") EmptyClusterPolicy policy,
            @ForAll("seeds") long pickSeed) {
        Random random = new Random(pickSeed);
        double[][] initial = new double[s.k()][];
        for (int j = 0; j < s.k(); j++) {
            initial[j] = s.rows()[random.nextInt(s.n())].clone();
        }
        RunRecorder recorder = new RunRecorder();
        KMeans.builder().kernel(Kernel.SCALAR).k(s.k()).seed(GIVEN_SEED).initializer(Initializer.given(initial)).emptyClusterPolicy(policy)
                .listener(recorder).build().fit(s.dataset());

        double[][] centroids = null;
        double[][] assignedTo = null;
        int[] labels = null;
        double[] distance = new double[s.n()];
        int[] positiveRows = new int[s.k()];
        Set<Integer> taken = new HashSet<>();
        List<Integer> empty = new ArrayList<>();
        int repairs = 0;
        for (KMeansEvent e : recorder.recording().events()) {
            if (e instanceof Initialized i) {
                centroids = i.centroids();
            } else if (e instanceof Assigned a) {
                assignedTo = centroids;
                labels = a.labels();
                Arrays.fill(positiveRows, 0);
                taken.clear();
                for (int i = 0; i < s.n(); i++) {
                    distance[i] = Oracle.distanceSquared(s.rows()[i], assignedTo[labels[i]]);
                    if (Oracle.weight(s.weights(), i) > 0) {
                        positiveRows[labels[i]]++;
                    }
                }
                empty.clear();
                for (int j = 0; j < s.k(); j++) {
                    if (Oracle.clusterWeight(s.weights(), labels, j) == 0) {
                        empty.add(j);
                    }
                }
            } else if (e instanceof EmptyClusterRepaired r) {
                assertThat(empty).as("clusters still to repair in iteration %d", r.iteration()).isNotEmpty();
                int cluster = empty.remove(0);
                repairs++;
                assertThat(r.cluster()).isEqualTo(cluster);
                assertThat(r.policy()).isEqualTo(policy);
                int expectedRow = -1;
                if (policy == EmptyClusterPolicy.FARTHEST_POINT) {
                    for (int i = 0; i < s.n(); i++) {
                        if (!taken.contains(i) && Oracle.weight(s.weights(), i) > 0 && distance[i] > 0
                                && positiveRows[labels[i]] >= 2
                                && (expectedRow < 0 || distance[i] > distance[expectedRow])) {
                            expectedRow = i;
                        }
                    }
                }
                assertThat(r.pointIndex()).as("row taken by cluster %d", cluster).isEqualTo(expectedRow);
                if (expectedRow >= 0) {
                    assertThat(r.donorCluster()).isEqualTo(labels[expectedRow]);
                    assertThat(r.centroid()).containsExactly(s.rows()[expectedRow]);
                    taken.add(expectedRow);
                    positiveRows[labels[expectedRow]]--;
                } else {
                    assertThat(r.donorCluster()).isEqualTo(-1);
                    assertThat(r.centroid()).containsExactly(assignedTo[cluster]);
                }
            } else if (e instanceof Updated u) {
                assertThat(empty).as("empty clusters left unrepaired in iteration %d", u.iteration()).isEmpty();
                centroids = u.centroids();
            }
        }
        Statistics.label("repaired").collect(repairs > 0);
        Statistics.label("repaired").coverage(c -> c.check(true).percentage(p -> p >= 20));
    }

    // ------------------------------------------------------------------ 3. inertia recomputed

    @Property(tries = 150)
    void fit_anyData_inertiaEqualsFromScratchRecomputation(
            @ForAll("anySamples") Sample s, @ForAll("drawingInitializers") Initializer initializer,
            @ForAll("repairingPolicies") EmptyClusterPolicy policy, @ForAll @IntRange(min = 1, max = 3) int restarts,
            @ForAll("seeds") long seed) {
        KMeansResult result = builder(s, seed).initializer(initializer).emptyClusterPolicy(policy)
                .restarts(restarts).build().fit(s.dataset());

        double expected = Oracle.inertia(s.rows(), s.weights(), result.centroids());
        assertThat(result.inertia()).isCloseTo(expected, within(1e-12 * expected));
        assertThat(Oracle.inertia(s.rows(), s.weights(), result.centroids(), result.labels()))
                .isCloseTo(expected, within(1e-12 * expected));
        assertThat(result.restartSummaries()).hasSize(restarts);
        assertThat(result.restartSummaries().get(result.restart()).inertia()).isEqualTo(result.inertia());
        for (KMeansResult.RestartSummary summary : result.restartSummaries()) {
            assertThat(result.inertia()).as("the fit keeps the restart of lowest inertia")
                    .isLessThanOrEqualTo(summary.inertia());
        }
    }

    // ------------------------------------------------------------------ 4. inertia monotone

    @Property(tries = 150)
    void fit_anyPolicyButFail_inertiaNeverRisesFromOneAssignmentToTheNext(
            @ForAll("anySamples") Sample s, @ForAll("drawingInitializers") Initializer initializer,
            @ForAll("repairingPolicies") EmptyClusterPolicy policy, @ForAll @IntRange(min = 1, max = 3) int restarts,
            @ForAll("seeds") long seed) {
        Map<Integer, List<Double>> inertias = new HashMap<>();
        KMeansResult result = builder(s, seed).initializer(initializer).emptyClusterPolicy(policy)
                .restarts(restarts)
                .listener(e -> {
                    if (e instanceof Assigned a) {
                        inertias.computeIfAbsent(a.restart(), r -> new ArrayList<>()).add(a.inertia());
                    }
                })
                .build().fit(s.dataset());

        // 1e-9 relative slack, plus a rounding floor for when the inertia reaches 0: the mean of
        // equal reals need not round back to them exactly.
        double floor = 1e-15 * (1 + Oracle.sumOfSquaredNorms(s.rows(), s.weights()));
        assertThat(inertias.keySet()).hasSize(restarts);
        for (Map.Entry<Integer, List<Double>> entry : inertias.entrySet()) {
            List<Double> sequence = entry.getValue();
            for (int t = 1; t < sequence.size(); t++) {
                double before = sequence.get(t - 1);
                assertThat(sequence.get(t)).as("restart %d, assignment %d of %s", entry.getKey(), t + 1, sequence)
                        .isLessThanOrEqualTo(before + 1e-9 * before + floor);
            }
        }
        List<Double> chosen = inertias.get(result.restart());
        assertThat(result.inertia()).as("the result's inertia is that of its restart's last assignment")
                .isEqualTo(chosen.get(chosen.size() - 1));
    }

    // ------------------------------------------------------------------ 5. centroids are means

    /**
     * A converged run (an assignment changed no label, or with tolerance 0 an update moved no
     * centroid) ends with every centroid of a cluster of positive weight at the weighted mean of
     * its points.
     */
    @Property(tries = 150)
    @StatisticsReport(StatisticsReportMode.OFF)
    void fit_converged_everyCentroidOfAWeightedClusterIsTheWeightedMeanOfItsPoints(
            @ForAll("anySamples") Sample s, @ForAll("drawingInitializers") Initializer initializer,
            @ForAll("repairingPolicies") EmptyClusterPolicy policy, @ForAll("seeds") long seed) {
        KMeansResult result = builder(s, seed).initializer(initializer).emptyClusterPolicy(policy).build()
                .fit(s.dataset());
        Statistics.label("stop reason").collect(result.stopReason());
        Statistics.label("stop reason").coverage(c -> c.check(StopReason.LABELS_STABLE).percentage(p -> p >= 15));

        assertThat(result.stopReason()).isIn(StopReason.LABELS_STABLE, StopReason.CENTROID_SHIFT);
        int[] labels = result.labels();
        for (int j = 0; j < s.k(); j++) {
            double[] mean = Oracle.weightedMean(s.rows(), s.weights(), labels, j);
            if (mean != null) {
                assertThat(result.centroid(j)).as("centroid %d", j).containsExactly(mean, within(1e-9));
            }
        }
    }

    // ------------------------------------------------------------------ 6. determinism

    @Property(tries = 80)
    void fit_sameSeed_sameResultAndIdenticalEventStreamAndRecordingBytes(
            @ForAll("anySamples") Sample s, @ForAll boolean defaultInitializer,
            @ForAll("drawingInitializers") Initializer initializer, @ForAll boolean threeRestarts,
            @ForAll("seeds") long seed) throws IOException {
        RunRecorder first = new RunRecorder();
        RunRecorder second = new RunRecorder();
        KMeansResult a = configured(s, seed, defaultInitializer, initializer, threeRestarts).listener(first).build()
                .fit(s.dataset());
        KMeansResult b = configured(s, seed, defaultInitializer, initializer, threeRestarts).listener(second).build()
                .fit(Oracle.dataset(Oracle.copy(s.rows()), s.weights() == null ? null : s.weights().clone()));

        assertThat(b).isEqualTo(a);
        assertThat(a.seed()).isEqualTo(seed);
        assertThat(second.recording().events()).isEqualTo(first.recording().events());
        assertThat(bytes(second.recording())).isEqualTo(bytes(first.recording()));
    }

    private static KMeans.Builder configured(Sample s, long seed, boolean defaultInitializer, Initializer initializer,
                                             boolean threeRestarts) {
        KMeans.Builder b = builder(s, seed).restarts(threeRestarts ? 3 : 1);
        return defaultInitializer ? b : b.initializer(initializer);
    }

    // ------------------------------------------------------------------ 7. translation

    @Property(tries = 100)
    void fit_translatedDataAndGivenCentroids_translatesCentroidsAndKeepsLabels(
            @ForAll("genericSamples") Sample s, @ForAll @IntRange(min = 0, max = 1000) int offset,
            @ForAll("repairingPolicies") EmptyClusterPolicy policy,
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = -64, max = 64) Integer> shift) {
        double[] t = new double[s.d()];
        for (int j = 0; j < t.length; j++) {
            t[j] = shift.get(j % shift.size());
        }
        double[][] initial = distinctRowsFrom(s, offset);
        RunRecorder plainEvents = new RunRecorder();
        RunRecorder movedEvents = new RunRecorder();
        KMeansResult plain = KMeans.builder().kernel(Kernel.SCALAR).k(s.k()).seed(GIVEN_SEED).initializer(Initializer.given(initial))
                .emptyClusterPolicy(policy).listener(plainEvents).build().fit(s.dataset());
        double[][] movedRows = Oracle.translate(s.rows(), t);
        KMeansResult moved = KMeans.builder().kernel(Kernel.SCALAR).k(s.k()).seed(GIVEN_SEED)
                .initializer(Initializer.given(Oracle.translate(initial, t))).emptyClusterPolicy(policy)
                .listener(movedEvents).build().fit(Oracle.dataset(movedRows, s.weights()));
        Assume.that(!nearTie(s.rows(), s.weights(), plainEvents.recording().events(), true)
                && !nearTie(movedRows, s.weights(), movedEvents.recording().events(), true));

        assertThat(moved.labels()).isEqualTo(plain.labels());
        double[][] expected = Oracle.translate(plain.centroids(), t);
        for (int j = 0; j < s.k(); j++) {
            assertThat(moved.centroid(j)).as("centroid %d", j).containsExactly(expected[j], within(1e-9));
        }
    }

    // ------------------------------------------------------------------ 8. permutation

    @Property(tries = 100)
    void fit_permutedRowsAndGivenCentroids_permutesLabelsAndChangesNothingElse(
            @ForAll("exactSamples") Sample s, @ForAll @IntRange(min = 0, max = 1000) int offset,
            @ForAll("repairingPolicies") EmptyClusterPolicy policy, @ForAll("seeds") long shuffleSeed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < s.n(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(shuffleSeed));   // row p of the permuted data is row order[p]
        double[][] permutedRows = new double[s.n()][];
        double[] permutedWeights = s.weights() == null ? null : new double[s.n()];
        for (int p = 0; p < s.n(); p++) {
            permutedRows[p] = s.rows()[order.get(p)];
            if (permutedWeights != null) {
                permutedWeights[p] = s.weights()[order.get(p)];
            }
        }
        double[][] initial = distinctRowsFrom(s, offset);
        RunRecorder plainEvents = new RunRecorder();
        RunRecorder permutedEvents = new RunRecorder();
        KMeansResult plain = KMeans.builder().kernel(Kernel.SCALAR).k(s.k()).seed(GIVEN_SEED).initializer(Initializer.given(initial))
                .emptyClusterPolicy(policy).listener(plainEvents).build().fit(s.dataset());
        KMeansResult permuted = KMeans.builder().kernel(Kernel.SCALAR).k(s.k()).seed(GIVEN_SEED).initializer(Initializer.given(initial))
                .emptyClusterPolicy(policy).listener(permutedEvents).build()
                .fit(Oracle.dataset(permutedRows, permutedWeights));
        // Integer data and weights make every sum exact in any order, so only the farthest-point
        // repair's ties to the lowest row can tell the two runs apart.
        Assume.that(!nearTie(s.rows(), s.weights(), plainEvents.recording().events(), false)
                && !nearTie(permutedRows, permutedWeights, permutedEvents.recording().events(), false));

        for (int p = 0; p < s.n(); p++) {
            assertThat(permuted.label(p)).as("label of permuted row %d (row %d)", p, order.get(p))
                    .isEqualTo(plain.label(order.get(p)));
        }
        for (int j = 0; j < s.k(); j++) {
            assertThat(permuted.centroid(j)).as("centroid %d", j).containsExactly(plain.centroid(j), within(1e-9));
        }
        assertThat(permuted.inertia()).isCloseTo(plain.inertia(), within(1e-9 * plain.inertia()));
        assertThat(permuted.iterations()).isEqualTo(plain.iterations());
        assertThat(permuted.stopReason()).isEqualTo(plain.stopReason());
        assertThat(permuted.clusterSizes()).isEqualTo(plain.clusterSizes());
    }

    // ------------------------------------------------------------------ 9. one dimension

    @Property(tries = 100)
    void fit_oneDimensionalData_clustersAreIntervalsInTheOrderOfTheirCentroids(
            @ForAll("oneDimensionalSamples") Sample s, @ForAll("drawingInitializers") Initializer initializer,
            @ForAll("repairingPolicies") EmptyClusterPolicy policy, @ForAll("seeds") long seed) {
        KMeansResult result = builder(s, seed).initializer(initializer).emptyClusterPolicy(policy).build()
                .fit(s.dataset());

        assertThat(result.d()).isEqualTo(1);
        for (int a = 0; a < s.n(); a++) {
            for (int b = 0; b < s.n(); b++) {
                if (s.rows()[a][0] < s.rows()[b][0]) {
                    assertThat(result.centroid(result.label(a))[0])
                            .as("rows %d < %d: their centroids keep the order", a, b)
                            .isLessThanOrEqualTo(result.centroid(result.label(b))[0]);
                }
            }
        }
        double expected = Oracle.inertia(s.rows(), s.weights(), result.centroids());
        assertThat(result.inertia()).isCloseTo(expected, within(1e-12 * expected));
    }

    @Provide
    Arbitrary<Initializer> anyInitializer() {
        return Arbitraries.of(Initializer.randomPoints(), Initializer.randomPartition(), Initializer.kMeansPlusPlus(),
                Initializer.greedyKMeansPlusPlus(), Initializer.farthestPoint(),
                Initializer.given(new double[][] {{1}, {2}}), Initializer.given(new double[][] {{12}, {10}}),
                Initializer.given(new double[][] {{0}, {100}}))
                .edgeCases(c -> c.filter(i -> i == Initializer.randomPoints()));
    }

    /** Two groups {1, 2, 3} and {10, 11, 12}: means 2 and 11, each group contributing 1 + 0 + 1. */
    @Property(tries = 60)
    void fit_oneDimensionalTwoGroupsHandChecked_findsTheGroupMeansAndInertiaFour(
            @ForAll("anyInitializer") Initializer initializer, @ForAll("seeds") long seed) {
        KMeansResult result = KMeans.builder().kernel(Kernel.SCALAR).k(2).initializer(initializer).seed(seed).build()
                .fit(Dataset.ofValues(1, 2, 3, 10, 11, 12));

        double[] centroids = {result.centroid(0)[0], result.centroid(1)[0]};
        Arrays.sort(centroids);
        assertThat(centroids).containsExactly(new double[] {2, 11}, within(1e-12));
        assertThat(result.inertia()).isCloseTo(4, within(1e-12));
        int low = result.label(0);
        assertThat(result.labels()).containsExactly(low, low, low, 1 - low, 1 - low, 1 - low);
        assertThat(result.stopReason()).isIn(StopReason.LABELS_STABLE, StopReason.CENTROID_SHIFT);
    }

    // ------------------------------------------------------------------ 10. k = 1 and k = n

    @Property(tries = 100)
    void fit_kIsOne_centroidIsTheWeightedMeanAndInertiaTheTotalSumOfSquares(
            @ForAll("singleClusterSamples") Sample s, @ForAll("drawingInitializers") Initializer initializer,
            @ForAll("seeds") long seed) {
        KMeansResult result = builder(s, seed).initializer(initializer).build().fit(s.dataset());

        assertThat(result.labels()).containsOnly(0);
        assertThat(result.centroid(0)).containsExactly(Oracle.weightedMean(s.rows(), s.weights()), within(1e-9));
        double total = Oracle.totalSumOfSquares(s.rows(), s.weights());
        assertThat(result.inertia()).isCloseTo(total,
                within(1e-9 * total + 1e-15 * (1 + Oracle.sumOfSquaredNorms(s.rows(), s.weights()))));
    }

    @Property(tries = 100)
    void fit_kEqualsNumberOfDistinctPoints_everyPointIsACentroidAndInertiaIsZero(
            @ForAll("distinctPointSamples") Sample s, @ForAll("drawingInitializers") Initializer initializer,
            @ForAll("seeds") long seed) {
        KMeansResult result = builder(s, seed).initializer(initializer).build().fit(s.dataset());

        // A weighted mean of one row, (w·x)/w, may be an ulp away from x: hence the rounding slack.
        double slack = 1e-20 * (1 + Oracle.sumOfSquaredNorms(s.rows(), s.weights()));
        assertThat(result.inertia()).isCloseTo(0, within(slack));
        assertThat(result.clusterSizes()).containsOnly(1);
        for (int i = 0; i < s.n(); i++) {
            assertThat(result.centroid(result.label(i))).as("centroid of row %d", i)
                    .containsExactly(s.rows()[i], within(1e-12));
        }
    }
}
