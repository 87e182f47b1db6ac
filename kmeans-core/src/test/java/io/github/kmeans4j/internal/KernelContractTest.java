package io.github.kmeans4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The {@link DistanceKernel} contract, checked for every kernel this JVM can load (scalar,
 * portable, and vector when {@link Kernels#vectorAvailable()}), on double and on float points:
 *
 * <ol type="a">
 *   <li>every label is in {@code [0, k)}, and {@code nearest} writes exactly {@code labels[0, to − from)};</li>
 *   <li>every label's exact squared distance (computed in double from the widened data) exceeds
 *       the smallest by at most {@code 8·(d + 3)·u·(‖x − r‖² + max‖c − r‖²)}, {@code u} = 2⁻⁵³
 *       or 2⁻²⁴, for r the kernel's reference point: the centre of the data's bounding box or 0
 *       (the test does not know which a kernel took, so it allows the larger of the two);</li>
 *   <li>an {@link DistanceKernel#exact() exact} kernel's labels equal {@link ScalarKernel}'s;</li>
 *   <li>ties: of two identical centroid rows the higher index is never chosen;</li>
 *   <li>near-ties: on data where every operation is exact (small integers and mid-points
 *       between them), scores that tie really are equal, and every kernel, exact or not, must
 *       give the reference's lowest-index answer; points perturbed by tiny amounts off the
 *       bisector of two centroids may go either way, but within the bound.</li>
 * </ol>
 * Beyond the contract, a point's label must not depend on the range {@code [from, to)} it is
 * asked in, for any from and to.
 *
 * <p>Dimensions 1 to 67 cover every remainder of the vector lanes and of the 4-centroid tiles;
 * k is drawn from 1 to 40 and n is odd (never a multiple of a lane count), so every kernel meets
 * ragged tails of points and centroids. Points are labelled in ranges {@code [from, to)} with
 * {@code from} a multiple of 64, as {@code AssignmentPass} calls the kernels. All data come from
 * fixed seeds.
 */
class KernelContractTest {
    private static final int MAX_D = 67;
    private static final int MAX_K = 40;
    /** Unit round-off of double and float. */
    private static final double U_DOUBLE = 0x1p-53;
    private static final double U_FLOAT = 0x1p-24;
    /** Written into the labels buffer beyond {@code to − from}: a kernel must leave it alone. */
    private static final int UNTOUCHED = -7;

    enum Precision {
        DOUBLE(U_DOUBLE), FLOAT(U_FLOAT);

        final double unitRoundoff;

        Precision(double unitRoundoff) {
            this.unitRoundoff = unitRoundoff;
        }

        /** The value as the kernel sees it: rounded to float for float points. */
        double stored(double v) {
            return this == FLOAT ? (double) (float) v : v;
        }
    }

    /** n points of d dimensions and k centroids, row-major. The points are rounded per precision on use. */
    record Problem(String what, double[] x, int n, int d, double[] c, int k) {
    }

    /** Every kernel this JVM can load. */
    static List<DistanceKernel> kernels() {
        List<DistanceKernel> kernels = new ArrayList<>();
        kernels.add(Kernels.byName("scalar"));
        kernels.add(Kernels.byName("portable"));
        if (Kernels.vectorAvailable()) {
            kernels.add(Kernels.byName("vector"));
        }
        return kernels;
    }

    // ------------------------------------------------------------------ the checks

    /** Labels of all n points by {@code kernel}, asked in random 64-aligned ranges. */
    static int[] label(DistanceKernel kernel, Precision precision, Problem p, SplittableRandom random,
                       List<String> failures) {
        DistanceKernel.Points points;
        if (precision == Precision.FLOAT) {
            points = kernel.points(toFloat(p.x()), p.n(), p.d());
        } else {
            points = kernel.points(p.x(), p.n(), p.d());
        }
        assertThat(points.n()).isEqualTo(p.n());
        assertThat(points.d()).isEqualTo(p.d());
        DistanceKernel.Centroids centroids = kernel.centroids(points, p.c(), p.k());
        assertThat(centroids.k()).isEqualTo(p.k());

        int[] labels = new int[p.n()];
        Arrays.fill(labels, UNTOUCHED);
        for (int[] range : ranges(p.n(), random)) {
            int from = range[0];
            int to = range[1];
            int[] buffer = new int[to - from + 3];
            Arrays.fill(buffer, UNTOUCHED);
            kernel.nearest(points, centroids, from, to, buffer);
            for (int i = to - from; i < buffer.length; i++) {
                if (buffer[i] != UNTOUCHED) {
                    failures.add(kernel.name() + "/" + precision + " " + p.what() + ": range [" + from + ", "
                            + to + ") wrote labels[" + i + "]");
                }
            }
            System.arraycopy(buffer, 0, labels, from, to - from);
        }
        return labels;
    }

    /**
     * Cuts [0, n) into ranges whose starts are multiples of 64, as the assignment pass does (plus,
     * sometimes, an empty range).
     */
    static List<int[]> ranges(int n, SplittableRandom random) {
        List<Integer> cuts = new ArrayList<>();
        for (int b = 64; b < n; b += 64) {
            if (random.nextInt(3) == 0) {
                cuts.add(b);
            }
        }
        List<int[]> ranges = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            ranges.add(new int[] {from, cut});
            from = cut;
        }
        ranges.add(new int[] {from, n});
        if (n > 64 && random.nextInt(4) == 0) {
            ranges.add(new int[] {64, 64});
        }
        return ranges;
    }

    /** (a), (b) and (c) for one kernel and precision; returns the labels. */
    static int[] check(DistanceKernel kernel, Precision precision, Problem p, int[] reference,
                       SplittableRandom random, List<String> failures) {
        int[] labels = label(kernel, precision, p, random, failures);
        int n = p.n();
        int d = p.d();
        int k = p.k();
        double[] stored = new double[n * d];
        for (int i = 0; i < n * d; i++) {
            stored[i] = precision.stored(p.x()[i]);
        }
        double[] centre = KernelBound.boxCentre(stored, n, d);
        double maxNorm = 0;
        double maxCentred = 0;
        for (int j = 0; j < k; j++) {
            maxNorm = Math.max(maxNorm, distance(new double[d], p.c(), j, d));
            maxCentred = Math.max(maxCentred, distance(centre, p.c(), j, d));
        }
        double[] xi = new double[d];
        for (int i = 0; i < n && failures.size() < 20; i++) {
            String where = kernel.name() + "/" + precision + " " + p.what() + " point " + i;
            int label = labels[i];
            if (label < 0 || label >= k) {
                failures.add(where + ": label " + label + " not in [0, " + k + ")");
                continue;
            }
            System.arraycopy(stored, i * d, xi, 0, d);
            double xNorm = distance(xi, new double[d], 0, d);
            double xCentred = distance(xi, centre, 0, d);
            double min = Double.POSITIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                min = Math.min(min, distance(xi, p.c(), j, d));
            }
            double excess = distance(xi, p.c(), label, d) - min;
            double bound = 8 * (d + 3) * precision.unitRoundoff
                    * Math.max(xNorm + maxNorm, xCentred + maxCentred);
            if (!(excess <= bound)) {
                failures.add(where + ": label " + label + " is " + excess + " farther than the nearest, bound "
                        + bound);
            }
            if (kernel.exact() && label != reference[i]) {
                failures.add(where + ": exact kernel gave " + label + ", the reference " + reference[i]);
            }
        }
        return labels;
    }

    /** The squared distance from the point {@code x} to centroid {@code j}, summed in double. */
    static double distance(double[] x, double[] c, int j, int d) {
        double s = 0;
        for (int m = 0; m < d; m++) {
            double diff = x[m] - c[j * d + m];
            s += diff * diff;
        }
        return s;
    }

    /** Runs the checks for every kernel and precision; {@code extra} may add checks per kernel. */
    static void checkAll(Problem p, long seed, ExtraCheck extra) {
        List<String> failures = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(seed);
        for (Precision precision : Precision.values()) {
            int[] reference = label(ScalarKernel.INSTANCE, precision, p, random, failures);
            for (DistanceKernel kernel : kernels()) {
                int[] labels = check(kernel, precision, p, reference, random, failures);
                extra.check(kernel.name() + "/" + precision + " " + p.what(), labels, reference, failures);
            }
        }
        assertThat(failures).as("contract violations").isEmpty();
    }

    interface ExtraCheck {
        ExtraCheck NONE = (where, labels, reference, failures) -> { };

        void check(String where, int[] labels, int[] reference, List<String> failures);
    }

    // ------------------------------------------------------------------ data

    /** An odd n in [1, max]: never a multiple of a lane count. */
    static int oddN(SplittableRandom random, int max) {
        return 1 + 2 * random.nextInt((max + 1) / 2);
    }

    /**
     * Clustered points: k0 centres uniform in offset ± spread, points at a centre plus uniform
     * noise of width {@code noise}; the centroids are noisy copies of points, in full double
     * precision (never float-representable).
     */
    static Problem blobs(String what, SplittableRandom random, int n, int d, int k, double offset, double spread,
                         double noise) {
        int centres = 1 + random.nextInt(Math.max(1, k));
        double[] centre = new double[centres * d];
        for (int i = 0; i < centre.length; i++) {
            centre[i] = offset + spread * (2 * random.nextDouble() - 1);
        }
        double[] x = new double[n * d];
        for (int i = 0; i < n; i++) {
            int b = random.nextInt(centres);
            for (int m = 0; m < d; m++) {
                x[i * d + m] = centre[b * d + m] + noise * (2 * random.nextDouble() - 1);
            }
        }
        double[] c = new double[k * d];
        for (int j = 0; j < k; j++) {
            int row = random.nextInt(n);
            for (int m = 0; m < d; m++) {
                c[j * d + m] = x[row * d + m] + noise * 0.1 * (2 * random.nextDouble() - 1);
            }
        }
        return new Problem(what + " d=" + d + " k=" + k + " n=" + n, x, n, d, c, k);
    }

    /** Small integer centroids, and points at integer and half-integer positions between them. */
    static Problem grid(SplittableRandom random, int n, int d, int k) {
        double[] c = new double[k * d];
        for (int i = 0; i < c.length; i++) {
            c[i] = random.nextInt(-4, 5);
        }
        double[] x = new double[n * d];
        for (int i = 0; i < n; i++) {
            int a = random.nextInt(k);
            int b = random.nextInt(k);
            boolean mid = random.nextInt(4) != 0;
            for (int m = 0; m < d; m++) {
                x[i * d + m] = mid ? (c[a * d + m] + c[b * d + m]) / 2 : random.nextInt(-4, 5);
            }
        }
        return new Problem("grid d=" + d + " k=" + k + " n=" + n, x, n, d, c, k);
    }

    // ------------------------------------------------------------------ (a), (b), (c)

    @Example
    void everyDimensionFrom1To67OnClusteredData() {
        for (int d = 1; d <= MAX_D; d++) {
            SplittableRandom random = new SplittableRandom(1000 + d);
            int k = 1 + random.nextInt(MAX_K);
            int n = oddN(random, 301);
            checkAll(blobs("blobs", random, n, d, k, 0, 1, 0.3), 2000 + d, ExtraCheck.NONE);
        }
    }

    @Example
    void everyDimensionFrom1To67FarFromTheOrigin() {
        // A large common offset: ‖x‖² and ‖c‖² dwarf the distances, the expanded form cancels.
        for (int d = 1; d <= MAX_D; d++) {
            SplittableRandom random = new SplittableRandom(3000 + d);
            int k = 1 + random.nextInt(MAX_K);
            int n = oddN(random, 201);
            checkAll(blobs("offset", random, n, d, k, 1000, 1, 0.5), 4000 + d, ExtraCheck.NONE);
        }
    }

    @Example
    void largeDimensions() {
        // Beyond the dimensions of the everyDimension… tests: blocks of points larger than the
        // L1 cache in the vector layout, and long sums.
        int[] dims = {127, 128, 129, 255, 256, 257, 300, 511, 512, 513, 784};
        for (int t = 0; t < dims.length; t++) {
            int d = dims[t];
            SplittableRandom random = new SplittableRandom(16_000 + d);
            int k = 1 + random.nextInt(MAX_K / 2);
            int n = oddN(random, 101);
            checkAll(blobs("large d", random, n, d, k, t % 2 == 0 ? 0 : 100, 1, 0.5), 17_000 + d, ExtraCheck.NONE);
            Problem ties = grid(random, n, d, k);
            checkAll(ties, 18_000 + d, (where, labels, reference, failures) -> {
                for (int i = 0; i < labels.length; i++) {
                    if (labels[i] != reference[i]) {
                        failures.add(where + " point " + i + ": label " + labels[i] + ", reference " + reference[i]);
                    }
                }
            });
        }
    }

    @Property(tries = 200, seed = "20261123")
    void randomShapesAndScales(@ForAll @IntRange(min = 1, max = MAX_D) int d,
                               @ForAll @IntRange(min = 1, max = MAX_K) int k,
                               @ForAll @IntRange(min = 0, max = 200) int halfN,
                               @ForAll @IntRange(min = -3, max = 6) int logOffset,
                               @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double offset = logOffset < -2 ? 0 : Math.pow(10, logOffset);
        double spread = Math.pow(10, random.nextInt(-3, 3));
        checkAll(blobs("random offset=" + offset + " spread=" + spread, random, 2 * halfN + 1, d, k, offset, spread,
                spread * random.nextDouble()), seed, ExtraCheck.NONE);
    }

    @Example
    void aPointsLabelDoesNotDependOnTheRangeItIsAskedIn() {
        // Beyond the contract (which promises from % 64 == 0): any [from, to), so that a point
        // falls at any lane of a block, and at the tile boundaries of the portable kernel.
        int[] dims = IntStream.concat(IntStream.rangeClosed(1, MAX_D).filter(d -> d % 2 == 1),
                IntStream.of(129, 257, 513)).toArray();
        for (int d : dims) {
            SplittableRandom random = new SplittableRandom(15_000 + d);
            int k = 1 + random.nextInt(MAX_K);
            Problem p = blobs("ranges", random, oddN(random, 161), d, k, 10, 1, 1);
            List<String> failures = new ArrayList<>();
            for (Precision precision : Precision.values()) {
                for (DistanceKernel kernel : kernels()) {
                    DistanceKernel.Points points = precision == Precision.FLOAT
                            ? kernel.points(toFloat(p.x()), p.n(), d)
                            : kernel.points(p.x(), p.n(), d);
                    DistanceKernel.Centroids centroids = kernel.centroids(points, p.c(), k);
                    int[] whole = new int[p.n()];
                    kernel.nearest(points, centroids, 0, p.n(), whole);
                    for (int t = 0; t < 20; t++) {
                        int from = random.nextInt(p.n() + 1);
                        int to = from + random.nextInt(p.n() - from + 1);
                        int[] part = new int[to - from];
                        kernel.nearest(points, centroids, from, to, part);
                        if (!Arrays.equals(part, Arrays.copyOfRange(whole, from, to))) {
                            failures.add(kernel.name() + "/" + precision + " " + p.what() + ": range [" + from
                                    + ", " + to + ") differs from the whole range");
                        }
                    }
                }
            }
            assertThat(failures).isEmpty();
        }
    }

    /**
     * A copy of the data made in pieces ({@link DistanceKernel#points(double[], int, int, double[][],
     * DistanceKernel.Pieces)}), here run last piece first, labels every point as the scalar kernel
     * does on blobs far apart (no near-ties), so no piece is lost, misplaced or copied twice over
     * another; the vector kernel does cut its copy into several pieces.
     */
    @Example
    void aCopyMadeInPiecesInAnyOrder_labelsAsTheScalarKernel() {
        for (int d : new int[] {1, 3, 16, 67}) {
            SplittableRandom random = new SplittableRandom(16_000 + d);
            int n = 3 * 8192 + 37;
            int k = 5;
            double[] c = new double[k * d];
            for (int i = 0; i < c.length; i++) {
                c[i] = random.nextDouble(-100, 100);
            }
            double[] x = new double[n * d];
            for (int i = 0; i < n; i++) {
                int j = random.nextInt(k);
                for (int m = 0; m < d; m++) {
                    x[i * d + m] = c[j * d + m] + 0.5 * random.nextGaussian();
                }
            }
            DistanceKernel scalar = Kernels.byName("scalar");
            DistanceKernel.Points plain = scalar.points(x, n, d);
            int[] expected = new int[n];
            scalar.nearest(plain, scalar.centroids(plain, c, k), 0, n, expected);
            for (Precision precision : Precision.values()) {
                for (DistanceKernel kernel : kernels()) {
                    int[] asked = new int[1];
                    DistanceKernel.Pieces lastFirst = (count, piece) -> {
                        asked[0] = count;
                        for (int q = count - 1; q >= 0; q--) {
                            piece.accept(q);
                        }
                    };
                    DistanceKernel.Points points = precision == Precision.FLOAT
                            ? kernel.points(toFloat(x), n, d, Centre.box(null, toFloat(x), n, d), lastFirst)
                            : kernel.points(x, n, d, Centre.box(x, null, n, d), lastFirst);
                    int[] labels = new int[n];
                    kernel.nearest(points, kernel.centroids(points, c, k), 0, n, labels);
                    assertThat(labels).as(kernel.name() + "/" + precision + ", d = " + d).isEqualTo(expected);
                    if (kernel.name().equals("vector")) {
                        assertThat(asked[0]).as("pieces of the vector kernel's copy").isGreaterThan(1);
                    }
                }
            }
        }
    }

    static float[] toFloat(double[] x) {
        float[] f = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            f[i] = (float) x[i];
        }
        return f;
    }

    // ------------------------------------------------------------------ (d) ties

    @Example
    void ofTwoIdenticalCentroidsTheLowerIndexWins() {
        for (int d = 1; d <= MAX_D; d++) {
            SplittableRandom random = new SplittableRandom(5000 + d);
            int k = 6 + random.nextInt(MAX_K - 5);
            int n = oddN(random, 201);
            Problem p = blobs("duplicates", random, n, d, k, random.nextInt(3) == 0 ? 100 : 0, 1, 0.5);
            // Duplicated rows: inside the first 4-centroid tile and across tiles (2 = 5),
            // the first and the last centroid (0 = k−1, the last possibly in the tail), and 3 = 4.
            int[][] pairs = k >= 8 ? new int[][] {{2, 5}, {0, k - 1}, {3, 4}} : new int[][] {{2, 5}};
            for (int[] pair : pairs) {
                System.arraycopy(p.c(), pair[0] * d, p.c(), pair[1] * d, d);
            }
            // A third of the points are exactly on a duplicated centroid.
            for (int i = 0; i < n; i += 3) {
                int[] pair = pairs[random.nextInt(pairs.length)];
                System.arraycopy(p.c(), pair[0] * d, p.x(), i * d, d);
            }
            checkAll(p, 6000 + d, (where, labels, reference, failures) -> {
                for (int i = 0; i < labels.length; i++) {
                    for (int[] pair : pairs) {
                        if (labels[i] == pair[1]) {
                            failures.add(where + " point " + i + ": label " + pair[1] + ", a copy of centroid "
                                    + pair[0]);
                        }
                    }
                }
            });
        }
    }

    @Example
    void allCentroidsIdenticalGiveLabelZero() {
        for (int d = 1; d <= MAX_D; d += 3) {
            SplittableRandom random = new SplittableRandom(7000 + d);
            int k = 1 + random.nextInt(MAX_K);
            Problem p = blobs("identical", random, oddN(random, 151), d, k, 10, 1, 1);
            for (int j = 1; j < k; j++) {
                System.arraycopy(p.c(), 0, p.c(), j * d, d);
            }
            checkAll(p, 8000 + d, (where, labels, reference, failures) -> {
                for (int i = 0; i < labels.length; i++) {
                    if (labels[i] != 0) {
                        failures.add(where + " point " + i + ": label " + labels[i] + " of " + k + " identical");
                    }
                }
            });
        }
    }

    // ------------------------------------------------------------------ (e) near-ties

    @Example
    void exactMidpointsGoToTheLowerIndexInEveryKernel() {
        // Small integers and half-integers: every product, sum and score is exact in float and in
        // double, so equal distances give equal scores in every kernel and the lowest index must win.
        for (int d = 1; d <= MAX_D; d++) {
            SplittableRandom random = new SplittableRandom(9000 + d);
            int k = 1 + random.nextInt(MAX_K);
            checkAll(grid(random, oddN(random, 201), d, k), 10_000 + d, (where, labels, reference, failures) -> {
                for (int i = 0; i < labels.length; i++) {
                    if (labels[i] != reference[i]) {
                        failures.add(where + " point " + i + ": label " + labels[i] + ", reference " + reference[i]);
                    }
                }
            });
        }
    }

    @Example
    void pointsBesideTheBisectorStayWithinTheBound() {
        double[] steps = {0, 0x1p-60, 0x1p-52, 0x1p-40, 0x1p-30, 0x1p-24, 0x1p-20, 0x1p-12};
        for (int d = 1; d <= MAX_D; d++) {
            SplittableRandom random = new SplittableRandom(11_000 + d);
            int k = 2 + random.nextInt(MAX_K - 1);
            double offset = new double[] {0, 1, 100, 1e4}[random.nextInt(4)];
            Problem p = blobs("bisector offset=" + offset, random, oddN(random, 201), d, k, offset, 1, 0.5);
            double[] x = p.x();
            for (int i = 0; i < p.n(); i++) {
                int a = random.nextInt(k);
                int b = random.nextInt(k);
                double step = steps[random.nextInt(steps.length)] * (1 + Math.abs(offset));
                for (int m = 0; m < d; m++) {
                    double mid = (p.c()[a * d + m] + p.c()[b * d + m]) / 2;
                    x[i * d + m] = mid + step * (2 * random.nextDouble() - 1);
                }
            }
            checkAll(p, 12_000 + d, ExtraCheck.NONE);
        }
    }

    @Example
    void symmetricPairsOnTheBisectorTieToTheLowerIndex() {
        // Centroids ±v around a point x = 0 (d = 1 … 67): the distances are equal, and so are the
        // scores (‖c‖² is the same sum, x·c is 0), so no kernel may answer the higher (odd) index.
        for (int d = 1; d <= MAX_D; d++) {
            SplittableRandom random = new SplittableRandom(13_000 + d);
            int k = 2 + random.nextInt(MAX_K - 1);
            double[] c = new double[k * d];
            for (int j = 0; j < k; j += 2) {
                for (int m = 0; m < d; m++) {
                    double v = random.nextDouble() + 1;
                    c[j * d + m] = v;
                    if (j + 1 < k) {
                        c[(j + 1) * d + m] = -v;
                    }
                }
            }
            int n = oddN(random, 131);
            Problem p = new Problem("symmetric d=" + d + " k=" + k + " n=" + n, new double[n * d], n, d, c, k);
            checkAll(p, 14_000 + d, (where, labels, reference, failures) -> {
                for (int i = 0; i < labels.length; i++) {
                    if (labels[i] % 2 != 0) {
                        failures.add(where + " point " + i + ": label " + labels[i] + ", the higher of a tied pair");
                    }
                }
            });
        }
    }
}
