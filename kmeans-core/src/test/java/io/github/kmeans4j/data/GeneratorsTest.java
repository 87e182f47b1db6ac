package io.github.kmeans4j.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import io.github.kmeans4j.Dataset;
import java.util.Arrays;
import java.util.function.LongFunction;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Laws of the generators: a seed fixes the data, sizes and labels are as asked, uniform points
 * stay in their box, blob sample means and spreads converge to the generating centres and spreads
 * (at the rate 1/√m), the normal deviates have the normal's shape, a transform maps the very
 * points of the untransformed blobs, shapes (moons, circles, smiley) lie on their curves within
 * the noise, and bad parameters are rejected by name.
 *
 * <p>Statistical bounds are 5 to 6 standard errors wide, so a correct generator fails them with
 * probability below 1e-6 per check; the seeds are fixed, so the outcome is too.
 */
class GeneratorsTest {

    /** Every generator, as a function of the seed. */
    private enum Kind {
        BLOBS(seed -> Generators.blobs().centers(4).dimensions(3).n(50).seed(seed).generate()),
        LINE(seed -> Generators.line(3, 20, -2, 2, 0.15, seed)),
        UNIFORM(seed -> Generators.uniform(40, 2, 0, 1, seed)),
        MOONS(seed -> Generators.moons(40, 0.1, seed)),
        CIRCLES(seed -> Generators.circles(40, 0.5, 0.05, seed)),
        ANISOTROPIC(seed -> Generators.anisotropic(45, seed)),
        UNEQUAL_VARIANCE(seed -> Generators.unequalVariance(45, seed)),
        SMILEY(seed -> Generators.smiley(40, 0.02, seed));

        final LongFunction<LabeledData> generator;

        Kind(LongFunction<LabeledData> generator) {
            this.generator = generator;
        }
    }

    @Property(tries = 40, seed = "6001")
    void anyGenerator_sameSeed_sameDataAndLabels(@ForAll Kind kind, @ForAll long seed) {
        LabeledData first = kind.generator.apply(seed);
        LabeledData second = kind.generator.apply(seed);
        assertThat(second).isEqualTo(first);
        assertThat(second.data().toRowMajorArray()).containsExactly(first.data().toRowMajorArray());
        assertThat(second.labels()).containsExactly(first.labels());
    }

    @Property(tries = 40, seed = "6002")
    void anyGenerator_otherSeed_otherPoints(@ForAll Kind kind, @ForAll long seed) {
        double[] a = kind.generator.apply(seed).data().toRowMajorArray();
        double[] b = kind.generator.apply(seed + 1).data().toRowMajorArray();
        assertThat(Arrays.equals(a, b)).isFalse();
    }

    @Property(tries = 60, seed = "6003")
    void blobs_pointsPerCluster_everyClusterHasThatMany(@ForAll @IntRange(min = 1, max = 7) int k,
            @ForAll @IntRange(min = 1, max = 40) int perCluster, @ForAll @IntRange(min = 1, max = 4) int d,
            @ForAll long seed) {
        LabeledData blobs = Generators.blobs().centers(k).dimensions(d).pointsPerCluster(perCluster).seed(seed)
                .generate();
        assertThat(blobs.n()).isEqualTo(k * perCluster);
        assertThat(blobs.d()).isEqualTo(d);
        assertThat(blobs.classCount()).isEqualTo(k);
        assertThat(blobs.classSizes()).containsOnly(perCluster);
        assertThat(blobs.centers()).hasNumberOfRows(k);
        assertThat(blobs.data().columnNames()).hasSize(d).doesNotHaveDuplicates();
    }

    @Property(tries = 60, seed = "6004")
    void blobs_totalN_splitEvenlyFirstClustersLarger(@ForAll @IntRange(min = 1, max = 7) int k,
            @ForAll @IntRange(min = 0, max = 200) int extra, @ForAll long seed) {
        int n = k + extra;
        int[] sizes = Generators.blobs().centers(k).n(n).seed(seed).generate().classSizes();
        assertThat(Arrays.stream(sizes).sum()).isEqualTo(n);
        for (int c = 1; c < k; c++) {
            assertThat(sizes[c]).isBetween(sizes[0] - 1, sizes[c - 1]);
        }
        assertThat(sizes[0] - sizes[k - 1]).isBetween(0, 1);
    }

    @Property(tries = 30, seed = "6005")
    void blobs_countsPerCluster_asGivenAndGroupedInOrder(@ForAll @IntRange(min = 1, max = 30) int a,
            @ForAll @IntRange(min = 1, max = 30) int b, @ForAll @IntRange(min = 1, max = 30) int c,
            @ForAll long seed) {
        LabeledData blobs = Generators.blobs().centers(3).pointsPerCluster(a, b, c).seed(seed).generate();
        assertThat(blobs.classSizes()).containsExactly(a, b, c);
        int[] labels = blobs.labels();
        for (int i = 1; i < labels.length; i++) {
            assertThat(labels[i]).isGreaterThanOrEqualTo(labels[i - 1]);
        }
    }

    @Property(tries = 60, seed = "6006")
    void blobs_randomCentres_insideTheirBounds(@ForAll @DoubleRange(min = -1e3, max = 1e3) double lo,
            @ForAll @DoubleRange(min = 0, max = 50) double width, @ForAll @DoubleRange(min = -5, max = 5) double lo2,
            @ForAll long seed) {
        double[][] common = Generators.blobs().centers(5).bounds(lo, lo + width).seed(seed).generate().centers();
        for (double[] centre : common) {
            for (double x : centre) {
                assertThat(x).isBetween(lo, lo + width);
            }
        }
        double[][] box = Generators.blobs().centers(5).bounds(new double[] {lo, lo2, 0}, new double[] {lo + width, lo2, 1})
                .seed(seed).generate().centers();
        for (double[] centre : box) {
            assertThat(centre).hasSize(3);
            assertThat(centre[0]).isBetween(lo, lo + width);
            assertThat(centre[1]).isEqualTo(lo2);
            assertThat(centre[2]).isBetween(0.0, 1.0);
        }
    }

    @Property(tries = 60, seed = "6007")
    void uniform_everyPointInsideItsBox(@ForAll @DoubleRange(min = -100, max = 100) double lo,
            @ForAll @DoubleRange(min = 0, max = 10) double width, @ForAll @IntRange(min = 1, max = 300) int n,
            @ForAll long seed) {
        double[] lower = {lo, -1, lo * 2};
        double[] upper = {lo + width, 1, lo * 2 + width / 3};
        LabeledData data = Generators.uniform(n, lower, upper, seed);
        assertThat(data.n()).isEqualTo(n);
        assertThat(data.classSizes()).containsExactly(n);
        for (double[] row : data.data().toArray()) {
            for (int j = 0; j < 3; j++) {
                assertThat(row[j]).isBetween(lower[j], upper[j]);
            }
        }
    }

    @Property(tries = 20, seed = "6008")
    void uniform_coordinateMeansConvergeToBoxCentre(@ForAll @IntRange(min = 1, max = 3) int d, @ForAll long seed) {
        int n = 20_000;
        Dataset data = Generators.uniform(n, d, -3, 5, seed).data();
        double standardError = 8 / Math.sqrt(12) / Math.sqrt(n);
        for (int j = 0; j < d; j++) {
            assertThat(mean(data.column(j))).isCloseTo(1.0, offset(5 * standardError));
        }
    }

    /**
     * For m points per cluster, every coordinate's sample mean is within 5 standard errors
     * (5σ/√m) of its centre, and the sample variance within 5 standard errors of σ²; the bound
     * shrinks as m grows, so the means converge to the centres.
     */
    @Property(tries = 30, seed = "6009")
    void blobs_sampleMeansAndSpreads_convergeToCentresAndSpreads(@ForAll @IntRange(min = 0, max = 3) int sizeExponent,
            @ForAll @DoubleRange(min = 0.1, max = 3) double spread, @ForAll long seed) {
        int m = 50 * (int) Math.pow(8, sizeExponent);   // 50, 400, 3200, 25600
        double[] spreads = {spread, 2 * spread, spread / 2};
        LabeledData blobs = Generators.blobs().centers(3).dimensions(2).spreads(spreads).pointsPerCluster(m).seed(seed)
                .generate();
        double[][] centres = blobs.centers();
        double[][] rows = blobs.data().toArray();
        int[] labels = blobs.labels();
        for (int c = 0; c < 3; c++) {
            for (int j = 0; j < 2; j++) {
                double sum = 0;
                double sumSquares = 0;
                for (int i = 0; i < rows.length; i++) {
                    if (labels[i] == c) {
                        double dev = rows[i][j] - centres[c][j];
                        sum += dev;
                        sumSquares += dev * dev;
                    }
                }
                double sigma = spreads[c];
                assertThat(Math.abs(sum / m)).as("cluster %d, coordinate %d, m = %d", c, j, m)
                        .isLessThanOrEqualTo(5 * sigma / Math.sqrt(m));
                double varianceRatio = sumSquares / m / (sigma * sigma);
                assertThat(Math.abs(varianceRatio - 1)).as("variance ratio, cluster %d, m = %d", c, m)
                        .isLessThanOrEqualTo(5 * Math.sqrt(2.0 / m));
            }
        }
    }

    /** The normal deviates have the standard normal's mass within 1, 2 and 3 σ, no skew and kurtosis 3. */
    @Property(tries = 5, seed = "6010")
    void blobs_deviates_haveTheNormalShape(@ForAll long seed) {
        int n = 200_000;
        double[] x = Generators.blobs().centers(new double[][] {{0}}).spread(1).n(n).seed(seed).generate()
                .data().column(0);
        double[] normalMass = {0.682689492137, 0.954499736104, 0.997300203937};
        for (int s = 1; s <= 3; s++) {
            int within = 0;
            for (double v : x) {
                if (Math.abs(v) <= s) {
                    within++;
                }
            }
            double p = normalMass[s - 1];
            assertThat((double) within / n).as("mass within %d sigma", s)
                    .isCloseTo(p, offset(5 * Math.sqrt(p * (1 - p) / n)));
        }
        double m3 = 0;
        double m4 = 0;
        for (double v : x) {
            m3 += v * v * v;
            m4 += v * v * v * v;
        }
        assertThat(m3 / n).as("skewness").isCloseTo(0, offset(5 * Math.sqrt(15.0 / n)));
        assertThat(m4 / n).as("kurtosis").isCloseTo(3, offset(5 * Math.sqrt(96.0 / n)));
    }

    @Property(tries = 30, seed = "6011")
    void blobs_givenCentres_reportedAsGivenAndNotAliased(@ForAll @DoubleRange(min = -50, max = 50) double a,
            @ForAll @DoubleRange(min = -50, max = 50) double b, @ForAll long seed) {
        double[][] given = {{a, b}, {b, a}, {0, 0}};
        Generators.Blobs builder = Generators.blobs().centers(given).spread(0).pointsPerCluster(3).seed(seed);
        given[0][0] = 1e6;
        LabeledData blobs = builder.generate();
        assertThat(blobs.centers()).isDeepEqualTo(new double[][] {{a, b}, {b, a}, {0, 0}});
        // spread 0: every point is its centre
        double[][] rows = blobs.data().toArray();
        for (int i = 0; i < rows.length; i++) {
            assertThat(rows[i]).containsExactly(blobs.centers()[blobs.label(i)]);
        }
        blobs.centers()[0][0] = 7;
        assertThat(blobs.centers()[0][0]).isEqualTo(a);
    }

    /** A transform maps exactly the points the same seed draws without it (the map draws nothing). */
    @Property(tries = 40, seed = "6012")
    void anisotropic_isTheLinearMapOfTheSameSeedsBlobs(@ForAll @DoubleRange(min = -2, max = 2) double a11,
            @ForAll @DoubleRange(min = -2, max = 2) double a12, @ForAll @DoubleRange(min = -2, max = 2) double a21,
            @ForAll @DoubleRange(min = -2, max = 2) double a22, @ForAll @IntRange(min = 3, max = 90) int n,
            @ForAll long seed) {
        double[][] map = {{a11, a12}, {a21, a22}, {1, 1}};   // three outputs from two inputs
        LabeledData plain = Generators.blobs().n(n).seed(seed).generate();
        LabeledData stretched = Generators.blobs().n(n).transform(map).seed(seed).generate();
        assertThat(stretched.d()).isEqualTo(3);
        assertThat(stretched.labels()).containsExactly(plain.labels());
        double[][] x = plain.data().toArray();
        double[][] y = stretched.data().toArray();
        for (int i = 0; i < n; i++) {
            assertThat(y[i]).containsExactly(times(map, x[i]));
        }
        for (int c = 0; c < 3; c++) {
            assertThat(stretched.centers()[c]).containsExactly(times(map, plain.centers()[c]));
        }
        LabeledData preset = Generators.anisotropic(n, new double[][] {{a11, a12}, {a21, a22}}, seed);
        assertThat(preset.data().toArray()[n - 1]).containsExactly(
                times(new double[][] {{a11, a12}, {a21, a22}}, x[n - 1]));
    }

    @Property(tries = 20, seed = "6013")
    void line_oneDimensionalClustersInsideBounds(@ForAll @IntRange(min = 1, max = 6) int k,
            @ForAll @IntRange(min = 1, max = 60) int perCluster, @ForAll @DoubleRange(min = -10, max = 0) double lo,
            @ForAll long seed) {
        LabeledData line = Generators.line(k, perCluster, lo, lo + 4, 0.15, seed);
        assertThat(line.d()).isEqualTo(1);
        assertThat(line.data().columnNames()).containsExactly("x");
        assertThat(line.classSizes()).hasSize(k).containsOnly(perCluster);
        for (double[] centre : line.centers()) {
            assertThat(centre[0]).isBetween(lo, lo + 4);
        }
    }

    @Property(tries = 40, seed = "6014")
    void moons_noNoise_pointsExactlyOnTheirHalfCircles(@ForAll @IntRange(min = 2, max = 300) int n, @ForAll long seed) {
        LabeledData moons = Generators.moons(n, 0, seed);
        assertThat(moons.classSizes()).containsExactly(n - n / 2, n / 2);
        double[][] rows = moons.data().toArray();
        for (int i = 0; i < n; i++) {
            boolean upper = moons.label(i) == 0;
            double cx = upper ? 0 : 1;
            double cy = upper ? 0 : 0.5;
            assertThat(Math.hypot(rows[i][0] - cx, rows[i][1] - cy)).isCloseTo(1, offset(1e-12));
            assertThat(upper ? rows[i][1] : 0.5 - rows[i][1]).isGreaterThanOrEqualTo(0);
        }
    }

    @Property(tries = 20, seed = "6015")
    void moonsAndCircles_noisyRadii_deviateByAboutTheNoise(@ForAll @DoubleRange(min = 0.01, max = 0.05) double noise,
            @ForAll long seed) {
        int n = 4000;
        LabeledData moons = Generators.moons(n, noise, seed);
        double[] moonDeviations = new double[n];
        double[][] rows = moons.data().toArray();
        for (int i = 0; i < n; i++) {
            boolean upper = moons.label(i) == 0;
            moonDeviations[i] = Math.hypot(rows[i][0] - (upper ? 0 : 1), rows[i][1] - (upper ? 0 : 0.5)) - 1;
        }
        assertRadialNoise(moonDeviations, noise);

        LabeledData circles = Generators.circles(n, 0.4, noise, seed);
        assertThat(circles.classSizes()).containsExactly(n / 2, n / 2);
        double[] circleDeviations = new double[n];
        rows = circles.data().toArray();
        for (int i = 0; i < n; i++) {
            circleDeviations[i] = Math.hypot(rows[i][0], rows[i][1]) - (circles.label(i) == 0 ? 1 : 0.4);
        }
        assertRadialNoise(circleDeviations, noise);
    }

    /** Each deviation is within 6σ, and their root mean square is σ within 10%. */
    private static void assertRadialNoise(double[] deviations, double noise) {
        double sumSquares = 0;
        for (double dev : deviations) {
            assertThat(Math.abs(dev)).isLessThanOrEqualTo(6 * noise);
            sumSquares += dev * dev;
        }
        assertThat(Math.sqrt(sumSquares / deviations.length) / noise).isBetween(0.9, 1.1);
    }

    @Property(tries = 40, seed = "6016")
    void circles_noNoise_pointsExactlyOnTheirCircles(@ForAll @IntRange(min = 2, max = 300) int n,
            @ForAll @DoubleRange(min = 0.01, max = 0.99) double inner, @ForAll long seed) {
        LabeledData circles = Generators.circles(n, inner, 0, seed);
        assertThat(circles.classSizes()).containsExactly(n - n / 2, n / 2);
        double[][] rows = circles.data().toArray();
        for (int i = 0; i < n; i++) {
            double radius = circles.label(i) == 0 ? 1 : inner;
            assertThat(Math.hypot(rows[i][0], rows[i][1])).isCloseTo(radius, offset(1e-12));
        }
    }

    @Property(tries = 40, seed = "6017")
    void smiley_noNoise_eachPartOnItsShape(@ForAll @IntRange(min = 4, max = 400) int n, @ForAll long seed) {
        LabeledData smiley = Generators.smiley(n, 0, seed);
        assertThat(smiley.classNames()).containsExactly("face", "left eye", "right eye", "mouth");
        int[] sizes = smiley.classSizes();
        assertThat(Arrays.stream(sizes).sum()).isEqualTo(n);
        assertThat(Arrays.stream(sizes).min().getAsInt()).isGreaterThanOrEqualTo(1);
        assertThat(sizes[1]).isEqualTo(sizes[2]).isEqualTo(Math.max(1, n / 8));
        assertThat(sizes[3]).isEqualTo(Math.max(1, n / 4));
        double[][] rows = smiley.data().toArray();
        for (int i = 0; i < n; i++) {
            double x = rows[i][0];
            double y = rows[i][1];
            switch (smiley.label(i)) {
                case 0 -> assertThat(Math.hypot(x, y)).isCloseTo(1, offset(1e-12));
                case 1 -> assertThat(Math.hypot(x + 0.35, y - 0.35)).isLessThanOrEqualTo(0.12 + 1e-12);
                case 2 -> assertThat(Math.hypot(x - 0.35, y - 0.35)).isLessThanOrEqualTo(0.12 + 1e-12);
                default -> {
                    assertThat(Math.hypot(x, y)).isCloseTo(0.55, offset(1e-12));
                    double degrees = Math.toDegrees(Math.atan2(y, x)) + 360;
                    assertThat(degrees).isBetween(200 - 1e-9, 340 + 1e-9);
                }
            }
        }
    }

    @Property(tries = 10, seed = "6018")
    void smiley_noise_movesPointsByAboutTheNoise(@ForAll @DoubleRange(min = 0.01, max = 0.05) double noise,
            @ForAll long seed) {
        int n = 4000;
        double[][] clean = Generators.smiley(n, 0, seed).data().toArray();
        double[][] noisy = Generators.smiley(n, noise, seed).data().toArray();
        // The shape is drawn first and the noise after it, so the same seed gives the same shape.
        double sumSquares = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 2; j++) {
                double dev = noisy[i][j] - clean[i][j];
                assertThat(Math.abs(dev)).isLessThanOrEqualTo(6 * noise);
                sumSquares += dev * dev;
            }
        }
        assertThat(Math.sqrt(sumSquares / (2 * n)) / noise).isBetween(0.95, 1.05);
    }

    @Example
    void unequalVariance_presetSpreads_areOneTwoAndAHalfAndAHalf() {
        LabeledData data = Generators.unequalVariance(30_000, 5);
        double[][] rows = data.data().toArray();
        double[][] centres = data.centers();
        double[] expected = {1.0, 2.5, 0.5};
        for (int c = 0; c < 3; c++) {
            double sumSquares = 0;
            int m = 0;
            for (int i = 0; i < rows.length; i++) {
                if (data.label(i) == c) {
                    sumSquares += square(rows[i][0] - centres[c][0]) + square(rows[i][1] - centres[c][1]);
                    m++;
                }
            }
            assertThat(Math.sqrt(sumSquares / (2 * m))).isCloseTo(expected[c],
                    offset(expected[c] * 0.05));
        }
    }

    @Example
    void badParameters_rejectedNamingParameterAndValue() {
        assertRejected(() -> Generators.line(0, 10, 0, 1, 0.1, 1), "centers", "0");
        assertRejected(() -> Generators.line(2, 0, 0, 1, 0.1, 1), "pointsPerCluster", "0");
        assertRejected(() -> Generators.line(2, 5, 1, 0, 0.1, 1), "bounds", "[1.0, 0.0]");
        assertRejected(() -> Generators.line(2, 5, 0, Double.NaN, 0.1, 1), "bounds", "NaN");
        assertRejected(() -> Generators.line(2, 5, 0, 1, -0.1, 1), "spread", "-0.1");
        assertRejected(() -> Generators.line(2, 5, 0, 1, Double.POSITIVE_INFINITY, 1), "spread", "Infinity");
        assertRejected(() -> Generators.uniform(0, 2, 0, 1, 1), "n", "0");
        assertRejected(() -> Generators.uniform(5, 0, 0, 1, 1), "d", "0");
        assertRejected(() -> Generators.uniform(5, new double[] {0, 0}, new double[] {1}, 1), "same length", "2 and 1");
        assertRejected(() -> Generators.uniform(5, null, new double[] {1}, 1), "bounds", "null");
        assertRejected(() -> Generators.uniform(5, new double[] {0, 2}, new double[] {1, 1}, 1),
                "bounds of dimension 1", "[2.0, 1.0]");
        assertRejected(() -> Generators.uniform(5, 1, -Double.MAX_VALUE, Double.MAX_VALUE, 1), "bounds", "1.79");
        assertRejected(() -> Generators.uniform(Integer.MAX_VALUE, 2, 0, 1, 1), "values", "2147483647");
        assertRejected(() -> Generators.moons(1, 0.1, 1), "n", "1");
        assertRejected(() -> Generators.moons(10, -1, 1), "noise", "-1.0");
        assertRejected(() -> Generators.circles(10, 1, 0.1, 1), "innerRadius", "1.0");
        assertRejected(() -> Generators.circles(10, 0, 0.1, 1), "innerRadius", "0.0");
        assertRejected(() -> Generators.circles(10, 0.5, Double.NaN, 1), "noise", "NaN");
        assertRejected(() -> Generators.smiley(3, 0.1, 1), "n", "3");
        assertRejected(() -> Generators.anisotropic(2, 1), "n = 2", "3");
        assertRejected(() -> Generators.anisotropic(10, new double[][] {{1, 0, 0}}, 1), "transform", "3 columns");
        assertRejected(() -> Generators.anisotropic(10, new double[][] {{1, 0}, {0}}, 1), "transform", "row 1");
        assertRejected(() -> Generators.anisotropic(10, new double[][] {{1, Double.NaN}}, 1), "transform", "NaN");
        assertRejected(() -> Generators.anisotropic(10, null, 1), "transform", "null");
        assertRejected(() -> Generators.unequalVariance(10, new double[0], 1), "spreads", "empty");
        assertRejected(() -> Generators.unequalVariance(10, new double[] {1, -2}, 1), "spreads[1]", "-2.0");
        assertRejected(() -> Generators.unequalVariance(2, new double[] {1, 2, 3}, 1), "n = 2", "3");
        assertRejected(() -> Generators.blobs().centers(new double[][] {{1, 2}, {3}}), "centers", "row 1");
        assertRejected(() -> Generators.blobs().centers(new double[][] {{1, Double.NEGATIVE_INFINITY}}), "centers",
                "-Infinity");
        assertRejected(() -> Generators.blobs().centers((double[][]) null), "centers", "null");
        assertRejected(() -> Generators.blobs().dimensions(0), "dimensions", "0");
        assertRejected(() -> Generators.blobs().n(0), "n", "0");
        assertRejected(() -> Generators.blobs().pointsPerCluster(3, 0), "pointsPerCluster[1]", "0");
        assertRejected(() -> Generators.blobs().centers(3).pointsPerCluster(3, 4).generate(), "pointsPerCluster",
                "2 counts");
        assertRejected(() -> Generators.blobs().centers(2).spreads(1, 2, 3).generate(), "spreads", "3 values");
        assertRejected(() -> Generators.blobs().centers(new double[][] {{1, 2}}).dimensions(3).generate(),
                "dimensions", "3");
        assertRejected(() -> Generators.blobs().dimensions(3).bounds(new double[] {0, 0}, new double[] {1, 1})
                .generate(), "dimensions", "bounds have 2");
        assertRejected(() -> Generators.blobs().centers(2).pointsPerCluster(Integer.MAX_VALUE).generate(), "values",
                "4294967294");
    }

    private static void assertRejected(ThrowingCallable call, String... fragments) {
        assertThatThrownBy(call).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll(fragments);
    }

    @Example
    void uniform_boundsArrays_notModified() {
        double[] lower = {0, 1};
        double[] upper = {2, 3};
        Generators.uniform(10, lower, upper, 3);
        assertThat(lower).containsExactly(0, 1);
        assertThat(upper).containsExactly(2, 3);
    }

    private static double[] times(double[][] map, double[] x) {
        double[] y = new double[map.length];
        for (int r = 0; r < map.length; r++) {
            double sum = 0;
            for (int j = 0; j < x.length; j++) {
                sum += map[r][j] * x[j];
            }
            y[r] = sum;
        }
        return y;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double square(double x) {
        return x * x;
    }
}
