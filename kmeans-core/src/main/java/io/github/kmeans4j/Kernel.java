package io.github.kmeans4j;

/**
 * Which distance kernel the assignment step uses. Every kernel gives the nearest centroid with
 * ties to the lowest index; they differ in speed and, for the fast ones, in how they treat
 * near-ties (see {@link #PORTABLE}).
 *
 * <p>{@link #AUTO} picks {@link #VECTOR} when the JVM was started with
 * {@code --add-modules jdk.incubator.vector}, else {@link #PORTABLE}, and logs its choice once
 * through {@link System.Logger}. The system property {@code kmeans4j.kernel} ({@code scalar},
 * {@code portable} or {@code vector}) replaces the automatic choice; a kernel set on the builder
 * replaces both.
 */
public enum Kernel {
    /** The vector kernel when available, else the portable one. */
    AUTO,
    /**
     * The reference: squared differences summed per point and centroid. Exact, slow; the test
     * oracle of the others.
     */
    SCALAR,
    /**
     * Plain Java, register-tiled, using the expanded form ‖c‖² − 2x·c on data and centroids
     * centred on the data's bounding box (data far from the origin are copied once per fit with
     * the centre subtracted; data around the origin are used as they are). Its rounding may pick
     * a centroid whose exact squared distance exceeds the smallest by at most
     * {@code 16·(d + 3)·u·(3·H² + max_j ‖c_j − m‖²)}, where m is the centre of the data's bounding
     * box, H half its diagonal and {@code u} = 2⁻⁵³ in double, 2⁻²⁴ for float data: the bound
     * scales with the spread of the data, not with their distance from the origin, and only
     * points that near-tie between their two nearest centroids can differ from {@link #SCALAR}.
     */
    PORTABLE,
    /**
     * The Vector API ({@code jdk.incubator.vector}) form of {@link #PORTABLE}, with the same
     * bound; it always centres, in the copy of the data it makes anyway. Needs {@code --add-modules jdk.incubator.vector}; asking for it without fails the fit
     * with an {@link IllegalStateException} that says so.
     */
    VECTOR
}
