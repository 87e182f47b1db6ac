package io.github.kmeans4j.internal.vector;

import io.github.kmeans4j.internal.Nearest;
import io.github.kmeans4j.internal.TrialDistances;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Vector API {@link TrialDistances}: rows in the vector lanes, each lane making exactly the
 * scalar sum (a subtraction, a multiplication and an addition per column, in column order, never
 * a fused multiply-add), so every value is bit-identical to the scalar one.
 *
 * <p><b>Layout.</b> {@link #rows} and {@link #fill} copy the rows once, in double (float rows widened): blocks of
 * {@code L} rows ({@code L} the lanes of the preferred double vector) stored transposed, so that
 * the {@code L} values of a column are consecutive; the {@code n mod L} rows after the last full
 * block row-major. The copy takes 8·n·d bytes for as long as the prepared rows are used.
 *
 * <p><b>Inner loop.</b> Per block and column: one vector load, then for each of four candidates a
 * subtraction of the broadcast coordinate, a multiplication and an addition into its own
 * accumulator; the one to three candidates left after the fours go together likewise. The cap
 * is a lane-wise {@code min}, as {@link Math#min}. Rows outside full blocks go through the scalar code.
 *
 * <p>Loaded reflectively by {@link TrialDistances#forKernel} once the vector kernel is in use.
 */
public final class VectorTrials implements TrialDistances {
    /** The shared instance (stateless). */
    public static final VectorTrials INSTANCE = new VectorTrials();

    private static final VectorSpecies<Double> DS = DoubleVector.SPECIES_PREFERRED;
    /** Rows per block: the lanes of one double vector. */
    private static final int L = DS.length();

    private VectorTrials() {
    }

    /**
     * {@code x}: full blocks of {@code L} rows transposed, then the remaining rows row-major; the
     * source is {@code doubles} or {@code floats} (the other null).
     */
    private record Blocks(double[] x, int n, int d, int full, double[] doubles, float[] floats) implements Rows {
    }

    @Override
    public Rows rows(double[] x, int n, int d) {
        Nearest.checkShape(x.length, n, d);
        return new Blocks(new double[n * d], n, d, n / L * L, x, null);
    }

    @Override
    public Rows rows(float[] x, int n, int d) {
        Nearest.checkShape(x.length, n, d);
        return new Blocks(new double[n * d], n, d, n / L * L, null, x);
    }

    @Override
    public void fill(Rows rows, int from, int to) {
        Blocks p = (Blocks) rows;
        double[] t = p.x();
        int d = p.d();
        int blocksEnd = Math.min(to, p.full());
        double[] xd = p.doubles();
        float[] xf = p.floats();
        for (int b = from; b < blocksEnd; b += L) {   // from is a multiple of L
            int base = b * d;
            for (int q = 0; q < L; q++) {
                int row = (b + q) * d;
                if (xd != null) {
                    for (int m = 0; m < d; m++) {
                        t[base + m * L + q] = xd[row + m];
                    }
                } else {
                    for (int m = 0; m < d; m++) {
                        t[base + m * L + q] = xf[row + m];
                    }
                }
            }
        }
        for (int i = Math.max(from, p.full()) * d; i < to * d; i++) {
            t[i] = xd != null ? xd[i] : xf[i];
        }
    }

    @Override
    public void trials(Rows rows, double[] c, int count, double[] bound, double[][] out, int shift, int from,
                       int to) {
        Blocks p = (Blocks) rows;
        double[] x = p.x();
        int d = p.d();
        int blockEnd = Math.min(to, p.full());
        double[] row = null;
        int i = from;
        while (i < to) {
            if (i % L == 0 && i + L <= blockEnd) {
                block(x, i * d, d, c, count, bound, out, i, i - shift);
                i += L;
            } else {
                if (row == null) {
                    row = new double[d];
                }
                if (i < p.full()) {
                    int base = (i - i % L) * d + i % L;
                    for (int m = 0; m < d; m++) {
                        row[m] = x[base + m * L];
                    }
                } else {
                    System.arraycopy(x, i * d, row, 0, d);
                }
                scalarRow(row, d, c, count, bound[i], out, i - shift);
                i++;
            }
        }
    }

    /**
     * The block of {@code L} rows from row {@code i}, whose transposed values start at
     * {@code x[base]}; their values go to {@code out[t][o..o+L)}.
     */
    private static void block(double[] x, int base, int d, double[] c, int count, double[] bound,
                              double[][] out, int i, int o) {
        DoubleVector cap = DoubleVector.fromArray(DS, bound, i);
        int t = 0;
        for (; t + 4 <= count; t += 4) {
            int c0 = t * d;
            int c1 = c0 + d;
            int c2 = c1 + d;
            int c3 = c2 + d;
            DoubleVector a0 = DoubleVector.zero(DS);
            DoubleVector a1 = a0;
            DoubleVector a2 = a0;
            DoubleVector a3 = a0;
            for (int m = 0; m < d; m++) {
                DoubleVector v = DoubleVector.fromArray(DS, x, base + m * L);
                DoubleVector e0 = v.sub(c[c0 + m]);
                DoubleVector e1 = v.sub(c[c1 + m]);
                DoubleVector e2 = v.sub(c[c2 + m]);
                DoubleVector e3 = v.sub(c[c3 + m]);
                a0 = a0.add(e0.mul(e0));
                a1 = a1.add(e1.mul(e1));
                a2 = a2.add(e2.mul(e2));
                a3 = a3.add(e3.mul(e3));
            }
            cap.min(a0).intoArray(out[t], o);
            cap.min(a1).intoArray(out[t + 1], o);
            cap.min(a2).intoArray(out[t + 2], o);
            cap.min(a3).intoArray(out[t + 3], o);
        }
        if (t + 3 == count) {
            int c0 = t * d;
            int c1 = c0 + d;
            int c2 = c1 + d;
            DoubleVector a0 = DoubleVector.zero(DS);
            DoubleVector a1 = a0;
            DoubleVector a2 = a0;
            for (int m = 0; m < d; m++) {
                DoubleVector v = DoubleVector.fromArray(DS, x, base + m * L);
                DoubleVector e0 = v.sub(c[c0 + m]);
                DoubleVector e1 = v.sub(c[c1 + m]);
                DoubleVector e2 = v.sub(c[c2 + m]);
                a0 = a0.add(e0.mul(e0));
                a1 = a1.add(e1.mul(e1));
                a2 = a2.add(e2.mul(e2));
            }
            cap.min(a0).intoArray(out[t], o);
            cap.min(a1).intoArray(out[t + 1], o);
            cap.min(a2).intoArray(out[t + 2], o);
            return;
        }
        if (t + 2 <= count) {
            int c0 = t * d;
            int c1 = c0 + d;
            DoubleVector a0 = DoubleVector.zero(DS);
            DoubleVector a1 = a0;
            for (int m = 0; m < d; m++) {
                DoubleVector v = DoubleVector.fromArray(DS, x, base + m * L);
                DoubleVector e0 = v.sub(c[c0 + m]);
                DoubleVector e1 = v.sub(c[c1 + m]);
                a0 = a0.add(e0.mul(e0));
                a1 = a1.add(e1.mul(e1));
            }
            cap.min(a0).intoArray(out[t], o);
            cap.min(a1).intoArray(out[t + 1], o);
            t += 2;
        }
        if (t < count) {
            int c0 = t * d;
            DoubleVector a0 = DoubleVector.zero(DS);
            for (int m = 0; m < d; m++) {
                DoubleVector e0 = DoubleVector.fromArray(DS, x, base + m * L).sub(c[c0 + m]);
                a0 = a0.add(e0.mul(e0));
            }
            cap.min(a0).intoArray(out[t], o);
        }
    }

    /** One row's capped distances, in the scalar order. */
    private static void scalarRow(double[] x, int d, double[] c, int count, double cap, double[][] out, int i) {
        for (int t = 0; t < count; t++) {
            out[t][i] = Math.min(cap, Nearest.distanceSquared(x, 0, c, t * d, d));
        }
    }
}
