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
     * Plain Java, register-tiled, using ‖c‖² − 2x·c. Its rounding may pick a centroid whose exact
     * squared distance exceeds the smallest by at most {@code 8·d·u·(‖x‖² + max‖c‖²)}
     * ({@code u} = 2⁻⁵³ in double): only exact near-ties can differ from {@link #SCALAR}.
     */
    PORTABLE,
    /**
     * The Vector API ({@code jdk.incubator.vector}) form of {@link #PORTABLE}, with the same
     * bound. Needs {@code --add-modules jdk.incubator.vector}; asking for it without fails the fit
     * with an {@link IllegalStateException} that says so.
     */
    VECTOR
}
