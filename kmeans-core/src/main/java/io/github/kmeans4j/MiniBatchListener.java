package io.github.kmeans4j;

import io.github.kmeans4j.recording.Recording;
import io.github.kmeans4j.event.SeedChosen;
import java.util.Arrays;
import java.util.Objects;

/**
 * Receives the steps of a {@link MiniBatchKMeans}: each initial seed, then one
 * {@link BatchProcessed} per batch.
 *
 * <p>Why not {@link io.github.kmeans4j.event.KMeansListener}: its events describe a run over one
 * fixed dataset ({@code Assigned} holds a label for every point of it, and a
 * {@link Recording} checks that), while mini-batch k-means labels a different small batch each
 * step and, fed with {@link MiniBatchKMeans#partialFit(Dataset)}, may never see a whole dataset.
 * The seeds are announced with the same {@link SeedChosen} record as a full fit's.
 *
 * <p>Threading and exceptions: called synchronously on the thread that feeds the model, in
 * registration order, after the state described is complete; an exception thrown here propagates
 * to that caller (the batch's update has then already been applied). With no listener registered,
 * no snapshot is made.
 */
@FunctionalInterface
public interface MiniBatchListener {

    /**
     * Called once per batch, after the centroids were updated.
     *
     * @param batch what the step did: the batch, its labels and the updated centroids
     */
    void batchProcessed(BatchProcessed batch);

    /**
     * Called once per initial centroid, in order, when the model is initialised. Its
     * {@code pointIndex} is a row of the dataset being seeded from (the first batch, the sample
     * given to {@link MiniBatchKMeans#initialize(Dataset)}, or the data given to
     * {@link MiniBatchKMeans#fit(Dataset, int)}). Does nothing unless overridden.
     *
     * @param seed the centroid chosen, with the row it came from and why
     */
    default void seedChosen(SeedChosen seed) {
    }

    /**
     * One mini-batch step: the batch was assigned to the centroids as they were, then every
     * centroid that received weight moved towards its points.
     *
     * @param batch the number of this batch since the model was (re)started, from 1
     * @param rows which rows made the batch, in order: rows of the data given to
     *     {@link MiniBatchKMeans#fit(Dataset, int)}, or {@code 0..size−1} for a batch given to
     *     {@link MiniBatchKMeans#partialFit(Dataset)} (copied)
     * @param labels the label of each batch point, its nearest centroid before the update (copied)
     * @param inertia the weighted sum of squared distances of the batch points to those centroids
     * @param weight the total weight of the batch
     * @param centroids the centroids after the update and any reassignment, k rows of d values (copied)
     * @param counts the total weight each centroid has received so far, after this batch (copied)
     * @param reassigned the clusters whose centroid was moved to a batch point because they had
     *     received too little weight, ascending (copied; usually empty)
     */
    record BatchProcessed(long batch, int[] rows, int[] labels, double inertia, double weight, double[][] centroids,
                          double[] counts, int[] reassigned) {

        /**
         * Copies the arrays.
         *
         * @param batch the number of this batch, from 1
         * @param rows which rows made the batch; copied
         * @param labels the label of each batch point; copied
         * @param inertia the weighted sum of squared distances of the batch points to their centroids
         * @param weight the total weight of the batch
         * @param centroids the centroids after the update, k rows of d values; copied
         * @param counts the total weight each centroid has received so far; copied
         * @param reassigned the clusters whose centroid was moved to a batch point; copied
         * @throws IllegalArgumentException if an array or a centroid is null
         */
        public BatchProcessed {
            if (rows == null || labels == null || centroids == null || counts == null || reassigned == null) {
                throw new IllegalArgumentException("rows, labels, centroids, counts and reassigned must not be null");
            }
            rows = rows.clone();
            labels = labels.clone();
            centroids = deepCopy(centroids);
            counts = counts.clone();
            reassigned = reassigned.clone();
        }

        /** {@return the number of points in the batch} */
        public int size() {
            return labels.length;
        }

        /** {@return a copy of the rows} */
        @Override
        public int[] rows() {
            return rows.clone();
        }

        /** {@return a copy of the labels} */
        @Override
        public int[] labels() {
            return labels.clone();
        }

        /** {@return a copy of the centroids} */
        @Override
        public double[][] centroids() {
            return deepCopy(centroids);
        }

        /** {@return a copy of the counts} */
        @Override
        public double[] counts() {
            return counts.clone();
        }

        /** {@return a copy of the reassigned clusters} */
        @Override
        public int[] reassigned() {
            return reassigned.clone();
        }

        private static double[][] deepCopy(double[][] rows) {
            double[][] out = new double[rows.length][];
            for (int j = 0; j < rows.length; j++) {
                if (rows[j] == null) {
                    throw new IllegalArgumentException("centroid " + j + " must not be null");
                }
                out[j] = rows[j].clone();
            }
            return out;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof BatchProcessed b && batch == b.batch && Arrays.equals(rows, b.rows)
                    && Arrays.equals(labels, b.labels) && Double.compare(inertia, b.inertia) == 0
                    && Double.compare(weight, b.weight) == 0 && Arrays.deepEquals(centroids, b.centroids)
                    && Arrays.equals(counts, b.counts) && Arrays.equals(reassigned, b.reassigned);
        }

        @Override
        public int hashCode() {
            return Objects.hash(batch, Arrays.hashCode(rows), Arrays.hashCode(labels), inertia, weight,
                    Arrays.deepHashCode(centroids), Arrays.hashCode(counts), Arrays.hashCode(reassigned));
        }

        @Override
        public String toString() {
            return "BatchProcessed[batch=" + batch + ", size=" + labels.length + ", inertia=" + inertia
                    + ", weight=" + weight + ", counts=" + Arrays.toString(counts)
                    + ", reassigned=" + Arrays.toString(reassigned) + "]";
        }
    }
}
