package io.github.kmeans4j.spark;

import java.io.Serializable;

/**
 * Up to {@link #MAX_VALUES} consecutive rows of one partition, row-major, with their weights: the
 * unit the kernel is run on, built once when the data are prepared and kept in Spark's cache.
 * Rows are numbered within their partition from {@link #firstInPartition}; the driver knows where
 * every partition starts, which gives each row its index in the whole data.
 */
final class RowBlock implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Values per block: the block's rows stay in cache while the kernel scores them. */
    static final int MAX_VALUES = 1 << 15;

    final int partition;
    final long firstInPartition;
    final int count;
    final int d;
    final double[] values;
    /** Null for unweighted data. */
    final double[] weights;

    RowBlock(int partition, long firstInPartition, int count, int d, double[] values, double[] weights) {
        this.partition = partition;
        this.firstInPartition = firstInPartition;
        this.count = count;
        this.d = d;
        this.values = values;
        this.weights = weights;
    }

    double weight(int i) {
        return weights == null ? 1.0 : weights[i];
    }

    /** How many rows of d values make a block. */
    static int rowsPerBlock(int d) {
        return Math.max(1, MAX_VALUES / d);
    }
}
