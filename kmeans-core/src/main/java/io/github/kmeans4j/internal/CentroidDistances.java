package io.github.kmeans4j.internal;

/**
 * The full search of the bounded variants (Hamerly, Elkan, Yinyang): every centroid's exact
 * squared distance from a few rows.
 *
 * <p>Contract: every value equals, bit for bit, {@link Nearest#distanceSquared} of the row and the
 * centroid: {@code diff * diff} added over the columns in order, starting from 0, one rounding for
 * the product and one for the sum, never a fused multiply-add, {@code diff} being the row's value
 * (float widened to double) minus the centroid's. An implementation therefore changes speed, never
 * a label or a bound. {@link #distances} may be called from several threads at once.
 */
public interface CentroidDistances {

    /** Centroids prepared for one implementation; opaque to callers. */
    interface Centroids {
        /** {@return the number of centroids} */
        int k();

        /** {@return the number of columns} */
        int d();
    }

    /**
     * The centroids in this implementation's layout, a copy.
     *
     * @param c the centroids, row-major, k × d; not modified
     * @param k the number of centroids, at least 1
     * @param d the number of columns
     * @return the prepared centroids
     */
    Centroids centroids(double[] c, int k, int d);

    /**
     * For every {@code p < count}: the squared distance of row {@code rows[p]} of {@code x} to
     * centroid {@code j}, into {@code out[p·k + j]}, for every j.
     *
     * @param x the rows, row-major, d values each
     * @param rows which rows
     * @param count how many of {@code rows}
     * @param c centroids prepared by this implementation
     * @param out at least {@code count · k} values
     */
    void distances(double[] x, int[] rows, int count, Centroids c, double[] out);

    /**
     * As {@link #distances(double[], int[], int, Centroids, double[])}, for float rows.
     *
     * @param x the rows, row-major, d values each
     * @param rows which rows
     * @param count how many of {@code rows}
     * @param c centroids prepared by this implementation
     * @param out at least {@code count · k} values
     */
    void distances(float[] x, int[] rows, int count, Centroids c, double[] out);

    /**
     * The implementation that goes with {@code kernel}: the Vector API one when the kernel is
     * the vector kernel (whose loading made the Vector API readable), else the scalar one.
     *
     * @param kernel the fit's distance kernel
     * @return the implementation
     */
    static CentroidDistances forKernel(DistanceKernel kernel) {
        if (!"vector".equals(kernel.name())) {
            return ScalarCentroidDistances.INSTANCE;
        }
        try {
            Class<?> c = Class.forName("io.github.kmeans4j.internal.vector.VectorCentroidDistances", true,
                    kernel.getClass().getClassLoader());
            return (CentroidDistances) c.getField("INSTANCE").get(null);
        } catch (ReflectiveOperationException | LinkageError e) {
            return ScalarCentroidDistances.INSTANCE;
        }
    }
}
