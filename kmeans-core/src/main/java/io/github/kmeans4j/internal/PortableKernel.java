package io.github.kmeans4j.internal;

import java.util.Objects;

/**
 * Plain Java, register-tiled kernel using the expanded form: for every point it picks the
 * centroid with the smallest score {@code ‖c_j − m‖² − 2·(x − m)·(c_j − m)} (‖x − m‖² is the
 * same for every centroid, so it is dropped), m being the data's {@link Centre}.
 *
 * <p><b>Centring.</b> Data whose bounding box lies around the origin (every column's centre
 * within half its range of 0) are used in the caller's row-major array as is, with m = 0 (no
 * copy). Other data (a large common offset) are copied once per fit with m subtracted, in the
 * points' precision, so that the rounding error scales with the spread of the data, not with
 * their distance from the origin (see {@link DistanceKernel} for the bound). The centroids are
 * centred by the same m in {@link #centroids}, once per pass.
 *
 * <p>The inner loop computes a
 * tile of 2 points × 4 centroids with 8 independent accumulators, so each loaded coordinate is
 * used several times and the additions do not wait on each other; the last point of an odd
 * range and the last {@code k mod 4} centroids take narrower tiles. Every score is computed by
 * the same operations in the same order (a sum over the dimensions in index order, then
 * {@code ‖c‖² − 2·sum}) whichever tile it falls in, so identical centroid rows get identical
 * scores, and ties go to the lowest index because a score only replaces the best one when it is
 * strictly smaller.
 *
 * <p>Double points are computed in double. Float points are computed in float: the centred
 * values are rounded to float once (per fit for the points, per pass for the centroids), the
 * dot products accumulate in float, and ‖c − m‖² is summed in double and then rounded to float.
 * The error bound is that of {@link DistanceKernel} with the unit round-off of the precision
 * used; not {@link #exact()}.
 */
public final class PortableKernel implements DistanceKernel {
    /** The shared instance (stateless). */
    public static final PortableKernel INSTANCE = new PortableKernel();

    private PortableKernel() {
    }

    /** {@code x}: the rows minus {@code m}: the caller's array when m is 0, else a centred copy. */
    private record DoublePoints(double[] x, int n, int d, double[] m) implements Points {
    }

    /** {@code x}: the rows minus {@code m}: the caller's array when m is 0, else a centred copy. */
    private record FloatPoints(float[] x, int n, int d, double[] m) implements Points {
    }

    /** Row-major centroids and their squared norms, in double. */
    private record DoubleCentroids(double[] c, double[] norm, int k) implements Centroids {
    }

    /** Row-major centroids rounded to float, and their squared norms (summed in double) rounded to float. */
    private record FloatCentroids(float[] c, float[] norm, int k) implements Centroids {
    }

    @Override
    public String name() {
        return "portable";
    }

    @Override
    public boolean exact() {
        return false;
    }

    @Override
    public Points points(double[] x, int n, int d) {
        Nearest.checkShape(x.length, n, d);
        return points(x, n, d, n == 0 ? null : Centre.box(x, null, n, d));
    }

    @Override
    public Points points(double[] x, int n, int d, double[][] box) {
        Nearest.checkShape(x.length, n, d);
        Centre centre = n == 0 ? Centre.of(x, 0, d) : Centre.of(box);
        if (!centre.needed()) {
            return new DoublePoints(x, n, d, new double[d]);
        }
        double[] m = centre.point();
        double[] t = new double[n * d];
        for (int i = 0; i < n * d; i += d) {
            for (int j = 0; j < d; j++) {
                t[i + j] = x[i + j] - m[j];
            }
        }
        return new DoublePoints(t, n, d, m);
    }

    @Override
    public Points points(float[] x, int n, int d) {
        Nearest.checkShape(x.length, n, d);
        return points(x, n, d, n == 0 ? null : Centre.box(null, x, n, d));
    }

    @Override
    public Points points(float[] x, int n, int d, double[][] box) {
        Nearest.checkShape(x.length, n, d);
        Centre centre = n == 0 ? Centre.of(x, 0, d) : Centre.of(box);
        if (!centre.needed()) {
            return new FloatPoints(x, n, d, new double[d]);
        }
        double[] m = centre.point();
        float[] t = new float[n * d];
        for (int i = 0; i < n * d; i += d) {
            for (int j = 0; j < d; j++) {
                t[i + j] = (float) (x[i + j] - m[j]);
            }
        }
        return new FloatPoints(t, n, d, m);
    }

    @Override
    public Centroids centroids(Points points, double[] centroids, int k) {
        int d = points.d();
        if (points instanceof DoublePoints p) {
            double[] c = Centre.subtract(centroids, k, p.m());
            return new DoubleCentroids(c, Nearest.squaredNorms(c, k, d), k);
        }
        if (points instanceof FloatPoints p) {
            double[] centred = Centre.subtract(centroids, k, p.m());
            double[] norm = Nearest.squaredNorms(centred, k, d);
            float[] c = new float[k * d];
            for (int i = 0; i < k * d; i++) {
                c[i] = (float) centred[i];
            }
            float[] normF = new float[k];
            for (int j = 0; j < k; j++) {
                normF[j] = (float) norm[j];
            }
            return new FloatCentroids(c, normF, k);
        }
        throw new IllegalArgumentException("points were not prepared by the portable kernel: " + points);
    }

    @Override
    public void nearest(Points points, Centroids centroids, int from, int to, int[] labels) {
        Objects.checkFromToIndex(from, to, points.n());
        Objects.checkFromIndexSize(0, to - from, labels.length);
        if (points instanceof DoublePoints p && centroids instanceof DoubleCentroids c) {
            nearestDouble(p.x(), p.d(), c.c(), c.norm(), c.k(), from, to, labels);
        } else if (points instanceof FloatPoints p && centroids instanceof FloatCentroids c) {
            nearestFloat(p.x(), p.d(), c.c(), c.norm(), c.k(), from, to, labels);
        } else {
            throw new IllegalArgumentException("points and centroids were not prepared by the portable kernel "
                    + "for the same precision");
        }
    }

    // ---------------------------------------------------------------- double

    private static void nearestDouble(double[] x, int d, double[] c, double[] norm, int k, int from, int to,
                                      int[] labels) {
        int i = from;
        for (; i + 2 <= to; i += 2) {
            int r0 = i * d;
            int r1 = r0 + d;
            double best0 = Double.POSITIVE_INFINITY;
            double best1 = Double.POSITIVE_INFINITY;
            int label0 = 0;
            int label1 = 0;
            int j = 0;
            for (; j + 4 <= k; j += 4) {
                int c0 = j * d;
                int c1 = c0 + d;
                int c2 = c1 + d;
                int c3 = c2 + d;
                double s00 = 0;
                double s01 = 0;
                double s02 = 0;
                double s03 = 0;
                double s10 = 0;
                double s11 = 0;
                double s12 = 0;
                double s13 = 0;
                for (int m = 0; m < d; m++) {
                    double x0 = x[r0 + m];
                    double x1 = x[r1 + m];
                    double v0 = c[c0 + m];
                    double v1 = c[c1 + m];
                    double v2 = c[c2 + m];
                    double v3 = c[c3 + m];
                    s00 += x0 * v0;
                    s01 += x0 * v1;
                    s02 += x0 * v2;
                    s03 += x0 * v3;
                    s10 += x1 * v0;
                    s11 += x1 * v1;
                    s12 += x1 * v2;
                    s13 += x1 * v3;
                }
                double t;
                t = norm[j] - 2 * s00;
                if (t < best0) {
                    best0 = t;
                    label0 = j;
                }
                t = norm[j + 1] - 2 * s01;
                if (t < best0) {
                    best0 = t;
                    label0 = j + 1;
                }
                t = norm[j + 2] - 2 * s02;
                if (t < best0) {
                    best0 = t;
                    label0 = j + 2;
                }
                t = norm[j + 3] - 2 * s03;
                if (t < best0) {
                    best0 = t;
                    label0 = j + 3;
                }
                t = norm[j] - 2 * s10;
                if (t < best1) {
                    best1 = t;
                    label1 = j;
                }
                t = norm[j + 1] - 2 * s11;
                if (t < best1) {
                    best1 = t;
                    label1 = j + 1;
                }
                t = norm[j + 2] - 2 * s12;
                if (t < best1) {
                    best1 = t;
                    label1 = j + 2;
                }
                t = norm[j + 3] - 2 * s13;
                if (t < best1) {
                    best1 = t;
                    label1 = j + 3;
                }
            }
            for (; j < k; j++) {
                int c0 = j * d;
                double s0 = 0;
                double s1 = 0;
                for (int m = 0; m < d; m++) {
                    double v = c[c0 + m];
                    s0 += x[r0 + m] * v;
                    s1 += x[r1 + m] * v;
                }
                double t = norm[j] - 2 * s0;
                if (t < best0) {
                    best0 = t;
                    label0 = j;
                }
                t = norm[j] - 2 * s1;
                if (t < best1) {
                    best1 = t;
                    label1 = j;
                }
            }
            labels[i - from] = label0;
            labels[i + 1 - from] = label1;
        }
        for (; i < to; i++) {
            labels[i - from] = nearestDouble(x, i * d, d, c, norm, k);
        }
    }

    /** One point against all centroids: tiles of 1 point × 4 centroids, then single centroids. */
    private static int nearestDouble(double[] x, int r0, int d, double[] c, double[] norm, int k) {
        double best = Double.POSITIVE_INFINITY;
        int label = 0;
        int j = 0;
        for (; j + 4 <= k; j += 4) {
            int c0 = j * d;
            int c1 = c0 + d;
            int c2 = c1 + d;
            int c3 = c2 + d;
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int m = 0; m < d; m++) {
                double x0 = x[r0 + m];
                s0 += x0 * c[c0 + m];
                s1 += x0 * c[c1 + m];
                s2 += x0 * c[c2 + m];
                s3 += x0 * c[c3 + m];
            }
            double t;
            t = norm[j] - 2 * s0;
            if (t < best) {
                best = t;
                label = j;
            }
            t = norm[j + 1] - 2 * s1;
            if (t < best) {
                best = t;
                label = j + 1;
            }
            t = norm[j + 2] - 2 * s2;
            if (t < best) {
                best = t;
                label = j + 2;
            }
            t = norm[j + 3] - 2 * s3;
            if (t < best) {
                best = t;
                label = j + 3;
            }
        }
        for (; j < k; j++) {
            int c0 = j * d;
            double s = 0;
            for (int m = 0; m < d; m++) {
                s += x[r0 + m] * c[c0 + m];
            }
            double t = norm[j] - 2 * s;
            if (t < best) {
                best = t;
                label = j;
            }
        }
        return label;
    }

    // ---------------------------------------------------------------- float

    private static void nearestFloat(float[] x, int d, float[] c, float[] norm, int k, int from, int to,
                                     int[] labels) {
        int i = from;
        for (; i + 2 <= to; i += 2) {
            int r0 = i * d;
            int r1 = r0 + d;
            float best0 = Float.POSITIVE_INFINITY;
            float best1 = Float.POSITIVE_INFINITY;
            int label0 = 0;
            int label1 = 0;
            int j = 0;
            for (; j + 4 <= k; j += 4) {
                int c0 = j * d;
                int c1 = c0 + d;
                int c2 = c1 + d;
                int c3 = c2 + d;
                float s00 = 0;
                float s01 = 0;
                float s02 = 0;
                float s03 = 0;
                float s10 = 0;
                float s11 = 0;
                float s12 = 0;
                float s13 = 0;
                for (int m = 0; m < d; m++) {
                    float x0 = x[r0 + m];
                    float x1 = x[r1 + m];
                    float v0 = c[c0 + m];
                    float v1 = c[c1 + m];
                    float v2 = c[c2 + m];
                    float v3 = c[c3 + m];
                    s00 += x0 * v0;
                    s01 += x0 * v1;
                    s02 += x0 * v2;
                    s03 += x0 * v3;
                    s10 += x1 * v0;
                    s11 += x1 * v1;
                    s12 += x1 * v2;
                    s13 += x1 * v3;
                }
                float t;
                t = norm[j] - 2 * s00;
                if (t < best0) {
                    best0 = t;
                    label0 = j;
                }
                t = norm[j + 1] - 2 * s01;
                if (t < best0) {
                    best0 = t;
                    label0 = j + 1;
                }
                t = norm[j + 2] - 2 * s02;
                if (t < best0) {
                    best0 = t;
                    label0 = j + 2;
                }
                t = norm[j + 3] - 2 * s03;
                if (t < best0) {
                    best0 = t;
                    label0 = j + 3;
                }
                t = norm[j] - 2 * s10;
                if (t < best1) {
                    best1 = t;
                    label1 = j;
                }
                t = norm[j + 1] - 2 * s11;
                if (t < best1) {
                    best1 = t;
                    label1 = j + 1;
                }
                t = norm[j + 2] - 2 * s12;
                if (t < best1) {
                    best1 = t;
                    label1 = j + 2;
                }
                t = norm[j + 3] - 2 * s13;
                if (t < best1) {
                    best1 = t;
                    label1 = j + 3;
                }
            }
            for (; j < k; j++) {
                int c0 = j * d;
                float s0 = 0;
                float s1 = 0;
                for (int m = 0; m < d; m++) {
                    float v = c[c0 + m];
                    s0 += x[r0 + m] * v;
                    s1 += x[r1 + m] * v;
                }
                float t = norm[j] - 2 * s0;
                if (t < best0) {
                    best0 = t;
                    label0 = j;
                }
                t = norm[j] - 2 * s1;
                if (t < best1) {
                    best1 = t;
                    label1 = j;
                }
            }
            labels[i - from] = label0;
            labels[i + 1 - from] = label1;
        }
        for (; i < to; i++) {
            labels[i - from] = nearestFloat(x, i * d, d, c, norm, k);
        }
    }

    /** One point against all centroids: tiles of 1 point × 4 centroids, then single centroids. */
    private static int nearestFloat(float[] x, int r0, int d, float[] c, float[] norm, int k) {
        float best = Float.POSITIVE_INFINITY;
        int label = 0;
        int j = 0;
        for (; j + 4 <= k; j += 4) {
            int c0 = j * d;
            int c1 = c0 + d;
            int c2 = c1 + d;
            int c3 = c2 + d;
            float s0 = 0;
            float s1 = 0;
            float s2 = 0;
            float s3 = 0;
            for (int m = 0; m < d; m++) {
                float x0 = x[r0 + m];
                s0 += x0 * c[c0 + m];
                s1 += x0 * c[c1 + m];
                s2 += x0 * c[c2 + m];
                s3 += x0 * c[c3 + m];
            }
            float t;
            t = norm[j] - 2 * s0;
            if (t < best) {
                best = t;
                label = j;
            }
            t = norm[j + 1] - 2 * s1;
            if (t < best) {
                best = t;
                label = j + 1;
            }
            t = norm[j + 2] - 2 * s2;
            if (t < best) {
                best = t;
                label = j + 2;
            }
            t = norm[j + 3] - 2 * s3;
            if (t < best) {
                best = t;
                label = j + 3;
            }
        }
        for (; j < k; j++) {
            int c0 = j * d;
            float s = 0;
            for (int m = 0; m < d; m++) {
                s += x[r0 + m] * c[c0 + m];
            }
            float t = norm[j] - 2 * s;
            if (t < best) {
                best = t;
                label = j;
            }
        }
        return label;
    }
}
