package io.github.kmeans4j;

/**
 * How the assignment step finds each point's nearest centroid. {@link #HAMERLY} and {@link #ELKAN}
 * are exact accelerations of {@link #LLOYD}: in every iteration they give the labels of Lloyd's
 * algorithm with {@link Kernel#SCALAR} exactly, and therefore the same centroids, inertia, events,
 * empty-cluster repairs and stop, bit for bit; they only skip distance computations that bounds
 * (from the triangle inequality) prove unnecessary. How many were computed and skipped is in
 * {@link KMeansResult#passStatistics()}.
 *
 * <p>Hamerly and Elkan always compute exact distances in the scalar reference's order; the
 * {@link Kernel} setting applies to Lloyd only. With a fast kernel, Lloyd may resolve a near-tie
 * differently (see {@link Kernel#PORTABLE}), so Lloyd with a fast kernel and the bounded variants
 * may then part ways; with {@link Kernel#SCALAR} they never do.
 */
public enum Algorithm {
    /** Chosen per fit from n, d, k and the distance kernel Lloyd would use, by {@link #choose}. */
    AUTO,
    /**
     * Lloyd's algorithm: every point against every centroid, n·k distances per iteration, through
     * the configured {@link Kernel} (Lloyd, IEEE Trans. Inf. Theory 28(2), 1982).
     */
    LLOYD,
    /**
     * Hamerly's algorithm (SDM 2010): per point one upper and one lower bound, per centroid half the
     * distance to its nearest other centroid. Extra memory n doubles. Best at low and moderate d.
     */
    HAMERLY,
    /**
     * Elkan's algorithm (ICML 2003): per point k lower bounds, and the distances between all
     * centroids. Extra memory n·k doubles plus k² doubles. Prunes more than Hamerly, at the price
     * of O(n·k) bound updates per iteration: worth it for many clusters.
     */
    ELKAN,
    /**
     * For one-dimensional data only: the globally optimal clustering, found by dynamic
     * programming ({@link Exact1D}), then handed to Lloyd's run as its initial centroids. The
     * optimum is a fixed point of Lloyd's iteration, so the run's events show it being assigned
     * and confirmed (one assignment and one update that moves nothing, with {@link Kernel#SCALAR}),
     * and the result is the optimum whatever the configured initializer, which is not used.
     * Never chosen by {@link #AUTO}. A fit on data with d ≠ 1 fails with an
     * {@link IllegalArgumentException}.
     */
    EXACT_1D;

    /** Above this many clusters, and within {@link #ELKAN_BOUNDS} bounds, AUTO prefers Elkan. */
    private static final int ELKAN_MIN_K = 128;
    /** The most n·k lower bounds AUTO lets Elkan keep: 2²⁶ doubles, 512 MiB. */
    private static final long ELKAN_BOUNDS = 1L << 26;

    /**
     * The variant {@link #AUTO} runs for n points, d dimensions, k clusters and the kernel Lloyd
     * would use ({@code SCALAR}, {@code PORTABLE} or {@code VECTOR}: what {@link Kernel#AUTO}
     * resolves to when the JVM has, or lacks, the Vector API module):
     * <ul>
     *   <li>k = 1, or {@code VECTOR}: {@link #LLOYD};</li>
     *   <li>{@code SCALAR}: {@link #ELKAN} when k ≥ 128 and n·k ≤ 2²⁶, else {@link #HAMERLY};</li>
     *   <li>{@code PORTABLE}: {@link #HAMERLY} when k ≥ 8 and d ≤ 16, else {@link #LLOYD}.</li>
     * </ul>
     *
     * @implNote The evidence (one thread, ten iterations from the first k rows, on the Gaussian
     * blobs of the benchmarks module, CPU time on a shared two-core AMD EPYC, best of 2 to 20
     * fits; the machine was loaded, so the figures carry some ±30 %). Hamerly and Elkan must
     * compute exact distances in the scalar reference's order and accumulate every point's sums
     * in point order in every iteration (that is what makes them take Lloyd's steps bit for bit),
     * so a pruned iteration still costs a full pass over the data. Against Lloyd with the scalar
     * kernel, Hamerly was 1.5× faster on (100 000, 2, 8), 2.3× on (200 000, 2, 64), 3.7× on
     * (500 000, 16, 64) and 1.5× on (200 000, 4, 256), where Elkan was 2.3×. Against the portable
     * kernel, Hamerly was 1.3× faster on (100 000, 2, 8) and 1.8× on (500 000, 16, 64). Against the
     * Vector API kernel, which computes eight distances in the time the exact order takes for one,
     * Lloyd won on every shape measured: (100 000, 2, 8) about 24 ms against Hamerly's 35;
     * (200 000, 2, 64) 58–86 against 171–192; (500 000, 16, 64) 0.4–0.8 s against 0.86–0.97 s;
     * (200 000, 4, 256) 0.23–0.28 s against Elkan's 0.86 s. JMH's {@code FitBenchmark} (one fork,
     * 2 warm-up and 3 measured iterations, medians) agrees: Lloyd, Hamerly and Elkan took 266, 405
     * and 783 ms on (1 000 000, 2, 8), 12.7, 31.3 and 84.0 ms on (100 000, 2, 8), and 0.70, 1.07
     * and 2.14 s on (500 000, 16, 64). The rule therefore keeps Lloyd whenever the vector kernel
     * is there.
     *
     * @throws IllegalArgumentException if n, d or k is below 1, or the kernel is null or
     *     {@link Kernel#AUTO}
     */
    public static Algorithm choose(int n, int d, int k, Kernel kernel) {
        if (n < 1 || d < 1 || k < 1) {
            throw new IllegalArgumentException("n, d and k must be at least 1, got n=" + n + ", d=" + d + ", k=" + k);
        }
        if (kernel == null || kernel == Kernel.AUTO) {
            throw new IllegalArgumentException("kernel must be SCALAR, PORTABLE or VECTOR, was " + kernel);
        }
        if (k == 1) {
            return LLOYD;
        }
        return switch (kernel) {
            case SCALAR -> k >= ELKAN_MIN_K && (long) n * k <= ELKAN_BOUNDS ? ELKAN : HAMERLY;
            case PORTABLE -> k >= 8 && d <= 16 ? HAMERLY : LLOYD;
            default -> LLOYD;
        };
    }
}
