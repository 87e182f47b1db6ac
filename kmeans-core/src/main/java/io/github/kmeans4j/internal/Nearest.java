package io.github.kmeans4j.internal;

/**
 * The scalar reference distance routines: squared Euclidean distances summed in column order,
 * and the nearest centroid with ties to the lowest index. Kept simple on purpose: faster
 * kernels are tested against these.
 *
 * <p>Notation: {@code n} points, {@code d} dimensions, {@code k} centroids; points and centroids
 * are stored row-major in flat arrays, a row starting at {@code index * d}.
 */
public final class Nearest {
    private Nearest() {
    }

    /** {@code Σ_j (x[xOff + j] − c[cOff + j])²}. */
    public static double distanceSquared(double[] x, int xOff, double[] c, int cOff, int d) {
        double sum = 0;
        for (int j = 0; j < d; j++) {
            double diff = x[xOff + j] - c[cOff + j];
            sum += diff * diff;
        }
        return sum;
    }

    /**
     * Checks that a flat array of {@code length} values holds {@code n} rows of {@code d}.
     *
     * @throws IllegalArgumentException if not
     */
    public static void checkShape(int length, int n, int d) {
        if (n < 0 || d < 1 || (long) n * d > length) {
            throw new IllegalArgumentException("need n >= 0, d >= 1 and n*d <= " + length + ", got n=" + n
                    + ", d=" + d);
        }
    }

    /**
     * Checks that a flat array of {@code length} values holds {@code k ≥ 1} centroid rows of {@code d}.
     *
     * @throws IllegalArgumentException if not
     */
    public static void checkCentroids(int length, int k, int d) {
        if (k < 1 || (long) k * d > length) {
            throw new IllegalArgumentException("need k >= 1 and k*d <= " + length + ", got k=" + k + ", d=" + d);
        }
    }

    /**
     * The squared norm ‖c_j‖² of each of the {@code k} rows of {@code centroids}, summed in column
     * order in double: the term the expanded-form kernels add to −2x·c.
     *
     * @throws IllegalArgumentException if k is below 1 or the array is shorter than k rows
     */
    public static double[] squaredNorms(double[] centroids, int k, int d) {
        checkCentroids(centroids.length, k, d);
        double[] norm = new double[k];
        for (int j = 0; j < k; j++) {
            double s = 0;
            for (int m = 0; m < d; m++) {
                double v = centroids[j * d + m];
                s += v * v;
            }
            norm[j] = s;
        }
        return norm;
    }

    /** The index of the centroid nearest to the point at {@code x[xOff..xOff+d)}, ties to the lowest. */
    public static int nearest(double[] x, int xOff, double[] centroids, int k, int d) {
        int best = 0;
        double bestDistance = distanceSquared(x, xOff, centroids, 0, d);
        for (int j = 1; j < k; j++) {
            double dist = distanceSquared(x, xOff, centroids, j * d, d);
            if (dist < bestDistance) {
                bestDistance = dist;
                best = j;
            }
        }
        return best;
    }
}
