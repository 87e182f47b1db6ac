package io.github.kmeans4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Every {@link CentroidDistances} (the scalar one, and the Vector API one where the module is
 * present) gives, bit for bit, {@code Σ (x − c)²} summed in column order with a separate multiply
 * and add, written here independently, for double and float rows, any number of rows (fours and
 * the ones after them), rows in any order and repeated, and any k (full and partial lane groups).
 */
class CentroidDistancesTest {

    private static List<CentroidDistances> implementations() {
        List<CentroidDistances> all = new ArrayList<>();
        all.add(CentroidDistances.forKernel(ScalarKernel.INSTANCE));
        if (Kernels.vectorAvailable()) {
            all.add(CentroidDistances.forKernel(Kernels.byName("vector")));
        }
        return all;
    }

    @Test
    void forKernel_vectorKernel_givesTheVectorLoop_otherwiseTheScalarOne() {
        assertThat(CentroidDistances.forKernel(PortableKernel.INSTANCE)).isSameAs(ScalarCentroidDistances.INSTANCE);
        if (Kernels.vectorAvailable()) {
            assertThat(CentroidDistances.forKernel(Kernels.byName("vector")).getClass().getSimpleName())
                    .isEqualTo("VectorCentroidDistances");
        }
    }

    @Property(tries = 80)
    void distances_everyImplementation_isTheColumnOrderSum(
            @ForAll @IntRange(min = 1, max = 40) int n,
            @ForAll @IntRange(min = 1, max = 70) int d,
            @ForAll @IntRange(min = 1, max = 21) int k,
            @ForAll @IntRange(min = 0, max = 11) int count,
            @ForAll boolean floats,
            @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n * d];
        float[] xf = new float[n * d];
        for (int i = 0; i < x.length; i++) {
            xf[i] = (float) (random.nextGaussian() * Math.pow(10, random.nextInt(-3, 4)));
            x[i] = random.nextGaussian() * Math.pow(10, random.nextInt(-3, 4));
        }
        double[] c = new double[k * d];
        for (int i = 0; i < c.length; i++) {
            c[i] = random.nextGaussian() * Math.pow(10, random.nextInt(-3, 4));
        }
        int[] rows = new int[count];
        for (int p = 0; p < count; p++) {
            rows[p] = random.nextInt(n);
        }
        double[] expected = new double[count * k];
        for (int p = 0; p < count; p++) {
            for (int j = 0; j < k; j++) {
                double sum = 0;
                for (int m = 0; m < d; m++) {
                    double value = floats ? (double) xf[rows[p] * d + m] : x[rows[p] * d + m];
                    double diff = value - c[j * d + m];
                    double square = diff * diff;
                    sum = sum + square;
                }
                expected[p * k + j] = sum;
            }
        }
        for (CentroidDistances impl : implementations()) {
            double[] out = new double[count * k + 3];
            out[count * k] = 7;   // past the end: must stay
            CentroidDistances.Centroids prepared = impl.centroids(c, k, d);
            if (floats) {
                impl.distances(xf, rows, count, prepared, out);
            } else {
                impl.distances(x, rows, count, prepared, out);
            }
            assertThat(java.util.Arrays.copyOf(out, count * k)).as(impl.getClass().getSimpleName()).isEqualTo(expected);
            assertThat(out[count * k]).as("the value after the output").isEqualTo(7);
        }
    }
}
