package io.github.kmeans4j;

import io.github.kmeans4j.internal.DistanceKernel;
import io.github.kmeans4j.internal.Kernels;
import io.github.kmeans4j.internal.Nearest;
import java.util.Arrays;

/**
 * The assignment step of Lloyd's algorithm for rows that arrive in blocks, for an
 * {@link AssignmentBackend} that holds no {@link Dataset}: each block's rows are labelled with
 * their nearest centroid by the library's distance kernel, and accounted in a
 * {@link ClusterTotals} in row order with the exact squared distance to the chosen centroid,
 * the arithmetic of a local fit's pass.
 *
 * <p>One instance serves one set of centroids: create it where the centroids are known (on each
 * worker of a distributed engine, from the broadcast centroids) and pass it every block of the
 * worker's rows. Not thread-safe; cheap to create (the kernel lays out the centroids once).
 */
public final class BlockAssigner {
    private final DistanceKernel kernel;
    private final double[] centroids;
    private final int k;
    private final int d;
    private int[] scratch = new int[0];

    /**
     * An assigner for {@code k} centroids of {@code d} coordinates.
     *
     * @param centroids k rows of d values, row-major (copied)
     * @param k the number of centroids, at least 1
     * @param d the number of coordinates, at least 1
     * @param kernel the distance kernel; {@link Kernel#AUTO} chooses as a local fit does
     * @throws IllegalArgumentException if the shapes disagree, a value is not finite, or kernel is null
     * @throws IllegalStateException if {@link Kernel#VECTOR} is asked for without the Vector API module
     */
    public BlockAssigner(double[] centroids, int k, int d, Kernel kernel) {
        if (centroids == null || kernel == null) {
            throw new IllegalArgumentException("centroids and kernel must not be null");
        }
        if (k < 1 || d < 1 || (long) k * d != centroids.length) {
            throw new IllegalArgumentException("centroids hold " + centroids.length + " values, not k·d for k = " + k
                    + ", d = " + d);
        }
        for (int i = 0; i < centroids.length; i++) {
            if (!Double.isFinite(centroids[i])) {
                throw new IllegalArgumentException("centroid " + i / d + ", coordinate " + i % d + " is "
                        + centroids[i] + "; every value must be finite");
            }
        }
        this.kernel = kernel == Kernel.AUTO ? Kernels.automatic() : Kernels.byName(kernel.name());
        this.centroids = centroids.clone();
        this.k = k;
        this.d = d;
    }

    /**
     * Labels {@code count} rows and accounts them in {@code into}, in row order.
     *
     * @param block the rows, row-major, d values each; not modified
     * @param weights the rows' weights, or null for weight 1 each
     * @param count how many rows of {@code block} to assign
     * @param labels on entry each row's label in the previous pass (−1 for none), on return its
     *     new label; index i is row i of the block
     * @param into the totals the rows are added to
     * @throws IllegalArgumentException if the arrays are too short for {@code count} rows or the
     *     totals are for another k or d
     */
    public void assign(double[] block, double[] weights, int count, int[] labels, ClusterTotals into) {
        if (block == null || labels == null || into == null) {
            throw new IllegalArgumentException("block, labels and totals must not be null");
        }
        if (count < 0 || (long) count * d > block.length || labels.length < count
                || (weights != null && weights.length < count)) {
            throw new IllegalArgumentException("arrays too short for " + count + " rows of d = " + d);
        }
        if (into.k != k || into.d != d) {
            throw new IllegalArgumentException("totals of k = " + into.k + ", d = " + into.d + " for centroids of k = "
                    + k + ", d = " + d);
        }
        if (count == 0) {
            return;
        }
        if (scratch.length < count) {
            scratch = new int[count];
        }
        DistanceKernel.Points points = kernel.points(block, count, d);
        kernel.nearest(points, kernel.centroids(points, centroids, k), 0, count, scratch);
        for (int i = 0; i < count; i++) {
            int label = scratch[i];
            double dist = Nearest.distanceSquared(block, i * d, centroids, label * d, d);
            double weight = weights == null ? 1.0 : weights[i];
            into.add(label, block, i * d, weight, dist, labels[i] != label);
            labels[i] = label;
        }
        into.countDistances((long) count * k);
    }

    @Override
    public String toString() {
        return "BlockAssigner[k=" + k + ", d=" + d + ", kernel=" + kernel.name() + ", centroids="
                + Arrays.toString(Arrays.copyOf(centroids, Math.min(centroids.length, 8)))
                + (centroids.length > 8 ? "..." : "") + "]";
    }
}
