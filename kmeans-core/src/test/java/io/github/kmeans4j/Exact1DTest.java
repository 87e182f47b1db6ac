package io.github.kmeans4j;

import io.github.kmeans4j.recording.RunRecorder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Exact 1-D k-means against slow oracles written here: every cut of the sorted values into k
 * contiguous runs, and (for tiny inputs) every labelling of the points at all; and against Lloyd,
 * which it must never lose to.
 */
class Exact1DTest {

    // ------------------------------------------------------------------ generators

    /**
     * 1 to {@code maxN} values, often tied (small integers) or real; unweighted, integer weights
     * 0..3 or real weights with zeros; k from 1 to the number of distinct values of positive weight.
     */
    private static Arbitrary<Sample> lines(int maxN) {
        Arbitrary<double[]> values = Arbitraries.oneOf(
                Arbitraries.integers().between(-4, 4).map(v -> (double) v),
                Arbitraries.doubles().between(-50, 50).ofScale(3))
                .list().ofMinSize(1).ofMaxSize(maxN)
                .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
        return Combinators.combine(values, Arbitraries.integers().between(0, 2),
                        Arbitraries.doubles().between(0, 4).ofScale(2).list().ofSize(maxN),
                        Arbitraries.integers().between(1, 6))
                .as((x, weighting, raw, wantedK) -> {
                    double[][] rows = new double[x.length][];
                    for (int i = 0; i < x.length; i++) {
                        rows[i] = new double[] {x[i]};
                    }
                    double[] weights = null;
                    if (weighting > 0) {
                        weights = new double[x.length];
                        for (int i = 0; i < x.length; i++) {
                            double r = raw.get(i);
                            weights[i] = weighting == 1 ? Math.floor(r) : (r < 0.8 ? 0 : r);
                        }
                        if (Arrays.stream(weights).sum() == 0) {
                            weights[0] = 1;
                        }
                    }
                    int distinct = Oracle.distinctPositiveRows(rows, weights).size();
                    return new Sample(rows, weights, Math.min(wantedK, distinct));
                }).withoutEdgeCases();
    }

    @Provide
    Arbitrary<Sample> small() {
        return lines(12);
    }

    @Provide
    Arbitrary<Sample> tiny() {
        return lines(7);
    }

    @Provide
    Arbitrary<Sample> larger() {
        return lines(150);
    }

    // ------------------------------------------------------------------ oracles

    /** The least weighted sum of squares over every cut of the sorted positive-weight values into k runs. */
    private static double bestContiguous(Sample s) {
        int n = s.n();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(s.rows()[a][0], s.rows()[b][0]));
        double[] x = new double[n];
        double[] w = new double[n];
        int m = 0;
        for (int i : order) {
            if (Oracle.weight(s.weights(), i) > 0) {
                x[m] = s.rows()[i][0];
                w[m++] = Oracle.weight(s.weights(), i);
            }
        }
        return bestCut(x, w, 0, m, s.k());
    }

    /** The least cost of values from..m−1 in {@code groups} non-empty runs. */
    private static double bestCut(double[] x, double[] w, int from, int m, int groups) {
        if (groups == 1) {
            return sumOfSquares(x, w, from, m);
        }
        double best = Double.POSITIVE_INFINITY;
        for (int end = from + 1; end <= m - groups + 1; end++) {
            best = Math.min(best, sumOfSquares(x, w, from, end) + bestCut(x, w, end, m, groups - 1));
        }
        return best;
    }

    /** Two-pass weighted sum of squared deviations from the mean of x[from..to). */
    private static double sumOfSquares(double[] x, double[] w, int from, int to) {
        double total = 0;
        double sum = 0;
        for (int t = from; t < to; t++) {
            total += w[t];
            sum += w[t] * x[t];
        }
        double mean = sum / total;
        double squares = 0;
        for (int t = from; t < to; t++) {
            squares += w[t] * (x[t] - mean) * (x[t] - mean);
        }
        return squares;
    }

    /** The least cost over every labelling of the points with labels 0..k−1 (no contiguity assumed). */
    private static double bestLabelling(Sample s) {
        int n = s.n();
        int[] labels = new int[n];
        double best = Double.POSITIVE_INFINITY;
        while (true) {
            double cost = 0;
            for (int j = 0; j < s.k(); j++) {
                double[] mean = Oracle.weightedMean(s.rows(), s.weights(), labels, j);
                for (int i = 0; i < n; i++) {
                    if (labels[i] == j && mean != null) {
                        cost += Oracle.weight(s.weights(), i) * Oracle.distanceSquared(s.rows()[i], mean);
                    }
                }
            }
            best = Math.min(best, cost);
            int p = 0;
            while (p < n && ++labels[p] == s.k()) {
                labels[p++] = 0;
            }
            if (p == n) {
                return best;
            }
        }
    }

    private static double slack(Sample s) {
        return 1e-9 * (1 + Oracle.sumOfSquaredNorms(s.rows(), s.weights()));
    }

    // ------------------------------------------------------------------ laws

    @Property(tries = 300, seed = "20260611")
    void fit_smallInputs_matchesTheBestContiguousPartition(@ForAll("small") Sample s) {
        KMeansResult result = Exact1D.fit(s.dataset(), s.k());

        assertThat(result.inertia()).isCloseTo(bestContiguous(s), within(slack(s)));
    }

    @Property(tries = 150, seed = "20260612")
    void fit_tinyInputs_matchesTheBestOfEveryLabelling(@ForAll("tiny") Sample s) {
        KMeansResult result = Exact1D.fit(s.dataset(), s.k());

        assertThat(result.inertia()).isCloseTo(bestLabelling(s), within(slack(s)));
    }

    /**
     * The result is a consistent k-means answer: centroids ascending, each the weighted mean of
     * its points, every label the nearest centroid (ties low), sizes and inertia those of the labels.
     */
    @Property(tries = 200, seed = "20260613")
    void fit_anyInput_resultIsAConsistentClustering(@ForAll("larger") Sample s) {
        KMeansResult result = Exact1D.fit(s.dataset(), s.k());
        double[][] centroids = result.centroids();

        assertThat(result.k()).isEqualTo(s.k());
        assertThat(result.n()).isEqualTo(s.n());
        for (int j = 1; j < s.k(); j++) {
            assertThat(centroids[j][0]).isGreaterThan(centroids[j - 1][0]);
        }
        int[] labels = result.labels();
        int[] sizes = new int[s.k()];
        for (int i = 0; i < s.n(); i++) {
            assertThat(labels[i]).as("row %d", i).isEqualTo(Oracle.nearest(s.rows()[i], centroids));
            sizes[labels[i]]++;
        }
        assertThat(result.clusterSizes()).containsExactly(sizes);
        for (int j = 0; j < s.k(); j++) {
            double[] mean = Oracle.weightedMean(s.rows(), s.weights(), labels, j);
            assertThat(mean).as("cluster %d has weight", j).isNotNull();
            assertThat(centroids[j][0]).isCloseTo(mean[0], within(1e-9 * (1 + Math.abs(mean[0]))));
        }
        assertThat(result.inertia()).isCloseTo(Oracle.inertia(s.rows(), s.weights(), centroids, labels),
                within(slack(s)));
    }

    @Property(tries = 100, seed = "20260614")
    void fit_randomLines_neverWorseThanLloyd(@ForAll("larger") Sample s, @ForAll long seed) {
        KMeansResult exact = Exact1D.fit(s.dataset(), s.k());
        KMeansResult lloyd = KMeans.builder().kernel(Kernel.SCALAR).k(s.k()).seed(seed)
                .initializer(Initializer.randomPoints()).build().fit(s.dataset());

        assertThat(exact.inertia()).isLessThanOrEqualTo(lloyd.inertia() + slack(s));
    }

    /**
     * {@code algorithm(EXACT_1D)} on the builder: the fit ends at the optimum of the contiguous
     * oracle (whatever the configured initializer), its run starts from the optimum's centroids,
     * and every assignment of the run already has the final labels.
     */
    @Property(tries = 150, seed = "20260617")
    void builderAlgorithmExact1D_endsAtTheOptimumAndItsRunStartsThere(@ForAll("small") Sample s,
                                                                      @ForAll long seed) {
        RunRecorder recorder = new RunRecorder();
        KMeansResult fit = KMeans.builder().k(s.k()).seed(seed).initializer(Initializer.randomPoints())
                .algorithm(Algorithm.EXACT_1D).listener(recorder).build().fit(s.dataset());

        assertThat(fit.inertia()).isCloseTo(bestContiguous(s), within(slack(s)));
        double[][] start = recorder.recording().events().stream()
                .filter(e -> e instanceof io.github.kmeans4j.event.Initialized)
                .map(e -> ((io.github.kmeans4j.event.Initialized) e).centroids()).findFirst().orElseThrow();
        assertThat(start).isDeepEqualTo(Exact1D.fit(s.dataset(), s.k()).centroids());
        recorder.recording().events().stream()
                .filter(e -> e instanceof io.github.kmeans4j.event.Assigned)
                .map(e -> ((io.github.kmeans4j.event.Assigned) e).labels())
                .forEach(labels -> assertThat(labels).containsExactly(fit.labels()));
    }

    @Test
    void builderAlgorithmExact1D_refusesDataOfMoreThanOneDimension() {
        KMeans kMeans = KMeans.builder().k(2).algorithm(Algorithm.EXACT_1D).build();
        Dataset plane = Dataset.of(new double[][] {{0, 0}, {1, 1}, {5, 5}});

        assertThatThrownBy(() -> kMeans.fit(plane)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("algorithm EXACT_1D needs one-dimensional data, but d = 2");
    }

    /**
     * Translation by a large offset must not change the partition: the cost is computed from
     * values centred on their mean, not from raw squares of 1e8-sized numbers.
     */
    @Property(tries = 100, seed = "20260615")
    void fit_translatedFarFromZero_samePartitionAndInertia(@ForAll("larger") Sample s,
                                                          @ForAll @IntRange(min = 4, max = 9) int exponent) {
        double offset = Math.pow(10, exponent);
        double[][] moved = Oracle.translate(s.rows(), new double[] {offset});
        KMeansResult near = Exact1D.fit(s.dataset(), s.k());
        KMeansResult far = Exact1D.fit(Oracle.dataset(moved, s.weights()), s.k());

        // Moving the data rounds each value to a multiple of ulp(offset): allow that much per point.
        double perPoint = 4 * Math.ulp(offset) * (1 + Math.sqrt(near.inertia()));
        double total = Arrays.stream(s.weights() == null ? new double[] {s.n()} : s.weights()).sum();
        assertThat(far.inertia()).isCloseTo(near.inertia(), within(slack(s) + total * perPoint * 10));
    }

    // ------------------------------------------------------------------ hand-checked

    /** 0, 1, 2 and 10, 11, 12: two clusters with means 1 and 11 and inertia 2 + 2. */
    @Test
    void fit_twoGroupsOfThree_handChecked() {
        KMeansResult result = Exact1D.fit(Dataset.ofValues(10, 0, 11, 1, 12, 2), 2);

        assertThat(result.centroids()).isDeepEqualTo(new double[][] {{1}, {11}});
        assertThat(result.labels()).containsExactly(1, 0, 1, 0, 1, 0);
        assertThat(result.clusterSizes()).containsExactly(3, 3);
        assertThat(result.inertia()).isEqualTo(4.0);
        assertThat(result.iterations()).isZero();
        assertThat(result.stopReason()).isEqualTo(StopReason.OPTIMAL);
    }

    /**
     * 0, 1, 10, 11, 20, 21 with k = 3, Lloyd seeded at 0, 1 and 10: it stops at {0}, {1},
     * {10, 11, 20, 21} (centroid 15.5, inertia 2·5.5² + 2·4.5² = 101), as 10 is nearer 15.5 than 1;
     * the optimum pairs neighbours: centroids 0.5, 10.5, 20.5 and inertia 6·0.25 = 1.5.
     */
    @Test
    void fit_lloydStuckInALocalOptimum_exactFindsTheGlobalOne() {
        Dataset data = Dataset.ofValues(0, 1, 10, 11, 20, 21);
        KMeansResult lloyd = KMeans.builder().kernel(Kernel.SCALAR).k(3).seed(1)
                .initializer(Initializer.given(new double[][] {{0}, {1}, {10}})).build().fit(data);
        KMeansResult exact = Exact1D.fit(data, 3);

        assertThat(lloyd.inertia()).isEqualTo(101.0);
        assertThat(exact.inertia()).isEqualTo(1.5);
        assertThat(exact.centroids()).isDeepEqualTo(new double[][] {{0.5}, {10.5}, {20.5}});
    }

    /** Weights 3 and 1 on 0 and 10, one cluster: mean 2.5; the zero-weight 100 is labelled only. */
    @Test
    void fit_weightsAndAZeroWeightPoint_weightedMeanAndLabelForTheZero() {
        KMeansResult result = Exact1D.fit(Dataset.ofValues(0, 10, 100).withWeights(new double[] {3, 1, 0}), 1);

        assertThat(result.centroid(0)).containsExactly(2.5);
        assertThat(result.inertia()).isEqualTo(75.0);
        assertThat(result.labels()).containsExactly(0, 0, 0);
    }

    @Test
    void fit_kEqualsDistinctValuesWithDuplicates_everyValueItsOwnCentroid() {
        KMeansResult result = Exact1D.fit(Dataset.ofValues(3, -0.0, 3, 0.0, 7, 7, 7), 3);

        assertThat(result.centroids()).isDeepEqualTo(new double[][] {{0}, {3}, {7}});
        assertThat(result.inertia()).isZero();
        assertThat(result.clusterSizes()).containsExactly(2, 2, 3);
    }

    @Test
    void fit_floatData_sameAsTheWidenedDoubles() {
        Dataset floats = Dataset.ofFloats(new float[][] {{0.1f}, {0.2f}, {5.3f}, {5.1f}, {9f}});
        assertThat(Exact1D.fit(floats, 2)).isEqualTo(Exact1D.fit(floats.toDoubles(), 2));
    }

    // ------------------------------------------------------------------ bad input

    @Test
    void fit_badInput_clearErrors() {
        assertThatThrownBy(() -> Exact1D.fit(null, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("data must not be null");
        assertThatThrownBy(() -> Exact1D.fit(Dataset.of(new double[][] {{1, 2}, {3, 4}}), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("d = 2");
        assertThatThrownBy(() -> Exact1D.fit(Dataset.ofValues(1, 2), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k must be at least 1, was 0");
        assertThatThrownBy(() -> Exact1D.fit(Dataset.ofValues(1, 1, 2, 2), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k = 3")
                .hasMessageContaining("only 2 distinct value(s)");
        assertThatThrownBy(() -> Exact1D.fit(Dataset.ofValues(1, 2, 3).withWeights(new double[] {1, 0, 1}), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("of positive weight");
    }

    @Test
    void fit_result_savesAndLoadsLikeAnyResult() throws Exception {
        KMeansResult result = Exact1D.fit(Dataset.ofValues(1, 2, 9, 10).withColumnNames(List.of("x")), 2);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        result.save(out);

        assertThat(KMeansResult.load(new java.io.ByteArrayInputStream(out.toByteArray()))).isEqualTo(result);
        assertThat(result.columnNames()).containsExactly("x");
    }
}
