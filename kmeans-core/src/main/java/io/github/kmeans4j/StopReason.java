package io.github.kmeans4j;

/** Why a run stopped. */
public enum StopReason {
    /** An assignment step changed no label, so the update would change no centroid: exact convergence. */
    LABELS_STABLE,
    /** No centroid moved farther than the tolerance in the last update step. */
    CENTROID_SHIFT,
    /** The maximum number of iterations was reached. */
    MAX_ITERATIONS,
    /** A caller-supplied {@link StoppingRule} asked to stop. */
    CUSTOM_RULE,
    /** The fit was cancelled through its {@link CancellationToken} or by interrupting its thread. */
    CANCELLED,
    /**
     * {@link MiniBatchKMeans#fit(Dataset, int)} stopped before its last epoch: the smoothed batch
     * inertia had not reached a new minimum for {@link MiniBatchKMeans#maxNoImprovement()} batches
     * in a row.
     */
    NO_IMPROVEMENT,
    /**
     * Nothing was iterated: the result is a global optimum computed directly
     * ({@link Exact1D#fit(Dataset, int)}, dynamic programming on one-dimensional data).
     */
    OPTIMAL
}
