package io.github.kmeans4j.internal;

/**
 * The plain-Java {@link TrialDistances}: rows read in place, row-major; candidates taken four,
 * two, then one at a time, so that a row's independent sums overlap in the processor's
 * pipelines. Each sum is made in column order with a separate multiply and add.
 */
public final class ScalarTrials implements TrialDistances {
    /** The shared instance (stateless). */
    public static final ScalarTrials INSTANCE = new ScalarTrials();

    private ScalarTrials() {
    }

    private record DoubleRows(double[] x, int n, int d) implements Rows {
    }

    private record FloatRows(float[] x, int n, int d) implements Rows {
    }

    @Override
    public Rows rows(double[] x, int n, int d) {
        Nearest.checkShape(x.length, n, d);
        return new DoubleRows(x, n, d);
    }

    @Override
    public Rows rows(float[] x, int n, int d) {
        Nearest.checkShape(x.length, n, d);
        return new FloatRows(x, n, d);
    }

    /** Nothing to do: the rows are read in place. */
    @Override
    public void fill(Rows rows, int from, int to) {
    }

    @Override
    public void trials(Rows rows, double[] c, int count, double[] bound, double[][] out, int shift, int from,
                       int to) {
        int d = rows.d();
        double[] row = new double[d];
        for (int i = from; i < to; i++) {
            if (rows instanceof DoubleRows r) {
                System.arraycopy(r.x(), i * d, row, 0, d);
            } else {
                float[] x = ((FloatRows) rows).x();
                for (int m = 0; m < d; m++) {
                    row[m] = x[i * d + m];
                }
            }
            row(row, d, c, count, bound[i], out, i - shift);
        }
    }

    /** One row's capped distances to every candidate. */
    static void row(double[] x, int d, double[] c, int count, double cap, double[][] out, int i) {
        int t = 0;
        for (; t + 4 <= count; t += 4) {
            int c0 = t * d;
            int c1 = c0 + d;
            int c2 = c1 + d;
            int c3 = c2 + d;
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int m = 0; m < d; m++) {
                double v = x[m];
                double e0 = v - c[c0 + m];
                double e1 = v - c[c1 + m];
                double e2 = v - c[c2 + m];
                double e3 = v - c[c3 + m];
                s0 += e0 * e0;
                s1 += e1 * e1;
                s2 += e2 * e2;
                s3 += e3 * e3;
            }
            out[t][i] = Math.min(cap, s0);
            out[t + 1][i] = Math.min(cap, s1);
            out[t + 2][i] = Math.min(cap, s2);
            out[t + 3][i] = Math.min(cap, s3);
        }
        if (t + 2 <= count) {
            int c0 = t * d;
            int c1 = c0 + d;
            double s0 = 0;
            double s1 = 0;
            for (int m = 0; m < d; m++) {
                double v = x[m];
                double e0 = v - c[c0 + m];
                double e1 = v - c[c1 + m];
                s0 += e0 * e0;
                s1 += e1 * e1;
            }
            out[t][i] = Math.min(cap, s0);
            out[t + 1][i] = Math.min(cap, s1);
            t += 2;
        }
        if (t < count) {
            out[t][i] = Math.min(cap, Nearest.distanceSquared(x, 0, c, t * d, d));
        }
    }
}
