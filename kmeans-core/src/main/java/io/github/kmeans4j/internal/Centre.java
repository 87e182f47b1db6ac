package io.github.kmeans4j.internal;

/**
 * The point the expanded-form kernels subtract from the data and the centroids before they score
 * {@code ‖c‖² − 2x·c}: the centre m of the data's bounding box (per column, the midpoint of its
 * smallest and largest value).
 *
 * <p>Why: the rounding error of {@code ‖c‖² − 2x·c} grows with {@code ‖x‖² + ‖c‖²}, so data far
 * from the origin (epoch milliseconds, projected metres, float pixel coordinates) would be
 * labelled by rounding noise. Subtracting m first costs one rounding per value, relative to the
 * centred value itself ({@code fl(x − m) = (x − m)(1 + δ)}, |δ| ≤ u), and leaves an error that
 * grows with {@code ‖x − m‖² + ‖c − m‖²}: with the spread of the data and the centroids, not
 * with their distance from the origin. The box's centre rather than the mean: it is computed
 * without overflow for any finite data, it minimises the largest centred magnitude of each
 * column, and it does not depend on the order of a sum.
 *
 * @param point m, one value per column
 * @param needed whether some column's centre is farther from 0 than half that column's range.
 *     When false, every value has {@code |x| ≤ 2·h} in its column (h the half-range), so scoring
 *     the data uncentred loosens the error bound by a small constant factor only, and a kernel
 *     that would have to copy the data to centre it may skip the copy
 */
public record Centre(double[] point, boolean needed) {

    /** The centre of the bounding box of {@code n} rows of {@code d} doubles; zeros for n = 0. */
    public static Centre of(double[] x, int n, int d) {
        return n == 0 ? new Centre(new double[d], false) : of(box(x, null, n, d));
    }

    /** The centre of the bounding box of {@code n} rows of {@code d} floats; zeros for n = 0. */
    public static Centre of(float[] x, int n, int d) {
        return n == 0 ? new Centre(new double[d], false) : of(box(null, x, n, d));
    }

    /**
     * The bounding box of {@code n} rows of {@code d} finite values, {@code {min, max}} per column
     * (infinities for n = 0): of {@code doubles} if not null, else of {@code floats}. One row-order
     * pass with plain comparisons (finite values need no NaN handling), shared by the kernels and
     * the fit's overflow check.
     */
    public static double[][] box(double[] doubles, float[] floats, int n, int d) {
        double[] min = new double[d];
        double[] max = new double[d];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (int row = 0; row < n * d; row += d) {
            for (int m = 0; m < d; m++) {
                double v = doubles != null ? doubles[row + m] : floats[row + m];
                if (v < min[m]) {
                    min[m] = v;
                }
                if (v > max[m]) {
                    max[m] = v;
                }
            }
        }
        return new double[][] {min, max};
    }

    /**
     * The centre of a bounding box {@code {min, max}} of at least one row, as {@link #box} gives it.
     * Halves first, so that the midpoint and the half-range of finite values are finite.
     */
    public static Centre of(double[][] box) {
        double[] min = box[0];
        double[] max = box[1];
        double[] centre = new double[min.length];
        boolean needed = false;
        for (int m = 0; m < centre.length; m++) {
            centre[m] = min[m] / 2 + max[m] / 2;
            needed |= Math.abs(centre[m]) > max[m] / 2 - min[m] / 2;
        }
        return new Centre(centre, needed);
    }

    /**
     * {@code c − m} for each of the k rows of {@code c}, each value rounded once, in a new array
     * (an exact copy where m is 0).
     *
     * @throws IllegalArgumentException if k is below 1 or {@code c} is shorter than k rows
     */
    public static double[] subtract(double[] c, int k, double[] point) {
        int d = point.length;
        Nearest.checkCentroids(c.length, k, d);
        double[] out = new double[k * d];
        for (int j = 0; j < k; j++) {
            int row = j * d;
            for (int m = 0; m < d; m++) {
                out[row + m] = c[row + m] - point[m];
            }
        }
        return out;
    }
}
