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
    /** Chosen per fit from n, d and k by {@link #choose(int, int, int)}. */
    AUTO,
    /**
     * Lloyd's algorithm: every point against every centroid, n·k distances per iteration, through
     * the configured {@link Kernel} (Lloyd, IEEE Trans. Inf. Theory 28(2), 1982).
     */
    LLOYD,
    /**
     * Hamerly's algorithm (SDM 2010): per point one upper and one lower bound, per centroid half the
     * distance to its nearest other centroid. Extra memory n doubles. Best at low dimension.
     */
    HAMERLY,
    /**
     * Elkan's algorithm (ICML 2003): per point k lower bounds, and the distances between all
     * centroids. Extra memory n·k doubles plus k² doubles. Prunes more than Hamerly when k and d
     * are moderate, at the price of O(n·k) bound updates per iteration.
     */
    ELKAN;

    /**
     * The variant {@link #AUTO} runs for n points, d dimensions and k clusters.
     *
     * @throws IllegalArgumentException if n, d or k is below 1
     */
    public static Algorithm choose(int n, int d, int k) {
        if (n < 1 || d < 1 || k < 1) {
            throw new IllegalArgumentException("n, d and k must be at least 1, got n=" + n + ", d=" + d + ", k=" + k);
        }
        if (k >= 4 && d <= 16) {
            return HAMERLY;
        }
        return LLOYD;
    }
}
