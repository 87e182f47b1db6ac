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
