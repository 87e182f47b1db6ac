package io.github.kmeans4j.metrics;

import java.util.Arrays;

/**
 * How many points each pair (class, cluster) shares: row r is the r-th smallest label of the
 * known classes, column c the c-th smallest predicted label, and {@code count(r, c)} the number of
 * points with both (scikit-learn's {@code contingency_matrix}). Stored sparsely, as its non-zero
 * cells, so that many classes and many clusters cost O(n) memory, not O(rows·columns). Immutable.
 */
public final class ContingencyTable {
    private final int[] classes;
    private final int[] clusters;
    private final int[] rowSums;
    private final int[] columnSums;
    private final int n;
    /** Non-zero cells in row-major order: keys row·columns + column, and their counts. */
    private final long[] cellKeys;
    private final int[] cellCounts;

    private ContingencyTable(int[] classes, int[] clusters, int[] rowSums, int[] columnSums, int n,
                             long[] cellKeys, int[] cellCounts) {
        this.classes = classes;
        this.clusters = clusters;
        this.rowSums = rowSums;
        this.columnSums = columnSums;
        this.n = n;
        this.cellKeys = cellKeys;
        this.cellCounts = cellCounts;
    }

    /**
     * The table of two labellings of the same points. O(n log n).
     *
     * @param truth the known class of every point, non-negative
     * @param predicted the cluster of every point, non-negative
     * @return the table counting the points of each (class, cluster) pair
     * @throws IllegalArgumentException if either is null or empty, their lengths differ, or a
     *     label is negative
     */
    public static ContingencyTable of(int[] truth, int[] predicted) {
        return of("contingency", truth, predicted);
    }

    static ContingencyTable of(String score, int[] truth, int[] predicted) {
        if (truth == null) {
            throw new IllegalArgumentException(score + ": truth must not be null");
        }
        if (truth.length == 0) {
            throw new IllegalArgumentException(score + ": truth must label at least one point, was empty");
        }
        if (predicted == null) {
            throw new IllegalArgumentException(score + ": predicted must not be null");
        }
        if (predicted.length != truth.length) {
            throw new IllegalArgumentException(score + ": predicted has " + predicted.length
                    + " labels but truth has " + truth.length + "; both must label the same points");
        }
        int n = truth.length;
        Labels rows = Labels.of(score, "truth", truth, n);
        Labels columns = Labels.of(score, "predicted", predicted, n);
        long width = columns.k();
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = rows.codes[i] * width + columns.codes[i];
        }
        Arrays.sort(keys);
        int cells = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                cells++;
            }
        }
        long[] cellKeys = new long[cells];
        int[] cellCounts = new int[cells];
        int cell = -1;
        for (int i = 0; i < n; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                cellKeys[++cell] = keys[i];
            }
            cellCounts[cell]++;
        }
        return new ContingencyTable(rows.values, columns.values, rows.counts, columns.counts, n, cellKeys,
                cellCounts);
    }

    /** {@return the number of points} */
    public int n() {
        return n;
    }

    /** {@return the number of rows: distinct class labels} */
    public int rows() {
        return classes.length;
    }

    /** {@return the number of columns: distinct predicted labels} */
    public int columns() {
        return clusters.length;
    }

    /** {@return a copy of the class label of each row, increasing} */
    public int[] classes() {
        return classes.clone();
    }

    /** {@return a copy of the predicted label of each column, increasing} */
    public int[] clusters() {
        return clusters.clone();
    }

    /** {@return a copy of the row sums: the size of each class} */
    public int[] rowSums() {
        return rowSums.clone();
    }

    /** {@return a copy of the column sums: the size of each cluster} */
    public int[] columnSums() {
        return columnSums.clone();
    }

    /** {@return how many cells are not zero} */
    public int nonZeroCells() {
        return cellKeys.length;
    }

    /**
     * The number of points of class {@code classes()[row]} in cluster {@code clusters()[column]}.
     *
     * @param row the row, in [0, {@link #rows()})
     * @param column the column, in [0, {@link #columns()})
     * @return the count of that cell, 0 or more
     * @throws IllegalArgumentException if row or column is out of range
     */
    public int count(int row, int column) {
        if (row < 0 || row >= rows()) {
            throw new IllegalArgumentException("row " + row + " is out of range [0, " + rows() + ")");
        }
        if (column < 0 || column >= columns()) {
            throw new IllegalArgumentException("column " + column + " is out of range [0, " + columns() + ")");
        }
        int at = Arrays.binarySearch(cellKeys, (long) row * columns() + column);
        return at >= 0 ? cellCounts[at] : 0;
    }

    /**
     * The whole table as a new {@code rows() × columns()} array.
     *
     * @return a new array whose element [r][c] is {@code count(r, c)}
     * @throws IllegalArgumentException if it would hold more than 2<sup>28</sup> cells
     */
    public int[][] toArray() {
        if ((long) rows() * columns() > 1 << 28) {
            throw new IllegalArgumentException("a dense " + rows() + " × " + columns()
                    + " table is too large; read it with count(row, column)");
        }
        int[][] out = new int[rows()][columns()];
        for (int c = 0; c < cellKeys.length; c++) {
            out[row(c)][column(c)] = cellCounts[c];
        }
        return out;
    }

    /** The row of non-zero cell c. */
    int row(int c) {
        return (int) (cellKeys[c] / columns());
    }

    /** The column of non-zero cell c. */
    int column(int c) {
        return (int) (cellKeys[c] % columns());
    }

    /** The count of non-zero cell c. */
    int cellCount(int c) {
        return cellCounts[c];
    }

    /** The size of the class of row r (shared array element, no copy). */
    int rowSum(int r) {
        return rowSums[r];
    }

    /** The size of the cluster of column c (no copy). */
    int columnSum(int c) {
        return columnSums[c];
    }

    @Override
    public String toString() {
        return "ContingencyTable[n=" + n + ", rows=" + rows() + ", columns=" + columns() + ", nonZeroCells="
                + nonZeroCells() + "]";
    }
}
