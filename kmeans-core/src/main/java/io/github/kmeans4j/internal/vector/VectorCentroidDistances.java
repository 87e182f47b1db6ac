package io.github.kmeans4j.internal.vector;

import io.github.kmeans4j.internal.CentroidDistances;
import io.github.kmeans4j.internal.Nearest;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API {@link CentroidDistances}: centroids in the vector lanes, each lane making
 * exactly the scalar sum (a subtraction, a multiplication and an addition per column, in column
 * order, never a fused multiply-add), so every value is bit-identical to the scalar one.
 *
 * <p><b>Layout.</b> {@link #centroids} copies the centroids in groups of {@code L} ({@code L} the
 * lanes of the preferred double vector), each group stored transposed, so that for each column the
 * {@code L} centroids' values are consecutive; the last group is padded with zeros, whose lanes
 * are computed and never stored.
 *
 * <p><b>Inner loop.</b> Per group and column: one vector load, then for each of four rows a
 * subtraction from the broadcast coordinate, a multiplication and an addition into the row's own
 * accumulator: four chains of additions, so the adds overlap. Rows after the last four go one at
 * a time, two groups together.
 *
 * <p>Loaded reflectively by {@link CentroidDistances#forKernel} once the vector kernel is in use.
 */
public final class VectorCentroidDistances implements CentroidDistances {
    /** The shared instance (stateless). */
    public static final VectorCentroidDistances INSTANCE = new VectorCentroidDistances();

    private static final VectorSpecies<Double> DS = DoubleVector.SPECIES_PREFERRED;
    /** Centroids per group: the lanes of one double vector. */
    private static final int L = DS.length();

    private VectorCentroidDistances() {
    }

    /** {@code c}: groups of {@code L} centroids, each transposed (d · L values), zero-padded. */
    private record Groups(double[] c, int k, int d, int groups) implements Centroids {
    }

    @Override
    public Centroids centroids(double[] c, int k, int d) {
        Nearest.checkShape(c.length, k, d);
        int groups = (k + L - 1) / L;
        double[] t = new double[groups * d * L];
        for (int j = 0; j < k; j++) {
            int base = j / L * d * L + j % L;
            for (int m = 0; m < d; m++) {
                t[base + m * L] = c[j * d + m];
            }
        }
        return new Groups(t, k, d, groups);
    }

    @Override
    public void distances(double[] x, int[] rows, int count, Centroids prepared, double[] out) {
        Groups g = (Groups) prepared;
        int q = 0;
        for (; q + 4 <= count; q += 4) {
            four(x, null, rows[q], rows[q + 1], rows[q + 2], rows[q + 3], g, out, q * g.k());
        }
        for (; q < count; q++) {
            one(x, null, rows[q], g, out, q * g.k());
        }
    }

    @Override
    public void distances(float[] x, int[] rows, int count, Centroids prepared, double[] out) {
        Groups g = (Groups) prepared;
        int q = 0;
        for (; q + 4 <= count; q += 4) {
            four(null, x, rows[q], rows[q + 1], rows[q + 2], rows[q + 3], g, out, q * g.k());
        }
        for (; q < count; q++) {
            one(null, x, rows[q], g, out, q * g.k());
        }
    }

    /** Value m of row {@code row} (an offset) of {@code xd}, or of {@code xf} when that is null. */
    private static double value(double[] xd, float[] xf, int at) {
        return xd != null ? xd[at] : xf[at];
    }

    /** Four rows against every centroid: rows' distances at {@code out[at]}, {@code at + k}, ... */
    private static void four(double[] xd, float[] xf, int i0, int i1, int i2, int i3, Groups g, double[] out,
                             int at) {
        double[] c = g.c();
        int k = g.k();
        int d = g.d();
        int r0 = i0 * d;
        int r1 = i1 * d;
        int r2 = i2 * d;
        int r3 = i3 * d;
        for (int group = 0; group < g.groups(); group++) {
            int base = group * d * L;
            DoubleVector a0 = DoubleVector.zero(DS);
            DoubleVector a1 = a0;
            DoubleVector a2 = a0;
            DoubleVector a3 = a0;
            for (int m = 0; m < d; m++) {
                DoubleVector cv = DoubleVector.fromArray(DS, c, base + m * L);
                DoubleVector e0 = DoubleVector.broadcast(DS, value(xd, xf, r0 + m)).sub(cv);
                DoubleVector e1 = DoubleVector.broadcast(DS, value(xd, xf, r1 + m)).sub(cv);
                DoubleVector e2 = DoubleVector.broadcast(DS, value(xd, xf, r2 + m)).sub(cv);
                DoubleVector e3 = DoubleVector.broadcast(DS, value(xd, xf, r3 + m)).sub(cv);
                a0 = a0.add(e0.mul(e0));
                a1 = a1.add(e1.mul(e1));
                a2 = a2.add(e2.mul(e2));
                a3 = a3.add(e3.mul(e3));
            }
            int first = group * L;
            if (first + L <= k) {
                a0.intoArray(out, at + first);
                a1.intoArray(out, at + k + first);
                a2.intoArray(out, at + 2 * k + first);
                a3.intoArray(out, at + 3 * k + first);
            } else {
                double[] lanes = new double[4 * L];
                a0.intoArray(lanes, 0);
                a1.intoArray(lanes, L);
                a2.intoArray(lanes, 2 * L);
                a3.intoArray(lanes, 3 * L);
                for (int q = 0; q < 4; q++) {
                    System.arraycopy(lanes, q * L, out, at + q * k + first, k - first);
                }
            }
        }
    }

    /** One row against every centroid, two groups at a time: its distances at {@code out[at..at+k)}. */
    private static void one(double[] xd, float[] xf, int i, Groups g, double[] out, int at) {
        double[] c = g.c();
        int k = g.k();
        int d = g.d();
        int row = i * d;
        int groups = g.groups();
        for (int group = 0; group < groups; group += 2) {
            boolean pair = group + 1 < groups;
            int base0 = group * d * L;
            int base1 = pair ? base0 + d * L : base0;
            DoubleVector a0 = DoubleVector.zero(DS);
            DoubleVector a1 = a0;
            for (int m = 0; m < d; m++) {
                DoubleVector v = DoubleVector.broadcast(DS, value(xd, xf, row + m));
                DoubleVector e0 = v.sub(DoubleVector.fromArray(DS, c, base0 + m * L));
                DoubleVector e1 = v.sub(DoubleVector.fromArray(DS, c, base1 + m * L));
                a0 = a0.add(e0.mul(e0));
                a1 = a1.add(e1.mul(e1));
            }
            double[] lanes = new double[2 * L];
            a0.intoArray(lanes, 0);
            a1.intoArray(lanes, L);
            int first = group * L;
            System.arraycopy(lanes, 0, out, at + first, Math.min(pair ? 2 * L : L, k - first));
        }
    }
}
