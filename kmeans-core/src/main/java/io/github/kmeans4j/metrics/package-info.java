/**
 * Scoring clusterings and choosing the number of clusters.
 *
 * <ul>
 *   <li>{@link io.github.kmeans4j.metrics.ClusterScores}: internal scores from the data alone —
 *       inertia, silhouette (exact and multi-core, or on a seeded sample), simplified silhouette,
 *       Davies–Bouldin, Calinski–Harabasz;</li>
 *   <li>{@link io.github.kmeans4j.metrics.LabelAgreement}: external scores against known classes —
 *       adjusted Rand index, normalised and adjusted mutual information, homogeneity,
 *       completeness, V-measure, and the {@link io.github.kmeans4j.metrics.ContingencyTable};</li>
 *   <li>{@link io.github.kmeans4j.metrics.ScoreTracker}: a listener that scores every assignment
 *       of a running fit and keeps the series, for a live plot;</li>
 *   <li>{@link io.github.kmeans4j.metrics.KSelection}: fits a range of K and reports inertia,
 *       silhouette, Calinski–Harabasz, Davies–Bouldin and the gap statistic per K, the elbow, and
 *       a recommended K with its reason.</li>
 * </ul>
 *
 * <p>Notation: {@code n} points in {@code d} dimensions, {@code k} clusters. Distances are
 * Euclidean. Conventions follow scikit-learn 1.2, against whose output every score is tested:
 * labels are any non-negative integers; the silhouette of a point alone in its cluster is 0; the
 * silhouette, Davies–Bouldin and Calinski–Harabasz scores need 2 to n − 1 clusters. Sample
 * weights count in inertia (and so in the K sweep's fits and gap statistic) and nowhere else.
 * Bad input is an {@link java.lang.IllegalArgumentException} naming the score and the fault.
 */
package io.github.kmeans4j.metrics;
