package io.github.kmeans4j;

/** Why a run stopped. */
public enum StopReason {
    /** An assignment step changed no label, so the update would change no centroid: exact convergence. */
    LABELS_STABLE("no point changed cluster"),
    /** No centroid moved farther than the tolerance in the last update step. */
    CENTROID_SHIFT("the centroids moved less than the tolerance"),
    /** The maximum number of iterations was reached. */
    MAX_ITERATIONS("the iteration limit was reached"),
    /** A caller-supplied {@link StoppingRule} asked to stop. */
    CUSTOM_RULE("a stopping rule asked to stop"),
    /** The fit was cancelled through its {@link CancellationToken} or by interrupting its thread. */
    CANCELLED("cancelled"),
    /**
     * {@link MiniBatchKMeans#fit(Dataset, int)} stopped before its last epoch: the smoothed batch
     * inertia had not reached a new minimum for {@link MiniBatchKMeans#maxNoImprovement()} batches
     * in a row.
     */
    NO_IMPROVEMENT("the batch inertia stopped improving"),
    /**
     * Nothing was iterated: the result is a global optimum computed directly
     * ({@link Exact1D#fit(Dataset, int)}, dynamic programming on one-dimensional data).
     */
    OPTIMAL("computed as the exact optimum");

    private final String description;

    StopReason(String description) {
        this.description = description;
    }

    /**
     * Why the run stopped, in words for people (captions, progress lines, command output), such as
     * "no point changed cluster".
     *
     * @return the description
     */
    public String description() {
        return description;
    }
}
