package io.github.kmeans4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kmeans4j.AcceleratedTraceTest.Style;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link Algorithm#KD_FILTER_CELLS}, which adds whole cells' precomputed sums: its labels are the
 * exact search's (the pass property of {@link AcceleratedTraceTest} covers them), its sizes,
 * positive counts and moves are exact, and each centroid coordinate the update step would make
 * from its sums is within the documented 2·(n_j + 2)·u·Σ w·|x| / W of the exact weighted mean of
 * the cluster's points, computed in exact decimal arithmetic; its fits do not depend on the
 * thread count.
 */
class KdFilterCellsTest {
    private static final double U = Math.scalb(1.0, -53);

    @Property(tries = 60, seed = "20261206")
    void pass_sumsAreWithinTheDocumentedBoundOfTheExactMeans(
            @ForAll Style style,
            @ForAll @IntRange(min = 1, max = FilterPass.MAX_D) int d,
            @ForAll @IntRange(min = 1, max = 6000) int n,
            @ForAll @IntRange(min = 1, max = 12) int k,
            @ForAll boolean weighted,
            @ForAll boolean floats,
            @ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] rows = AcceleratedTraceTest.rows(style, n, d, r);
        double[] w = weighted ? AcceleratedTraceTest.weights(n, r) : null;
        Dataset stored = Oracle.dataset(rows, w);
        Dataset data = floats ? stored.toFloats() : stored;
        double[][] c = new double[k][];
        double[] flat = new double[k * d];
        for (int j = 0; j < k; j++) {
            c[j] = data.row(r.nextInt(n));
            System.arraycopy(c[j], 0, flat, j * d, d);
        }
        FilterPass pass = new FilterPass(data, k, null, 1, false, true);
        int[] labels = new int[n];
        Arrays.fill(labels, -1);
        double[] nearest = new double[n];
        ClusterTotals totals = new ClusterTotals(k, d);
        pass.run(flat, labels, nearest, totals);
        long[] size = new long[k];
        long[] positive = new long[k];
        BigDecimal[] weight = new BigDecimal[k];
        BigDecimal[][] sum = new BigDecimal[k][d];
        double[][] absolute = new double[k][d];
        for (int j = 0; j < k; j++) {
            weight[j] = BigDecimal.ZERO;
            Arrays.fill(sum[j], BigDecimal.ZERO);
        }
        for (int i = 0; i < n; i++) {
            double[] x = data.row(i);
            int j = labels[i];
            assertThat(j).as("row %d", i).isEqualTo(Oracle.nearest(x, c));
            size[j]++;
            double v = w == null ? 1.0 : w[i];
            if (v != 0) {
                positive[j]++;
                weight[j] = weight[j].add(new BigDecimal(v));
                for (int m = 0; m < d; m++) {
                    sum[j][m] = sum[j][m].add(new BigDecimal(v).multiply(new BigDecimal(x[m])));
                    absolute[j][m] += v * Math.abs(x[m]);
                }
            }
        }
        assertThat(totals.size).isEqualTo(size);
        assertThat(totals.positive).isEqualTo(positive);
        assertThat(totals.moved).isEqualTo(n);
        for (int j = 0; j < k; j++) {
            if (positive[j] == 0) {
                continue;
            }
            double mass = weight[j].doubleValue();
            assertThat(Math.abs(totals.weight[j] - mass)).as("weight of %d", j)
                    .isLessThanOrEqualTo(2 * (size[j] + 2) * U * mass);
            for (int m = 0; m < d; m++) {
                double exact = sum[j][m].divide(weight[j], MathContext.DECIMAL128).doubleValue();
                double centroid = totals.sums[j * d + m] / totals.weight[j];
                double bound = 2 * (size[j] + 2) * U * absolute[j][m] / mass * (1 + 1e-12);
                assertThat(Math.abs(centroid - exact)).as("cluster %d, coordinate %d", j, m)
                        .isLessThanOrEqualTo(bound);
            }
        }
    }

    @Property(tries = 10, seed = "20261211")
    void fit_anyThreadCount_isBitIdenticalToOneThread(
            @ForAll @IntRange(min = 4096, max = 20_000) int n,
            @ForAll @IntRange(min = 1, max = FilterPass.MAX_D) int d,
            @ForAll @IntRange(min = 1, max = 12) int k,
            @ForAll @IntRange(min = 2, max = 8) int threads,
            @ForAll boolean floats,
            @ForAll long seed) {
        Dataset data = ParallelDeterminismTest.blobs(seed, n, d, 6, floats);
        KMeans one = KMeans.builder().k(k).seed(seed).restarts(2).maxIterations(15).threads(1)
                .algorithm(Algorithm.KD_FILTER_CELLS).build();
        KMeansResult reference = one.fit(data);
        assertThat(one.toBuilder().threads(threads).build().fit(data)).isEqualTo(reference);
        assertThat(reference.passStatistics().orElseThrow().algorithm()).isEqualTo(Algorithm.KD_FILTER_CELLS);
    }
}
