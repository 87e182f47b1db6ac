package io.github.kmeans4j.internal;

/**
 * The scalar {@link CentroidDistances}: for each row, four centroids at a time, each with its
 * own sum taken in column order, so that four independent chains of additions overlap instead of
 * one waiting on the next.
 */
public final class ScalarCentroidDistances implements CentroidDistances {
    /** The shared instance (stateless). */
    public static final ScalarCentroidDistances INSTANCE = new ScalarCentroidDistances();

    private ScalarCentroidDistances() {
    }

    /** The centroids as given, row-major (a copy). */
    private record Plain(double[] c, int k, int d) implements Centroids {
    }

    @Override
    public Centroids centroids(double[] c, int k, int d) {
        Nearest.checkShape(c.length, k, d);
        return new Plain(c.clone(), k, d);
    }

    @Override
    public void distances(double[] x, int[] rows, int count, Centroids prepared, double[] out) {
        Plain p = (Plain) prepared;
        for (int q = 0; q < count; q++) {
            one(x, null, rows[q] * p.d(), p, out, q * p.k());
        }
    }

    @Override
    public void distances(float[] x, int[] rows, int count, Centroids prepared, double[] out) {
        Plain p = (Plain) prepared;
        for (int q = 0; q < count; q++) {
            one(null, x, rows[q] * p.d(), p, out, q * p.k());
        }
    }

    /** One row (of {@code xd}, or of {@code xf} when that is null) against every centroid. */
    private static void one(double[] xd, float[] xf, int row, Plain p, double[] out, int at) {
        double[] c = p.c();
        int k = p.k();
        int d = p.d();
        int j = 0;
        for (; j + 4 <= k; j += 4) {
            int o0 = j * d;
            int o1 = o0 + d;
            int o2 = o1 + d;
            int o3 = o2 + d;
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int m = 0; m < d; m++) {
                double v = xd != null ? xd[row + m] : xf[row + m];
                double e0 = v - c[o0 + m];
                double e1 = v - c[o1 + m];
                double e2 = v - c[o2 + m];
                double e3 = v - c[o3 + m];
                s0 += e0 * e0;
                s1 += e1 * e1;
                s2 += e2 * e2;
                s3 += e3 * e3;
            }
            out[at + j] = s0;
            out[at + j + 1] = s1;
            out[at + j + 2] = s2;
            out[at + j + 3] = s3;
        }
        for (; j < k; j++) {
            int o = j * d;
            double s = 0;
            for (int m = 0; m < d; m++) {
                double e = (xd != null ? xd[row + m] : xf[row + m]) - c[o + m];
                s += e * e;
            }
            out[at + j] = s;
        }
    }
}
