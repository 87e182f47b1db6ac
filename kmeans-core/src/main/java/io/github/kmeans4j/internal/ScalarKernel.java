package io.github.kmeans4j.internal;

/**
 * The reference kernel: for every point and centroid, the squared differences summed in column
 * order, in double precision (float data is widened first). Obviously correct and slow; every
 * faster kernel is tested against it.
 */
public final class ScalarKernel implements DistanceKernel {
    /** The shared instance (stateless). */
    public static final ScalarKernel INSTANCE = new ScalarKernel();

    private ScalarKernel() {
    }

    private record DoublePoints(double[] x, int n, int d) implements Points {
    }

    private record FloatPoints(float[] x, int n, int d) implements Points {
    }

    private record Flat(double[] c, int k) implements Centroids {
    }

    @Override
    public String name() {
        return "scalar";
    }

    @Override
    public boolean exact() {
        return true;
    }

    @Override
    public Points points(double[] x, int n, int d) {
        return new DoublePoints(x, n, d);
    }

    @Override
    public Points points(float[] x, int n, int d) {
        return new FloatPoints(x, n, d);
    }

    @Override
    public Centroids centroids(Points points, double[] centroids, int k) {
        return new Flat(centroids, k);
    }

    @Override
    public void nearest(Points points, Centroids centroids, int from, int to, int[] labels) {
        Flat c = (Flat) centroids;
        int d = points.d();
        if (points instanceof DoublePoints p) {
            for (int i = from; i < to; i++) {
                labels[i - from] = Nearest.nearest(p.x(), i * d, c.c(), c.k(), d);
            }
        } else {
            float[] x = ((FloatPoints) points).x();
            for (int i = from; i < to; i++) {
                int best = 0;
                double bestDistance = Double.POSITIVE_INFINITY;
                for (int j = 0; j < c.k(); j++) {
                    double sum = 0;
                    for (int m = 0; m < d; m++) {
                        double diff = (double) x[i * d + m] - c.c()[j * d + m];
                        sum += diff * diff;
                    }
                    if (sum < bestDistance) {
                        bestDistance = sum;
                        best = j;
                    }
                }
                labels[i - from] = best;
            }
        }
    }
}
