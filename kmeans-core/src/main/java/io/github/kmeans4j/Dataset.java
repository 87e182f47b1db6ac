package io.github.kmeans4j;

import io.github.kmeans4j.internal.ArrayLimits;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An immutable table of {@code n} points in {@code d} dimensions ({@code n ≥ 1}, {@code d ≥ 1}),
 * stored row-major in one flat array, with optional column names and optional non-negative
 * sample weights.
 *
 * <p>Every factory copies what it is given and validates it: the rows must be rectangular and
 * every value finite. Errors are {@link IllegalArgumentException}s whose message names the row
 * and column at fault. Every accessor that returns an array returns a fresh copy, so nothing a
 * caller holds can change a dataset and a dataset never changes a caller's array.
 *
 * <p>Precision: a dataset stores doubles ({@link #of(double[][])}) or floats
 * ({@link #ofFloats(float[][])}). Float storage halves the memory and lets the distance kernels
 * compute in single precision, about twice as fast on wide data; sums, means and inertia are
 * still accumulated in double, and centroids are always double.
 *
 * <p>Weights: a weighted point counts as {@code weight} identical points in means, inertia and
 * seeding (as scikit-learn's {@code sample_weight}); a point of weight 0 still receives a label
 * but influences nothing. Use them, for example, to cluster the distinct colours of an image
 * weighted by how often each occurs.
 */
public final class Dataset {

    /** How a dataset stores its values. */
    public enum Precision {
        /** 64-bit IEEE 754 values. */
        DOUBLE,
        /** 32-bit IEEE 754 values: half the memory; the kernels may compute in single precision. */
        FLOAT
    }

    private final int n;
    private final int d;
    private final double[] values;           // null for float storage
    private final float[] floats;            // null for double storage
    private final double[] weights;          // null when unweighted
    private final List<String> columnNames;  // empty when unnamed

    private Dataset(int n, int d, double[] values, float[] floats, double[] weights, List<String> columnNames) {
        this.n = n;
        this.d = d;
        this.values = values;
        this.floats = floats;
        this.weights = weights;
        this.columnNames = columnNames;
    }

    private Dataset with(double[] newWeights, List<String> newNames) {
        return new Dataset(n, d, values, floats, newWeights, newNames);
    }

    /**
     * A dataset from rows: {@code rows[i]} is point {@code i}. The array is copied.
     *
     * @param rows the points, one row of d values each
     * @return a double-precision dataset of {@code rows.length} points, unweighted and unnamed
     * @throws IllegalArgumentException if {@code rows} is null or empty, a row is null or empty,
     *     rows differ in length, or a value is NaN or infinite
     */
    public static Dataset of(double[][] rows) {
        int d = rectangularWidth(rows);
        double[] values = new double[size(rows.length, d)];
        flatten(rows, values, d);
        checkFinite(values, d);
        return new Dataset(rows.length, d, values, null, null, List.of());
    }

    /**
     * n·d as an array length.
     *
     * @throws IllegalArgumentException if it exceeds {@link ArrayLimits#MAX_VALUES}
     */
    static int size(int n, int d) {
        long values = (long) n * d;
        if (values > ArrayLimits.MAX_VALUES) {
            throw new IllegalArgumentException(n + " rows of " + d + " values are " + values
                    + " values, more than a dataset holds (" + ArrayLimits.MAX_VALUES + ")");
        }
        return (int) values;
    }

    /**
     * The common width of {@code rows}, an array of primitive arrays.
     *
     * @throws IllegalArgumentException if rows are null, empty, hold a null row or differ in length
     */
    private static int rectangularWidth(Object[] rows) {
        if (rows == null) {
            throw new IllegalArgumentException("data must not be null");
        }
        if (rows.length == 0) {
            throw new IllegalArgumentException("data must have at least one row, was empty");
        }
        if (rows[0] == null) {
            throw new IllegalArgumentException("row 0 is null");
        }
        int d = Array.getLength(rows[0]);
        if (d == 0) {
            throw new IllegalArgumentException("rows must have at least one column, row 0 is empty");
        }
        for (int i = 1; i < rows.length; i++) {
            if (rows[i] == null) {
                throw new IllegalArgumentException("row " + i + " is null");
            }
            int length = Array.getLength(rows[i]);
            if (length != d) {
                throw new IllegalArgumentException("ragged data: row " + i + " has " + length
                        + " columns but row 0 has " + d);
            }
        }
        return d;
    }

    /** Copies checked rows, one after another, into the flat primitive array {@code values}. */
    private static void flatten(Object[] rows, Object values, int d) {
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, values, i * d, d);
        }
    }

    /**
     * A single-precision dataset from rows: {@code rows[i]} is point {@code i}. The array is copied.
     *
     * @param rows the points, one row of d values each
     * @return a single-precision dataset of {@code rows.length} points, unweighted and unnamed
     * @throws IllegalArgumentException as {@link #of(double[][])}
     */
    public static Dataset ofFloats(float[][] rows) {
        int d = rectangularWidth(rows);
        float[] values = new float[size(rows.length, d)];
        flatten(rows, values, d);
        checkFinite(values, d);
        return new Dataset(rows.length, d, null, values, null, List.of());
    }

    /**
     * A single-precision dataset from a flat row-major array. The array is copied.
     *
     * @param values the points one after the other, {@code d} values each
     * @param d the number of dimensions, at least 1
     * @return a single-precision dataset of {@code values.length / d} points
     * @throws IllegalArgumentException as {@link #ofRowMajor(double[], int)}
     */
    public static Dataset ofFloatsRowMajor(float[] values, int d) {
        if (values == null) {
            throw new IllegalArgumentException("data must not be null");
        }
        checkShape(values.length, d);
        float[] copy = values.clone();
        checkFinite(copy, d);
        return new Dataset(copy.length / d, d, null, copy, null, List.of());
    }

    private static void checkShape(int length, int d) {
        if (d < 1) {
            throw new IllegalArgumentException("dimension d must be at least 1, was " + d);
        }
        if (length == 0) {
            throw new IllegalArgumentException("data must have at least one row, was empty");
        }
        if (length % d != 0) {
            throw new IllegalArgumentException("flat data of length " + length
                    + " is not a whole number of rows of " + d + " columns");
        }
    }

    /**
     * A dataset from a flat row-major array: value {@code (i, j)} is {@code values[i * d + j]}.
     * The array is copied.
     *
     * @param values the points one after the other, {@code d} values each
     * @param d the number of dimensions, at least 1
     * @return a double-precision dataset of {@code values.length / d} points
     * @throws IllegalArgumentException if {@code values} is null or empty, {@code d < 1}, the
     *     length is not a multiple of {@code d}, or a value is NaN or infinite
     */
    public static Dataset ofRowMajor(double[] values, int d) {
        if (values == null) {
            throw new IllegalArgumentException("data must not be null");
        }
        checkShape(values.length, d);
        double[] copy = values.clone();
        checkFinite(copy, d);
        return new Dataset(copy.length / d, d, copy, null, null, List.of());
    }

    /**
     * A one-dimensional dataset: each value is a point on a line. The array is copied.
     *
     * @param values the points, one value each
     * @return a dataset of {@code values.length} points of one dimension
     * @throws IllegalArgumentException if {@code values} is null or empty or holds NaN or infinity
     */
    public static Dataset ofValues(double... values) {
        return ofRowMajor(values, 1);
    }

    private static void checkFinite(double[] values, int d) {
        for (int p = 0; p < values.length; p++) {
            if (!Double.isFinite(values[p])) {
                throw new IllegalArgumentException("value at row " + (p / d) + ", column " + (p % d)
                        + " is " + values[p] + "; every value must be finite");
            }
        }
    }

    private static void checkFinite(float[] values, int d) {
        for (int p = 0; p < values.length; p++) {
            if (!Float.isFinite(values[p])) {
                throw new IllegalArgumentException("value at row " + (p / d) + ", column " + (p % d)
                        + " is " + values[p] + "; every value must be finite");
            }
        }
    }

    /** {@return how the values are stored} */
    public Precision precision() {
        return floats != null ? Precision.FLOAT : Precision.DOUBLE;
    }

    /**
     * This dataset stored in single precision, each value rounded to the nearest float; itself if
     * already so. Weights and column names are kept.
     *
     * @return the same points in single precision
     * @throws IllegalArgumentException if a value is too large for a float (the message names it)
     */
    public Dataset toFloats() {
        if (floats != null) {
            return this;
        }
        float[] rounded = new float[values.length];
        for (int p = 0; p < values.length; p++) {
            rounded[p] = (float) values[p];
        }
        checkFinite(rounded, d);
        return new Dataset(n, d, null, rounded, weights, columnNames);
    }

    /** {@return this dataset stored in double precision (exactly); itself if already so} */
    public Dataset toDoubles() {
        if (values != null) {
            return this;
        }
        double[] widened = new double[floats.length];
        for (int p = 0; p < floats.length; p++) {
            widened[p] = floats[p];
        }
        return new Dataset(n, d, widened, null, weights, columnNames);
    }

    /**
     * This dataset with column names (one per column, each non-null), for captions and axis labels.
     *
     * @param names one name per column; the array is copied
     * @return a dataset of the same points, named
     * @throws IllegalArgumentException if the count is not {@code d} or a name is null
     */
    public Dataset withColumnNames(String... names) {
        if (names == null) {
            throw new IllegalArgumentException("column names must not be null");
        }
        return withColumnNames(Arrays.asList(names));
    }

    /**
     * This dataset with column names, as {@link #withColumnNames(String...)}.
     *
     * @param names one name per column; the list is copied
     * @return a dataset of the same points, named
     * @throws IllegalArgumentException if the count is not {@code d} or a name is null
     */
    public Dataset withColumnNames(List<String> names) {
        if (names == null) {
            throw new IllegalArgumentException("column names must not be null");
        }
        if (names.size() != d) {
            throw new IllegalArgumentException("expected " + d + " column names, got " + names.size());
        }
        List<String> copy = new ArrayList<>(names.size());
        for (int j = 0; j < names.size(); j++) {
            String name = names.get(j);
            if (name == null) {
                throw new IllegalArgumentException("column name " + j + " is null");
            }
            copy.add(name);
        }
        return with(weights, Collections.unmodifiableList(copy));
    }

    /**
     * This dataset with one sample weight per point. The array is copied.
     *
     * @param sampleWeights one weight per point, finite and 0 or more, not all 0
     * @return a dataset of the same points, weighted
     * @throws IllegalArgumentException if the length is not {@code n}, a weight is negative, NaN
     *     or infinite, or all weights are zero
     */
    public Dataset withWeights(double[] sampleWeights) {
        if (sampleWeights == null) {
            throw new IllegalArgumentException("sample weights must not be null");
        }
        if (sampleWeights.length != n) {
            throw new IllegalArgumentException("expected " + n + " sample weights (one per row), got "
                    + sampleWeights.length);
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            double w = sampleWeights[i];
            if (!Double.isFinite(w) || w < 0) {
                throw new IllegalArgumentException("sample weight of row " + i + " is " + w
                        + "; weights must be finite and non-negative");
            }
            total += w;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("sample weights must not all be zero");
        }
        if (total == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("the sample weights add up to more than " + Double.MAX_VALUE
                    + " (the largest double); scale them down, only their ratios matter");
        }
        return with(sampleWeights.clone(), columnNames);
    }

    /** {@return this dataset without weights (every point weighs 1)} */
    public Dataset withoutWeights() {
        return weights == null ? this : with(null, columnNames);
    }

    /** {@return the number of points (rows)} */
    public int n() {
        return n;
    }

    /** {@return the number of dimensions (columns)} */
    public int d() {
        return d;
    }

    /**
     * The value of point {@code row} in column {@code column}.
     *
     * @param row the point, in [0, n)
     * @param column the column, in [0, d)
     * @return the value, widened to double if stored as a float
     * @throws IllegalArgumentException if either index is out of range
     */
    public double get(int row, int column) {
        checkRow(row);
        if (column < 0 || column >= d) {
            throw new IllegalArgumentException("column " + column + " is out of range [0, " + d + ")");
        }
        return at(row * d + column);
    }

    /**
     * A copy of point {@code row}.
     *
     * @param row the point, in [0, n)
     * @return a new array of its d values
     * @throws IllegalArgumentException if {@code row} is out of range
     */
    public double[] row(int row) {
        checkRow(row);
        double[] out = new double[d];
        copyRow(row, out, 0);
        return out;
    }

    /** {@return a copy of all rows as a new {@code n × d} array} */
    public double[][] toArray() {
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = new double[d];
            copyRow(i, rows[i], 0);
        }
        return rows;
    }

    /** {@return a copy of the data as one row-major array of length {@code n * d} (widened if stored as floats)} */
    public double[] toRowMajorArray() {
        if (values != null) {
            return values.clone();
        }
        double[] out = new double[floats.length];
        for (int p = 0; p < floats.length; p++) {
            out[p] = floats[p];
        }
        return out;
    }

    /**
     * A copy of column {@code column}.
     *
     * @param column the column, in [0, d)
     * @return a new array of its n values, in row order
     * @throws IllegalArgumentException if {@code column} is out of range
     */
    public double[] column(int column) {
        if (column < 0 || column >= d) {
            throw new IllegalArgumentException("column " + column + " is out of range [0, " + d + ")");
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = at(i * d + column);
        }
        return out;
    }

    /** {@return the column names, or an empty list when none were given (unmodifiable)} */
    public List<String> columnNames() {
        return columnNames;
    }

    /** {@return whether sample weights were given} */
    public boolean hasWeights() {
        return weights != null;
    }

    /**
     * The weight of point {@code row}: 1 when the dataset is unweighted.
     *
     * @param row the point, in [0, n)
     * @return its sample weight
     * @throws IllegalArgumentException if {@code row} is out of range
     */
    public double weight(int row) {
        checkRow(row);
        return weights == null ? 1.0 : weights[row];
    }

    /** {@return a copy of the sample weights; all ones when the dataset is unweighted} */
    public double[] weights() {
        if (weights == null) {
            double[] ones = new double[n];
            Arrays.fill(ones, 1.0);
            return ones;
        }
        return weights.clone();
    }

    private void checkRow(int row) {
        if (row < 0 || row >= n) {
            throw new IllegalArgumentException("row " + row + " is out of range [0, " + n + ")");
        }
    }

    /** The bounding box, computed by the first fit that needs it and kept: the values never change. */
    private volatile double[][] box;

    /**
     * The bounding box of the values, {@code {min, max}} per column (a fresh copy each call):
     * one pass over the data the first time, then kept, so that repeated fits of the same data
     * (restarts of a sweep, a benchmark) do not each read the whole data set on one thread first.
     */
    double[][] boundingBox() {
        double[][] b = box;
        if (b == null) {
            b = io.github.kmeans4j.internal.Centre.box(values, floats, n, d);
            box = b;
        }
        return new double[][] {b[0].clone(), b[1].clone()};
    }

    /** The backing double array, or null for float storage; shared, for this module only: never modify. */
    double[] values() {
        return values;
    }

    /** The backing float array, or null for double storage; shared, for this module only: never modify. */
    float[] floatValues() {
        return floats;
    }

    /** The value at flat row-major index {@code p}, widened. */
    double at(int p) {
        return values != null ? values[p] : floats[p];
    }

    /** Copies row {@code row}, widened, into {@code out[offset..offset+d)}. */
    void copyRow(int row, double[] out, int offset) {
        if (values != null) {
            System.arraycopy(values, row * d, out, offset, d);
        } else {
            for (int m = 0; m < d; m++) {
                out[offset + m] = floats[row * d + m];
            }
        }
    }

    /** The backing weights or {@code null}, shared, for this module's algorithms only. */
    double[] weightsOrNull() {
        return weights;
    }

    /** Equal when shape, values, weights and column names are equal. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset other && n == other.n && d == other.d
                && Arrays.equals(values, other.values) && Arrays.equals(floats, other.floats)
                && Arrays.equals(weights, other.weights)
                && columnNames.equals(other.columnNames);
    }

    @Override
    public int hashCode() {
        return Objects.hash(n, d, Arrays.hashCode(values), Arrays.hashCode(floats), Arrays.hashCode(weights),
                columnNames);
    }

    @Override
    public String toString() {
        return "Dataset[n=" + n + ", d=" + d + (floats != null ? ", float" : "") + (weights != null ? ", weighted" : "")
                + (columnNames.isEmpty() ? "" : ", columns=" + columnNames) + "]";
    }
}
