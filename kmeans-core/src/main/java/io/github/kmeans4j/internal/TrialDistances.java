package io.github.kmeans4j.internal;

/**
 * Seeding's hot loop: the exact squared distances from a range of rows to a few candidate
 * points, each capped by the row's current squared distance to its nearest seed.
 *
 * <p>Contract: every value equals, bit for bit, {@code Math.min(bound[i], sum)} where
 * {@code sum} adds {@code diff * diff} (one rounding for the product, one for the sum, never a
 * fused multiply-add) over the columns in order, starting from 0, {@code diff} being the row's
 * value (float widened to double) minus the candidate's. That is the sum
 * {@link Nearest#distanceSquared} makes, so an implementation changes speed, never a seed. Rows
 * are independent: the result for a row does not depend on the range it was computed in.
 * {@link #trials} may be called on disjoint ranges from several threads at once.
 */
public interface TrialDistances {

    /** Rows prepared for one implementation; opaque to callers. */
    interface Rows {
        /** {@return the number of rows} */
        int n();

        /** {@return the number of columns} */
        int d();
    }

    /**
     * Double rows (row-major, n × d) in this implementation's layout, possibly a copy, which
     * {@link #fill} then completes range by range (possibly from several threads at once).
     *
     * @param x the rows; not modified, must not change while the prepared rows are used
     * @param n the number of rows
     * @param d the number of columns
     * @return the prepared rows
     */
    Rows rows(double[] x, int n, int d);

    /**
     * Float rows, as {@link #rows(double[], int, int)}.
     *
     * @param x the rows; not modified, must not change while the prepared rows are used
     * @param n the number of rows
     * @param d the number of columns
     * @return the prepared rows
     */
    Rows rows(float[] x, int n, int d);

    /**
     * Completes the copy of rows {@code [from, to)} that {@link #rows} began; every row must be
     * filled once before {@link #trials} reads it. Ranges start at a multiple of 64.
     *
     * @param rows rows prepared by this implementation
     * @param from the first row, a multiple of 64
     * @param to one past the last row
     */
    void fill(Rows rows, int from, int to);

    /**
     * For every row {@code i} in {@code [from, to)} and candidate {@code t < count}, writes
     * {@code out[t][i − shift] = Math.min(bound[i], ‖x_i − c_t‖²)}, the squared distance summed
     * exactly as the interface describes.
     *
     * @param rows rows prepared by this implementation
     * @param candidates the candidates, row-major, {@code count · d} values
     * @param count the number of candidates, at least 1
     * @param bound one cap per row (n values)
     * @param out {@code count} arrays to write, each at least {@code to − shift} long
     * @param shift where row {@code i}'s values go: index {@code i − shift} (0 for arrays of n
     *     values, {@code from} for arrays of one range)
     * @param from the first row
     * @param to one past the last row
     */
    void trials(Rows rows, double[] candidates, int count, double[] bound, double[][] out, int shift, int from,
                int to);

    /**
     * The implementation for a fit that uses {@code kernel}: the Vector API one when the fit's
     * kernel is the vector kernel (the Vector API is then loaded and readable), else the scalar
     * one. Both give the same values.
     *
     * @param kernel the fit's distance kernel
     * @return the implementation
     */
    static TrialDistances forKernel(DistanceKernel kernel) {
        if (!"vector".equals(kernel.name())) {
            return ScalarTrials.INSTANCE;
        }
        try {
            // The vector kernel's class was loaded through Kernels, which made this module read
            // the Vector API, so the vector package's other classes load too.
            Class<?> c = Class.forName("io.github.kmeans4j.internal.vector.VectorTrials", true,
                    kernel.getClass().getClassLoader());
            return (TrialDistances) c.getField("INSTANCE").get(null);
        } catch (ReflectiveOperationException | LinkageError e) {
            return ScalarTrials.INSTANCE;
        }
    }
}
