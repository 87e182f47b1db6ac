package io.github.kmeans4j.metrics;

/** The internal scores a {@link ScoreTracker} can follow, iteration by iteration. */
public enum Score {
    /** The inertia of the assignment, as the {@code Assigned} event reports it; lower is tighter. */
    INERTIA,
    /**
     * The mean silhouette ({@link ClusterScores#silhouette}); exact up to the tracker's cost cap,
     * on a fixed seeded sample above it. Higher is better, at most 1.
     */
    SILHOUETTE,
    /**
     * The mean simplified silhouette ({@link ClusterScores#simplifiedSilhouette}) against the
     * centroids the assignment used. Cheap: O(n·k·d).
     */
    SIMPLIFIED_SILHOUETTE,
    /** The Davies–Bouldin index of the labels ({@link ClusterScores#daviesBouldin}); lower is better. */
    DAVIES_BOULDIN,
    /** The Calinski–Harabasz index of the labels ({@link ClusterScores#calinskiHarabasz}); higher is better. */
    CALINSKI_HARABASZ
}
