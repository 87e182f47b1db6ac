package io.github.kmeans4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link Rows#distancesSquared}, which advances several points' sums together, gives every point
 * exactly the squared distance of the one-point-at-a-time loop: differences squared and added in
 * column order from 0, in double. The reference here is that loop written out in the test, and the
 * comparison is bit for bit, for double and float storage, any block start and length (including
 * the ragged tail after the last group of points), any labels, and values whose sums depend on the
 * order of the additions (mixed magnitudes from 1e-8 to 1e8).
 */
class RowsDistancesTest {

    @Property(tries = 300, seed = "20261205")
    void blockDistancesEqualColumnOrderSumsBitForBit(@ForAll @IntRange(min = 1, max = 23) int n,
                                                     @ForAll @IntRange(min = 1, max = 70) int d,
                                                     @ForAll @IntRange(min = 1, max = 6) int k,
                                                     @ForAll boolean floats,
                                                     @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n * d];
        for (int i = 0; i < x.length; i++) {
            x[i] = value(random);
        }
        float[] xf = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            xf[i] = (float) x[i];
        }
        double[] c = new double[k * d];
        for (int i = 0; i < c.length; i++) {
            c[i] = value(random);
        }
        int from = random.nextInt(n);
        int to = from + random.nextInt(n - from + 1);
        int[] labels = new int[to - from];
        for (int j = 0; j < labels.length; j++) {
            labels[j] = random.nextInt(k);
        }
        Rows rows = floats ? new Rows.Floats(xf, n, d) : new Rows.Doubles(x, n, d);
        double[] out = new double[labels.length + 1];
        out[labels.length] = -1;   // past the block: must stay untouched
        rows.distancesSquared(from, to, labels, c, out);
        for (int i = from; i < to; i++) {
            double expected = 0;
            for (int m = 0; m < d; m++) {
                double diff = (floats ? (double) xf[i * d + m] : x[i * d + m]) - c[labels[i - from] * d + m];
                expected += diff * diff;
            }
            assertThat(Double.doubleToRawLongBits(out[i - from]))
                    .as("point %d of [%d, %d), label %d", i, from, to, labels[i - from])
                    .isEqualTo(Double.doubleToRawLongBits(expected));
        }
        assertThat(out[labels.length]).isEqualTo(-1);
    }

    /** Mixed signs and magnitudes, so that summing in another order would change low bits. */
    private static double value(SplittableRandom random) {
        double magnitude = Math.pow(10, random.nextInt(-8, 9));
        return (random.nextDouble() - 0.5) * magnitude;
    }
}
