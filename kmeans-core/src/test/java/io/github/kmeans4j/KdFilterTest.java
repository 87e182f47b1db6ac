package io.github.kmeans4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kmeans4j.AcceleratedTraceTest.Style;
import io.github.kmeans4j.event.KMeansEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link Algorithm#KD_FILTER} on data large enough for deep trees and several slots: duplicates
 * and exact ties (GRID), near-ties decided by the last bits (NEAR_TIES), data far from the origin
 * (FAR) and tiny values whose squares underflow (TINY), weighted or not, stored as doubles or
 * floats: with any thread count, its fit and its event stream are scalar Lloyd's, bit for bit, and
 * so its labels at every iteration.
 */
class KdFilterTest {

    @Property(tries = 40, seed = "20261205")
    void fit_lowDimensions_isScalarLloydsFitBitForBitWithAnyThreadCount(
            @ForAll Style style,
            @ForAll @IntRange(min = 1, max = FilterPass.MAX_D) int d,
            @ForAll @IntRange(min = 2000, max = 12_000) int n,
            @ForAll @IntRange(min = 2, max = 12) int k,
            @ForAll @IntRange(min = 1, max = 4) int threads,
            @ForAll boolean floats,
            @ForAll boolean weighted,
            @ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] rows = AcceleratedTraceTest.rows(style, n, d, r);
        double[] weights = weighted ? AcceleratedTraceTest.weights(n, r) : null;
        Dataset stored = Oracle.dataset(rows, weights);
        Dataset data = floats ? stored.toFloats() : stored;
        int distinct = Oracle.distinctPositiveRows(floats ? floatRows(rows) : rows, weights).size();
        KMeans lloyd = KMeans.builder().k(Math.min(k, distinct)).seed(seed).restarts(2).maxIterations(12)
                .initializer(Initializer.kMeansPlusPlus()).threads(1).kernel(Kernel.SCALAR)
                .algorithm(Algorithm.LLOYD).build();
        List<KMeansEvent> lloydEvents = new ArrayList<>();
        KMeansResult reference = lloyd.toBuilder().listener(lloydEvents::add).build().fit(data);
        List<KMeansEvent> events = new ArrayList<>();
        KMeansResult filtered = lloyd.toBuilder().algorithm(Algorithm.KD_FILTER).threads(threads)
                .listener(events::add).build().fit(data);
        assertThat(filtered).isEqualTo(reference);
        assertThat(AcceleratedTraceTest.bytes(events)).isEqualTo(AcceleratedTraceTest.bytes(lloydEvents));
        KMeansResult quiet = lloyd.toBuilder().algorithm(Algorithm.KD_FILTER).threads(threads).build().fit(data);
        assertThat(quiet).isEqualTo(reference);
        assertThat(quiet.passStatistics().orElseThrow().algorithm()).isEqualTo(Algorithm.KD_FILTER);
    }

    private static double[][] floatRows(double[][] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = new double[rows[i].length];
            for (int m = 0; m < rows[i].length; m++) {
                out[i][m] = (float) rows[i][m];
            }
        }
        return out;
    }

    /** Eight well-separated blobs in 2-D: whole cells are decided, most distances are skipped in every pass. */
    @Test
    void fit_separatedBlobs_skipsMostDistancesInEveryPass() {
        SplittableRandom random = new SplittableRandom(7);
        int k = 8;
        double[][] rows = new double[20_000][];
        for (int i = 0; i < rows.length; i++) {
            int blob = i % k;
            rows[i] = new double[] {20 * blob + random.nextGaussian(), 20 * (blob % 3) + random.nextGaussian()};
        }
        double[][] start = Arrays.copyOf(rows, k);
        KMeansResult result = KMeans.builder().k(k).algorithm(Algorithm.KD_FILTER).initializer(Initializer.given(start))
                .seed(1).build().fit(Dataset.of(rows));
        List<PassStatistics.Pass> passes = result.passStatistics().orElseThrow().passes();
        for (PassStatistics.Pass p : passes) {
            assertThat(p.skippedFraction()).as("pass " + p.iteration()).isGreaterThan(0.75);
        }
    }

    @Test
    void fit_moreDimensionsThanSupported_isRejectedNamingTheLimit() {
        double[][] rows = new double[50][FilterPass.MAX_D + 1];
        for (int i = 0; i < rows.length; i++) {
            rows[i][i % rows[i].length] = i;
        }
        assertThatThrownBy(() -> KMeans.builder().k(3).algorithm(Algorithm.KD_FILTER).build().fit(Dataset.of(rows)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("KD_FILTER supports at most 8 dimensions, but d = 9");
    }
}
