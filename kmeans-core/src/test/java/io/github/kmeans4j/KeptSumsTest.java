package io.github.kmeans4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kmeans4j.internal.Kernels;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;

/**
 * A pass keeps a slot's sums while the slot's labels stay those they were taken with
 * ({@link AssignmentPass.Partial#add}). The law: what a pass object that has run many passes
 * reports equals, bit for bit, what a new pass object reports from the same labels and centroids,
 * which has nothing kept. Checked along Lloyd steps, where fewer and fewer labels change, so that
 * slots are kept, taken again, and kept again, for every variant that sums point by point.
 */
class KeptSumsTest {

    @Provide
    Arbitrary<Algorithm> summing() {
        // Lloyd reads every row anyway and sums straight away (AssignmentPass#keepsSums).
        return Arbitraries.of(Algorithm.HAMERLY, Algorithm.ELKAN, Algorithm.YINYANG, Algorithm.KD_FILTER);
    }

    @Property(tries = 30, seed = "20261205")
    @StatisticsReport(StatisticsReportMode.OFF)
    void aPassThatKeptSums_reportsWhatANewPassReports(@ForAll("summing") Algorithm algorithm,
            @ForAll @IntRange(min = 12000, max = 30000) int n, @ForAll @IntRange(min = 2, max = 6) int d,
            @ForAll @IntRange(min = 2, max = 12) int k, @ForAll boolean weighted, @ForAll boolean floats,
            @ForAll long seed) {
        Dataset data = ParallelDeterminismTest.blobs(seed, n, d, k, floats);
        if (weighted) {
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                w[i] = (i * 7L + seed & 3) * 0.5;   // a quarter weigh nothing
            }
            data = data.withWeights(w);
        }
        assertThat(AssignmentPass.slotsFor(n, k, d)).isGreaterThan(1);
        AssignmentPass kept = algorithm.pass(data, k, Kernels.byName("scalar"), null, 1, false);
        double[] centroids = new double[k * d];
        for (int j = 0; j < k; j++) {
            for (int m = 0; m < d; m++) {
                centroids[j * d + m] = data.get(j, m);
            }
        }
        int[] labels = new int[n];
        double[] nearest = new double[n];
        int slots = AssignmentPass.slotsFor(n, k, d);
        boolean mixed = false;   // a pass that kept some slots and took others again
        for (int step = 0; step < 20; step++) {
            AssignmentPass fresh = algorithm.pass(data, k, Kernels.byName("scalar"), null, 1, false);
            int[] freshLabels = labels.clone();
            double[] freshNearest = new double[n];
            ClusterTotals expected = new ClusterTotals(k, d);
            fresh.run(centroids, freshLabels, freshNearest, expected);
            ClusterTotals actual = new ClusterTotals(k, d);
            int[] before = labels.clone();
            kept.run(centroids, labels, nearest, actual);
            int unchanged = 0;
            for (int s = 0; s < slots; s++) {
                int start = kept.boundary(s);
                int end = kept.boundary(s + 1);
                unchanged += java.util.Arrays.equals(before, start, end, labels, start, end) ? 1 : 0;
            }
            mixed |= step > 0 && unchanged > 0 && unchanged < slots;

            assertThat(labels).as("labels, step %d", step).isEqualTo(freshLabels);
            assertThat(expected.sums).as("a new pass's sums, step %d", step)
                    .isEqualTo(slotSums(data, labels, kept, slots, k));
            assertThat(actual.sums).as("sums, step %d", step).isEqualTo(expected.sums);
            assertThat(actual.weight).as("weights, step %d", step).isEqualTo(expected.weight);
            assertThat(actual.size).as("sizes, step %d", step).isEqualTo(expected.size);
            assertThat(actual.positive).as("positive rows, step %d", step).isEqualTo(expected.positive);
            assertThat(actual.inertia).as("inertia, step %d", step).isEqualTo(expected.inertia);
            assertThat(nearest).as("distances, step %d", step).isEqualTo(freshNearest);
            // Lloyd's update, where a cluster has weight; an empty one stays where it was.
            for (int j = 0; j < k; j++) {
                if (actual.weight[j] > 0) {
                    for (int m = 0; m < d; m++) {
                        centroids[j * d + m] = actual.sums[j * d + m] / actual.weight[j];
                    }
                }
            }
        }
        Statistics.label("kept some slots, took others again").collect(mixed);
        Statistics.label("kept some slots, took others again").coverage(c -> c.check(true).percentage(p -> p >= 40));
    }

    /**
     * The sums written out: per slot, each point's weighted row added to its cluster in point
     * order, then the slots' sums added in slot order.
     */
    private static double[] slotSums(Dataset data, int[] labels, AssignmentPass pass, int slots, int k) {
        int d = data.d();
        double[] total = new double[k * d];
        for (int s = 0; s < slots; s++) {
            double[] part = new double[k * d];
            for (int i = pass.boundary(s); i < pass.boundary(s + 1); i++) {
                double w = data.weight(i);
                for (int m = 0; m < d; m++) {
                    part[labels[i] * d + m] += w * data.get(i, m);
                }
            }
            for (int v = 0; v < k * d; v++) {
                total[v] = s == 0 ? part[v] : total[v] + part[v];
            }
        }
        return total;
    }

    /**
     * The one label that changes is a slot's first point's: the slot's sums must be taken again.
     * Two clusters on a line, every slot holding both; the first point of the second slot sits
     * just nearer the left centroid, until the right one moves a little towards it.
     */
    @Test
    void aChangeAtASlotsFirstPointAlone_isSummed() {
        int n = 12288;
        double[][] rows = new double[n][];
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        for (int i = 0; i < n; i++) {
            rows[i] = new double[] {(i % 2) * 10 + random.nextDouble(-0.5, 0.5), random.nextDouble(-0.5, 0.5)};
        }
        Dataset data = Dataset.of(rows);
        assertThat(AssignmentPass.slotsFor(n, 2, 2)).isGreaterThan(1);
        for (Algorithm algorithm : new Algorithm[] {Algorithm.HAMERLY, Algorithm.ELKAN, Algorithm.YINYANG,
                Algorithm.KD_FILTER}) {
            AssignmentPass kept = algorithm.pass(data, 2, Kernels.byName("scalar"), null, 1, false);
            int target = kept.boundary(1);
            rows[target] = new double[] {4.9, 0};
            Dataset moved = Dataset.of(rows);
            kept = algorithm.pass(moved, 2, Kernels.byName("scalar"), null, 1, false);
            int[] labels = new int[n];
            double[] nearest = new double[n];
            kept.run(new double[] {0, 0, 10, 0}, labels, nearest, new ClusterTotals(2, 2));
            assertThat(labels[target]).isZero();
            double[] after = {0, 0, 9.7, 0};
            int[] before = labels.clone();
            ClusterTotals expected = new ClusterTotals(2, 2);
            algorithm.pass(moved, 2, Kernels.byName("scalar"), null, 1, false)
                    .run(after, labels.clone(), new double[n], expected);
            ClusterTotals actual = new ClusterTotals(2, 2);
            kept.run(after, labels, nearest, actual);
            assertThat(labels[target]).isOne();
            before[target] = 1;
            assertThat(labels).as(algorithm + ": only the target moved").isEqualTo(before);
            assertThat(actual.sums).as(algorithm.toString()).isEqualTo(expected.sums);
            assertThat(actual.size).as(algorithm.toString()).isEqualTo(expected.size);
        }
    }
}
