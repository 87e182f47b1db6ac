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
 * Every {@link TrialDistances} (the scalar one, and the Vector API one where the module is
 * present) gives, bit for bit, {@code min(bound, Σ (x − c)²)} summed in column order with a
 * separate multiply and add, written here independently, for double and float rows, any range of
 * rows (ragged ends, ranges inside a vector block), any shift of the output and 1 to 9 candidates.
 */
class KernelTrialsTest {

    private static List<TrialDistances> implementations() {
        List<TrialDistances> all = new ArrayList<>();
        all.add(TrialDistances.forKernel(ScalarKernel.INSTANCE));
        if (Kernels.vectorAvailable()) {
            all.add(TrialDistances.forKernel(Kernels.byName("vector")));
        }
        return all;
    }

    @Test
    void forKernel_vectorKernel_givesTheVectorLoop_otherwiseTheScalarOne() {
        assertThat(TrialDistances.forKernel(PortableKernel.INSTANCE)).isSameAs(ScalarTrials.INSTANCE);
        if (Kernels.vectorAvailable()) {
            assertThat(TrialDistances.forKernel(Kernels.byName("vector")).getClass().getSimpleName())
                    .isEqualTo("VectorTrials");
        }
    }

    @Property(tries = 60)
    void trials_everyImplementation_isTheColumnOrderSumCappedByTheBound(
            @ForAll @IntRange(min = 1, max = 300) int n,
            @ForAll @IntRange(min = 1, max = 40) int d,
            @ForAll @IntRange(min = 1, max = 9) int count,
            @ForAll boolean floats,
            @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n * d];
        float[] xf = new float[n * d];
        for (int i = 0; i < x.length; i++) {
            xf[i] = (float) (random.nextGaussian() * Math.pow(10, random.nextInt(-3, 4)));
            x[i] = floats ? xf[i] : random.nextGaussian() * 1e3;
        }
        double[] c = new double[count * d];
        for (int i = 0; i < c.length; i++) {
            c[i] = random.nextGaussian() * 1e3;
        }
        double[] bound = new double[n];
        for (int i = 0; i < n; i++) {
            bound[i] = random.nextInt(4) == 0 ? Double.POSITIVE_INFINITY : random.nextDouble() * 1e7;
        }
        int from = random.nextInt(n);
        int to = random.nextInt(from, n + 1);
        int shift = random.nextBoolean() ? 0 : from;
        for (TrialDistances impl : implementations()) {
            TrialDistances.Rows rows = floats ? impl.rows(xf, n, d) : impl.rows(x, n, d);
            for (int start = 0; start < n; start += 64) {
                impl.fill(rows, start, Math.min(n, start + 64));
            }
            double[][] out = new double[count][n];
            impl.trials(rows, c, count, bound, out, shift, from, to);
            for (int t = 0; t < count; t++) {
                for (int i = from; i < to; i++) {
                    double sum = 0;
                    for (int m = 0; m < d; m++) {
                        double diff = x[i * d + m] - c[t * d + m];
                        sum += diff * diff;
                    }
                    double expected = Math.min(bound[i], sum);
                    assertThat(Double.doubleToRawLongBits(out[t][i - shift]))
                            .as("%s, row %d, candidate %d", impl.getClass().getSimpleName(), i, t)
                            .isEqualTo(Double.doubleToRawLongBits(expected));
                }
            }
        }
    }
}
