package io.github.kmeans4j.event;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.EmptyClusterPolicy;

/**
 * A run (one restart of a fit) begins.
 *
 * @param restart the restart index, from 0
 * @param restarts how many restarts the fit will make at most
 * @param data the data being clustered (immutable, shared, not copied)
 * @param k the number of clusters
 * @param seed the fit's seed (the same for every restart; each restart derives its own stream)
 * @param initializer a description of the initialiser, such as {@code "greedy k-means++ (3 candidates)"}
 * @param emptyClusterPolicy what happens to empty clusters
 * @param maxIterations the iteration limit
 * @param tolerance the centroid-shift tolerance
 */
public record RunStarted(int restart, int restarts, Dataset data, int k, long seed, String initializer,
                         EmptyClusterPolicy emptyClusterPolicy, int maxIterations, double tolerance)
        implements KMeansEvent {

    /**
     * Validates the components.
     *
     * @param restart the restart index, from 0
     * @param restarts how many restarts the fit will make at most
     * @param data the data being clustered
     * @param k the number of clusters
     * @param seed the fit's seed
     * @param initializer a description of the initialiser
     * @param emptyClusterPolicy what happens to empty clusters
     * @param maxIterations the iteration limit
     * @param tolerance the centroid-shift tolerance
     * @throws IllegalArgumentException if a reference is null, k is not in [1, n], maxIterations
     *     is below 1, restarts is below 1, restart is not in [0, restarts), or tolerance is not
     *     finite and at least 0 (the message names the parameter and its value)
     */
    public RunStarted {
        if (data == null || initializer == null || emptyClusterPolicy == null) {
            throw new IllegalArgumentException("data, initializer and emptyClusterPolicy must not be null");
        }
        if (k < 1 || k > data.n()) {
            throw new IllegalArgumentException("k must be in [1, n = " + data.n() + "], got " + k);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1, got " + maxIterations);
        }
        if (restarts < 1) {
            throw new IllegalArgumentException("restarts must be at least 1, got " + restarts);
        }
        if (restart < 0 || restart >= restarts) {
            throw new IllegalArgumentException("need 0 <= restart < restarts, got restart " + restart + " of "
                    + restarts);
        }
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be finite and non-negative, got " + tolerance);
        }
    }

    /** Always 0. */
    @Override
    public int iteration() {
        return 0;
    }

    /** {@return the number of points} */
    public int n() {
        return data.n();
    }

    /** {@return the number of dimensions} */
    public int d() {
        return data.d();
    }
}
