package io.github.kmeans4j;

import io.github.kmeans4j.recording.RunRecorder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.kmeans4j.event.Assigned;
import io.github.kmeans4j.event.Initialized;
import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.event.RunStarted;
import io.github.kmeans4j.event.SeedChosen;
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
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Sample weights (a weight-w row is w copies of it; weight 0 rows are labelled but influence
 * nothing; weights are copied) and the initialisers (the events they announce, where their seeds
 * come from, the probabilities they claim, and hand-checked or statistical behaviour).
 */
class WeightsAndInitializersTest {


    /** The initialisers, {@code GIVEN} taking k distinct rows of the data. */
    enum Kind {
        RANDOM_POINTS, RANDOM_PARTITION, K_MEANS_PLUS_PLUS, GREEDY_K_MEANS_PLUS_PLUS, FARTHEST_POINT, GIVEN;

        Initializer initializer(double[][] given) {
            return switch (this) {
                case RANDOM_POINTS -> Initializer.randomPoints();
                case RANDOM_PARTITION -> Initializer.randomPartition();
                case K_MEANS_PLUS_PLUS -> Initializer.kMeansPlusPlus();
                case GREEDY_K_MEANS_PLUS_PLUS -> Initializer.greedyKMeansPlusPlus();
                case FARTHEST_POINT -> Initializer.farthestPoint();
                case GIVEN -> Initializer.given(given);
            };
        }
    }

    /** The seed of fits from given centroids: they draw nothing, but every fit has a fixed seed. */
    private static final long GIVEN_SEED = 20261123L;

    private static final List<Kind> DRAWING = List.of(Kind.RANDOM_POINTS, Kind.RANDOM_PARTITION,
            Kind.K_MEANS_PLUS_PLUS, Kind.GREEDY_K_MEANS_PLUS_PLUS, Kind.FARTHEST_POINT);

    // ------------------------------------------------------------------ generators

    /** How a raw value in [−100, 100] becomes a coordinate. */
    private enum Values {
        SMALL_INTEGERS, INTEGERS, REALS;

        double of(double raw) {
            return switch (this) {
                case SMALL_INTEGERS -> Math.rint(raw) % 4 + 0.0;   // −3..3
                case INTEGERS -> Math.rint(raw) % 21 + 0.0;        // −20..20
                case REALS -> Math.rint(raw * 1e4) / 1e4 + 0.0;
            };
        }
    }

    /** How a raw value in [0, 10] becomes a weight; NONE leaves the data unweighted. */
    private enum Weighting {
        NONE, INTEGER, REAL;

        double of(double raw) {
            return switch (this) {
                case NONE -> 1.0;
                case INTEGER -> Math.floor(raw) % 5;                      // 0..4
                case REAL -> raw < 1.5 ? 0.0 : Math.rint(raw * 1e3) / 1e3;  // zero about one time in seven
            };
        }
    }

    /**
     * Rows of one of {@code valueStyles} (d from 1 to 5, sometimes 40 to 200 with at most 10
     * rows), weighted as one of {@code weightings}, k the smaller of a drawn 1..6 and the number of
     * distinct rows of positive weight. One flatMap only (on d), so shrinking stays fast; no edge
     * cases, which jqwik would multiply by the other parameters'.
     */
    private static Arbitrary<Sample> cases(List<Values> valueStyles, List<Weighting> weightings, int maxN) {
        Arbitrary<Integer> dimensions = Arbitraries.integers().between(1, 12).flatMap(
                roll -> roll <= 11 ? Arbitraries.integers().between(1, 5) : Arbitraries.integers().between(40, 200));
        return dimensions.flatMap(d -> {
            int most = d > 8 ? 10 : maxN;
            return Combinators.combine(Arbitraries.of(valueStyles),
                            Arbitraries.doubles().between(-100, 100).ofScale(6).list().ofSize(d).list()
                                    .ofMinSize(1).ofMaxSize(most),
                            Arbitraries.of(weightings),
                            Arbitraries.doubles().between(0, 10).ofScale(3).list().ofSize(most),
                            Arbitraries.integers().between(1, 6))
                    .as((values, raw, weighting, rawWeights, wantedK) -> {
                        double[][] rows = new double[raw.size()][];
                        for (int i = 0; i < rows.length; i++) {
                            rows[i] = raw.get(i).stream().mapToDouble(v -> values.of(v)).toArray();
                        }
                        double[] weights = null;
                        if (weighting != Weighting.NONE) {
                            weights = new double[rows.length];
                            for (int i = 0; i < rows.length; i++) {
                                weights[i] = weighting.of(rawWeights.get(i));
                            }
                            if (Arrays.stream(weights).sum() == 0) {
                                weights[0] = 1;   // at least one row must weigh something
                            }
                        }
                        int distinct = Oracle.distinctPositiveRows(rows, weights).size();
                        return new Sample(rows, weights, Math.min(wantedK, distinct));
                    });
        }).withoutEdgeCases();
    }

    @Provide
    Arbitrary<Sample> anyCases() {
        return cases(List.of(Values.SMALL_INTEGERS, Values.INTEGERS, Values.REALS),
                List.of(Weighting.NONE, Weighting.INTEGER, Weighting.REAL), 40);
    }

    /** Integer values and integer weights 0..4: every weighted sum is exact. */
    @Provide
    Arbitrary<Sample> integerWeightedCases() {
        return cases(List.of(Values.SMALL_INTEGERS, Values.INTEGERS), List.of(Weighting.INTEGER), 30);
    }

    @Provide
    Arbitrary<Sample> realWeightedCases() {
        return cases(List.of(Values.SMALL_INTEGERS, Values.INTEGERS, Values.REALS), List.of(Weighting.REAL), 40);
    }

    @Provide
    Arbitrary<Sample> unweightedCases() {
        return cases(List.of(Values.SMALL_INTEGERS, Values.INTEGERS, Values.REALS), List.of(Weighting.NONE), 40);
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs().withoutEdgeCases();
    }

    @Provide
    Arbitrary<Kind> kinds() {
        return Arbitraries.of(Kind.class).withoutEdgeCases();
    }

    @Provide
    Arbitrary<Kind> drawingKinds() {
        return Arbitraries.of(DRAWING).withoutEdgeCases();
    }

    @Provide
    Arbitrary<EmptyClusterPolicy> repairingPolicies() {
        return Arbitraries.of(EmptyClusterPolicy.KEEP_PREVIOUS, EmptyClusterPolicy.FARTHEST_POINT).withoutEdgeCases();
    }

    // ------------------------------------------------------------------ helpers

    /** k distinct rows of positive weight, the search starting at row {@code offset mod n}. */
    private static double[][] distinctRowsFrom(Sample c, int offset) {
        List<double[]> picked = new ArrayList<>();
        for (int step = 0; step < c.n() && picked.size() < c.k(); step++) {
            int i = (offset + step) % c.n();
            if (Oracle.weight(c.weights(), i) > 0
                    && picked.stream().noneMatch(p -> Oracle.sameRow(p, c.rows()[i]))) {
                picked.add(c.rows()[i].clone());
            }
        }
        assertThat(picked).as("the case admits k distinct rows of positive weight").hasSize(c.k());
        return picked.toArray(new double[0][]);
    }

    /**
     * The seeds of restart {@code restart}, checking the order of its first events: RunStarted,
     * k SeedChosen with seed indices 0..k−1, an Initialized holding exactly the announced
     * centroids, then the first Assigned.
     */
    private static List<SeedChosen> seedsOf(List<KMeansEvent> events, int restart, int k) {
        List<KMeansEvent> mine = events.stream().filter(e -> e.restart() == restart).toList();
        assertThat(mine.size()).as("events of restart %d", restart).isGreaterThanOrEqualTo(k + 3);
        assertThat(mine.get(0)).isInstanceOf(RunStarted.class);
        List<SeedChosen> seeds = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            assertThat(mine.get(1 + j)).as("event %d of restart %d", 1 + j, restart).isInstanceOf(SeedChosen.class);
            SeedChosen seed = (SeedChosen) mine.get(1 + j);
            assertThat(seed.seedIndex()).isEqualTo(j);
            assertThat(seed.iteration()).isZero();
            seeds.add(seed);
        }
        assertThat(mine.get(1 + k)).isInstanceOf(Initialized.class);
        double[][] initial = ((Initialized) mine.get(1 + k)).centroids();
        assertThat(initial).hasNumberOfRows(k);
        for (int j = 0; j < k; j++) {
            assertThat(initial[j]).as("initial centroid %d", j).containsExactly(seeds.get(j).centroid());
        }
        assertThat(mine.get(2 + k)).isInstanceOf(Assigned.class);
        return seeds;
    }

    private static List<SeedChosen> seeds(Sample c, Initializer initializer, long seed) {
        RunRecorder recorder = new RunRecorder();
        KMeans.builder().kernel(Kernel.SCALAR).k(c.k()).initializer(initializer).seed(seed).listener(recorder).build().fit(c.dataset());
        return seedsOf(recorder.recording().events(), 0, c.k());
    }

    private static int[] pointIndices(List<SeedChosen> seeds) {
        return seeds.stream().mapToInt(SeedChosen::pointIndex).toArray();
    }

    private static double totalWeight(Sample c) {
        double total = 0;
        for (int i = 0; i < c.n(); i++) {
            total += Oracle.weight(c.weights(), i);
        }
        return total;
    }

    /** Squared distance of every row to the nearest of the first {@code j} seeds. */
    private static double[] distancesToSeeds(Sample c, List<SeedChosen> seeds, int j) {
        double[][] chosen = new double[j][];
        for (int s = 0; s < j; s++) {
            chosen[s] = seeds.get(s).centroid();
        }
        double[] out = new double[c.n()];
        for (int i = 0; i < c.n(); i++) {
            out[i] = Oracle.minDistanceSquared(c.rows()[i], chosen);
        }
        return out;
    }

    // ------------------------------------------------------------------ weights

    @Property(tries = 100)
    void fit_integerWeights_sameAsDuplicatingEachRowThatManyTimes(
            @ForAll("integerWeightedCases") Sample c, @ForAll @IntRange(min = 0, max = 1000) int offset) {
        List<double[]> copies = new ArrayList<>();
        int[] firstCopy = new int[c.n()];
        for (int i = 0; i < c.n(); i++) {
            firstCopy[i] = copies.size();
            for (int m = 0; m < (int) c.weights()[i]; m++) {
                copies.add(c.rows()[i].clone());
            }
        }
        double[][] initial = distinctRowsFrom(c, offset);
        // KEEP_PREVIOUS: the farthest-point repair moves a whole row, which is not w copies of it.
        KMeans kmeans = KMeans.builder().kernel(Kernel.SCALAR).k(c.k()).seed(GIVEN_SEED).initializer(Initializer.given(initial))
                .emptyClusterPolicy(EmptyClusterPolicy.KEEP_PREVIOUS).build();
        KMeansResult weighted = kmeans.fit(c.dataset());
        KMeansResult duplicated = kmeans.fit(Dataset.of(copies.toArray(new double[0][])));

        for (int j = 0; j < c.k(); j++) {
            assertThat(weighted.centroid(j)).as("centroid %d", j).containsExactly(duplicated.centroid(j), within(1e-9));
        }
        assertThat(weighted.inertia()).isCloseTo(duplicated.inertia(), within(1e-9 * duplicated.inertia()));
        double[][] centroids = weighted.centroids();
        for (int i = 0; i < c.n(); i++) {
            if (c.weights()[i] > 0) {
                for (int m = 0; m < (int) c.weights()[i]; m++) {
                    assertThat(duplicated.label(firstCopy[i] + m)).as("copy %d of row %d", m, i)
                            .isEqualTo(weighted.label(i));
                }
            } else {
                assertThat(weighted.label(i)).as("label of zero-weight row %d", i)
                        .isEqualTo(Oracle.nearest(c.rows()[i], centroids));
            }
        }
    }

    @Property(tries = 100)
    void fit_zeroWeightRows_labelledButMoveNoCentroid(
            @ForAll("realWeightedCases") Sample c, @ForAll @IntRange(min = 0, max = 1000) int offset,
            @ForAll("repairingPolicies") EmptyClusterPolicy policy) {
        List<double[]> keptRows = new ArrayList<>();
        List<Double> keptWeights = new ArrayList<>();
        Map<Integer, Integer> keptIndex = new HashMap<>();
        for (int i = 0; i < c.n(); i++) {
            if (c.weights()[i] > 0) {
                keptIndex.put(i, keptRows.size());
                keptRows.add(c.rows()[i]);
                keptWeights.add(c.weights()[i]);
            }
        }
        double[][] initial = distinctRowsFrom(c, offset);
        KMeans kmeans = KMeans.builder().kernel(Kernel.SCALAR).k(c.k()).seed(GIVEN_SEED).initializer(Initializer.given(initial))
                .emptyClusterPolicy(policy).build();
        KMeansResult withZeros = kmeans.fit(c.dataset());
        KMeansResult without = kmeans.fit(Dataset.of(keptRows.toArray(new double[0][]))
                .withWeights(keptWeights.stream().mapToDouble(Double::doubleValue).toArray()));

        for (int j = 0; j < c.k(); j++) {
            assertThat(withZeros.centroid(j)).as("centroid %d", j).containsExactly(without.centroid(j), within(1e-9));
        }
        assertThat(withZeros.inertia()).isCloseTo(without.inertia(), within(1e-12 * without.inertia()));
        double[][] centroids = withZeros.centroids();
        for (int i = 0; i < c.n(); i++) {
            if (keptIndex.containsKey(i)) {
                assertThat(withZeros.label(i)).as("row %d", i).isEqualTo(without.label(keptIndex.get(i)));
            } else {
                assertThat(withZeros.label(i)).as("zero-weight row %d", i)
                        .isEqualTo(Oracle.nearest(c.rows()[i], centroids));
            }
        }
    }

    /** Weights are relative: a power-of-two factor scales every weighted sum exactly. */
    @Property(tries = 100)
    void fit_weightsScaledByAPowerOfTwo_sameClusteringAndInertiaScaled(
            @ForAll("realWeightedCases") Sample c, @ForAll("drawingKinds") Kind kind,
            @ForAll @IntRange(min = -3, max = 3) int exponent, @ForAll("seeds") long seed) {
        double factor = Math.scalb(1.0, exponent);
        double[] scaled = Arrays.stream(c.weights()).map(w -> w * factor).toArray();
        KMeans kmeans = KMeans.builder().kernel(Kernel.SCALAR).k(c.k()).initializer(kind.initializer(null)).seed(seed).build();
        KMeansResult plain = kmeans.fit(c.dataset());
        KMeansResult heavier = kmeans.fit(Dataset.of(c.rows()).withWeights(scaled));

        assertThat(heavier.labels()).isEqualTo(plain.labels());
        for (int j = 0; j < c.k(); j++) {
            assertThat(heavier.centroid(j)).as("centroid %d", j).containsExactly(plain.centroid(j), within(1e-9));
        }
        assertThat(heavier.inertia()).isCloseTo(factor * plain.inertia(), within(1e-12 * factor * plain.inertia()));
    }

    @Property(tries = 50)
    void fit_unitWeightsAndGivenCentroids_sameAsUnweighted(
            @ForAll("unweightedCases") Sample c, @ForAll @IntRange(min = 0, max = 1000) int offset,
            @ForAll("repairingPolicies") EmptyClusterPolicy policy) {
        double[] ones = new double[c.n()];
        Arrays.fill(ones, 1.0);
        KMeans kmeans = KMeans.builder().kernel(Kernel.SCALAR).k(c.k()).seed(GIVEN_SEED)
                .initializer(Initializer.given(distinctRowsFrom(c, offset))).emptyClusterPolicy(policy).build();
        KMeansResult unweighted = kmeans.fit(Dataset.of(c.rows()));
        KMeansResult weighted = kmeans.fit(Dataset.of(c.rows()).withWeights(ones));

        assertThat(weighted.labels()).isEqualTo(unweighted.labels());
        assertThat(weighted.centroids()).isDeepEqualTo(unweighted.centroids());
        assertThat(weighted.inertia()).isEqualTo(unweighted.inertia());
        assertThat(weighted.iterations()).isEqualTo(unweighted.iterations());
    }

    /** Points 0 (weight 3) and 10 (weight 1): mean 2.5, inertia 3·2.5² + 1·7.5² = 18.75 + 56.25. */
    @Test
    void fit_twoWeightedPointsOneCluster_weightedMeanAndWeightedInertia() {
        KMeansResult result = KMeans.builder().kernel(Kernel.SCALAR).k(1).initializer(Initializer.randomPoints()).seed(7).build()
                .fit(Dataset.ofValues(0, 10).withWeights(new double[] {3, 1}));

        assertThat(result.centroid(0)).containsExactly(2.5);
        assertThat(result.inertia()).isEqualTo(75.0);
    }

    /**
     * Points 0, 1, 10 weighing 1, 3, 2 from centroids 0 and 10: clusters {0, 1} and {10}, means
     * 3/4 and 10, inertia 1·0.75² + 3·0.25² = 0.5625 + 0.1875.
     */
    @Test
    void fit_weightedPointsGivenCentroids_handCheckedMeansAndInertia() {
        KMeansResult result = KMeans.builder().kernel(Kernel.SCALAR).k(2).seed(GIVEN_SEED)
                .initializer(Initializer.given(new double[][] {{0}, {10}})).build()
                .fit(Dataset.ofValues(0, 1, 10).withWeights(new double[] {1, 3, 2}));

        assertThat(result.centroid(0)).containsExactly(0.75);
        assertThat(result.centroid(1)).containsExactly(10.0);
        assertThat(result.labels()).containsExactly(0, 0, 1);
        assertThat(result.inertia()).isEqualTo(0.75);
    }

    // ------------------------------------------------------------------ Dataset.withWeights

    @Property(tries = 50)
    void withWeights_callerChangesTheArrayAfterwards_datasetAndFitUnchanged(
            @ForAll("realWeightedCases") Sample c, @ForAll("seeds") long seed) {
        double[] callers = c.weights().clone();
        Dataset data = Dataset.of(c.rows()).withWeights(callers);
        KMeans kmeans = KMeans.builder().kernel(Kernel.SCALAR).k(c.k()).seed(seed).build();
        KMeansResult before = kmeans.fit(data);

        Arrays.fill(callers, 0.0);
        callers[callers.length - 1] = 1e6;

        assertThat(data.weights()).containsExactly(c.weights());
        for (int i = 0; i < c.n(); i++) {
            assertThat(data.weight(i)).isEqualTo(c.weights()[i]);
        }
        assertThat(kmeans.fit(data)).isEqualTo(before);
    }

    @Test
    void weights_returnedArrayChanged_datasetUnchanged() {
        Dataset data = Dataset.ofValues(1, 2, 3).withWeights(new double[] {1, 2, 3});
        double[] returned = data.weights();
        returned[0] = 99;

        assertThat(data.weights()).containsExactly(1, 2, 3);
        assertThat(data.weight(0)).isEqualTo(1);
    }

    @Test
    void withWeights_onAnUnweightedDataset_leavesThatDatasetUnweighted() {
        Dataset plain = Dataset.ofValues(1, 2, 3);
        Dataset weighted = plain.withWeights(new double[] {0, 2, 3});

        assertThat(plain.hasWeights()).isFalse();
        assertThat(plain.weights()).containsExactly(1, 1, 1);
        assertThat(weighted.hasWeights()).isTrue();
        assertThat(weighted.withoutWeights()).isEqualTo(plain);
    }

    @Test
    void withWeights_invalidWeights_rejected() {
        Dataset data = Dataset.ofValues(1, 2, 3);

        assertThatThrownBy(() -> data.withWeights(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> data.withWeights(new double[] {1, 2})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> data.withWeights(new double[] {1, -1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> data.withWeights(new double[] {1, Double.NaN, 2}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> data.withWeights(new double[] {1, Double.POSITIVE_INFINITY, 2}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> data.withWeights(new double[] {0, 0, 0})).isInstanceOf(IllegalArgumentException.class);
    }

    // ------------------------------------------------------------------ initialisers: events and laws

    @Property(tries = 150)
    void initializers_anyData_announceKSeedsInOrderThenInitializedWithThem(
            @ForAll("anyCases") Sample c, @ForAll("kinds") Kind kind, @ForAll @IntRange(min = 1, max = 2) int restarts,
            @ForAll @IntRange(min = 0, max = 1000) int offset, @ForAll("seeds") long seed) {
        double[][] given = distinctRowsFrom(c, offset);
        Initializer initializer = kind.initializer(given);
        RunRecorder first = new RunRecorder();
        RunRecorder second = new RunRecorder();
        KMeans.builder().kernel(Kernel.SCALAR).k(c.k()).initializer(initializer).restarts(restarts).seed(seed).listener(first).build()
                .fit(c.dataset());
        KMeans.builder().kernel(Kernel.SCALAR).k(c.k()).initializer(initializer).restarts(restarts).seed(seed).listener(second).build()
                .fit(c.dataset());

        for (int r = 0; r < restarts; r++) {
            List<SeedChosen> seeds = seedsOf(first.recording().events(), r, c.k());
            assertThat(seedsOf(second.recording().events(), r, c.k())).as("same seed, same seeds").isEqualTo(seeds);
            for (SeedChosen s : seeds) {
                if (s.pointIndex() >= 0) {
                    assertThat(s.pointIndex()).isLessThan(c.n());
                    assertThat(s.centroid()).as("seed %d is row %d", s.seedIndex(), s.pointIndex())
                            .containsExactly(c.rows()[s.pointIndex()]);
                    assertThat(Oracle.weight(c.weights(), s.pointIndex())).as("weight of the drawn row").isPositive();
                } else {
                    assertThat(s.pointIndex()).isEqualTo(-1);
                }
            }
            checkStrategy(c, kind, given, seeds);
        }
    }

    /** What each strategy promises about its seeds, the announced distances and probabilities included. */
    private static void checkStrategy(Sample c, Kind kind, double[][] given, List<SeedChosen> seeds) {
        switch (kind) {
            case GIVEN -> {
                for (SeedChosen s : seeds) {
                    assertThat(s.pointIndex()).isEqualTo(-1);
                    assertThat(s.centroid()).containsExactly(given[s.seedIndex()]);
                }
            }
            case RANDOM_POINTS -> {
                int[] rows = pointIndices(seeds);
                assertThat(rows).as("k distinct rows").doesNotHaveDuplicates();
                assertThat(Arrays.stream(rows).min().orElseThrow()).as("every seed is a row").isNotNegative();
                double remaining = totalWeight(c);
                for (SeedChosen s : seeds) {
                    double w = Oracle.weight(c.weights(), s.pointIndex());
                    assertThat(s.probability()).as("probability of seed %d", s.seedIndex())
                            .isCloseTo(w / remaining, within(1e-9 * w / remaining));
                    remaining -= w;
                }
            }
            case RANDOM_PARTITION -> {
                // Seeds that are not rows are weighted means of rows: inside the bounding box of the
                // rows of positive weight.
                for (SeedChosen s : seeds) {
                    double[] centroid = s.centroid();
                    for (int col = 0; col < c.d(); col++) {
                        double min = Double.POSITIVE_INFINITY;
                        double max = Double.NEGATIVE_INFINITY;
                        for (int i = 0; i < c.n(); i++) {
                            if (Oracle.weight(c.weights(), i) > 0) {
                                min = Math.min(min, c.rows()[i][col]);
                                max = Math.max(max, c.rows()[i][col]);
                            }
                        }
                        assertThat(centroid[col]).as("seed %d, column %d", s.seedIndex(), col)
                                .isBetween(min - 1e-9 * (1 + Math.abs(min)), max + 1e-9 * (1 + Math.abs(max)));
                    }
                }
            }
            case K_MEANS_PLUS_PLUS, GREEDY_K_MEANS_PLUS_PLUS, FARTHEST_POINT -> {
                assertThat(Arrays.stream(pointIndices(seeds)).min().orElseThrow()).as("every seed is a row")
                        .isNotNegative();
                SeedChosen firstSeed = seeds.get(0);
                double w0 = Oracle.weight(c.weights(), firstSeed.pointIndex());
                assertThat(firstSeed.distanceSquared()).isEqualTo(Double.POSITIVE_INFINITY);
                assertThat(firstSeed.probability()).isCloseTo(w0 / totalWeight(c), within(1e-9 * w0 / totalWeight(c)));
                for (int j = 1; j < c.k(); j++) {
                    SeedChosen s = seeds.get(j);
                    double[] d2 = distancesToSeeds(c, seeds, j);
                    int p = s.pointIndex();
                    assertThat(s.distanceSquared()).as("squared distance of seed %d", j).isEqualTo(d2[p]);
                    assertThat(d2[p]).as("seed %d (row %d) is no duplicate of an earlier seed", j, p).isPositive();
                    if (kind == Kind.FARTHEST_POINT) {
                        int farthest = -1;
                        for (int i = 0; i < c.n(); i++) {
                            if (Oracle.weight(c.weights(), i) > 0 && (farthest < 0 || d2[i] > d2[farthest])) {
                                farthest = i;
                            }
                        }
                        assertThat(p).as("seed %d is the lowest row farthest from the earlier seeds", j)
                                .isEqualTo(farthest);
                        assertThat(s.probability()).isEqualTo(1.0);
                    } else {
                        double potential = 0;
                        for (int i = 0; i < c.n(); i++) {
                            potential += Oracle.weight(c.weights(), i) * d2[i];
                        }
                        double expected = Oracle.weight(c.weights(), p) * d2[p] / potential;
                        assertThat(s.probability()).as("probability of seed %d", j)
                                .isCloseTo(expected, within(1e-9 * expected));
                    }
                }
            }
        }
    }

    /**
     * Another fit run from inside a listener, between two seeds, changes none of them: every
     * initialiser draws only from its own fit's generator.
     */
    @Property(tries = 50)
    void initializers_otherFitsRunBetweenTheDraws_drawTheSameSeeds(
            @ForAll("anyCases") Sample c, @ForAll("drawingKinds") Kind kind, @ForAll("seeds") long seed) {
        List<SeedChosen> alone = seeds(c, kind.initializer(null), seed);
        RunRecorder recorder = new RunRecorder();
        KMeans other = KMeans.builder().kernel(Kernel.SCALAR).k(2).initializer(kind.initializer(null)).seed(~seed).build();
        Dataset otherData = Dataset.ofValues(0, 1, 2, 3, 50, 60);
        KMeans.builder().kernel(Kernel.SCALAR).k(c.k()).initializer(kind.initializer(null)).seed(seed)
                .listener(e -> {
                    if (e instanceof SeedChosen) {
                        other.fit(otherData);
                    }
                })
                .listener(recorder)
                .build().fit(c.dataset());

        assertThat(seedsOf(recorder.recording().events(), 0, c.k())).isEqualTo(alone);
    }

    @Test
    void initializers_differentSeeds_drawDifferentSeeds() {
        double[][] rows = new double[20][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[] {i % 5, i / 5 * 1.5};
        }
        Sample c = new Sample(rows, null, 3);
        for (Kind kind : DRAWING) {
            Set<List<List<Double>>> outcomes = new HashSet<>();
            for (long seed = 0; seed < 50; seed++) {
                List<List<Double>> centroids = new ArrayList<>();
                for (SeedChosen s : seeds(c, kind.initializer(null), seed)) {
                    centroids.add(Arrays.stream(s.centroid()).boxed().toList());
                }
                outcomes.add(centroids);
            }
            // 50 seeds, 20 equally likely first rows: fewer than 10 outcomes has probability < 1e-9.
            assertThat(outcomes).as(kind.toString()).hasSizeGreaterThanOrEqualTo(10);
        }
    }

    // ------------------------------------------------------------------ farthest point, hand-checked

    /**
     * On the line 0, 1, 10, 11, 100 (rows 0..4) the farthest-point order after each possible first
     * seed, worked out by hand (ties to the lowest row: after 0, 100 and 11, both 1 and 10 are at
     * distance 1, and row 1 wins).
     */
    @Test
    void farthestPoint_fivePointsOnALine_handCheckedOrderForEveryFirstSeed() {
        Map<Integer, int[]> expected = Map.of(
                0, new int[] {0, 4, 3, 1, 2},
                1, new int[] {1, 4, 3, 0, 2},
                2, new int[] {2, 4, 0, 1, 3},
                3, new int[] {3, 4, 0, 1, 2},
                4, new int[] {4, 0, 3, 1, 2});
        Sample c = new Sample(new double[][] {{0}, {1}, {10}, {11}, {100}}, null, 5);
        Set<Integer> firstRows = new HashSet<>();
        for (long seed = 0; seed < 60; seed++) {
            int[] order = pointIndices(seeds(c, Initializer.farthestPoint(), seed));
            firstRows.add(order[0]);
            assertThat(order).as("seed %d", seed).containsExactly(expected.get(order[0]));

            Sample two = new Sample(c.rows(), null, 2);
            int[] pair = pointIndices(seeds(two, Initializer.farthestPoint(), seed));
            assertThat(pair[1]).as("second seed after row %d", pair[0]).isEqualTo(pair[0] == 4 ? 0 : 4);
        }
        // 60 seeds and 5 equally likely first rows: one missing has probability below 1e-5.
        assertThat(firstRows).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
    }

    // ------------------------------------------------------------------ k-means++

    /** Six distinct points, each repeated 1 to 10 times in a shuffled order; k from 2 to 5. */
    @Property(tries = 100)
    void kMeansPlusPlus_manyDuplicates_neverChoosesAPointAtDistanceZeroFromTheSeeds(
            @ForAll @Size(6) List<@IntRange(min = 1, max = 10) Integer> multiplicities,
            @ForAll @IntRange(min = 2, max = 5) int k, @ForAll boolean greedy, @ForAll("seeds") long seed) {
        double[][] distinct = {{0, 0}, {0, 1}, {1, 0}, {5, 5}, {5, 6}, {-4, 2}};
        List<double[]> rows = new ArrayList<>();
        for (int p = 0; p < distinct.length; p++) {
            for (int m = 0; m < multiplicities.get(p); m++) {
                rows.add(distinct[p]);
            }
        }
        Collections.shuffle(rows, new Random(seed));
        Sample c = new Sample(rows.toArray(new double[0][]), null, k);
        Initializer initializer = greedy ? Initializer.greedyKMeansPlusPlus() : Initializer.kMeansPlusPlus();
        List<SeedChosen> seeds = seeds(c, initializer, seed);

        Set<List<Double>> coordinates = new HashSet<>();
        for (SeedChosen s : seeds) {
            coordinates.add(Arrays.stream(s.centroid()).boxed().toList());
        }
        assertThat(coordinates).as("k seeds at k distinct places").hasSize(k);
    }

    /**
     * Data with exactly k distinct points (here every point is a seed, so the potential falls to
     * 0 after the last seed): every k-means++ variant must still seed all of them. A regression
     * test: the potential used to be checked positive once more after the last seed.
     */
    @Test
    void kMeansPlusPlus_exactlyKDistinctPoints_seedsEveryDistinctPoint() {
        for (Initializer initializer : List.of(Initializer.kMeansPlusPlus(), Initializer.greedyKMeansPlusPlus())) {
            KMeansResult single = KMeans.builder().kernel(Kernel.SCALAR).k(1).initializer(initializer).seed(1).build()
                    .fit(Dataset.ofValues(5));
            assertThat(single.centroid(0)).containsExactly(5.0);

            KMeansResult pair = KMeans.builder().kernel(Kernel.SCALAR).k(2).initializer(initializer).seed(1).build()
                    .fit(Dataset.ofValues(0, 1, 1, 0));
            assertThat(pair.inertia()).isZero();

            Sample duplicated = new Sample(new double[][] {{0, 0}, {0, 0}, {3, 1}, {3, 1}, {3, 1}, {-2, 4}}, null, 3);
            Set<List<Double>> places = new HashSet<>();
            for (SeedChosen s : seeds(duplicated, initializer, 5)) {
                places.add(Arrays.stream(s.centroid()).boxed().toList());
            }
            assertThat(places).as(initializer.toString()).hasSize(3);
        }
    }

    /** The default initialiser, greedy k-means++, on one point: the simplest fit there is. */
    @Test
    void fit_defaultInitializerOnePoint_centroidIsThePoint() {
        KMeansResult result = KMeans.builder().kernel(Kernel.SCALAR).k(1).seed(3).build().fit(Dataset.of(new double[][] {{2, 7}}));

        assertThat(result.centroid(0)).containsExactly(2.0, 7.0);
        assertThat(result.inertia()).isZero();
    }

    /** Zero-weight outliers would be the favourites of every distance-driven strategy. */
    @Test
    void initializers_zeroWeightOutliers_neverDrawn() {
        double[][] rows = {{0}, {1000}, {1}, {2}, {-1000}, {3}, {4}};
        double[] weights = {1, 0, 1, 1, 0, 2, 1};
        for (Kind kind : DRAWING) {
            for (int k = 1; k <= 4; k++) {
                Sample c = new Sample(rows, weights, k);
                for (long seed = 0; seed < 40; seed++) {
                    for (SeedChosen s : seeds(c, kind.initializer(null), seed)) {
                        assertThat(s.pointIndex()).as("%s, k = %d, seed %d", kind, k, seed).isNotIn(1, 4);
                        assertThat(s.centroid()[0]).isBetween(0.0, 4.0);
                    }
                }
            }
        }
    }

    /**
     * On 0, 1, 100 (k = 2), once the first seed is 0 or 1 the second is 100 with probability at
     * least 99²/(99² + 1) > 0.9998; over 2000 seeds at least 95% must show it. The first seed is
     * uniform: each row's share lies within five standard deviations (0.053) of 1/3.
     */
    @Test
    void kMeansPlusPlus_twoThousandSeeds_secondSeedIsTheFarPointAfterANearOne() {
        Sample c = new Sample(new double[][] {{0}, {1}, {100}}, null, 2);
        int[] firstCounts = new int[3];
        int nearFirst = 0;
        int farSecond = 0;
        for (long seed = 0; seed < 2000; seed++) {
            int[] rows = pointIndices(seeds(c, Initializer.kMeansPlusPlus(), seed));
            firstCounts[rows[0]]++;
            if (rows[0] != 2) {
                nearFirst++;
                if (rows[1] == 2) {
                    farSecond++;
                }
            }
        }
        assertThat(farSecond).isGreaterThanOrEqualTo((int) Math.ceil(0.95 * nearFirst));
        for (int count : firstCounts) {
            assertThat(count / 2000.0).isCloseTo(1.0 / 3, within(0.053));
        }
    }

    /**
     * A row of weight 3 is drawn first as often as three rows: probability 3/4, and over 2000
     * seeds the share lies within five standard deviations (0.049) of it. For every initialiser
     * that draws its first seed from the rows.
     */
    @Test
    void initializers_weightedRows_firstSeedDrawnInProportionToWeight() {
        Sample c = new Sample(new double[][] {{0}, {10}}, new double[] {1, 3}, 1);
        for (Kind kind : List.of(Kind.RANDOM_POINTS, Kind.K_MEANS_PLUS_PLUS, Kind.GREEDY_K_MEANS_PLUS_PLUS,
                Kind.FARTHEST_POINT)) {
            int heavy = 0;
            for (long seed = 0; seed < 2000; seed++) {
                if (seeds(c, kind.initializer(null), seed).get(0).pointIndex() == 1) {
                    heavy++;
                }
            }
            assertThat(heavy / 2000.0).as(kind.toString()).isCloseTo(0.75, within(0.049));
        }
    }

    /**
     * Greedy k-means++ keeps, of its candidates, the one that lowers the potential most. On
     * 0, 1, 2, 100 (k = 2) with first seed 100, the best second seed is 1 (potential 2, against 5
     * for 0 or 2); each candidate is 1 with probability 99²/(100² + 99² + 98²) ≈ 1/3, so with 20
     * candidates the greedy choice misses 1 with probability (2/3)^20 < 4e-4 and plain k-means++
     * (one candidate) picks 1 only about a third of the time. Bounds: greedy ≥ 95%, plain ≤ 50%
     * (about 500 cases each, a standard deviation of 0.021).
     */
    @Test
    void greedyKMeansPlusPlus_manyCandidates_keepsTheCandidateThatLowersThePotentialMost() {
        Sample c = new Sample(new double[][] {{0}, {1}, {2}, {100}}, null, 2);
        double[] greedyShare = shareOfMiddleAfterFarFirst(c, Initializer.greedyKMeansPlusPlus(20));
        double[] plainShare = shareOfMiddleAfterFarFirst(c, Initializer.kMeansPlusPlus());

        assertThat(greedyShare[1]).as("cases with first seed 100").isGreaterThan(300);
        assertThat(greedyShare[0]).isGreaterThanOrEqualTo(0.95);
        assertThat(plainShare[1]).isGreaterThan(300);
        assertThat(plainShare[0]).isLessThanOrEqualTo(0.5);
    }

    /** {share of second seed = row 1 among fits whose first seed is row 3, number of such fits}. */
    private static double[] shareOfMiddleAfterFarFirst(Sample c, Initializer initializer) {
        int farFirst = 0;
        int middleSecond = 0;
        for (long seed = 0; seed < 2000; seed++) {
            int[] rows = pointIndices(seeds(c, initializer, seed));
            if (rows[0] == 3) {
                farFirst++;
                if (rows[1] == 1) {
                    middleSecond++;
                }
            }
        }
        return new double[] {middleSecond / (double) farFirst, farFirst};
    }

    @Test
    void greedyKMeansPlusPlus_oneCandidate_drawsExactlyAsKMeansPlusPlus() {
        Sample c = new Sample(new double[][] {{0, 0}, {1, 0}, {0, 2}, {5, 5}, {6, 5}, {-3, 1}, {2, 2}}, null, 4);
        for (long seed = 0; seed < 30; seed++) {
            assertThat(pointIndices(seeds(c, Initializer.greedyKMeansPlusPlus(1), seed)))
                    .isEqualTo(pointIndices(seeds(c, Initializer.kMeansPlusPlus(), seed)));
        }
    }
}
