package io.github.kmeans4j.viz;

import io.github.kmeans4j.Dataset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * How points of d dimensions are placed in the picture: on a line (one value per point) or in a
 * plane (two). An affine map {@code p = W (x - m)}, so the image of a cluster's mean is the mean of
 * its points' images. Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@link #line(Dataset, int)}: one column on a horizontal line (the 1-D view);</li>
 *   <li>{@link #columns(Dataset, int, int)}: two chosen columns as x and y;</li>
 *   <li>{@link #pca(Dataset)}: the first two principal components;</li>
 *   <li>{@link #auto(Dataset)}: the line for d = 1, the two columns for d = 2, PCA above.</li>
 * </ul>
 */
public final class Projection {

    /** PCA is fitted on at most this many rows, a seeded sample of the data. */
    static final int PCA_SAMPLE = 20_000;

    private final int d;
    private final int dimensions;
    private final double[] mean;
    private final double[] wx;
    private final double[] wy;
    private final String xLabel;
    private final String yLabel;
    private final boolean exact;
    private final String description;

    private Projection(int d, int dimensions, double[] mean, double[] wx, double[] wy, String xLabel,
                       String yLabel, boolean exact, String description) {
        this.d = d;
        this.dimensions = dimensions;
        this.mean = mean;
        this.wx = wx;
        this.wy = wy;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.exact = exact;
        this.description = description;
    }

    /**
     * The natural view of the data: {@link #line(Dataset, int) line} of column 0 for one
     * dimension, {@link #columns(Dataset, int, int) columns} 0 and 1 for two, {@link #pca(Dataset)
     * PCA} for more.
     *
     * @param data the data to picture
     * @return the projection for its number of dimensions
     * @throws IllegalArgumentException if {@code data} is null
     */
    public static Projection auto(Dataset data) {
        requireData(data);
        return data.d() == 1 ? line(data, 0) : data.d() == 2 ? columns(data, 0, 1) : pca(data);
    }

    /**
     * One column on a horizontal line.
     *
     * @param data the data to picture
     * @param column the column placed on the line, 0-based
     * @return the line projection
     * @throws IllegalArgumentException if {@code data} is null or {@code column} is not a column of it
     */
    public static Projection line(Dataset data, int column) {
        requireData(data);
        checkColumn(data, column, "column");
        double[] wx = new double[data.d()];
        wx[column] = 1;
        return new Projection(data.d(), 1, new double[data.d()], wx, new double[data.d()],
                columnName(data, column), "", data.d() == 1, "column " + columnName(data, column));
    }

    /**
     * Two columns of the data as the x and y axes.
     *
     * @param data the data to picture
     * @param x the column on the horizontal axis, 0-based
     * @param y the column on the vertical axis, 0-based
     * @return the projection on those two columns
     * @throws IllegalArgumentException if {@code data} is null, it has one column, a column index is
     *     out of range, or both are the same column
     */
    public static Projection columns(Dataset data, int x, int y) {
        requireData(data);
        if (data.d() < 2) {
            throw new IllegalArgumentException("two columns need data with at least 2 dimensions, d = " + data.d());
        }
        checkColumn(data, x, "x");
        checkColumn(data, y, "y");
        if (x == y) {
            throw new IllegalArgumentException("x and y must be different columns, both are " + x);
        }
        double[] wx = new double[data.d()];
        double[] wy = new double[data.d()];
        wx[x] = 1;
        wy[y] = 1;
        return new Projection(data.d(), 2, new double[data.d()], wx, wy, columnName(data, x), columnName(data, y),
                data.d() == 2, "columns " + columnName(data, x) + " and " + columnName(data, y));
    }

    /**
     * The first two principal components: the centred data projected on the two eigenvectors of
     * its covariance matrix with the largest eigenvalues (computed with EJML). Fitted on a seeded
     * sample of at most 20 000 rows; each axis label says the share of the total variance its
     * component explains. Each component's sign is fixed so that its largest coefficient is
     * positive, so the picture does not flip between runs.
     *
     * @param data the data to picture, of 2 or more dimensions
     * @return the projection on the first two principal components
     * @throws IllegalArgumentException if {@code data} is null or has fewer than 2 dimensions
     */
    public static Projection pca(Dataset data) {
        requireData(data);
        int d = data.d();
        if (d < 2) {
            throw new IllegalArgumentException("PCA needs data with at least 2 dimensions, d = " + d);
        }
        int[] rows = sampleRows(data.n(), PCA_SAMPLE, 0x9CA5EEDL);
        int m = rows.length;
        double[] mean = new double[d];
        DMatrixRMaj x = new DMatrixRMaj(m, d);
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < d; c++) {
                double v = data.get(rows[r], c);
                x.unsafe_set(r, c, v);
                mean[c] += v;
            }
        }
        for (int c = 0; c < d; c++) {
            mean[c] /= m;
        }
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < d; c++) {
                x.unsafe_set(r, c, x.unsafe_get(r, c) - mean[c]);
            }
        }
        DMatrixRMaj cov = new DMatrixRMaj(d, d);
        CommonOps_DDRM.multTransA(x, x, cov);
        CommonOps_DDRM.scale(1.0 / Math.max(1, m - 1), cov);
        double total = CommonOps_DDRM.trace(cov);

        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(d, true, true);
        if (!eig.decompose(cov.copy())) {
            throw new IllegalArgumentException("PCA failed: the covariance matrix could not be decomposed");
        }
        Integer[] order = new Integer[eig.getNumberOfEigenvalues()];
        double[] values = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            values[i] = eig.getEigenvalue(i).getReal();
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
        double[][] w = new double[2][];
        String[] labels = new String[2];
        for (int p = 0; p < 2; p++) {
            DMatrixRMaj v = eig.getEigenVector(order[p]);
            double[] vec = new double[d];
            int largest = 0;
            for (int c = 0; c < d; c++) {
                vec[c] = v == null ? (c == p ? 1 : 0) : v.get(c, 0);
                if (Math.abs(vec[c]) > Math.abs(vec[largest])) {
                    largest = c;
                }
            }
            double norm = 0;
            for (double value : vec) {
                norm += value * value;
            }
            norm = Math.sqrt(norm);
            double sign = vec[largest] < 0 ? -1 : 1;
            for (int c = 0; c < d; c++) {
                vec[c] = norm > 0 ? sign * vec[c] / norm : 0;
            }
            w[p] = vec;
            double share = total > 0 ? Math.max(0, values[order[p]]) / total : 0;
            labels[p] = String.format(Locale.ROOT, "PC%d (%.1f %% var.)", p + 1, 100 * share);
        }
        String how = m < data.n() ? " (fitted on a sample of " + m + " rows)" : "";
        return new Projection(d, 2, mean, w[0], w[1], labels[0], labels[1], false,
                "the first two principal components of " + d + " dimensions" + how);
    }

    /** {@return 1 for a line, 2 for a plane} */
    public int dimensions() {
        return dimensions;
    }

    /** {@return the number of data dimensions this projection takes} */
    public int inputDimensions() {
        return d;
    }

    /**
     * {@return the label of the horizontal axis: a column name made readable ({@code sepal_length_cm}
     * becomes "Sepal length (cm)"), or a component with its share of the variance}
     */
    public String xLabel() {
        return xLabel;
    }

    /** {@return the label of the vertical axis; empty for a line} */
    public String yLabel() {
        return yLabel;
    }

    /**
     * Whether the picture is the data itself (one column of 1-D data, or both columns of 2-D data).
     * When not, regions drawn in the picture are those of the projected centroids, which need not
     * match the clustering in the full space.
     *
     * @return true if the picture shows the data's own coordinates
     */
    public boolean isExact() {
        return exact;
    }

    /** {@return a short description, such as "the first two principal components of 64 dimensions"} */
    public String description() {
        return description;
    }

    /**
     * The image of one point: {x, y} (y is 0 for a line).
     *
     * @param point the data point; not modified
     * @return a new array {x, y} in the projection's coordinates
     * @throws IllegalArgumentException if the point is null or not of {@link #inputDimensions()} values
     */
    public double[] project(double[] point) {
        if (point == null || point.length != d) {
            throw new IllegalArgumentException("expected a point of " + d + " values, got "
                    + (point == null ? "null" : point.length + " values"));
        }
        return new double[] {dot(point, 0, wx), dimensions == 1 ? 0 : dot(point, 0, wy)};
    }

    /** x coordinate of a point stored at {@code offset} in a flat array. */
    double projectX(double[] flat, int offset) {
        return dot(flat, offset, wx);
    }

    /** y coordinate of a point stored at {@code offset} in a flat array (0 for a line). */
    double projectY(double[] flat, int offset) {
        return dimensions == 1 ? 0 : dot(flat, offset, wy);
    }

    /** Projects every row of the data into {xs, ys}. */
    float[][] projectAll(Dataset data) {
        int n = data.n();
        float[] xs = new float[n];
        float[] ys = new float[n];
        double[] row = new double[d];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < d; c++) {
                row[c] = data.get(i, c);
            }
            xs[i] = (float) dot(row, 0, wx);
            ys[i] = dimensions == 1 ? 0 : (float) dot(row, 0, wy);
        }
        return new float[][] {xs, ys};
    }

    private double dot(double[] point, int offset, double[] w) {
        double s = 0;
        for (int c = 0; c < d; c++) {
            if (w[c] != 0) {
                s += w[c] * (point[offset + c] - mean[c]);
            }
        }
        return s;
    }

    /** Sorted distinct row indices: all rows when n ≤ max, else a seeded sample of max rows. */
    static int[] sampleRows(int n, int max, long seed) {
        if (n <= max) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        // Selection sampling (Knuth's algorithm S): sorted output, one pass, no extra memory.
        SplittableRandom random = new SplittableRandom(seed);
        int[] out = new int[max];
        int chosen = 0;
        for (int i = 0; i < n && chosen < max; i++) {
            if (random.nextInt(n - i) < max - chosen) {
                out[chosen++] = i;
            }
        }
        return out;
    }

    private static String columnName(Dataset data, int column) {
        List<String> names = data.columnNames();
        return names.isEmpty() ? "x" + (column + 1) : Text.axisTitle(names.get(column));
    }

    private static void checkColumn(Dataset data, int column, String what) {
        if (column < 0 || column >= data.d()) {
            throw new IllegalArgumentException(what + " column " + column + " is out of range [0, " + data.d() + ")");
        }
    }

    private static void requireData(Dataset data) {
        if (data == null) {
            throw new IllegalArgumentException("data must not be null");
        }
    }

    @Override
    public String toString() {
        return "Projection[" + description + "]";
    }
}
