package io.github.kmeans4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.kmeans4j.Algorithm;
import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.Initializer;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.KMeansResult;
import io.github.kmeans4j.Kernel;
import io.github.kmeans4j.internal.KernelContractTest.Precision;
import io.github.kmeans4j.internal.KernelContractTest.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Data far from the origin: the expanded-form kernels must label as the exact one does, up to a
 * bound that scales with the spread of the data, not with their distance from the origin.
 *
 * <p>The bound, from {@link DistanceKernel}'s contract: a label may differ from
 * {@link ScalarKernel}'s only if its exact squared distance exceeds the smallest by at most
 * {@code 16·(d + 3)·u·(3·H² + max_j ‖c_j − m‖²)}, with m the centre of the data's bounding box
 * and H half its diagonal. For unit-spread data that is about 10⁻¹³ in double and 10⁻³ in float,
 * however large the offset: before the kernels centred the data, an offset of 10⁸ (double) or
 * 10⁴ (float) mislabelled thousands of points of 20 000 by distances of order 1.
 *
 * <p>The build runs this class twice, with and without the Vector API module (see
 * kmeans-core/pom.xml), so the default fit is checked on both of {@link Kernel#AUTO}'s choices.
 */
class KernelOffsetTest {

    @Property(tries = 120, seed = "20261205")
    void nearest_offsetDataWithUnitSpread_labelsOfTheExactKernelExceptWithinTheSpreadBound(
            @ForAll @IntRange(min = 1, max = 24) int d,
            @ForAll @IntRange(min = 1, max = 12) int k,
            @ForAll @IntRange(min = 0, max = 400) int halfN,
            @ForAll boolean floats,
            @ForAll @IntRange(min = 0, max = 8) int logOffset,
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        Precision precision = floats ? Precision.FLOAT : Precision.DOUBLE;
        double offset = Math.pow(10, floats ? logOffset / 2.0 : logOffset);
        SplittableRandom random = new SplittableRandom(seed);
        Problem p = KernelContractTest.blobs("offset=" + offset, random, 2 * halfN + 1, d, k, offset, 3, 1);
        List<String> failures = new ArrayList<>();
        int[] reference = KernelContractTest.label(ScalarKernel.INSTANCE, precision, p, random, failures);
        double[] x = stored(p, precision);
        double bound = KernelBound.spread(x, p.n(), d, p.c(), k, precision.unitRoundoff);
        for (DistanceKernel kernel : KernelContractTest.kernels()) {
            int[] labels = KernelContractTest.label(kernel, precision, p, random, failures);
            double[] xi = new double[d];
            for (int i = 0; i < p.n(); i++) {
                if (labels[i] == reference[i]) {
                    continue;
                }
                System.arraycopy(x, i * d, xi, 0, d);
                double excess = KernelContractTest.distance(xi, p.c(), labels[i], d)
                        - KernelContractTest.distance(xi, p.c(), reference[i], d);
                if (!(excess <= bound)) {
                    failures.add(kernel.name() + "/" + precision + " " + p.what() + " point " + i + ": label "
                            + labels[i] + " instead of " + reference[i] + ", " + excess + " farther, bound " + bound);
                }
            }
        }
        assertThat(failures).as("labels beyond the spread-relative bound").isEmpty();
    }

    @Property(tries = 12, seed = "20261206")
    void fit_defaultsOnOffsetBlobs_reachTheExactKernelsInertia(
            @ForAll @IntRange(min = 1, max = 16) int d,
            @ForAll boolean floats,
            @ForAll @IntRange(min = 0, max = 8) int logOffset,
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        double offset = Math.pow(10, floats ? logOffset / 2.0 : logOffset);
        Dataset data = fourBlobs(seed, 5000, d, offset, floats);
        KMeansResult exact = KMeans.builder().k(4).seed(seed).kernel(Kernel.SCALAR).build().fit(data);
        KMeansResult dflt = KMeans.builder().k(4).seed(seed).build().fit(data);
        assertThat(dflt.inertia()).as("default fit, offset %s, %s", offset, floats ? "float" : "double")
                .isCloseTo(exact.inertia(), within(1e-9 * exact.inertia()));
    }

    @Example
    void fit_everyKernelFarBeyondWhereSquaresOverflow_labelsByDistance() {
        // ‖x‖² overflows to infinity at 1e160: uncentred, every score is -inf or NaN and every
        // point went to cluster 0. Centred, the values are 0 to 11. Centroids 0.5 and 10.5 by hand.
        Dataset data = Dataset.of(new double[][] {{1e160, 0}, {1e160, 1}, {1e160, 10}, {1e160, 11}});
        for (DistanceKernel kernel : KernelContractTest.kernels()) {
            KMeansResult result = KMeans.builder().k(2).seed(1).kernel(Kernel.valueOf(kernel.name().toUpperCase(Locale.ROOT))).algorithm(Algorithm.LLOYD)
                    .initializer(Initializer.given(new double[][] {{1e160, 0}, {1e160, 11}}))
                    .build().fit(data);
            assertThat(result.labels()).as(kernel.name()).containsExactly(0, 0, 1, 1);
            assertThat(result.inertia()).as(kernel.name()).isEqualTo(1.0);
        }
    }

    /**
     * n points in four Gaussian blobs (σ = 1) whose centres lie 2 apart along the first axis,
     * all moved by {@code offset} in every coordinate: the shape of issue 12's table.
     */
    static Dataset fourBlobs(long seed, int n, int d, double offset, boolean floats) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] rows = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int m = 0; m < d; m++) {
                rows[i][m] = offset + gaussian(random) + (m == 0 ? 2 * (i % 4) : 0);
            }
        }
        Dataset data = Dataset.of(rows);
        return floats ? data.toFloats() : data;
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static double[] stored(Problem p, Precision precision) {
        double[] x = new double[p.x().length];
        for (int i = 0; i < x.length; i++) {
            x[i] = precision.stored(p.x()[i]);
        }
        return x;
    }
}
