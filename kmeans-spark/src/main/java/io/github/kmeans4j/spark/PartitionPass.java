package io.github.kmeans4j.spark;

import io.github.kmeans4j.BlockAssigner;
import io.github.kmeans4j.ClusterTotals;
import io.github.kmeans4j.Kernel;
import java.io.Serializable;
import java.util.Arrays;

/**
 * One partition's share of an assignment pass: the label of each of its rows (per block) and the
 * totals of its rows, accumulated block by block in row order. The labels stay on the executor
 * (cached) for the next pass, which counts the rows that changed cluster; only the totals travel
 * to the driver.
 */
final class PartitionPass implements Serializable {
    private static final long serialVersionUID = 1L;

    final int[][] labels;
    final ClusterTotals totals;

    private PartitionPass(int[][] labels, ClusterTotals totals) {
        this.labels = labels;
        this.totals = totals;
    }

    /**
     * Assigns a partition's rows to the nearest of {@code centroids}.
     *
     * @param previous the partition's pass before this one, or null for the first pass
     */
    static PartitionPass assign(PartitionRows rows, PartitionPass previous, double[] centroids, int k, int d,
                                Kernel kernel) {
        ClusterTotals totals = new ClusterTotals(k, d);
        int[][] labels = new int[rows.blocks.length][];
        if (rows.blocks.length > 0) {
            BlockAssigner assigner = new BlockAssigner(centroids, k, d, kernel);
            for (int b = 0; b < rows.blocks.length; b++) {
                RowBlock block = rows.blocks[b];
                int[] l = previous == null ? filled(block.count) : previous.labels[b].clone();
                assigner.assign(block.values, block.weights, block.count, l, totals);
                labels[b] = l;
            }
        }
        return new PartitionPass(labels, totals);
    }

    private static int[] filled(int count) {
        int[] l = new int[count];
        Arrays.fill(l, -1);
        return l;
    }
}
