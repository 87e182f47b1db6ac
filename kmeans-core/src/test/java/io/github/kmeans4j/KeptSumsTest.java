package io.github.kmeans4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kmeans4j.internal.Kernels;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.constraints.IntRange;
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
        return Arbitraries.of(Algorithm.LLOYD, Algorithm.HAMERLY, Algorithm.ELKAN, Algorithm.YINYANG,
                Algorithm.KD_FILTER);
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
        for (int step = 0; step < 12; step++) {
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
        Statistics.label("kept some slots, took others again").coverage(c -> c.check(true).percentage(p -> p >= 60));
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
}
