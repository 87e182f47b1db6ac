package io.github.kmeans4j.data;

import io.github.kmeans4j.Dataset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A {@link Dataset} with, when known, the true class of every point, the names of the classes and
 * the centres the points were generated around. Immutable: every factory copies what it is given
 * and every accessor that returns an array returns a fresh copy.
 *
 * <p>Classes are numbered {@code 0 … classCount() − 1}; {@code classNames().get(c)} names class
 * {@code c} (a species read from a CSV file, or a role such as {@code "left eye"} for a generator).
 * The labels are the truth to compare a clustering with, for example with an adjusted Rand index;
 * they are never given to k-means.
 */
public final class LabeledData {

    private final Dataset data;
    private final int[] labels;            // null when unlabeled
    private final List<String> classNames; // empty when unlabeled
    private final double[][] centers;      // null when there are none

    private LabeledData(Dataset data, int[] labels, List<String> classNames, double[][] centers) {
        this.data = data;
        this.labels = labels;
        this.classNames = classNames;
        this.centers = centers;
    }

    /**
     * Data without labels.
     *
     * @param data the points
     * @return the points with no labels, class names or centres
     * @throws IllegalArgumentException if {@code data} is null
     */
    public static LabeledData unlabeled(Dataset data) {
        checkData(data);
        return new LabeledData(data, null, List.of(), null);
    }

    /**
     * Data with one label per point; the classes are {@code 0 … max(labels)} and are named by their
     * numbers ({@code "0"}, {@code "1"}, …). The array is copied.
     *
     * @param data the points
     * @param labels the true class of every point, non-negative
     * @return the points with their labels
     * @throws IllegalArgumentException if an argument is null, the label count is not {@code n}, or
     *     a label is negative
     */
    public static LabeledData of(Dataset data, int[] labels) {
        checkData(data);
        checkLabelCount(data, labels);
        int max = -1;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                throw new IllegalArgumentException("label of row " + i + " is " + labels[i]
                        + "; labels must be non-negative");
            }
            max = Math.max(max, labels[i]);
        }
        List<String> names = new ArrayList<>(max + 1);
        for (int c = 0; c <= max; c++) {
            names.add(Integer.toString(c));
        }
        return new LabeledData(data, labels.clone(), Collections.unmodifiableList(names), null);
    }

    /**
     * Data with one label per point and a name per class: {@code labels[i]} indexes
     * {@code classNames}. The array and list are copied.
     *
     * @param data the points
     * @param labels the true class of every point, an index into {@code classNames}
     * @param classNames the name of each class, distinct and not null
     * @return the points with their labels and class names
     * @throws IllegalArgumentException if an argument is null, the label count is not {@code n}, a
     *     label is outside {@code [0, classNames.size())}, or a class name is null or repeated
     */
    public static LabeledData of(Dataset data, int[] labels, List<String> classNames) {
        checkData(data);
        checkLabelCount(data, labels);
        if (classNames == null) {
            throw new IllegalArgumentException("class names must not be null");
        }
        List<String> names = new ArrayList<>(classNames.size());
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < classNames.size(); c++) {
            String name = classNames.get(c);
            if (name == null) {
                throw new IllegalArgumentException("class name " + c + " is null");
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("class name \"" + name + "\" is given twice (class " + c + ")");
            }
            names.add(name);
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= names.size()) {
                throw new IllegalArgumentException("label of row " + i + " is " + labels[i]
                        + "; labels must be in [0, " + names.size() + ") for " + names.size() + " class names");
            }
        }
        return new LabeledData(data, labels.clone(), Collections.unmodifiableList(names), null);
    }

    private static void checkData(Dataset data) {
        if (data == null) {
            throw new IllegalArgumentException("data must not be null");
        }
    }

    private static void checkLabelCount(Dataset data, int[] labels) {
        if (labels == null) {
            throw new IllegalArgumentException("labels must not be null");
        }
        if (labels.length != data.n()) {
            throw new IllegalArgumentException("expected " + data.n() + " labels (one per row), got " + labels.length);
        }
    }

    /**
     * This labelled data with the centre of each class: {@code centers[c]} is the point class
     * {@code c} was generated around. The array is copied.
     *
     * @param centers one centre per class, {@code d} finite values each
     * @return a copy of this data that also holds the centres
     * @throws IllegalStateException if this data has no labels
     * @throws IllegalArgumentException if {@code centers} is null, does not have one row per class
     *     and {@code d} columns, or holds a value that is not finite
     */
    public LabeledData withCenters(double[][] centers) {
        if (labels == null) {
            throw new IllegalStateException("centres need labels: this data is unlabeled");
        }
        if (centers == null) {
            throw new IllegalArgumentException("centers must not be null");
        }
        if (centers.length != classCount()) {
            throw new IllegalArgumentException("expected " + classCount() + " centres (one per class), got "
                    + centers.length);
        }
        double[][] copy = new double[centers.length][];
        for (int c = 0; c < centers.length; c++) {
            if (centers[c] == null || centers[c].length != data.d()) {
                throw new IllegalArgumentException("centre " + c + " must have " + data.d() + " coordinates, has "
                        + (centers[c] == null ? "none (null)" : Integer.toString(centers[c].length)));
            }
            for (int j = 0; j < centers[c].length; j++) {
                if (!Double.isFinite(centers[c][j])) {
                    throw new IllegalArgumentException("centre " + c + ", coordinate " + j + " is " + centers[c][j]
                            + "; it must be finite");
                }
            }
            copy[c] = centers[c].clone();
        }
        return new LabeledData(data, labels, classNames, copy);
    }

    /** {@return the points (with their column names, when known)} */
    public Dataset data() {
        return data;
    }

    /** {@return the number of points} */
    public int n() {
        return data.n();
    }

    /** {@return the number of dimensions} */
    public int d() {
        return data.d();
    }

    /** {@return whether the true class of every point is known} */
    public boolean hasLabels() {
        return labels != null;
    }

    /**
     * A copy of the true classes, one per point, each in {@code [0, classCount())}.
     *
     * @return a copy of the labels, in row order
     * @throws IllegalStateException if this data has no labels
     */
    public int[] labels() {
        requireLabels();
        return labels.clone();
    }

    /**
     * The true class of point {@code row}.
     *
     * @param row the point's row, in [0, n)
     * @return its class, in {@code [0, classCount())}
     * @throws IllegalStateException if this data has no labels
     * @throws IllegalArgumentException if {@code row} is out of range
     */
    public int label(int row) {
        requireLabels();
        if (row < 0 || row >= labels.length) {
            throw new IllegalArgumentException("row " + row + " is out of range [0, " + labels.length + ")");
        }
        return labels[row];
    }

    /** {@return the number of classes: the size of {@link #classNames()}; 0 when unlabeled} */
    public int classCount() {
        return classNames.size();
    }

    /** {@return the class names, indexed by label; empty when unlabeled (unmodifiable)} */
    public List<String> classNames() {
        return classNames;
    }

    /**
     * How many points each class has: element {@code c} counts label {@code c}.
     *
     * @return a new array of {@code classCount()} sizes
     * @throws IllegalStateException if this data has no labels
     */
    public int[] classSizes() {
        requireLabels();
        int[] sizes = new int[classCount()];
        for (int label : labels) {
            sizes[label]++;
        }
        return sizes;
    }

    /** {@return whether the generating centres are known (generated blobs)} */
    public boolean hasCenters() {
        return centers != null;
    }

    /**
     * A copy of the generating centres, one row per class, {@code d} columns each.
     *
     * @return a copy of the centres
     * @throws IllegalStateException if there are none ({@link #hasCenters()} is false)
     */
    public double[][] centers() {
        if (centers == null) {
            throw new IllegalStateException("this data has no generating centres");
        }
        double[][] copy = new double[centers.length][];
        for (int c = 0; c < centers.length; c++) {
            copy[c] = centers[c].clone();
        }
        return copy;
    }

    /**
     * The same points restricted to the given columns, in the given order (0-based; a column may
     * repeat). Labels, class names and sample weights are kept; column names and centres are
     * restricted the same way. Useful to look at two columns of wider data, such as Iris's
     * sepal length and width.
     *
     * @param columns the 0-based columns to keep, in the order wanted
     * @return new labelled data of {@code columns.length} dimensions
     * @throws IllegalArgumentException if no column is given or a column is out of {@code [0, d)}
     */
    public LabeledData columns(int... columns) {
        if (columns == null || columns.length == 0) {
            throw new IllegalArgumentException("choose at least one column");
        }
        int d = data.d();
        for (int j = 0; j < columns.length; j++) {
            if (columns[j] < 0 || columns[j] >= d) {
                throw new IllegalArgumentException("column " + columns[j] + " (argument " + j
                        + ") is out of range [0, " + d + ")");
            }
        }
        double[] all = data.toRowMajorArray();
        int n = data.n();
        int m = columns.length;
        double[] chosen = new double[Math.multiplyExact(n, m)];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                chosen[i * m + j] = all[i * d + columns[j]];
            }
        }
        Dataset projected = data.precision() == Dataset.Precision.FLOAT
                ? Dataset.ofRowMajor(chosen, m).toFloats() : Dataset.ofRowMajor(chosen, m);
        if (!data.columnNames().isEmpty()) {
            String[] names = new String[m];
            for (int j = 0; j < m; j++) {
                names[j] = data.columnNames().get(columns[j]);
            }
            projected = projected.withColumnNames(names);
        }
        if (data.hasWeights()) {
            projected = projected.withWeights(data.weights());
        }
        double[][] projectedCenters = null;
        if (centers != null) {
            projectedCenters = new double[centers.length][m];
            for (int c = 0; c < centers.length; c++) {
                for (int j = 0; j < m; j++) {
                    projectedCenters[c][j] = centers[c][columns[j]];
                }
            }
        }
        return new LabeledData(projected, labels, classNames, projectedCenters);
    }

    private void requireLabels() {
        if (labels == null) {
            throw new IllegalStateException("this data has no labels");
        }
    }

    /** Equal when data, labels, class names and centres are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof LabeledData other && data.equals(other.data) && Arrays.equals(labels, other.labels)
                && classNames.equals(other.classNames) && Arrays.deepEquals(centers, other.centers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(data, Arrays.hashCode(labels), classNames, Arrays.deepHashCode(centers));
    }

    @Override
    public String toString() {
        return "LabeledData[n=" + n() + ", d=" + d()
                + (labels == null ? ", unlabeled" : ", classes=" + classNames)
                + (centers == null ? "" : ", with centres") + "]";
    }
}
