package io.github.kmeans4j.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.kmeans4j.Dataset;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Laws of the scores on random labelled data, with fixed seeds: invariance under renaming labels,
 * agreement of identical partitions, bounds, the silhouette against a slow oracle written from
 * its definition, thread-count invariance, and the sampled silhouette converging to the exact one.
 */
class ScoreLawsTest {

    /** Data and labels; labels are non-negative, with 2 to n − 1 distinct values. */
    record Labelled(double[][] rows, int[] labels) {
        Dataset data() {
            return Dataset.of(rows);
        }

        @Override
        public String toString() {
            return "Labelled[rows=" + Arrays.deepToString(rows) + ", labels=" + Arrays.toString(labels) + "]";
        }
    }

    /**
     * n points in d dimensions — small integers (full of duplicates and ties) or reals — with
     * labels drawn from k values that are spread out (not 0..k−1) half of the time.
     */
    static Labelled labelled(int n, int d, int k, boolean integers, boolean spread, long seed) {
        Random random = new Random(seed);
        double[][] rows = new double[n][d];
        for (double[] row : rows) {
            for (int m = 0; m < d; m++) {
                row[m] = integers ? random.nextInt(4) : Math.rint(random.nextGaussian() * 1e6) / 1e5;
            }
        }
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextInt(k);
        }
        labels[0] = 0;
        labels[1] = 1;
        if (k >= n) {
            labels[n - 1] = labels[0];
        }
        if (spread) {
            for (int i = 0; i < n; i++) {
                labels[i] = 3 * labels[i] + 5;
            }
        }
        return new Labelled(rows, labels);
    }

    @Provide
    Arbitrary<Labelled> labelledData() {
        return Combinators.combine(Arbitraries.integers().between(3, 60), Arbitraries.integers().between(1, 5),
                        Arbitraries.integers().between(2, 8), Arbitraries.of(true, false), Arbitraries.of(true, false),
                        Arbitraries.longs())
                .as(ScoreLawsTest::labelled);
    }

    /** A renaming of labels: an injective map, here x → perm[x]·7 + 2 over the labels present. */
    static int[] renamed(int[] labels, long seed) {
        int max = Arrays.stream(labels).max().orElseThrow();
        int[] perm = new int[max + 1];
        for (int i = 0; i <= max; i++) {
            perm[i] = i;
        }
        Random random = new Random(seed);
        for (int i = max; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        return Arrays.stream(labels).map(x -> perm[x] * 7 + 2).toArray();
    }

    /** The silhouette of every point straight from Rousseeuw's definition, O(n²·d). */
    static double[] oracleSilhouette(double[][] rows, int[] labels) {
        int n = rows.length;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            java.util.Map<Integer, double[]> sumAndCount = new java.util.TreeMap<>();
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                double s = 0;
                for (int m = 0; m < rows[i].length; m++) {
                    s += (rows[i][m] - rows[j][m]) * (rows[i][m] - rows[j][m]);
                }
                double[] acc = sumAndCount.computeIfAbsent(labels[j], key -> new double[2]);
                acc[0] += Math.sqrt(s);
                acc[1]++;
            }
            double[] own = sumAndCount.get(labels[i]);
            if (own == null) {
                out[i] = 0;
                continue;
            }
            double a = own[0] / own[1];
            double b = Double.POSITIVE_INFINITY;
            for (java.util.Map.Entry<Integer, double[]> e : sumAndCount.entrySet()) {
                if (e.getKey() != labels[i]) {
                    b = Math.min(b, e.getValue()[0] / e.getValue()[1]);
                }
            }
            out[i] = Math.max(a, b) == 0 ? 0 : (b - a) / Math.max(a, b);
        }
        return out;
    }

    @Property(tries = 150, seed = "20261201")
    void silhouette_agreesWithTheDefinition_andLiesInMinusOneToOne(@ForAll("labelledData") Labelled c) {
        Silhouette s = ClusterScores.silhouette(c.data(), c.labels());
        double[] oracle = oracleSilhouette(c.rows(), c.labels());

        for (int i = 0; i < oracle.length; i++) {
            assertThat(s.value(i)).as("point %d", i).isCloseTo(oracle[i], within(1e-12)).isBetween(-1.0, 1.0);
        }
        assertThat(s.mean()).isCloseTo(Arrays.stream(oracle).average().orElseThrow(), within(1e-12));
    }

    @Property(tries = 150, seed = "20261202")
    void internalScores_areInvariantUnderRenamingTheLabels(@ForAll("labelledData") Labelled c,
                                                           @ForAll long renaming) {
        Dataset data = c.data();
        int[] other = renamed(c.labels(), renaming);

        double[] before = ClusterScores.silhouette(data, c.labels()).values();
        double[] after = ClusterScores.silhouette(data, other).values();
        for (int i = 0; i < before.length; i++) {
            assertThat(after[i]).isCloseTo(before[i], within(1e-12));
        }
        double db = ClusterScores.daviesBouldin(data, c.labels());
        assertThat(ClusterScores.daviesBouldin(data, other)).isCloseTo(db, within(1e-12 * Math.max(1, db)));
        double ch = ClusterScores.calinskiHarabasz(data, c.labels());
        assertThat(ClusterScores.calinskiHarabasz(data, other)).isCloseTo(ch, within(1e-12 * Math.max(1, ch)));
        assertThat(ClusterScores.inertia(data, other)).isCloseTo(ClusterScores.inertia(data, c.labels()),
                within(1e-9));
    }

    @Property(tries = 150, seed = "20261203")
    void externalScores_areInvariantUnderRenamingEitherLabelling(@ForAll("labelledData") Labelled c,
                                                                 @ForAll("labelledData") Labelled d,
                                                                 @ForAll long renaming) {
        int n = Math.min(c.labels().length, d.labels().length);
        int[] truth = Arrays.copyOf(c.labels(), n);
        int[] predicted = Arrays.copyOf(d.labels(), n);
        int[] truth2 = renamed(truth, renaming);
        int[] predicted2 = renamed(predicted, renaming + 1);

        assertThat(LabelAgreement.adjustedRand(truth2, predicted2))
                .isCloseTo(LabelAgreement.adjustedRand(truth, predicted), within(1e-12));
        assertThat(LabelAgreement.normalizedMutualInfo(truth2, predicted2))
                .isCloseTo(LabelAgreement.normalizedMutualInfo(truth, predicted), within(1e-12));
        assertThat(LabelAgreement.adjustedMutualInfo(truth2, predicted2))
                .isCloseTo(LabelAgreement.adjustedMutualInfo(truth, predicted), within(1e-9));
        assertThat(LabelAgreement.homogeneity(truth2, predicted2))
                .isCloseTo(LabelAgreement.homogeneity(truth, predicted), within(1e-12));
        assertThat(LabelAgreement.completeness(truth2, predicted2))
                .isCloseTo(LabelAgreement.completeness(truth, predicted), within(1e-12));
        // Symmetry, and the bounds of the normalised scores.
        assertThat(LabelAgreement.adjustedRand(predicted, truth))
                .isCloseTo(LabelAgreement.adjustedRand(truth, predicted), within(1e-15));
        assertThat(LabelAgreement.normalizedMutualInfo(truth, predicted)).isBetween(0.0, 1.0 + 1e-12);
        assertThat(LabelAgreement.vMeasure(truth, predicted))
                .isCloseTo(LabelAgreement.normalizedMutualInfo(truth, predicted), within(1e-12));
    }

    @Property(tries = 150, seed = "20261204")
    void identicalPartitions_scoreOne_whateverTheirNames(@ForAll("labelledData") Labelled c, @ForAll long renaming) {
        int[] same = renamed(c.labels(), renaming);

        assertThat(LabelAgreement.adjustedRand(c.labels(), same)).isEqualTo(1.0);
        assertThat(LabelAgreement.normalizedMutualInfo(c.labels(), same)).isCloseTo(1.0, within(1e-12));
        assertThat(LabelAgreement.adjustedMutualInfo(c.labels(), same)).isCloseTo(1.0, within(1e-9));
        assertThat(LabelAgreement.homogeneity(c.labels(), same)).isCloseTo(1.0, within(1e-12));
        assertThat(LabelAgreement.completeness(c.labels(), same)).isCloseTo(1.0, within(1e-12));
    }

    /** Hubert and Arabie's formula with binomial coefficients, a different route to the same index. */
    static double oracleAdjustedRand(int[] truth, int[] predicted) {
        java.util.Map<Long, Integer> cells = new java.util.HashMap<>();
        java.util.Map<Integer, Integer> rows = new java.util.HashMap<>();
        java.util.Map<Integer, Integer> columns = new java.util.HashMap<>();
        for (int i = 0; i < truth.length; i++) {
            cells.merge(((long) truth[i] << 32) | predicted[i], 1, Integer::sum);
            rows.merge(truth[i], 1, Integer::sum);
            columns.merge(predicted[i], 1, Integer::sum);
        }
        double index = cells.values().stream().mapToDouble(v -> v * (v - 1) / 2.0).sum();
        double a = rows.values().stream().mapToDouble(v -> v * (v - 1) / 2.0).sum();
        double b = columns.values().stream().mapToDouble(v -> v * (v - 1) / 2.0).sum();
        double pairs = truth.length * (truth.length - 1) / 2.0;
        double expected = a * b / pairs;
        double max = (a + b) / 2;
        return (index - expected) / (max - expected);
    }

    @Property(tries = 150, seed = "20261205")
    void adjustedRand_agreesWithHubertAndArabiesFormula(@ForAll("labelledData") Labelled c,
                                                        @ForAll("labelledData") Labelled d) {
        int n = Math.min(c.labels().length, d.labels().length);
        int[] truth = Arrays.copyOf(c.labels(), n);
        int[] predicted = Arrays.copyOf(d.labels(), n);
        double oracle = oracleAdjustedRand(truth, predicted);
        if (Double.isFinite(oracle)) {
            assertThat(LabelAgreement.adjustedRand(truth, predicted)).isCloseTo(oracle, within(1e-12));
        }
    }

    /** Homogeneity from its definition 1 − H(C|K)/H(C), computed with conditional entropies. */
    @Property(tries = 150, seed = "20261206")
    void homogeneityAndCompleteness_agreeWithConditionalEntropies(@ForAll("labelledData") Labelled c,
                                                                  @ForAll("labelledData") Labelled d) {
        int n = Math.min(c.labels().length, d.labels().length);
        int[] truth = Arrays.copyOf(c.labels(), n);
        int[] predicted = Arrays.copyOf(d.labels(), n);
        double hc = entropy(truth);
        double hk = entropy(predicted);
        double expectedH = hc == 0 ? 1 : 1 - conditionalEntropy(truth, predicted) / hc;
        double expectedC = hk == 0 ? 1 : 1 - conditionalEntropy(predicted, truth) / hk;

        assertThat(LabelAgreement.homogeneity(truth, predicted)).isCloseTo(expectedH, within(1e-12));
        assertThat(LabelAgreement.completeness(truth, predicted)).isCloseTo(expectedC, within(1e-12));
    }

    private static double entropy(int[] labels) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int l : labels) {
            counts.merge(l, 1, Integer::sum);
        }
        double h = 0;
        for (int count : counts.values()) {
            double p = (double) count / labels.length;
            h -= p * Math.log(p);
        }
        return h;
    }

    /** H(A | B) = Σ_b p(b) H(A | B = b). */
    private static double conditionalEntropy(int[] a, int[] b) {
        java.util.Map<Integer, java.util.List<Integer>> groups = new java.util.HashMap<>();
        for (int i = 0; i < a.length; i++) {
            groups.computeIfAbsent(b[i], key -> new java.util.ArrayList<>()).add(a[i]);
        }
        double h = 0;
        for (java.util.List<Integer> g : groups.values()) {
            int[] members = g.stream().mapToInt(Integer::intValue).toArray();
            h += (double) members.length / a.length * entropy(members);
        }
        return h;
    }

    @Property(tries = 100, seed = "20261207")
    void simplifiedSilhouette_liesInMinusOneToOne_andUsesTheNearestOtherCentroid(@ForAll("labelledData") Labelled c,
                                                                                 @ForAll long centroidSeed) {
        int k = Arrays.stream(c.labels()).max().orElseThrow() + 1;
        Random random = new Random(centroidSeed);
        double[][] centroids = new double[k][c.rows()[0].length];
        for (double[] centroid : centroids) {
            for (int m = 0; m < centroid.length; m++) {
                centroid[m] = random.nextInt(5) - 1;
            }
        }
        Silhouette s = ClusterScores.simplifiedSilhouette(c.data(), c.labels(), centroids);

        int[] sizes = new int[k];
        for (int label : c.labels()) {
            sizes[label]++;
        }
        for (int i = 0; i < c.labels().length; i++) {
            assertThat(s.value(i)).isBetween(-1.0, 1.0);
            int own = c.labels()[i];
            double a = distance(c.rows()[i], centroids[own]);
            double b = Double.POSITIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                if (j != own && sizes[j] > 0) {
                    b = Math.min(b, distance(c.rows()[i], centroids[j]));
                }
            }
            double expected = sizes[own] == 1 || Math.max(a, b) == 0 ? 0 : (b - a) / Math.max(a, b);
            assertThat(s.value(i)).isCloseTo(expected, within(1e-12));
        }
    }

    private static double distance(double[] x, double[] y) {
        double s = 0;
        for (int m = 0; m < x.length; m++) {
            s += (x[m] - y[m]) * (x[m] - y[m]);
        }
        return Math.sqrt(s);
    }

    @Property(tries = 100, seed = "20261208")
    void inertiaOfTheMeans_isTheLeastInertiaOfAnyCentroids(@ForAll("labelledData") Labelled c,
                                                           @ForAll long centroidSeed) {
        int k = Arrays.stream(c.labels()).max().orElseThrow() + 1;
        Random random = new Random(centroidSeed);
        double[][] centroids = new double[k][c.rows()[0].length];
        double oracle = 0;
        for (double[] centroid : centroids) {
            for (int m = 0; m < centroid.length; m++) {
                centroid[m] = random.nextGaussian();
            }
        }
        for (int i = 0; i < c.labels().length; i++) {
            double dist = distance(c.rows()[i], centroids[c.labels()[i]]);
            oracle += dist * dist;
        }
        double given = ClusterScores.inertia(c.data(), c.labels(), centroids);

        assertThat(given).isCloseTo(oracle, within(1e-9 * Math.max(1, oracle)));
        assertThat(ClusterScores.inertia(c.data(), c.labels())).isLessThanOrEqualTo(given * (1 + 1e-12));
    }

    /** Enough points that the blocks really are spread over threads (the kernel keeps small n on one). */
    @Property(tries = 8, seed = "20261209")
    void silhouette_isBitIdenticalForEveryThreadCount(@ForAll("largeLabelledData") Labelled c) {
        Dataset data = c.data();
        Silhouette one = ClusterScores.silhouette(data, c.labels(), 1);

        for (int threads : new int[] {2, 3, 7}) {
            Silhouette many = ClusterScores.silhouette(data, c.labels(), threads);
            assertThat(many.values()).isEqualTo(one.values());
            assertThat(many.mean()).isEqualTo(one.mean());
        }
    }

    @Provide
    Arbitrary<Labelled> largeLabelledData() {
        return Combinators.combine(Arbitraries.integers().between(SilhouetteKernel.PARALLEL_THRESHOLD, 1700),
                        Arbitraries.integers().between(1, 5), Arbitraries.integers().between(2, 12),
                        Arbitraries.of(true, false), Arbitraries.longs())
                .as((n, d, k, integers, seed) -> labelled(n, d, k, integers, false, seed));
    }

    @Property(tries = 50, seed = "20261210")
    void sampledSilhouette_ofEveryPoint_isTheExactOne(@ForAll("labelledData") Labelled c, @ForAll long seed) {
        Silhouette exact = ClusterScores.silhouette(c.data(), c.labels());

        assertThat(ClusterScores.silhouetteSampled(c.data(), c.labels(), c.labels().length, seed)).isEqualTo(exact);
    }

    /**
     * The sample's mean silhouette converges to the exact mean: over 24 seeds, its root mean
     * square error falls as the sample grows, and vanishes at n.
     */
    @Test
    void sampledSilhouette_convergesToTheExactOne_asTheSampleGrows() {
        Labelled c = labelled(600, 3, 4, false, false, 99);
        Dataset data = c.data();
        double exact = ClusterScores.silhouette(data, c.labels()).mean();
        int[] sizes = {15, 60, 240, 540, 600};
        double[] rms = new double[sizes.length];
        for (int s = 0; s < sizes.length; s++) {
            double sum = 0;
            for (long seed = 0; seed < 24; seed++) {
                double error = ClusterScores.silhouetteSampled(data, c.labels(), sizes[s], seed).mean() - exact;
                sum += error * error;
            }
            rms[s] = Math.sqrt(sum / 24);
        }
        for (int s = 1; s < sizes.length; s++) {
            assertThat(rms[s]).as("RMS error at %d against %d: %s", sizes[s], sizes[s - 1], Arrays.toString(rms))
                    .isLessThan(rms[s - 1]);
        }
        assertThat(rms[sizes.length - 1]).isLessThan(1e-15);
    }

    @Test
    void logFactorial_agreesWithASumOfLogarithms() {
        double sum = 0;
        for (int m = 1; m <= 3000; m++) {
            sum += Math.log(m);
            assertThat(LabelAgreement.logFactorial(m)).as("log %d!", m).isCloseTo(sum, within(1e-12 * Math.max(1, sum)));
        }
        assertThat(LabelAgreement.logFactorial(0)).isEqualTo(0.0);
    }
}
