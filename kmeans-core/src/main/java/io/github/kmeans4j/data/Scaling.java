package io.github.kmeans4j.data;

import io.github.kmeans4j.Dataset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A fitted {@link Scaler}: one centre and one scale per column, mapping a value
 * {@code x ↦ (x − centre) / scale} ({@link #transform}) and back,
 * {@code y ↦ y · scale + centre} ({@link #inverse}). Immutable.
 *
 * <p>Typical use: fit on the data, cluster the transformed data, and report the centroids in the
 * data's own units:
 * <pre>{@code
 * Scaling scaling = Scaler.STANDARD.fit(data);
 * KMeansResult result = kmeans.fit(scaling.transform(data));
 * double[][] centroids = scaling.inverse(result.centroids());   // in the original units
 * }</pre>
 * New rows to label go through {@link #transform(double[])} before
 * {@link io.github.kmeans4j.KMeansResult#predict(double[])}.
 */
public final class Scaling {
    private final Scaler scaler;
    private final double[] centres;
    private final double[] scales;
    private final List<String> columnNames;

    Scaling(Scaler scaler, double[] centres, double[] scales, List<String> columnNames) {
        this.scaler = scaler;
        this.centres = centres;
        this.scales = scales;
        this.columnNames = List.copyOf(columnNames);
    }

    /**
     * A scaling from centres and scales already known (read back from a file, say).
     *
     * @param scaler the scaler the values come from
     * @param centres one centre per column, finite
     * @param scales one scale per column, finite and positive
     * @return the scaling, without column names
     * @throws IllegalArgumentException if an argument is null, the arrays are empty or differ in
     *     length, a centre is not finite, or a scale is not finite and positive
     */
    public static Scaling of(Scaler scaler, double[] centres, double[] scales) {
        if (scaler == null || centres == null || scales == null) {
            throw new IllegalArgumentException("scaler, centres and scales must not be null");
        }
        if (centres.length == 0 || centres.length != scales.length) {
            throw new IllegalArgumentException("need one centre and one scale per column, got " + centres.length
                    + " centres and " + scales.length + " scales");
        }
        for (int j = 0; j < centres.length; j++) {
            if (!Double.isFinite(centres[j])) {
                throw new IllegalArgumentException("centre of column " + j + " is " + centres[j]);
            }
            if (!(scales[j] > 0) || !Double.isFinite(scales[j])) {
                throw new IllegalArgumentException("scale of column " + j + " is " + scales[j]
                        + "; it must be finite and positive");
            }
        }
        return new Scaling(scaler, centres.clone(), scales.clone(), List.of());
    }

    /**
     * The scaler this scaling was fitted by.
     *
     * @return the scaler
     */
    public Scaler scaler() {
        return scaler;
    }

    /**
     * The number of columns.
     *
     * @return d
     */
    public int d() {
        return centres.length;
    }

    /**
     * The centre of each column (mean, minimum or median), in the data's units.
     *
     * @return a copy of the centres
     */
    public double[] centres() {
        return centres.clone();
    }

    /**
     * The scale of each column (standard deviation, range or interquartile range; 1 for a
     * column of one repeated value), in the data's units.
     *
     * @return a copy of the scales
     */
    public double[] scales() {
        return scales.clone();
    }

    /**
     * The column names of the data it was fitted on; empty when those had none.
     *
     * @return the names, unmodifiable
     */
    public List<String> columnNames() {
        return columnNames;
    }

    /**
     * Scales every row of {@code data}. Weights, column names and precision are kept.
     *
     * @param data rows with {@link #d()} columns
     * @return the scaled rows
     * @throws IllegalArgumentException if {@code data} is null or has another number of columns,
     *     or a scaled value exceeds the largest double (the message names row and column)
     */
    public Dataset transform(Dataset data) {
        return map(data, true);
    }

    /**
     * Maps every row of scaled data back to the original units. Weights, column names and
     * precision are kept.
     *
     * @param data scaled rows with {@link #d()} columns
     * @return the rows in the original units
     * @throws IllegalArgumentException if {@code data} is null or has another number of columns,
     *     or a value exceeds the largest double (the message names row and column)
     */
    public Dataset inverse(Dataset data) {
        return map(data, false);
    }

    /**
     * Scales one row, for instance a new point to label with a model fitted on scaled data.
     *
     * @param row {@link #d()} finite values
     * @return the scaled row, a new array
     * @throws IllegalArgumentException if {@code row} is null, of another length, or holds a
     *     value that is not finite or whose scaled value is not
     */
    public double[] transform(double[] row) {
        return mapRow(row, true, "row");
    }

    /**
     * Maps one scaled row back to the original units.
     *
     * @param row {@link #d()} finite scaled values
     * @return the row in the original units, a new array
     * @throws IllegalArgumentException if {@code row} is null, of another length, or holds a
     *     value that is not finite or whose result is not
     */
    public double[] inverse(double[] row) {
        return mapRow(row, false, "row");
    }

    /**
     * Maps rows of scaled values back to the original units: the centroids of a fit on scaled
     * data, typically.
     *
     * @param rows rows of {@link #d()} finite scaled values
     * @return new rows in the original units
     * @throws IllegalArgumentException if {@code rows} or a row is null, a row has another length,
     *     or a value or its result is not finite
     */
    public double[][] inverse(double[][] rows) {
        if (rows == null) {
            throw new IllegalArgumentException("rows must not be null");
        }
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = mapRow(rows[i], false, "row " + i);
        }
        return out;
    }

    private double[] mapRow(double[] row, boolean forward, String which) {
        if (row == null) {
            throw new IllegalArgumentException(which + " must not be null");
        }
        if (row.length != centres.length) {
            throw new IllegalArgumentException(which + " has " + row.length + " values; this scaling has "
                    + centres.length + " columns");
        }
        double[] out = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            if (!Double.isFinite(row[j])) {
                throw new IllegalArgumentException(which + ", column " + name(columnNames, j) + " is " + row[j]);
            }
            out[j] = apply(row[j], j, forward);
            if (!Double.isFinite(out[j])) {
                throw new IllegalArgumentException(which + ", column " + name(columnNames, j) + ": " + row[j]
                        + (forward ? " scaled" : " mapped back") + " exceeds the largest double");
            }
        }
        return out;
    }

    private double apply(double x, int j, boolean forward) {
        if (forward) {
            // halves first: x − centre may exceed the largest double where its half does not
            return Math.scalb((Math.scalb(x, -1) - Math.scalb(centres[j], -1)) / scales[j], 1);
        }
        return x * scales[j] + centres[j];
    }

    private Dataset map(Dataset data, boolean forward) {
        if (data == null) {
            throw new IllegalArgumentException("data must not be null");
        }
        if (data.d() != centres.length) {
            throw new IllegalArgumentException("data has " + data.d() + " columns; this scaling has "
                    + centres.length);
        }
        int n = data.n();
        int d = data.d();
        boolean single = data.precision() == Dataset.Precision.FLOAT;
        double[] values = single ? null : new double[n * d];
        float[] floats = single ? new float[n * d] : null;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double y = apply(data.get(i, j), j, forward);
                if (!Double.isFinite(y) || (single && Float.isInfinite((float) y))) {
                    throw new IllegalArgumentException("row " + i + ", column " + name(data.columnNames(), j) + ": "
                            + data.get(i, j) + (forward ? " scaled" : " mapped back") + " is " + y
                            + ", beyond the largest " + (single ? "float" : "double"));
                }
                if (single) {
                    floats[i * d + j] = (float) y;
                } else {
                    values[i * d + j] = y;
                }
            }
        }
        Dataset out = single ? Dataset.ofFloatsRowMajor(floats, d) : Dataset.ofRowMajor(values, d);
        if (data.hasWeights()) {
            out = out.withWeights(data.weights());
        }
        return data.columnNames().isEmpty() ? out : out.withColumnNames(data.columnNames());
    }

    /** A column as messages name it: its index, and its name when it has one. */
    static String name(List<String> names, int j) {
        return names.isEmpty() ? Integer.toString(j) : j + " (" + names.get(j) + ")";
    }

    @Override
    public String toString() {
        List<String> columns = new ArrayList<>();
        for (int j = 0; j < centres.length; j++) {
            columns.add(String.format(Locale.ROOT, "%s: centre %s, scale %s", name(columnNames, j),
                    centres[j], scales[j]));
        }
        return "Scaling[" + scaler + "; " + String.join("; ", columns) + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scaling s && s.scaler == scaler && Arrays.equals(s.centres, centres)
                && Arrays.equals(s.scales, scales) && s.columnNames.equals(columnNames);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * scaler.hashCode() + Arrays.hashCode(centres)) + Arrays.hashCode(scales);
    }
}
