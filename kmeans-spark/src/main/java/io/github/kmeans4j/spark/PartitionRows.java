package io.github.kmeans4j.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * One partition's rows as {@link RowBlock}s, built once and cached: the single element of its
 * partition in the backend's prepared data. Preparing also checks every row; the first problem
 * is kept as data (its row within the partition and what is wrong) rather than thrown, so that
 * the driver can name the row by its index in the whole data.
 */
final class PartitionRows implements Serializable {
    private static final long serialVersionUID = 1L;

    final int partition;
    final long rows;
    /** The total weight of the partition's rows, summed in row order. */
    final double weight;
    /** Per column, the least and the largest value of the partition's rows (null if it has none). */
    final double[] min;
    final double[] max;
    /** The dimension of the partition's rows, or −1 if it has none. */
    final int d;
    final RowBlock[] blocks;
    /** The first bad row within the partition, or −1. */
    final long problemRow;
    final String problem;

    private PartitionRows(int partition, long rows, double weight, double[] min, double[] max, int d,
                          RowBlock[] blocks, long problemRow, String problem) {
        this.partition = partition;
        this.min = min;
        this.max = max;
        this.rows = rows;
        this.weight = weight;
        this.d = d;
        this.blocks = blocks;
        this.problemRow = problemRow;
        this.problem = problem;
    }

    /** Stands for the partition's first row in a problem; the driver writes that row's index. */
    static final String FIRST_ROW = "{first row}";

    /** What the driver needs to know of a prepared partition: no rows travel. */
    record Summary(int partition, long rows, double weight, double[] min, double[] max, int d, long problemRow,
                   String problem) implements Serializable {
    }

    Summary summary() {
        return new Summary(partition, rows, weight, min, max, d, problemRow, problem);
    }

    /** One input row: its values and weight, or why it is not a row. */
    interface Reader<T> extends Serializable {
        /**
         * Reads {@code element} into {@code out}: returns null and sets {@code out.values} and
         * {@code out.weight}, or returns what is wrong with it.
         */
        String read(T element, ParsedRow out);
    }

    /** The reader's output slot, reused for every row. */
    static final class ParsedRow {
        double[] values;
        double weight = 1.0;
    }

    /**
     * Reads a partition's elements into blocks, stopping at the first problem.
     *
     * @param weighted whether the reader gives weights (else every weight is 1 and none is kept)
     */
    static <T> PartitionRows read(int partition, Iterator<T> elements, Reader<T> reader, boolean weighted) {
        List<RowBlock> blocks = new ArrayList<>();
        ParsedRow row = new ParsedRow();
        long count = 0;
        double total = 0;
        double[] min = null;
        double[] max = null;
        int d = -1;
        int perBlock = 0;
        double[] values = null;
        double[] weights = null;
        int filled = 0;
        while (elements.hasNext()) {
            String problem = reader.read(elements.next(), row);
            if (problem == null) {
                problem = check(row, d, weighted);
            }
            if (problem != null) {
                return new PartitionRows(partition, -1, 0, null, null, d, new RowBlock[0], count, problem);
            }
            if (d < 0) {
                d = row.values.length;
                perBlock = RowBlock.rowsPerBlock(d);
                min = row.values.clone();
                max = row.values.clone();
            }
            for (int m = 0; m < d; m++) {
                min[m] = Math.min(min[m], row.values[m]);
                max[m] = Math.max(max[m], row.values[m]);
            }
            if (values == null) {
                values = new double[perBlock * d];
                weights = weighted ? new double[perBlock] : null;
            }
            System.arraycopy(row.values, 0, values, filled * d, d);
            total += weighted ? row.weight : 1.0;
            if (weighted) {
                weights[filled] = row.weight;
            }
            filled++;
            count++;
            if (filled == perBlock) {
                blocks.add(new RowBlock(partition, count - filled, filled, d, values, weights));
                values = null;
                filled = 0;
            }
        }
        if (filled > 0) {
            blocks.add(new RowBlock(partition, count - filled, filled, d,
                    java.util.Arrays.copyOf(values, filled * d), weighted ? java.util.Arrays.copyOf(weights, filled) : null));
        }
        return new PartitionRows(partition, count, total, min, max, d, blocks.toArray(new RowBlock[0]), -1, null);
    }

    private static String check(ParsedRow row, int d, boolean weighted) {
        if (row.values == null || row.values.length == 0) {
            return "the features are empty";
        }
        if (d >= 0 && row.values.length != d) {
            return "the features have " + row.values.length + " values but " + FIRST_ROW + " has " + d;
        }
        for (int m = 0; m < row.values.length; m++) {
            if (!Double.isFinite(row.values[m])) {
                return "feature " + m + " is " + row.values[m] + "; every value must be finite";
            }
        }
        if (weighted && !(row.weight >= 0 && Double.isFinite(row.weight))) {
            return "the weight is " + row.weight + "; weights must be finite and not negative";
        }
        return null;
    }
}
