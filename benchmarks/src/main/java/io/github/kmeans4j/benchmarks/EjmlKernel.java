package io.github.kmeans4j.benchmarks;

import io.github.kmeans4j.internal.DistanceKernel;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * A matrix-product distance kernel for comparison, on EJML's dense row-major double matrices:
 * for a block of points {@code X} (rows × d), the product {@code P = X·Cᵀ} (rows × k) by
 * {@link CommonOps_DDRM#multTransB}, then per row the argmin of {@code ‖c_j‖² − 2·P[i][j]}, ties
 * to the lowest index. The same expanded form as the portable and vector kernels, with the dot
 * products left to a general matrix library.
 *
 * <p><b>Double only:</b> the pinned artifact is {@code org.ejml:ejml-ddense}; float data would
 * need {@code ejml-fdense}, so {@link #points(float[], int, int)} throws.
 *
 * <p>{@link #points(double[], int, int)} copies the data once into blocks of
 * {@link #blockRows(int)} rows (EJML matrices own their arrays, starting at index 0).
 * {@link #nearest} multiplies every block that overlaps {@code [from, to)}; callers that use
 * ranges made of whole blocks (as {@link KernelBenchmark} does) do no extra work.
 */
final class EjmlKernel implements DistanceKernel {
    static final EjmlKernel INSTANCE = new EjmlKernel();

    private EjmlKernel() {
    }

    /** Rows per block: the assignment pass's block size, about 32768 values, a multiple of 64. */
    static int blockRows(int d) {
        return Math.max(64, (1 << 15) / d / 64 * 64);
    }

    private record Blocks(DMatrixRMaj[] blocks, int rows, int n, int d) implements Points {
    }

    private record Prepared(DMatrixRMaj c, double[] norm, int k) implements Centroids {
    }

    @Override
    public String name() {
        return "ejml";
    }

    @Override
    public boolean exact() {
        return false;
    }

    @Override
    public Points points(double[] x, int n, int d) {
        int rows = blockRows(d);
        DMatrixRMaj[] blocks = new DMatrixRMaj[(n + rows - 1) / rows];
        for (int b = 0; b < blocks.length; b++) {
            int r = Math.min(rows, n - b * rows);
            blocks[b] = new DMatrixRMaj(r, d);
            System.arraycopy(x, b * rows * d, blocks[b].data, 0, r * d);
        }
        return new Blocks(blocks, rows, n, d);
    }

    @Override
    public Points points(float[] x, int n, int d) {
        throw new UnsupportedOperationException("the EJML kernel is double only (ejml-ddense)");
    }

    @Override
    public Centroids centroids(Points points, double[] centroids, int k) {
        int d = points.d();
        DMatrixRMaj c = new DMatrixRMaj(k, d);
        System.arraycopy(centroids, 0, c.data, 0, k * d);
        double[] norm = new double[k];
        for (int j = 0; j < k; j++) {
            double s = 0;
            for (int m = 0; m < d; m++) {
                double v = centroids[j * d + m];
                s += v * v;
            }
            norm[j] = s;
        }
        return new Prepared(c, norm, k);
    }

    @Override
    public void nearest(Points points, Centroids centroids, int from, int to, int[] labels) {
        Blocks p = (Blocks) points;
        Prepared c = (Prepared) centroids;
        int k = c.k();
        double[] norm = c.norm();
        DMatrixRMaj product = new DMatrixRMaj(p.rows(), k);
        for (int b = from / p.rows(); b * p.rows() < to; b++) {
            DMatrixRMaj block = p.blocks()[b];
            product.reshape(block.numRows, k);
            CommonOps_DDRM.multTransB(block, c.c(), product);
            int first = b * p.rows();
            int lo = Math.max(from, first);
            int hi = Math.min(to, first + block.numRows);
            double[] dots = product.data;
            for (int i = lo; i < hi; i++) {
                int row = (i - first) * k;
                double best = Double.POSITIVE_INFINITY;
                int label = 0;
                for (int j = 0; j < k; j++) {
                    double s = norm[j] - 2 * dots[row + j];
                    if (s < best) {
                        best = s;
                        label = j;
                    }
                }
                labels[i - from] = label;
            }
        }
    }
}
