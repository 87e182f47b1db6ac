package io.github.kmeans4j;

import java.util.List;

/**
 * Where the data of a fit live and how a pass over them runs: the plug-in point between the run
 * skeleton of {@link KMeans} (seeding, the loop, stop rules, empty-cluster repairs, restarts and
 * events) and the rows. A local fit uses a backend over a {@link Dataset} in memory; the
 * {@code kmeans-spark} module provides one whose rows are spread over a cluster's partitions.
 * {@link KMeans#fit(AssignmentBackend, CancellationToken)} drives any backend.
 *
 * <p>Per restart the skeleton calls {@link #restart()}, seeds k centroids from {@link #sample()},
 * then alternates {@link #assign} and its own update step; when a cluster empties under
 * {@link EmptyClusterPolicy#FARTHEST_POINT} it asks for {@link #repairCandidates}. Events and
 * results describe the rows of {@link #sample()}: their labels come from {@link #sampleLabels()},
 * while inertia, sizes and moved counts come from the totals of every row.
 *
 * <p>Determinism is the backend's duty: the same rows with the same centroids must give the same
 * totals bit for bit, whatever the threads or machines that computed them (merge the parts of the
 * data in an order fixed by the data, see {@link ClusterTotals#merge}).
 *
 * <p>Called from the fitting thread only; one fit at a time.
 */
public interface AssignmentBackend {

    /**
     * The magnitude checks a local fit makes before it starts, for a backend that measures its
     * rows itself: refuses rows whose fit would overflow a double (weight·value sums, or squared
     * distances across the bounding box times the total weight) or whose every squared distance
     * underflows to 0, with a message that names the column, its range and the cure.
     *
     * @param min the least value of every column
     * @param max the largest value of every column
     * @param totalWeight the total weight of the rows (their number when unweighted)
     * @param weighted whether the rows carry weights (the message then names them as a cure)
     * @throws IllegalArgumentException if the rows are refused
     */
    static void checkMagnitudes(double[] min, double[] max, double totalWeight, boolean weighted) {
        if (min == null || max == null || min.length != max.length || min.length == 0) {
            throw new IllegalArgumentException("min and max must hold one value per column");
        }
        Magnitudes.checkBox(min.clone(), max.clone(), totalWeight, weighted, "");
    }

    /** {@return the number of rows, at least 1} */
    long n();

    /** {@return the number of coordinates of every row, at least 1} */
    int d();

    /**
     * The rows that seeding draws from and that events and results describe: all the data for a
     * backend that holds them, a fixed sample for one that cannot. Its weights, if any, are the
     * rows' weights.
     *
     * @return the same dataset at every call
     */
    Dataset sample();

    /** A new run (restart) begins: forget labels and anything learnt from earlier centroids. */
    void restart();

    /**
     * Assigns every row to its nearest centroid (ties to the lowest index) and fills
     * {@code into} (cleared by the caller) with the totals of all rows.
     *
     * @param centroids k rows of d values, row-major; not modified, and not modified by the caller
     *     before the next call
     * @param k the number of centroids
     * @param into the totals to fill
     * @throws java.util.concurrent.CancellationException if the pass was abandoned because its
     *     work was cancelled where it runs (the fit then reports its latest completed pass)
     */
    void assign(double[] centroids, int k, ClusterTotals into);

    /**
     * Called once before a fit: {@code cancelled} answers true once the fit's cancellation token
     * is cancelled or its thread interrupted. The skeleton asks it between passes; a backend
     * whose passes run long may also ask it during a pass and abandon the pass, throwing
     * {@link java.util.concurrent.CancellationException} from {@link #assign}. Once the skeleton
     * has seen a cancellation it calls this again with a supplier that answers false, before the
     * one closing pass that labels the final centroids (the pass every fit ends with), so that
     * pass runs to its end on every backend and a cancelled fit gives the same events and result
     * wherever it runs.
     *
     * @param cancelled whether the fit has been cancelled
     */
    default void watchCancellation(java.util.function.BooleanSupplier cancelled) {
    }

    /**
     * The inertia of the latest {@link #assign}. A backend may leave the inertia out of a pass
     * nobody watches ({@link #assign} then gives NaN) and compute it here when asked.
     *
     * @return the weighted sum of squared distances to the centroids of the latest pass
     */
    double latestInertia();

    /**
     * The labels of {@link #sample()}'s rows in the latest pass.
     *
     * @return {@code sample().n()} labels; possibly the backend's own array, which the caller
     *     copies if it keeps it and never modifies
     */
    int[] sampleLabels();

    /**
     * The labels of {@link #sample()}'s rows in the latest pass, to be computed only if a
     * listener asks for them (see {@link io.github.kmeans4j.event.Assigned#withLabelsOnDemand}):
     * for a backend that does not keep them, so that a fit whose listeners never read labels
     * does not compute them. The supplier must give the same labels whenever it is called, also
     * after later passes. Null (the default) when the labels are at hand: the event then copies
     * {@link #sampleLabels()}.
     *
     * @return a supplier of the latest pass's sample labels, or null
     */
    default java.util.function.Supplier<int[]> sampleLabelsOnDemand() {
        return null;
    }

    /**
     * Rows to move into empty clusters, from the latest pass: at least
     * {@code min(2·empty + k, eligible)} rows of positive weight and positive squared distance to
     * their centroid, farthest first, ties to the lowest row index. The skeleton takes them in
     * order, skipping a row whose cluster would lose its last row of positive weight, which needs
     * at most that many.
     *
     * @param empty the number of empty clusters to repair, at least 1
     * @param k the number of clusters
     * @return the candidates, farthest first
     */
    List<RepairRow> repairCandidates(int empty, int k);

    /**
     * Cluster {@code j}'s centroid was relocated by a repair: forget anything that assumed it
     * moved by an ordinary update.
     *
     * @param j the cluster
     */
    default void invalidate(int j) {
    }

    /**
     * Every row as k-means‖ reads it, for a backend whose sample is not all of its rows, so that
     * {@link Initializer#kMeansParallel()} seeds from all rows; null (the default) to let every
     * initialiser seed from {@link #sample()}.
     *
     * @return the oversampling passes over all rows, or null
     */
    default OversamplingRows oversamplingRows() {
        return null;
    }

    /** {@return the variant this backend's pass runs, for the pass statistics} */
    Algorithm algorithm();

    /**
     * A row offered to an empty cluster.
     *
     * @param row the row's index in the whole data, which fixes the order of ties
     * @param sampleRow its index in {@link #sample()}, which events report, or −1 if the sample
     *     does not hold it
     * @param label the cluster it belongs to now
     * @param weight its weight, positive
     * @param squaredDistance its squared distance to its centroid, positive
     * @param values its d coordinates (not copied)
     */
    record RepairRow(long row, int sampleRow, int label, double weight, double squaredDistance, double[] values) {
    }
}
