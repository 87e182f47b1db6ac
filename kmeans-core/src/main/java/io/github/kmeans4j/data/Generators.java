package io.github.kmeans4j.data;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.internal.ArrayLimits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Seeded generators of synthetic data sets, the usual shapes for showing what k-means does well
 * and badly: Gaussian blobs (with given or random centres, equal or unequal spreads, optionally
 * stretched by a linear map), clusters on a line, uniform noise in a box, two moons, two
 * concentric circles and a smiley face.
 *
 * <p>Every generator returns a {@link LabeledData} whose labels say which cluster or part drew
 * each point; the points come grouped by label, in label order. Blobs also carry their centres.
 * Column names are {@code x} (1-D), {@code x, y} (2-D) or {@code x1 … xd}.
 *
 * <p>Determinism: the same arguments and seed give bit-identical data on every JDK and platform
 * (SplitMix64 uniforms, Marsaglia's polar method for normal deviates, {@link StrictMath} for
 * logarithms and angles). A generator's stream differs from the stream of a fit given the same
 * seed. Invalid arguments are rejected with an {@link IllegalArgumentException} naming the
 * parameter and its value. Each call costs {@code O(n·d)} time and memory.
 */
public final class Generators {

    /** More values than a Java array can hold. */

    private Generators() {
    }

    /**
     * A builder of Gaussian blobs; by default 3 centres placed at random in {@code [−10, 10]²},
     * spread 1, 100 points per cluster, seed 0.
     *
     * @return a new builder with the defaults
     */
    public static Blobs blobs() {
        return new Blobs();
    }

    /**
     * Clusters on a line (1-D blobs): {@code clusters} centres placed uniformly at random in
     * {@code [lo, hi)}, and {@code pointsPerCluster} normal points around each with standard
     * deviation {@code spread}.
     *
     * @param clusters the number of centres, at least 1
     * @param pointsPerCluster the number of points around each centre, at least 1
     * @param lo the lower bound of the centres
     * @param hi the upper bound of the centres (excluded)
     * @param spread the standard deviation of the points around their centre, 0 or more
     * @param seed the seed of the generator
     * @return {@code clusters · pointsPerCluster} points of one dimension, labelled by their centre,
     *     with the centres
     * @throws IllegalArgumentException if {@code clusters} or {@code pointsPerCluster} is below 1,
     *     a bound is not finite or {@code lo > hi}, or {@code spread} is negative or not finite
     */
    public static LabeledData line(int clusters, int pointsPerCluster, double lo, double hi, double spread,
            long seed) {
        return blobs().centers(clusters).dimensions(1).bounds(lo, hi).spread(spread)
                .pointsPerCluster(pointsPerCluster).seed(seed).generate();
    }

    /**
     * {@code n} points uniform in the box {@code [lower[j], upper[j])} (one class, {@code "uniform"}):
     * data with no cluster structure at all. The arrays are not modified.
     *
     * @param n the number of points, at least 1
     * @param lower the lower bound of each dimension
     * @param upper the upper bound of each dimension (excluded)
     * @param seed the seed of the generator
     * @return {@code n} points of {@code lower.length} dimensions, all of class 0
     * @throws IllegalArgumentException if {@code n < 1}, the bounds are null, empty or of different
     *     lengths, a bound is not finite, or {@code lower[j] > upper[j]}
     */
    public static LabeledData uniform(int n, double[] lower, double[] upper, long seed) {
        checkPositive("n", n);
        checkBox(lower, upper);
        int d = lower.length;
        checkSize(n, d);
        Draws draws = new Draws(seed);
        double[] values = new double[n * d];
        for (int p = 0; p < values.length; p++) {
            int j = p % d;
            values[p] = draws.uniform(lower[j], upper[j]);
        }
        return labeled(values, d, new int[n], List.of("uniform"));
    }

    /**
     * {@code n} points uniform in the cube {@code [lo, hi)^d}, as {@link #uniform(int, double[], double[], long)}.
     *
     * @param n the number of points, at least 1
     * @param d the number of dimensions, at least 1
     * @param lo the lower bound of every dimension
     * @param hi the upper bound of every dimension (excluded)
     * @param seed the seed of the generator
     * @return {@code n} points of {@code d} dimensions, all of class 0
     * @throws IllegalArgumentException if {@code n < 1}, {@code d < 1}, a bound is not finite or
     *     {@code lo > hi}
     */
    public static LabeledData uniform(int n, int d, double lo, double hi, long seed) {
        checkPositive("d", d);
        double[] lower = new double[d];
        double[] upper = new double[d];
        Arrays.fill(lower, lo);
        Arrays.fill(upper, hi);
        return uniform(n, lower, upper, seed);
    }

    /**
     * Two interleaving half circles of radius 1 (as scikit-learn's {@code make_moons}): the upper
     * moon (class 0, {@code n − n/2} points) lies on the upper half of the unit circle around
     * {@code (0, 0)}, the lower moon (class 1, {@code n/2} points) on the lower half of the unit
     * circle around {@code (1, 0.5)}; angles are uniform at random, and each coordinate then gets
     * normal noise of standard deviation {@code noise}. k-means cannot separate them.
     *
     * @param n the number of points, at least 2
     * @param noise the standard deviation of the noise added to each coordinate, 0 or more
     * @param seed the seed of the generator
     * @return {@code n} points in 2-D, labelled by their moon
     * @throws IllegalArgumentException if {@code n < 2} or {@code noise} is negative or not finite
     */
    public static LabeledData moons(int n, double noise, long seed) {
        checkAtLeast("n", n, 2);
        checkSpread("noise", noise);
        Draws draws = new Draws(seed);
        int upper = n - n / 2;
        double[] values = new double[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            double t = Math.PI * draws.uniform();
            boolean lower = i >= upper;
            labels[i] = lower ? 1 : 0;
            values[2 * i] = lower ? 1 - StrictMath.cos(t) : StrictMath.cos(t);
            values[2 * i + 1] = lower ? 0.5 - StrictMath.sin(t) : StrictMath.sin(t);
        }
        addNoise(values, noise, draws);
        return labeled(values, 2, labels, List.of("upper moon", "lower moon"));
    }

    /**
     * Two concentric circles around the origin (as scikit-learn's {@code make_circles}): the outer
     * circle (class 0, {@code n − n/2} points) has radius 1, the inner circle (class 1, {@code n/2}
     * points) radius {@code innerRadius}; angles are uniform at random, and each coordinate then
     * gets normal noise of standard deviation {@code noise}. k-means cannot separate them.
     *
     * @param n the number of points, at least 2
     * @param innerRadius the radius of the inner circle, in (0, 1)
     * @param noise the standard deviation of the noise added to each coordinate, 0 or more
     * @param seed the seed of the generator
     * @return {@code n} points in 2-D, labelled by their circle
     * @throws IllegalArgumentException if {@code n < 2}, {@code innerRadius} is not in (0, 1), or
     *     {@code noise} is negative or not finite
     */
    public static LabeledData circles(int n, double innerRadius, double noise, long seed) {
        checkAtLeast("n", n, 2);
        if (!(innerRadius > 0 && innerRadius < 1)) {
            throw new IllegalArgumentException("innerRadius must be in (0, 1), was " + innerRadius);
        }
        checkSpread("noise", noise);
        Draws draws = new Draws(seed);
        int outer = n - n / 2;
        double[] values = new double[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * draws.uniform();
            double r = i < outer ? 1 : innerRadius;
            labels[i] = i < outer ? 0 : 1;
            values[2 * i] = r * StrictMath.cos(t);
            values[2 * i + 1] = r * StrictMath.sin(t);
        }
        addNoise(values, noise, draws);
        return labeled(values, 2, labels, List.of("outer circle", "inner circle"));
    }

    /**
     * Three 2-D blobs stretched by the linear map {@code transform}: the points and centres of
     * {@code blobs().n(n).seed(seed)} (centres at random in {@code [−10, 10]²}, spread 1) are each
     * multiplied by the matrix, so the clusters become elongated ellipses, which k-means cuts badly.
     * Equivalent to {@code blobs().n(n).transform(transform).seed(seed).generate()}. The matrix is
     * not modified.
     *
     * @param n the number of points, at least 3
     * @param transform the linear map applied to every point, rows of 2 finite values
     * @param seed the seed of the generator
     * @return {@code n} points, labelled by their blob, with the mapped centres
     * @throws IllegalArgumentException if {@code n < 3} or {@code transform} is not a matrix of
     *     finite values with 2 columns
     */
    public static LabeledData anisotropic(int n, double[][] transform, long seed) {
        return blobs().n(n).transform(transform).seed(seed).generate();
    }

    /**
     * {@link #anisotropic(int, double[][], long)} with the map {@code [[0.6, −0.6], [−0.4, 0.8]]}
     * (the one of scikit-learn's k-means assumptions demonstration).
     *
     * @param n the number of points, at least 3
     * @param seed the seed of the generator
     * @return {@code n} points in 2-D, labelled by their blob, with the mapped centres
     * @throws IllegalArgumentException if {@code n < 3}
     */
    public static LabeledData anisotropic(int n, long seed) {
        return anisotropic(n, new double[][] {{0.6, -0.6}, {-0.4, 0.8}}, seed);
    }

    /**
     * 2-D blobs of different spreads, one per element of {@code spreads} (centres at random in
     * {@code [−10, 10]²}, {@code n} points split evenly): k-means tends to give the wide cluster's
     * outskirts to its neighbours. Equivalent to
     * {@code blobs().centers(spreads.length).spreads(spreads).n(n).seed(seed).generate()}.
     *
     * @param n the number of points, at least {@code spreads.length}
     * @param spreads the standard deviation of each blob, 0 or more; not modified
     * @param seed the seed of the generator
     * @return {@code n} points in 2-D, labelled by their blob, with the centres
     * @throws IllegalArgumentException if {@code spreads} is null or empty, a spread is negative or
     *     not finite, or {@code n} is below the number of spreads
     */
    public static LabeledData unequalVariance(int n, double[] spreads, long seed) {
        if (spreads == null || spreads.length == 0) {
            throw new IllegalArgumentException("spreads must hold at least one value, was "
                    + (spreads == null ? "null" : "empty"));
        }
        return blobs().centers(spreads.length).spreads(spreads).n(n).seed(seed).generate();
    }

    /**
     * {@link #unequalVariance(int, double[], long)} with spreads 1.0, 2.5 and 0.5.
     *
     * @param n the number of points, at least 3
     * @param seed the seed of the generator
     * @return {@code n} points in 2-D, labelled by their blob, with the centres
     * @throws IllegalArgumentException if {@code n < 3}
     */
    public static LabeledData unequalVariance(int n, long seed) {
        return unequalVariance(n, new double[] {1.0, 2.5, 0.5}, seed);
    }

    /**
     * A smiley face in 2-D, four parts: the face outline (class 0, about half the points) on the
     * circle of radius 1 around the origin; the left and right eyes (classes 1 and 2, about an
     * eighth each), filled discs of radius 0.12 around {@code (−0.35, 0.35)} and
     * {@code (0.35, 0.35)}; the mouth (class 3, about a quarter), an arc of radius 0.55 around the
     * origin from 200° to 340°. Positions along each part are uniform at random; each coordinate
     * then gets normal noise of standard deviation {@code noise}. k-means splits the outline.
     *
     * @param n the number of points, at least 4
     * @param noise the standard deviation of the noise added to each coordinate, 0 or more
     * @param seed the seed of the generator
     * @return {@code n} points in 2-D, labelled by the part of the face they belong to
     * @throws IllegalArgumentException if {@code n < 4} or {@code noise} is negative or not finite
     */
    public static LabeledData smiley(int n, double noise, long seed) {
        checkAtLeast("n", n, 4);
        checkSpread("noise", noise);
        int eye = Math.max(1, n / 8);
        int mouth = Math.max(1, n / 4);
        int face = n - 2 * eye - mouth;
        Draws draws = new Draws(seed);
        double[] values = new double[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            double x;
            double y;
            int part = i < face ? 0 : i < face + eye ? 1 : i < face + 2 * eye ? 2 : 3;
            if (part == 0) {
                double t = 2 * Math.PI * draws.uniform();
                x = StrictMath.cos(t);
                y = StrictMath.sin(t);
            } else if (part == 3) {
                double t = StrictMath.toRadians(200 + 140 * draws.uniform());
                x = 0.55 * StrictMath.cos(t);
                y = 0.55 * StrictMath.sin(t);
            } else {
                double r = 0.12 * StrictMath.sqrt(draws.uniform());
                double t = 2 * Math.PI * draws.uniform();
                x = (part == 1 ? -0.35 : 0.35) + r * StrictMath.cos(t);
                y = 0.35 + r * StrictMath.sin(t);
            }
            labels[i] = part;
            values[2 * i] = x;
            values[2 * i + 1] = y;
        }
        addNoise(values, noise, draws);
        return labeled(values, 2, labels, List.of("face", "left eye", "right eye", "mouth"));
    }

    private static void addNoise(double[] values, double noise, Draws draws) {
        if (noise > 0) {
            for (int p = 0; p < values.length; p++) {
                values[p] += noise * draws.normal();
            }
        }
    }

    private static LabeledData labeled(double[] values, int d, int[] labels, List<String> classNames) {
        Dataset data = Dataset.ofRowMajor(values, d).withColumnNames(columnNames(d));
        return LabeledData.of(data, labels, classNames);
    }

    private static List<String> columnNames(int d) {
        if (d == 1) {
            return List.of("x");
        }
        if (d == 2) {
            return List.of("x", "y");
        }
        List<String> names = new ArrayList<>(d);
        for (int j = 1; j <= d; j++) {
            names.add("x" + j);
        }
        return names;
    }

    private static void checkPositive(String name, int value) {
        checkAtLeast(name, value, 1);
    }

    private static void checkAtLeast(String name, int value, int least) {
        if (value < least) {
            throw new IllegalArgumentException(name + " must be at least " + least + ", was " + value);
        }
    }

    private static void checkSpread(String name, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite and non-negative, was " + value);
        }
    }

    private static void checkSize(long n, long d) {
        if (n * d > ArrayLimits.MAX_VALUES) {
            throw new IllegalArgumentException(n + " points of " + d + " dimensions are " + n * d
                    + " values, more than an array holds (" + ArrayLimits.MAX_VALUES + ")");
        }
    }

    private static void checkBounds(String name, double lo, double hi) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || lo > hi || !Double.isFinite(hi - lo)) {
            throw new IllegalArgumentException(name + " must be finite with lower ≤ upper, was [" + lo + ", " + hi
                    + "]");
        }
    }

    private static void checkBox(double[] lower, double[] upper) {
        if (lower == null || upper == null) {
            throw new IllegalArgumentException("bounds must not be null, lower was " + (lower == null ? "null" : "given")
                    + " and upper " + (upper == null ? "null" : "given"));
        }
        if (lower.length == 0 || lower.length != upper.length) {
            throw new IllegalArgumentException("lower and upper bounds must have the same length of at least 1, were "
                    + lower.length + " and " + upper.length);
        }
        for (int j = 0; j < lower.length; j++) {
            checkBounds("bounds of dimension " + j, lower[j], upper[j]);
        }
    }

    /**
     * A builder of Gaussian blobs: each cluster's points are its centre plus independent normal
     * deviates of the cluster's spread (standard deviation) in every coordinate, optionally then
     * multiplied by a matrix. Centres are given or drawn uniformly inside bounds. Each setter
     * validates its argument at once; {@link #generate()} checks that the settings fit together.
     * Not thread-safe; the data sets it generates are immutable.
     */
    public static final class Blobs {
        private int centerCount = 3;
        private double[][] givenCenters;
        private int dimensions = 2;
        private boolean dimensionsSet;
        private double[] lower;
        private double[] upper;
        private boolean commonBounds;
        private double spread = 1.0;
        private double[] spreads;
        private int pointsPerCluster = 100;
        private int[] counts;
        private int total = -1;
        private double[][] transform;
        private long seed;

        private Blobs() {
        }

        /**
         * Places {@code count} centres uniformly at random inside the bounds (default 3).
         *
         * @param count the number of clusters, at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code count < 1}
         */
        public Blobs centers(int count) {
            checkPositive("centers", count);
            this.centerCount = count;
            this.givenCenters = null;
            return this;
        }

        /**
         * Uses these centres (one row each, all of one length, finite); they fix the number of
         * clusters and the dimension. The array is copied.
         *
         * @param centers one row per cluster, all of the same length
         * @return this builder
         * @throws IllegalArgumentException if {@code centers} is null, empty, ragged, or holds a
         *     value that is not finite
         */
        public Blobs centers(double[][] centers) {
            if (centers == null || centers.length == 0) {
                throw new IllegalArgumentException("centers must hold at least one centre, was "
                        + (centers == null ? "null" : "empty"));
            }
            this.givenCenters = checkMatrix("centers", centers, -1);
            return this;
        }

        /**
         * The dimension of centres placed at random (default 2).
         *
         * @param d the number of dimensions, at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code d < 1}
         */
        public Blobs dimensions(int d) {
            checkPositive("dimensions", d);
            this.dimensions = d;
            this.dimensionsSet = true;
            return this;
        }

        /**
         * Random centres fall in {@code [lo, hi)} in every coordinate (default [−10, 10)). Bounds
         * do not apply to given centres, nor to the points, which spread beyond them.
         *
         * @param lo the lower bound of every coordinate
         * @param hi the upper bound of every coordinate (excluded)
         * @return this builder
         * @throws IllegalArgumentException if a bound is not finite or {@code lo > hi}
         */
        public Blobs bounds(double lo, double hi) {
            checkBounds("bounds", lo, hi);
            this.lower = new double[] {lo};
            this.upper = new double[] {hi};
            this.commonBounds = true;
            return this;
        }

        /**
         * Random centres fall in the box {@code [lower[j], upper[j])}; the length of the bounds is
         * the dimension of random centres. The arrays are copied.
         *
         * @param lower the lower bound of each coordinate
         * @param upper the upper bound of each coordinate (excluded)
         * @return this builder
         * @throws IllegalArgumentException if the bounds are null, empty or of different lengths,
         *     a bound is not finite, or {@code lower[j] > upper[j]}
         */
        public Blobs bounds(double[] lower, double[] upper) {
            checkBox(lower, upper);
            this.lower = lower.clone();
            this.upper = upper.clone();
            this.commonBounds = false;
            return this;
        }

        /**
         * One standard deviation for every cluster (default 1).
         *
         * @param spread the standard deviation of the points around their centre, 0 or more
         * @return this builder
         * @throws IllegalArgumentException if {@code spread} is negative or not finite
         */
        public Blobs spread(double spread) {
            checkSpread("spread", spread);
            this.spread = spread;
            this.spreads = null;
            return this;
        }

        /**
         * A standard deviation per cluster, in centre order. The array is copied.
         *
         * @param spreads one standard deviation per cluster, each 0 or more
         * @return this builder
         * @throws IllegalArgumentException if {@code spreads} is null or empty, or a spread is
         *     negative or not finite
         */
        public Blobs spreads(double... spreads) {
            if (spreads == null || spreads.length == 0) {
                throw new IllegalArgumentException("spreads must hold at least one value, was "
                        + (spreads == null ? "null" : "empty"));
            }
            for (int c = 0; c < spreads.length; c++) {
                checkSpread("spreads[" + c + "]", spreads[c]);
            }
            this.spreads = spreads.clone();
            return this;
        }

        /**
         * The same number of points in every cluster (default 100).
         *
         * @param count the number of points around each centre, at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code count < 1}
         */
        public Blobs pointsPerCluster(int count) {
            checkPositive("pointsPerCluster", count);
            this.pointsPerCluster = count;
            this.counts = null;
            this.total = -1;
            return this;
        }

        /**
         * A number of points per cluster, in centre order. The array is copied.
         *
         * @param counts one count per cluster, each at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code counts} is null or empty or a count is below 1
         */
        public Blobs pointsPerCluster(int... counts) {
            if (counts == null || counts.length == 0) {
                throw new IllegalArgumentException("pointsPerCluster must hold at least one count, was "
                        + (counts == null ? "null" : "empty"));
            }
            for (int c = 0; c < counts.length; c++) {
                checkPositive("pointsPerCluster[" + c + "]", counts[c]);
            }
            this.counts = counts.clone();
            this.total = -1;
            return this;
        }

        /**
         * {@code n} points in all, split as evenly as possible (the first {@code n mod k} clusters
         * get one more).
         *
         * @param n the total number of points, at least the number of clusters
         * @return this builder
         * @throws IllegalArgumentException if {@code n < 1}
         */
        public Blobs n(int n) {
            checkPositive("n", n);
            this.total = n;
            this.counts = null;
            return this;
        }

        /**
         * Multiplies every point and centre {@code x} by this matrix: {@code y = A·x}, with one row
         * of {@code A} per output coordinate and one column per input coordinate. The array is
         * copied.
         *
         * @param matrix the linear map, one row per output coordinate, finite values
         * @return this builder
         * @throws IllegalArgumentException if {@code matrix} is null, empty, ragged, or holds a
         *     value that is not finite
         */
        public Blobs transform(double[][] matrix) {
            if (matrix == null || matrix.length == 0) {
                throw new IllegalArgumentException("transform must hold at least one row, was "
                        + (matrix == null ? "null" : "empty"));
            }
            this.transform = checkMatrix("transform", matrix, -1);
            return this;
        }

        /**
         * The seed of every random choice (default 0).
         *
         * @param seed the seed of the generator
         * @return this builder
         */
        public Blobs seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Draws the blobs: labels are the cluster indices ({@code "cluster 0"}, …), the centres are
         * the generating centres (transformed, when a transform is set).
         *
         * @return the points, their labels and class names, and the centres
         * @throws IllegalArgumentException if the settings do not fit together: per-cluster spreads
         *     or counts whose number is not the number of centres, bounds or dimensions that
         *     disagree with each other or with given centres, a transform whose column count is not
         *     the dimension, or fewer points than clusters
         */
        public LabeledData generate() {
            int k = givenCenters != null ? givenCenters.length : centerCount;
            int d = resolveDimension();
            if (spreads != null && spreads.length != k) {
                throw new IllegalArgumentException("spreads has " + spreads.length + " values but there are " + k
                        + " centres");
            }
            int[] sizes = resolveCounts(k);
            if (transform != null && transform[0].length != d) {
                throw new IllegalArgumentException("transform has " + transform[0].length
                        + " columns but the blobs have " + d + " dimensions");
            }
            int out = transform == null ? d : transform.length;
            long n = 0;
            for (int size : sizes) {
                n += size;
            }
            checkSize(n, Math.max(d, out));

            Draws draws = new Draws(seed);
            double[][] centers = new double[k][];
            for (int c = 0; c < k; c++) {
                if (givenCenters != null) {
                    centers[c] = givenCenters[c].clone();
                } else {
                    centers[c] = new double[d];
                    for (int j = 0; j < d; j++) {
                        int b = commonBounds ? 0 : j;
                        centers[c][j] = lower == null ? draws.uniform(-10, 10) : draws.uniform(lower[b], upper[b]);
                    }
                }
            }
            double[] values = new double[(int) n * out];
            int[] labels = new int[(int) n];
            double[] x = new double[d];
            int i = 0;
            for (int c = 0; c < k; c++) {
                double sd = spreads != null ? spreads[c] : spread;
                for (int p = 0; p < sizes[c]; p++, i++) {
                    for (int j = 0; j < d; j++) {
                        x[j] = centers[c][j] + sd * draws.normal();
                    }
                    apply(x, values, i * out);
                    labels[i] = c;
                }
            }
            double[][] reported = new double[k][out];
            for (int c = 0; c < k; c++) {
                apply(centers[c], reported[c], 0);
            }
            List<String> names = new ArrayList<>(k);
            for (int c = 0; c < k; c++) {
                names.add("cluster " + c);
            }
            return labeled(values, out, labels, names).withCenters(reported);
        }

        /** Writes {@code transform · x} (or {@code x}) into {@code target[offset …]}. */
        private void apply(double[] x, double[] target, int offset) {
            if (transform == null) {
                System.arraycopy(x, 0, target, offset, x.length);
                return;
            }
            for (int r = 0; r < transform.length; r++) {
                double sum = 0;
                for (int j = 0; j < x.length; j++) {
                    sum += transform[r][j] * x[j];
                }
                target[offset + r] = sum;
            }
        }

        private int resolveDimension() {
            int boundsD = lower == null || commonBounds ? -1 : lower.length;
            if (givenCenters != null) {
                int d = givenCenters[0].length;
                if (dimensionsSet && dimensions != d) {
                    throw new IllegalArgumentException("dimensions is " + dimensions + " but the given centres have "
                            + d + " coordinates");
                }
                return d;
            }
            if (boundsD != -1 && dimensionsSet && boundsD != dimensions) {
                throw new IllegalArgumentException("dimensions is " + dimensions + " but the bounds have "
                        + boundsD + " coordinates");
            }
            return boundsD != -1 ? boundsD : dimensions;
        }

        private int[] resolveCounts(int k) {
            if (counts != null) {
                if (counts.length != k) {
                    throw new IllegalArgumentException("pointsPerCluster has " + counts.length
                            + " counts but there are " + k + " centres");
                }
                return counts.clone();
            }
            int[] sizes = new int[k];
            if (total >= 0) {
                if (total < k) {
                    throw new IllegalArgumentException("n = " + total + " points cannot fill " + k
                            + " clusters; n must be at least the number of centres");
                }
                for (int c = 0; c < k; c++) {
                    sizes[c] = total / k + (c < total % k ? 1 : 0);
                }
            } else {
                checkSize((long) k * pointsPerCluster, 1);
                Arrays.fill(sizes, pointsPerCluster);
            }
            return sizes;
        }

        /** A validated copy of a rectangular matrix of finite values. */
        private static double[][] checkMatrix(String name, double[][] matrix, int width) {
            double[][] copy = new double[matrix.length][];
            int d = width;
            for (int r = 0; r < matrix.length; r++) {
                if (matrix[r] == null || matrix[r].length == 0) {
                    throw new IllegalArgumentException(name + " row " + r + " is " + (matrix[r] == null ? "null" : "empty"));
                }
                if (d == -1) {
                    d = matrix[r].length;
                } else if (matrix[r].length != d) {
                    throw new IllegalArgumentException(name + " is ragged: row " + r + " has " + matrix[r].length
                            + " values but row 0 has " + d);
                }
                for (int j = 0; j < d; j++) {
                    if (!Double.isFinite(matrix[r][j])) {
                        throw new IllegalArgumentException(name + " row " + r + ", column " + j + " is " + matrix[r][j]
                                + "; every value must be finite");
                    }
                }
                copy[r] = matrix[r].clone();
            }
            return copy;
        }
    }
}
