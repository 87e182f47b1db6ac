package io.github.kmeans4j.internal;

/**
 * The assignment step's hot loop: for a block of points, the index of the nearest centroid.
 *
 * <p>A kernel owns its data layouts. {@link #points} is called once per fit and may copy the
 * data into a layout that suits it (at most one copy); {@link #centroids} is called once per
 * assignment pass. {@link #nearest} is then called on disjoint ranges of points, possibly from
 * several threads at once, so it must keep no mutable state outside its arguments and locals.
 *
 * <p>Contract, checked against {@link ScalarKernel} by the kernel contract tests:
 * <ul>
 *   <li>ties between exactly equal distances go to the lowest centroid index;</li>
 *   <li>an exact kernel ({@link #exact()}) returns the argmin of the exactly summed squared
 *       differences, so its labels equal the scalar reference's;</li>
 *   <li>a kernel using the expanded form scores {@code ‖c − r‖² − 2(x − r)·(c − r)} for a
 *       reference point r it chooses once per fit in {@link #points} (dropping ‖x − r‖², which
 *       does not change the argmin): r is the data's {@link Centre} m, or 0 where every column's
 *       centre lies within half that column's range of 0. It may pick a centroid whose exact
 *       squared distance exceeds the minimum by at most
 *       {@code 8·(d + 3)·u·(‖x − r‖² + max_j ‖c_j − r‖²)}, {@code u} being the unit round-off of
 *       the precision it computes in (2⁻⁵³ for double, 2⁻²⁴ for float). In terms of the data
 *       alone: at most {@code 16·(d + 3)·u·(3·H² + max_j ‖c_j − m‖²)}, where H is half the
 *       diagonal of the data's bounding box. The bound scales with the spread of the data and
 *       the centroids, not with their distance from the origin: labels differ from the exact
 *       kernel's only for points whose two nearest centroids are that close to a tie.</li>
 * </ul>
 *
 * <p>Notation: n points, d dimensions, k centroids, stored row-major in flat arrays.
 */
public interface DistanceKernel {

    /** Points prepared for one kernel; opaque to callers. */
    interface Points {
        /** The number of points. */
        int n();

        /** The number of dimensions. */
        int d();
    }

    /** Centroids prepared for one kernel; opaque to callers. */
    interface Centroids {
        /** The number of centroids. */
        int k();
    }

    /** A short name for logs and benchmark tables, such as {@code "scalar"}. */
    String name();

    /** Whether labels are the argmin of exactly summed squared differences (no cancellation error). */
    boolean exact();

    /**
     * Double-precision points in this kernel's layout, possibly a copy (centred, transposed).
     * {@code x} is not modified and may be shared; it must not change while the points are used.
     */
    Points points(double[] x, int n, int d);

    /** Single-precision points, as {@link #points(double[], int, int)}. */
    Points points(float[] x, int n, int d);

    /**
     * As {@link #points(double[], int, int)}, given the rows' bounding box ({@link Centre#box}
     * of them, at least one row), which a kernel that centres the data uses instead of reading
     * every row once more.
     *
     * @param x the rows, row-major, n × d
     * @param n the number of rows
     * @param d the number of columns
     * @param box the rows' {@code {min, max}} per column
     * @return the prepared rows
     */
    default Points points(double[] x, int n, int d, double[][] box) {
        return points(x, n, d);
    }

    /**
     * As {@link #points(float[], int, int)}, given the rows' bounding box.
     *
     * @param x the rows, row-major, n × d
     * @param n the number of rows
     * @param d the number of columns
     * @param box the rows' {@code {min, max}} per column
     * @return the prepared rows
     */
    default Points points(float[] x, int n, int d, double[][] box) {
        return points(x, n, d);
    }

    /**
     * Runs the pieces of a copy of the data, possibly on several threads at once, and returns once
     * every piece has run.
     */
    @FunctionalInterface
    interface Pieces {
        /** Every piece on the calling thread, in order. */
        Pieces SEQUENTIAL = (count, piece) -> {
            for (int p = 0; p < count; p++) {
                piece.accept(p);
            }
        };

        /**
         * Runs {@code piece.accept(p)} once for every p from 0 to {@code count − 1}.
         *
         * @param count the number of pieces
         * @param piece one piece of the work; pieces write disjoint parts of the copy
         */
        void run(int count, java.util.function.IntConsumer piece);
    }

    /**
     * As {@link #points(double[], int, int, double[][])}, the copy (if the kernel makes one) cut
     * into independent pieces run by {@code pieces}: the result is the same whatever runs them.
     *
     * @param x the rows, row-major, n × d
     * @param n the number of rows
     * @param d the number of columns
     * @param box the rows' {@code {min, max}} per column
     * @param pieces runs the pieces of the copy
     * @return the prepared rows
     */
    default Points points(double[] x, int n, int d, double[][] box, Pieces pieces) {
        return points(x, n, d, box);
    }

    /**
     * As {@link #points(float[], int, int, double[][])}, the copy cut into pieces run by {@code pieces}.
     *
     * @param x the rows, row-major, n × d
     * @param n the number of rows
     * @param d the number of columns
     * @param box the rows' {@code {min, max}} per column
     * @param pieces runs the pieces of the copy
     * @return the prepared rows
     */
    default Points points(float[] x, int n, int d, double[][] box, Pieces pieces) {
        return points(x, n, d, box);
    }

    /** The centroids (k rows of d values, double) in this kernel's layout for {@code points}' precision. */
    Centroids centroids(Points points, double[] centroids, int k);

    /**
     * Writes into {@code labels[i - from]}, for every point {@code i} in {@code [from, to)}, the
     * index of its nearest centroid.
     */
    void nearest(Points points, Centroids centroids, int from, int to, int[] labels);
}
