package io.github.kmeans4j.spark;

import io.github.kmeans4j.Algorithm;
import io.github.kmeans4j.AssignmentBackend;
import io.github.kmeans4j.BlockAssigner;
import io.github.kmeans4j.ClusterTotals;
import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.Kernel;
import io.github.kmeans4j.OversamplingRows;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;

/**
 * The rows of a fit spread over the partitions of a Spark RDD or DataFrame, assigned where they
 * live: an {@link AssignmentBackend} for {@link io.github.kmeans4j.KMeans#fit(AssignmentBackend,
 * io.github.kmeans4j.CancellationToken)}, so that a fit on a cluster runs the local fit's seeding,
 * loop, stop rules, repairs, restarts and events.
 *
 * <p>Building the backend reads the input once: each partition's rows are checked (finite values,
 * one dimension, weights finite and not negative; the first bad row is named by its index in the
 * whole data and its column) and copied into blocks of rows kept in Spark's cache. Each pass then
 * broadcasts the centroids, runs the library's kernel ({@link BlockAssigner}) over every block of
 * every partition, keeps the new labels in the cache for the next pass, and sends one
 * {@link ClusterTotals} per partition to the driver, where they are merged in partition order.
 * The same rows in the same partitions therefore give bit-identical results whatever the number
 * of executors and cores, and a task that Spark retries computes the same partition again.
 *
 * <p>Seeding draws from, and events and results describe, a fixed sample of at most
 * {@link Builder#sampleSize} rows, evenly spaced through the data in row order (all rows when
 * there are no more): a listener, a {@code RunRecorder} or an animation works on the sample,
 * while the inertia, cluster sizes and moved counts of events are those of all rows.
 *
 * <p>Close the backend to release the cached rows and labels. Not thread-safe: one fit at a time.
 */
public final class SparkBackend implements AssignmentBackend, AutoCloseable {
    private final JavaSparkContext spark;
    private final JavaRDD<PartitionRows> data;
    private final long[] starts;   // the first row of every partition, and n at the end
    private final double[] partitionWeights;   // the total weight of every partition's rows
    private final long n;
    private final int d;
    private final Kernel kernel;
    private final Dataset sample;
    private final long sampleSize;

    private final SparkJobs jobs;
    private SparkOversampling oversampling;
    private JavaRDD<PartitionPass> latest;
    private Broadcast<double[]> latestCentroids;
    private int latestK;
    private double latestInertia = Double.NaN;
    private int[] sampleLabels;

    SparkBackend(JavaSparkContext spark, JavaRDD<PartitionRows> data, long[] starts, double[] partitionWeights, int d,
                 Kernel kernel, Dataset sample, long sampleSize) {
        this.spark = spark;
        this.data = data;
        this.starts = starts;
        this.partitionWeights = partitionWeights;
        this.n = starts[starts.length - 1];
        this.d = d;
        this.kernel = kernel;
        this.sample = sample;
        this.sampleSize = sampleSize;
        this.jobs = new SparkJobs(spark);
    }

    /**
     * A builder: name the input with {@link Builder#rows} or {@link Builder#dataFrame}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public long n() {
        return n;
    }

    @Override
    public int d() {
        return d;
    }

    @Override
    public Dataset sample() {
        return sample;
    }

    @Override
    public Algorithm algorithm() {
        return Algorithm.LLOYD;
    }

    /**
     * k-means‖ seeds from all rows, each oversampling round one Spark job.
     *
     * @return the oversampling passes over every partition
     */
    @Override
    public OversamplingRows oversamplingRows() {
        if (oversampling == null) {
            oversampling = new SparkOversampling(spark, jobs, data, starts, partitionWeights, d, sampleSize);
        }
        return oversampling;
    }

    /** {@return the number of partitions the rows are spread over} */
    public int partitions() {
        return starts.length - 1;
    }

    /** Spark jobs of this backend are cancelled as soon as the fit is (see {@link SparkJobs}). */
    @Override
    public void watchCancellation(java.util.function.BooleanSupplier cancelled) {
        jobs.watch(cancelled);
    }

    @Override
    public void restart() {
        release();
    }

    @Override
    public void assign(double[] centroids, int k, ClusterTotals into) {
        Broadcast<double[]> broadcast = spark.broadcast(centroids.clone());
        int dim = d;
        Kernel kern = kernel;
        JavaRDD<PartitionPass> next = latest == null
                ? data.map(rows -> PartitionPass.assign(rows, null, broadcast.value(), k, dim, kern))
                : data.zip(latest).map(pair -> PartitionPass.assign(pair._1(), pair._2(), broadcast.value(), k, dim, kern));
        next.persist(StorageLevel.MEMORY_AND_DISK());
        next.rdd().localCheckpoint();   // the labels of pass t need not recompute passes 1..t-1
        List<ClusterTotals> parts = null;
        try {
            parts = jobs.run("an assignment pass", () -> next.map(pass -> pass.totals).collect());   // in partition order
        } finally {
            if (parts == null) {   // the pass failed or was cancelled: keep the latest completed one
                next.unpersist(false);
                broadcast.destroy();
            }
        }
        for (ClusterTotals part : parts) {
            into.merge(part);
        }
        release();
        latest = next;
        latestCentroids = broadcast;
        latestK = k;
        latestInertia = into.inertia();
        sampleLabels = null;
    }

    @Override
    public double latestInertia() {
        return latestInertia;
    }

    @Override
    public int[] sampleLabels() {
        if (latestCentroids == null) {
            throw new IllegalStateException("no pass has run since the fit (re)started");
        }
        if (sampleLabels == null) {
            sampleLabels = labelsOf(latestCentroids.value(), latestK);
        }
        return sampleLabels;
    }

    /** The sample's labels for the latest pass's centroids, computed on the driver when first read. */
    @Override
    public java.util.function.Supplier<int[]> sampleLabelsOnDemand() {
        double[] centroids = latestCentroids.value();   // the driver's own copy, never modified
        int k = latestK;
        return () -> labelsOf(centroids, k);
    }

    private int[] labelsOf(double[] centroids, int k) {
        int[] labels = new int[sample.n()];
        Arrays.fill(labels, -1);
        new BlockAssigner(centroids, k, d, kernel).assign(sample.toRowMajorArray(),
                sample.hasWeights() ? sample.weights() : null, sample.n(), labels, new ClusterTotals(k, d));
        return labels;
    }

    @Override
    public List<RepairRow> repairCandidates(int empty, int k) {
        int wanted = 2 * empty + k;
        Broadcast<double[]> centroids = latestCentroids;
        int dim = d;
        JavaRDD<PartitionPass> pass = latest;
        List<List<RepairCandidate>> perPartition = jobs.run("the search for rows to repair empty clusters",
                () -> data.zip(pass).map(pair -> farthest(pair._1(), pair._2(), centroids.value(), dim, wanted)).collect());
        List<RepairRow> all = new ArrayList<>();
        for (List<RepairCandidate> list : perPartition) {
            for (RepairCandidate c : list) {
                long row = starts[c.partition()] + c.rowInPartition();
                all.add(new RepairRow(row, sampleIndex(row), c.label(), c.weight(), c.squaredDistance(), c.values()));
            }
        }
        all.sort(Comparator.comparingDouble(RepairRow::squaredDistance).reversed().thenComparingLong(RepairRow::row));
        return new ArrayList<>(all.subList(0, Math.min(wanted, all.size())));
    }

    /** The {@code wanted} rows of a partition farthest from their centroid, farthest first, ties to the lowest row. */
    private static List<RepairCandidate> farthest(PartitionRows rows, PartitionPass pass, double[] centroids, int d,
                                                  int wanted) {
        // head: the least wanted so far (nearest, then highest row)
        PriorityQueue<RepairCandidate> heap = new PriorityQueue<>(wanted + 1,
                Comparator.comparingDouble(RepairCandidate::squaredDistance)
                        .thenComparing(Comparator.comparingLong(RepairCandidate::rowInPartition).reversed()));
        for (int b = 0; b < rows.blocks.length; b++) {
            RowBlock block = rows.blocks[b];
            int[] labels = pass.labels[b];
            for (int i = 0; i < block.count; i++) {
                double w = block.weight(i);
                int label = labels[i];
                double s = 0;
                for (int m = 0; m < d; m++) {
                    double diff = block.values[i * d + m] - centroids[label * d + m];
                    s += diff * diff;
                }
                // a full heap keeps a row only if it is farther than the head (rows come in order,
                // so an equal distance loses the tie): only then is the row copied
                if (w > 0 && s > 0 && (heap.size() < wanted || s > heap.peek().squaredDistance())) {
                    heap.add(new RepairCandidate(rows.partition, block.firstInPartition + i, label, w, s,
                            Arrays.copyOfRange(block.values, i * d, i * d + d)));
                    if (heap.size() > wanted) {
                        heap.poll();
                    }
                }
            }
        }
        List<RepairCandidate> out = new ArrayList<>(heap);
        out.sort(Comparator.comparingDouble(RepairCandidate::squaredDistance).reversed()
                .thenComparingLong(RepairCandidate::rowInPartition));
        return out;
    }

    /** The index in the sample of row {@code row} of the whole data, or −1 if the sample skips it. */
    int sampleIndex(long row) {
        return SampleRows.indexOf(row, n, sampleSize);
    }

    /** Releases the labels and centroids of the latest pass. */
    private void release() {
        if (latest != null) {
            latest.unpersist(false);
            latest = null;
        }
        if (latestCentroids != null) {
            latestCentroids.destroy();
            latestCentroids = null;
        }
        sampleLabels = null;
        latestInertia = Double.NaN;
    }

    /** Releases the cached rows and the labels of the latest pass. */
    @Override
    public void close() {
        release();
        if (oversampling != null) {
            oversampling.release();
        }
        data.unpersist(false);
    }

    @Override
    public String toString() {
        return "SparkBackend[n=" + n + ", d=" + d + ", partitions=" + partitions() + ", kernel=" + kernel
                + ", sample=" + sample.n() + "]";
    }

    /** Configures and prepares a {@link SparkBackend}. */
    public static final class Builder {
        private JavaRDD<?> rows;
        private PartitionRows.Reader<?> reader;
        private boolean weighted;
        private String what = "row";
        private Kernel kernel = Kernel.AUTO;
        private int sampleSize = 10_000;

        private Builder() {
        }

        /**
         * Unweighted rows.
         *
         * @param rows the rows, each an array of d finite values (not modified)
         * @return this builder
         * @throws IllegalArgumentException if rows is null
         */
        public Builder rows(JavaRDD<double[]> rows) {
            if (rows == null) {
                throw new IllegalArgumentException("rows must not be null");
            }
            this.rows = rows;
            this.reader = (PartitionRows.Reader<double[]>) (values, out) -> {
                if (values == null) {
                    return "the row is null";
                }
                out.values = values;
                out.weight = 1.0;
                return null;
            };
            this.weighted = false;
            this.what = "row";
            return this;
        }

        /**
         * The rows of a DataFrame: its column {@code featuresCol} holds each row's values, as an
         * ML {@code Vector} or an array of numbers; {@code weightCol}, if not null, a numeric
         * column, holds each row's weight.
         *
         * @param frame the DataFrame
         * @param featuresCol the name of the features column
         * @param weightCol the name of the weight column, or null for weight 1 each
         * @return this builder
         * @throws IllegalArgumentException if an argument is null, a column is missing, or a
         *     column's type is not one of those
         */
        public Builder dataFrame(org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> frame, String featuresCol,
                                 String weightCol) {
            FrameColumns columns = FrameColumns.of(frame, featuresCol, weightCol);
            this.rows = columns.rows();
            this.reader = columns.reader();
            this.weighted = weightCol != null;
            this.what = "column \"" + featuresCol + "\"" + (weightCol == null ? "" : " or \"" + weightCol + "\"");
            return this;
        }

        /**
         * The distance kernel of every pass (default {@link Kernel#AUTO}: each executor chooses
         * as a local fit does).
         *
         * @param kernel the kernel
         * @return this builder
         * @throws IllegalArgumentException if kernel is null
         */
        public Builder kernel(Kernel kernel) {
            if (kernel == null) {
                throw new IllegalArgumentException("kernel must not be null");
            }
            this.kernel = kernel;
            return this;
        }

        /**
         * How many rows the sample holds at most (default 10 000): seeding draws from it, and
         * events and results give its labels.
         *
         * @param sampleSize at least 1
         * @return this builder
         * @throws IllegalArgumentException if sampleSize is below 1
         */
        public Builder sampleSize(int sampleSize) {
            if (sampleSize < 1) {
                throw new IllegalArgumentException("sampleSize must be at least 1, was " + sampleSize);
            }
            this.sampleSize = sampleSize;
            return this;
        }

        /**
         * Reads and checks the input once, caches its rows in blocks, and collects the sample.
         *
         * @return the backend
         * @throws IllegalStateException if no input was named
         * @throws IllegalArgumentException if the input has no rows, or a row is not a finite
         *     vector of the common dimension, or a weight is negative or not finite: the message
         *     names the column and the row's index in the whole data
         */
        public SparkBackend build() {
            if (rows == null) {
                throw new IllegalStateException("name the input with rows(...) or dataFrame(...) first");
            }
            return Preparation.prepare(rows, reader, weighted, what, kernel, sampleSize);
        }
    }
}
