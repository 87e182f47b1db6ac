package io.github.kmeans4j.internal.vector;

import io.github.kmeans4j.internal.Centre;
import io.github.kmeans4j.internal.DistanceKernel;
import io.github.kmeans4j.internal.Nearest;
import java.util.Objects;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API ({@code jdk.incubator.vector}) kernel: the expanded form of
 * {@link io.github.kmeans4j.internal.PortableKernel} (smallest {@code ‖c_j‖² − 2·x·c_j}) with
 * points in the vector lanes.
 *
 * <p><b>Centring.</b> The data and the centroids are scored relative to the data's
 * {@link Centre} m: {@link #points} subtracts m from every value as it copies the data (once per
 * fit, in the points' precision) and {@link #centroids} subtracts it from the centroids (once per
 * pass), so the rounding error scales with the spread of the data, not with their distance from
 * the origin (see {@link DistanceKernel} for the bound).
 *
 * <p><b>Layout.</b> {@link #points} copies the data once per fit: blocks of {@code B} points
 * ({@code B} = two vectors of the preferred species, e.g. 16 doubles or 32 floats with AVX-512)
 * are stored transposed, so that for each block and each dimension {@code m} the {@code B}
 * values of coordinate {@code m} are consecutive; the {@code n mod B} points after the last full
 * block are stored row-major. {@link #centroids} stores groups of 4 centroids interleaved by
 * dimension (the 4 values of coordinate {@code m} consecutive), the last {@code k mod 4}
 * centroids row-major, and the squared norms.
 *
 * <p><b>Inner loop.</b> A register tile of 2 vectors of points × 4 centroids: per dimension two
 * vector loads, four broadcasts and eight fused multiply-adds into eight independent
 * accumulators. Each lane then compares {@code ‖c‖² − 2·acc} (one fused multiply-add) with its
 * best score and, where strictly smaller, takes the score and the centroid's index (a blend), so
 * ties keep the lowest index. The last {@code k mod 4} centroids are done one at a time. Points
 * outside full blocks (the ragged end of the data, or a range that does not start on a block
 * boundary) are done by scalar code with {@link Math#fma} in the same order, so every point's
 * score for a centroid is bit-identical whichever path computed it, and identical centroid rows
 * always get identical scores.
 *
 * <p><b>Precision.</b> Double points are computed in double; float points in float (centroids
 * rounded to float once per pass, ‖c‖² summed in double then rounded to float, float
 * accumulators). Not {@link #exact()}: the error bound is {@link DistanceKernel}'s.
 *
 * <p>Loaded only by {@code io.github.kmeans4j.internal.Kernels}, reflectively, after checking
 * that the JVM resolved {@code jdk.incubator.vector}; this package is not exported.
 */
public final class VectorKernel implements DistanceKernel {
    /** The shared instance (stateless). */
    public static final VectorKernel INSTANCE = new VectorKernel();

    private static final VectorSpecies<Double> DS = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> FS = FloatVector.SPECIES_PREFERRED;
    /** Lanes of a double vector. */
    private static final int DV = DS.length();
    /** Points per double block: two vectors. */
    private static final int DB = 2 * DV;
    /** Lanes of a float vector. */
    private static final int FV = FS.length();
    /** Points per float block: two vectors. */
    private static final int FB = 2 * FV;
    /** Points per piece of the copy of the data: a multiple of both block sizes. */
    private static final int PIECE_POINTS = 8192;

    private VectorKernel() {
    }

    /** The size in bits of the preferred double vector (at least 128 for this kernel to pay). */
    public static int preferredBits() {
        return DS.vectorBitSize();
    }

    /** Points of either precision, centred on {@code m}. */
    private sealed interface CentredPoints extends Points permits DoublePoints, FloatPoints {
        /** The centre subtracted from every row. */
        double[] m();
    }

    /**
     * {@code x}: the rows minus {@code m}, full blocks of {@code DB} points transposed, then the
     * remaining points row-major.
     */
    private record DoublePoints(double[] x, int n, int d, int full, double[] m) implements CentredPoints {
    }

    /**
     * {@code x}: the rows minus {@code m}, full blocks of {@code FB} points transposed, then the
     * remaining points row-major.
     */
    private record FloatPoints(float[] x, int n, int d, int full, double[] m) implements CentredPoints {
    }

    /** Groups of 4 centroids interleaved by dimension, then the last {@code k mod 4} row-major; norms. */
    private record DoubleCentroids(double[] c, double[] norm, int k) implements Centroids {
    }

    /** As {@link DoubleCentroids}, rounded to float; norms summed in double, then rounded. */
    private record FloatCentroids(float[] c, float[] norm, int k) implements Centroids {
    }

    @Override
    public String name() {
        return "vector";
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
        return points(x, n, d, box, Pieces.SEQUENTIAL);
    }

    @Override
    public Points points(double[] x, int n, int d, double[][] box, Pieces pieces) {
        Nearest.checkShape(x.length, n, d);
        double[] centre = (n == 0 ? Centre.of(x, 0, d) : Centre.of(box)).point();
        int full = n / DB * DB;
        double[] t = new double[n * d];
        pieces.run((n + PIECE_POINTS - 1) / PIECE_POINTS,
                p -> copy(x, t, d, centre, full, p * PIECE_POINTS, Math.min(n, (p + 1) * PIECE_POINTS)));
        return new DoublePoints(t, n, d, full, centre);
    }

    /** Rows {@code [from, to)} ({@code from} a multiple of {@code DB}) of {@code x}, centred, into the layout {@code t}. */
    private static void copy(double[] x, double[] t, int d, double[] centre, int full, int from, int to) {
        for (int b = from; b < Math.min(to, full); b += DB) {
            int base = b * d;
            for (int q = 0; q < DB; q++) {
                int row = (b + q) * d;
                for (int m = 0; m < d; m++) {
                    t[base + m * DB + q] = x[row + m] - centre[m];
                }
            }
        }
        for (int i = Math.max(from, full) * d; i < to * d; i += d) {
            for (int m = 0; m < d; m++) {
                t[i + m] = x[i + m] - centre[m];
            }
        }
    }

    @Override
    public Points points(float[] x, int n, int d) {
        Nearest.checkShape(x.length, n, d);
        return points(x, n, d, n == 0 ? null : Centre.box(null, x, n, d));
    }

    @Override
    public Points points(float[] x, int n, int d, double[][] box) {
        return points(x, n, d, box, Pieces.SEQUENTIAL);
    }

    @Override
    public Points points(float[] x, int n, int d, double[][] box, Pieces pieces) {
        Nearest.checkShape(x.length, n, d);
        double[] centre = (n == 0 ? Centre.of(x, 0, d) : Centre.of(box)).point();
        int full = n / FB * FB;
        float[] t = new float[n * d];
        pieces.run((n + PIECE_POINTS - 1) / PIECE_POINTS,
                p -> copy(x, t, d, centre, full, p * PIECE_POINTS, Math.min(n, (p + 1) * PIECE_POINTS)));
        return new FloatPoints(t, n, d, full, centre);
    }

    /** As {@link #copy(double[], double[], int, double[], int, int, int)} for float rows, {@code from} a multiple of {@code FB}. */
    private static void copy(float[] x, float[] t, int d, double[] centre, int full, int from, int to) {
        for (int b = from; b < Math.min(to, full); b += FB) {
            int base = b * d;
            for (int q = 0; q < FB; q++) {
                int row = (b + q) * d;
                for (int m = 0; m < d; m++) {
                    t[base + m * FB + q] = (float) (x[row + m] - centre[m]);
                }
            }
        }
        for (int i = Math.max(from, full) * d; i < to * d; i += d) {
            for (int m = 0; m < d; m++) {
                t[i + m] = (float) (x[i + m] - centre[m]);
            }
        }
    }

    @Override
    public Centroids centroids(Points points, double[] raw, int k) {
        int d = points.d();
        if (!(points instanceof CentredPoints p)) {
            throw new IllegalArgumentException("points were not prepared by the vector kernel: " + points);
        }
        double[] centroids = Centre.subtract(raw, k, p.m());
        double[] norm = Nearest.squaredNorms(centroids, k, d);
        int k4 = k & ~3;
        if (points instanceof DoublePoints) {
            double[] c = new double[k * d];
            for (int j = 0; j < k4; j++) {
                int base = (j & ~3) * d + (j & 3);
                for (int m = 0; m < d; m++) {
                    c[base + 4 * m] = centroids[j * d + m];
                }
            }
            System.arraycopy(centroids, k4 * d, c, k4 * d, (k - k4) * d);
            return new DoubleCentroids(c, norm, k);
        }
        if (points instanceof FloatPoints) {
            float[] c = new float[k * d];
            for (int j = 0; j < k4; j++) {
                int base = (j & ~3) * d + (j & 3);
                for (int m = 0; m < d; m++) {
                    c[base + 4 * m] = (float) centroids[j * d + m];
                }
            }
            for (int i = k4 * d; i < k * d; i++) {
                c[i] = (float) centroids[i];
            }
            float[] normF = new float[k];
            for (int j = 0; j < k; j++) {
                normF[j] = (float) norm[j];
            }
            return new FloatCentroids(c, normF, k);
        }
        throw new AssertionError(points);
    }

    @Override
    public void nearest(Points points, Centroids centroids, int from, int to, int[] labels) {
        Objects.checkFromToIndex(from, to, points.n());
        Objects.checkFromIndexSize(0, to - from, labels.length);
        if (points instanceof DoublePoints p && centroids instanceof DoubleCentroids c) {
            nearestDouble(p, c, from, to, labels);
        } else if (points instanceof FloatPoints p && centroids instanceof FloatCentroids c) {
            nearestFloat(p, c, from, to, labels);
        } else {
            throw new IllegalArgumentException("points and centroids were not prepared by the vector kernel "
                    + "for the same precision");
        }
    }

    // ---------------------------------------------------------------- double

    private static void nearestDouble(DoublePoints p, DoubleCentroids c, int from, int to, int[] labels) {
        double[] x = p.x();
        int d = p.d();
        int blockEnd = Math.min(to, p.full());
        double[] scratch = new double[DB];
        int i = from;
        while (i < to) {
            if (i % DB == 0 && i + DB <= blockEnd) {
                blockDouble(x, i * d, d, c.c(), c.norm(), c.k(), labels, i - from, scratch);
                i += DB;
            } else {
                int base;
                int stride;
                if (i < p.full()) {
                    base = (i - i % DB) * d + i % DB;
                    stride = DB;
                } else {
                    base = i * d;
                    stride = 1;
                }
                labels[i - from] = pointDouble(x, base, stride, d, c.c(), c.norm(), c.k());
                i++;
            }
        }
    }

    /** The block of {@code DB} points whose transposed values start at {@code x[base]}. */
    private static void blockDouble(double[] x, int base, int d, double[] c, double[] norm, int k,
                                    int[] labels, int out, double[] scratch) {
        DoubleVector best0 = DoubleVector.broadcast(DS, Double.POSITIVE_INFINITY);
        DoubleVector best1 = best0;
        DoubleVector label0 = DoubleVector.zero(DS);
        DoubleVector label1 = label0;
        int k4 = k & ~3;
        for (int j = 0; j < k4; j += 4) {
            int cb = j * d;
            DoubleVector a00 = DoubleVector.zero(DS);
            DoubleVector a01 = a00;
            DoubleVector a02 = a00;
            DoubleVector a03 = a00;
            DoubleVector a10 = a00;
            DoubleVector a11 = a00;
            DoubleVector a12 = a00;
            DoubleVector a13 = a00;
            for (int m = 0; m < d; m++) {
                int xo = base + m * DB;
                int co = cb + 4 * m;
                DoubleVector x0 = DoubleVector.fromArray(DS, x, xo);
                DoubleVector x1 = DoubleVector.fromArray(DS, x, xo + DV);
                DoubleVector c0 = DoubleVector.broadcast(DS, c[co]);
                DoubleVector c1 = DoubleVector.broadcast(DS, c[co + 1]);
                DoubleVector c2 = DoubleVector.broadcast(DS, c[co + 2]);
                DoubleVector c3 = DoubleVector.broadcast(DS, c[co + 3]);
                a00 = x0.fma(c0, a00);
                a10 = x1.fma(c0, a10);
                a01 = x0.fma(c1, a01);
                a11 = x1.fma(c1, a11);
                a02 = x0.fma(c2, a02);
                a12 = x1.fma(c2, a12);
                a03 = x0.fma(c3, a03);
                a13 = x1.fma(c3, a13);
            }
            DoubleVector s;
            VectorMask<Double> less;
            DoubleVector label;
            double nj;

            nj = norm[j];
            label = DoubleVector.broadcast(DS, j);
            s = a00.fma(-2.0, nj);
            less = s.compare(VectorOperators.LT, best0);
            best0 = best0.blend(s, less);
            label0 = label0.blend(label, less);
            s = a10.fma(-2.0, nj);
            less = s.compare(VectorOperators.LT, best1);
            best1 = best1.blend(s, less);
            label1 = label1.blend(label, less);

            nj = norm[j + 1];
            label = DoubleVector.broadcast(DS, j + 1);
            s = a01.fma(-2.0, nj);
            less = s.compare(VectorOperators.LT, best0);
            best0 = best0.blend(s, less);
            label0 = label0.blend(label, less);
            s = a11.fma(-2.0, nj);
            less = s.compare(VectorOperators.LT, best1);
            best1 = best1.blend(s, less);
            label1 = label1.blend(label, less);

            nj = norm[j + 2];
            label = DoubleVector.broadcast(DS, j + 2);
            s = a02.fma(-2.0, nj);
            less = s.compare(VectorOperators.LT, best0);
            best0 = best0.blend(s, less);
            label0 = label0.blend(label, less);
            s = a12.fma(-2.0, nj);
            less = s.compare(VectorOperators.LT, best1);
            best1 = best1.blend(s, less);
            label1 = label1.blend(label, less);

            nj = norm[j + 3];
            label = DoubleVector.broadcast(DS, j + 3);
            s = a03.fma(-2.0, nj);
            less = s.compare(VectorOperators.LT, best0);
            best0 = best0.blend(s, less);
            label0 = label0.blend(label, less);
            s = a13.fma(-2.0, nj);
            less = s.compare(VectorOperators.LT, best1);
            best1 = best1.blend(s, less);
            label1 = label1.blend(label, less);
        }
        for (int j = k4; j < k; j++) {
            int cb = j * d;
            DoubleVector a0 = DoubleVector.zero(DS);
            DoubleVector a1 = a0;
            for (int m = 0; m < d; m++) {
                int xo = base + m * DB;
                DoubleVector cm = DoubleVector.broadcast(DS, c[cb + m]);
                a0 = DoubleVector.fromArray(DS, x, xo).fma(cm, a0);
                a1 = DoubleVector.fromArray(DS, x, xo + DV).fma(cm, a1);
            }
            double nj = norm[j];
            DoubleVector label = DoubleVector.broadcast(DS, j);
            DoubleVector s = a0.fma(-2.0, nj);
            VectorMask<Double> less = s.compare(VectorOperators.LT, best0);
            best0 = best0.blend(s, less);
            label0 = label0.blend(label, less);
            s = a1.fma(-2.0, nj);
            less = s.compare(VectorOperators.LT, best1);
            best1 = best1.blend(s, less);
            label1 = label1.blend(label, less);
        }
        label0.intoArray(scratch, 0);
        label1.intoArray(scratch, DV);
        for (int q = 0; q < DB; q++) {
            labels[out + q] = (int) scratch[q];
        }
    }

    /**
     * One point, coordinate {@code m} at {@code x[base + m·stride]}, by the lane computation done
     * in scalar code: the same fused multiply-adds in the same order.
     */
    private static int pointDouble(double[] x, int base, int stride, int d, double[] c, double[] norm, int k) {
        int k4 = k & ~3;
        double best = Double.POSITIVE_INFINITY;
        int label = 0;
        for (int j = 0; j < k; j++) {
            int cb;
            int cStride;
            if (j < k4) {
                cb = (j & ~3) * d + (j & 3);
                cStride = 4;
            } else {
                cb = j * d;
                cStride = 1;
            }
            double a = 0;
            for (int m = 0; m < d; m++) {
                a = Math.fma(x[base + m * stride], c[cb + m * cStride], a);
            }
            double s = Math.fma(a, -2.0, norm[j]);
            if (s < best) {
                best = s;
                label = j;
            }
        }
        return label;
    }

    // ---------------------------------------------------------------- float

    private static void nearestFloat(FloatPoints p, FloatCentroids c, int from, int to, int[] labels) {
        float[] x = p.x();
        int d = p.d();
        int blockEnd = Math.min(to, p.full());
        int i = from;
        while (i < to) {
            if (i % FB == 0 && i + FB <= blockEnd) {
                blockFloat(x, i * d, d, c.c(), c.norm(), c.k(), labels, i - from);
                i += FB;
            } else {
                int base;
                int stride;
                if (i < p.full()) {
                    base = (i - i % FB) * d + i % FB;
                    stride = FB;
                } else {
                    base = i * d;
                    stride = 1;
                }
                labels[i - from] = pointFloat(x, base, stride, d, c.c(), c.norm(), c.k());
                i++;
            }
        }
    }

    /**
     * The block of {@code FB} points whose transposed values start at {@code x[base]}, as
     * {@link #blockDouble}. The best index per lane is kept as the bits of a float (blends move
     * bits unchanged), so any int index is exact and the labels are stored without conversion.
     */
    private static void blockFloat(float[] x, int base, int d, float[] c, float[] norm, int k,
                                   int[] labels, int out) {
        FloatVector best0 = FloatVector.broadcast(FS, Float.POSITIVE_INFINITY);
        FloatVector best1 = best0;
        FloatVector label0 = FloatVector.zero(FS);
        FloatVector label1 = label0;
        int k4 = k & ~3;
        for (int j = 0; j < k4; j += 4) {
            int cb = j * d;
            FloatVector a00 = FloatVector.zero(FS);
            FloatVector a01 = a00;
            FloatVector a02 = a00;
            FloatVector a03 = a00;
            FloatVector a10 = a00;
            FloatVector a11 = a00;
            FloatVector a12 = a00;
            FloatVector a13 = a00;
            for (int m = 0; m < d; m++) {
                int xo = base + m * FB;
                int co = cb + 4 * m;
                FloatVector x0 = FloatVector.fromArray(FS, x, xo);
                FloatVector x1 = FloatVector.fromArray(FS, x, xo + FV);
                FloatVector c0 = FloatVector.broadcast(FS, c[co]);
                FloatVector c1 = FloatVector.broadcast(FS, c[co + 1]);
                FloatVector c2 = FloatVector.broadcast(FS, c[co + 2]);
                FloatVector c3 = FloatVector.broadcast(FS, c[co + 3]);
                a00 = x0.fma(c0, a00);
                a10 = x1.fma(c0, a10);
                a01 = x0.fma(c1, a01);
                a11 = x1.fma(c1, a11);
                a02 = x0.fma(c2, a02);
                a12 = x1.fma(c2, a12);
                a03 = x0.fma(c3, a03);
                a13 = x1.fma(c3, a13);
            }
            FloatVector s;
            VectorMask<Float> less;
            FloatVector label;
            float nj;

            nj = norm[j];
            label = FloatVector.broadcast(FS, Float.intBitsToFloat(j));
            s = a00.fma(-2.0f, nj);
            less = s.compare(VectorOperators.LT, best0);
            best0 = best0.blend(s, less);
            label0 = label0.blend(label, less);
            s = a10.fma(-2.0f, nj);
            less = s.compare(VectorOperators.LT, best1);
            best1 = best1.blend(s, less);
            label1 = label1.blend(label, less);

            nj = norm[j + 1];
            label = FloatVector.broadcast(FS, Float.intBitsToFloat(j + 1));
            s = a01.fma(-2.0f, nj);
            less = s.compare(VectorOperators.LT, best0);
            best0 = best0.blend(s, less);
            label0 = label0.blend(label, less);
            s = a11.fma(-2.0f, nj);
            less = s.compare(VectorOperators.LT, best1);
            best1 = best1.blend(s, less);
            label1 = label1.blend(label, less);

            nj = norm[j + 2];
            label = FloatVector.broadcast(FS, Float.intBitsToFloat(j + 2));
            s = a02.fma(-2.0f, nj);
            less = s.compare(VectorOperators.LT, best0);
            best0 = best0.blend(s, less);
            label0 = label0.blend(label, less);
            s = a12.fma(-2.0f, nj);
            less = s.compare(VectorOperators.LT, best1);
            best1 = best1.blend(s, less);
            label1 = label1.blend(label, less);

            nj = norm[j + 3];
            label = FloatVector.broadcast(FS, Float.intBitsToFloat(j + 3));
            s = a03.fma(-2.0f, nj);
            less = s.compare(VectorOperators.LT, best0);
            best0 = best0.blend(s, less);
            label0 = label0.blend(label, less);
            s = a13.fma(-2.0f, nj);
            less = s.compare(VectorOperators.LT, best1);
            best1 = best1.blend(s, less);
            label1 = label1.blend(label, less);
        }
        for (int j = k4; j < k; j++) {
            int cb = j * d;
            FloatVector a0 = FloatVector.zero(FS);
            FloatVector a1 = a0;
            for (int m = 0; m < d; m++) {
                int xo = base + m * FB;
                FloatVector cm = FloatVector.broadcast(FS, c[cb + m]);
                a0 = FloatVector.fromArray(FS, x, xo).fma(cm, a0);
                a1 = FloatVector.fromArray(FS, x, xo + FV).fma(cm, a1);
            }
            float nj = norm[j];
            FloatVector label = FloatVector.broadcast(FS, Float.intBitsToFloat(j));
            FloatVector s = a0.fma(-2.0f, nj);
            VectorMask<Float> less = s.compare(VectorOperators.LT, best0);
            best0 = best0.blend(s, less);
            label0 = label0.blend(label, less);
            s = a1.fma(-2.0f, nj);
            less = s.compare(VectorOperators.LT, best1);
            best1 = best1.blend(s, less);
            label1 = label1.blend(label, less);
        }
        label0.reinterpretAsInts().intoArray(labels, out);
        label1.reinterpretAsInts().intoArray(labels, out + FV);
    }

    /** One point, as {@link #pointDouble} in float. */
    private static int pointFloat(float[] x, int base, int stride, int d, float[] c, float[] norm, int k) {
        int k4 = k & ~3;
        float best = Float.POSITIVE_INFINITY;
        int label = 0;
        for (int j = 0; j < k; j++) {
            int cb;
            int cStride;
            if (j < k4) {
                cb = (j & ~3) * d + (j & 3);
                cStride = 4;
            } else {
                cb = j * d;
                cStride = 1;
            }
            float a = 0;
            for (int m = 0; m < d; m++) {
                a = Math.fma(x[base + m * stride], c[cb + m * cStride], a);
            }
            float s = Math.fma(a, -2.0f, norm[j]);
            if (s < best) {
                best = s;
                label = j;
            }
        }
        return label;
    }
}
