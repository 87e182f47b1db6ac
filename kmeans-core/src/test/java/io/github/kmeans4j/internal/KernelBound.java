package io.github.kmeans4j.internal;

/**
 * The tests' own statement of the expanded-form kernels' error bound ({@link DistanceKernel}),
 * computed from the data as a kernel stores them (rounded to float for float data).
 */
public final class KernelBound {
    private KernelBound() {
    }

    /** Per column, the smallest and the largest of the n rows' values: {min, max}. */
    private static double[][] box(double[] x, int n, int d) {
        double[] min = new double[d];
        double[] max = new double[d];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            for (int m = 0; m < d; m++) {
                min[m] = Math.min(min[m], x[i * d + m]);
                max[m] = Math.max(max[m], x[i * d + m]);
            }
        }
        return new double[][] {min, max};
    }

    /** Per column, the midpoint of the smallest and the largest of the n rows' values (0 for n = 0). */
    public static double[] boxCentre(double[] x, int n, int d) {
        double[][] box = box(x, n, d);
        double[] centre = new double[d];
        for (int m = 0; m < d && n > 0; m++) {
            centre[m] = (box[0][m] + box[1][m]) / 2;
        }
        return centre;
    }

    /**
     * {@code 16·(d + 3)·u·(3·H² + max_j ‖c_j − m‖²)}: how much farther than the nearest centroid a
     * fast kernel's label may be, with m the centre of the bounding box of the n rows of
     * {@code x} and H half its diagonal; {@code c} holds k centroid rows.
     */
    public static double spread(double[] x, int n, int d, double[] c, int k, double u) {
        double[][] box = box(x, n, d);
        double[] centre = boxCentre(x, n, d);
        double halfDiagonal = 0;
        for (int m = 0; m < d; m++) {
            double half = (box[1][m] - box[0][m]) / 2;
            halfDiagonal += half * half;
        }
        double maxCentroid = 0;
        for (int j = 0; j < k; j++) {
            double s = 0;
            for (int m = 0; m < d; m++) {
                double diff = c[j * d + m] - centre[m];
                s += diff * diff;
            }
            maxCentroid = Math.max(maxCentroid, s);
        }
        return 16 * (d + 3) * u * (3 * halfDiagonal + maxCentroid);
    }
}
