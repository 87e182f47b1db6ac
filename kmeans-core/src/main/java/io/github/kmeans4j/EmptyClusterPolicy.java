package io.github.kmeans4j;

/**
 * What the update step does with a cluster that received no weight in the assignment step
 * (no points, or only points of weight 0), whose mean is therefore undefined. Every repair is
 * announced by an {@link io.github.kmeans4j.event.EmptyClusterRepaired} event.
 */
public enum EmptyClusterPolicy {
    /** The empty cluster keeps the centroid it had; its shift is 0. */
    KEEP_PREVIOUS,
    /**
     * The empty cluster's centroid moves to the point farthest from its own assigned centroid,
     * which leaves its cluster (scikit-learn's behaviour). Several empty clusters are repaired in
     * index order, each taking the farthest point not yet taken, ties going to the lowest row.
     * Only points of positive weight and positive distance whose cluster keeps at least one other
     * point of positive weight are candidates; when there is none the centroid is kept, and the
     * event says so.
     */
    FARTHEST_POINT,
    /** The fit fails with an {@link IllegalStateException} naming the cluster and iteration. */
    FAIL
}
