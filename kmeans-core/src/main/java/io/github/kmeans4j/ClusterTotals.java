package io.github.kmeans4j;

import java.io.Serializable;
import java.util.Arrays;

/**
 * What one assignment pass over some rows tells the update step: per cluster, the weighted sum of
 * its rows' coordinates, their total weight, how many rows it received and how many of those
 * have positive weight; over all rows, the inertia (the weighted sum of squared distances to the
 * chosen centroids) and how many rows changed cluster.
 *
 * <p>Totals of disjoint parts of the data are combined with {@link #merge}, which adds another
 * part's totals after this one's. Floating-point addition is not associative, so the result
 * depends on the order of the merges; an {@link AssignmentBackend} that merges its parts in an
 * order fixed by the data alone (slot order, partition order) gives bit-identical results
 * however its work was scheduled. Within a part, {@link #add} accumulates rows in the order it is
 * called, exactly as a local fit does.
 *
 * <p>Mutable and not thread-safe: one part per thread, merged afterwards. Serializable, so a
 * distributed backend can return a part's totals from a remote task.
 */
public final class ClusterTotals implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The number of clusters. */
    final int k;
    /** The number of coordinates of a row. */
    final int d;
    /** Per cluster, the weighted sum of its rows' coordinates: k rows of d, row-major. */
    final double[] sums;
    /** Per cluster, the total weight of its rows. */
    final double[] weight;
    /** Per cluster, how many rows it received. */
    final long[] size;
    /** Per cluster, how many of its rows have positive weight. */
    final long[] positive;
    /** The weighted sum of squared distances, NaN for a pass that deferred it. */
    double inertia;
    /** How many rows changed cluster. */
    long moved;
    /** Point-to-centroid distances computed. */
    long computed;
    /** Centroid-to-centroid distances computed. */
    long betweenCentroids;

    /**
     * Empty totals for k clusters of d-dimensional rows.
     *
     * @param k the number of clusters, at least 1
     * @param d the number of coordinates, at least 1
     * @throws IllegalArgumentException if k or d is below 1, or k·d exceeds the largest array
     */
    public ClusterTotals(int k, int d) {
        if (k < 1 || d < 1 || (long) k * d > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("k = " + k + " and d = " + d + " must be at least 1, with k·d an array size");
        }
        this.k = k;
        this.d = d;
        this.sums = new double[k * d];
        this.weight = new double[k];
        this.size = new long[k];
        this.positive = new long[k];
    }

    /**
     * Accounts one row assigned to {@code label}, in the arithmetic a local fit uses: its
     * weight times its squared distance into the inertia, and, if its weight is not 0, its weight
     * into the cluster's weight and weight·x into the cluster's sums.
     *
     * @param label the cluster the row joins, in [0, k)
     * @param values the array holding the row
     * @param offset where the row's d values start in {@code values}
     * @param rowWeight the row's weight (1 for unweighted data)
     * @param squaredDistance the row's squared distance to centroid {@code label}
     * @param changed whether the row's label differs from its label in the previous pass
     * @throws ArrayIndexOutOfBoundsException if label or offset is out of range
     */
    public void add(int label, double[] values, int offset, double rowWeight, double squaredDistance, boolean changed) {
        inertia += rowWeight * squaredDistance;
        addLabelOnly(label, values, offset, rowWeight, changed);
    }

    /** {@link #add} without the inertia, for passes that defer distances. */
    void addLabelOnly(int label, double[] values, int offset, double rowWeight, boolean changed) {
        if (changed) {
            moved++;
        }
        size[label]++;
        if (rowWeight != 0) {
            weight[label] += rowWeight;
            positive[label]++;
            int c = label * d;
            for (int m = 0; m < d; m++) {
                sums[c + m] += rowWeight * values[offset + m];
            }
        }
    }

    /**
     * Counts point-to-centroid distances a backend computed, for {@link PassStatistics}.
     *
     * @param distances how many distances were computed, 0 or more
     */
    public void countDistances(long distances) {
        computed += distances;
    }

    /**
     * Adds the totals of {@code later}, a part of the data that comes after every part already
     * in these totals.
     *
     * @param later totals of the same k and d
     * @throws IllegalArgumentException if k or d differ
     */
    public void merge(ClusterTotals later) {
        if (later.k != k || later.d != d) {
            throw new IllegalArgumentException("cannot merge totals of k = " + later.k + ", d = " + later.d
                    + " into totals of k = " + k + ", d = " + d);
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i] += later.sums[i];
        }
        for (int j = 0; j < k; j++) {
            weight[j] += later.weight[j];
            size[j] += later.size[j];
            positive[j] += later.positive[j];
        }
        inertia += later.inertia;
        moved += later.moved;
        computed += later.computed;
        betweenCentroids += later.betweenCentroids;
    }

    /** Sets every total to 0. */
    public void clear() {
        Arrays.fill(sums, 0);
        Arrays.fill(weight, 0);
        Arrays.fill(size, 0);
        Arrays.fill(positive, 0);
        inertia = 0;
        moved = 0;
        computed = 0;
        betweenCentroids = 0;
    }

    /** Copies {@code other} into these totals (same k and d). */
    void copyFrom(ClusterTotals other) {
        System.arraycopy(other.sums, 0, sums, 0, sums.length);
        System.arraycopy(other.weight, 0, weight, 0, k);
        System.arraycopy(other.size, 0, size, 0, k);
        System.arraycopy(other.positive, 0, positive, 0, k);
        inertia = other.inertia;
        moved = other.moved;
        computed = other.computed;
        betweenCentroids = other.betweenCentroids;
    }

    /** {@return the number of clusters} */
    public int k() {
        return k;
    }

    /** {@return the number of coordinates of a row} */
    public int d() {
        return d;
    }

    /** {@return the weighted sum of squared distances of the rows accounted so far} */
    public double inertia() {
        return inertia;
    }

    /** {@return how many rows accounted so far changed cluster} */
    public long moved() {
        return moved;
    }

    /** {@return how many rows each cluster received (a copy)} */
    public long[] sizes() {
        return size.clone();
    }

    /** {@return the total weight each cluster received (a copy)} */
    public double[] weights() {
        return weight.clone();
    }

    /** {@return the weighted coordinate sums, k rows of d values, row-major (a copy)} */
    public double[] sums() {
        return sums.clone();
    }

    /** The sizes as ints, for events and results. */
    int[] intSizes() {
        int[] out = new int[k];
        for (int j = 0; j < k; j++) {
            out[j] = (int) Math.min(Integer.MAX_VALUE, size[j]);
        }
        return out;
    }
}
