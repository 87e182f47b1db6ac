package io.github.kmeans4j;

import io.github.kmeans4j.internal.DistanceKernel;
import io.github.kmeans4j.internal.TrialDistances;

/**
 * The rows of a dataset, read in double whatever their storage, for the algorithm's loops
 * outside the distance kernel (seeding, exact distances, sums, repairs). Two implementations, so
 * call sites stay bimorphic.
 */
abstract sealed class Rows {
    final int n;
    final int d;
    /** The data set these rows are, whose kept bounding box a kernel layout reuses; null if none. */
    private Dataset source;

    private Rows(int n, int d) {
        this.n = n;
        this.d = d;
    }

    static Rows of(Dataset data) {
        Rows rows = data.values() != null ? new Doubles(data.values(), data.n(), data.d())
                : new Floats(data.floatValues(), data.n(), data.d());
        rows.source = data;
        return rows;
    }

    /** The rows' bounding box when they are a data set's (kept by it), else null: the kernel reads them. */
    final double[][] knownBox() {
        return source == null || n == 0 ? null : source.boundingBox();
    }

    /** Squared Euclidean distance from row {@code i} to the vector at {@code c[offset..offset+d)}. */
    abstract double distanceSquared(int i, double[] c, int offset);

    /**
     * For every point {@code i} of {@code [from, to)}: its squared distance to the centroid
     * {@code labels[i − from]} of {@code c} (k rows of d values) into {@code out[i − from]}, bit for
     * bit {@link #distanceSquared}. Each point's differences are still summed one at a time in
     * column order; only several points' sums advance together, so that on wide rows the adds
     * overlap instead of waiting on each other.
     */
    final void distancesSquared(int from, int to, int[] labels, double[] c, double[] out) {
        int i = from;
        for (; i + 4 <= to; i += 4) {
            int j = i - from;
            four(i * d, (i + 1) * d, (i + 2) * d, (i + 3) * d, c, labels[j] * d, labels[j + 1] * d,
                    labels[j + 2] * d, labels[j + 3] * d, out, j);
        }
        for (; i < to; i++) {
            out[i - from] = distanceSquared(i, c, labels[i - from] * d);
        }
    }

    /**
     * For every {@code p < count}: the squared distance of point {@code i = points[p]} to the
     * centroid {@code labels[i]} of {@code c} (k rows of d values) into {@code out[p]}, bit for bit
     * {@link #distanceSquared}, several points at a time as {@link #distancesSquared(int, int,
     * int[], double[], double[])}.
     */
    final void distancesSquared(int[] points, int count, int[] labels, double[] c, double[] out) {
        int p = 0;
        for (; p + 4 <= count; p += 4) {
            int i0 = points[p];
            int i1 = points[p + 1];
            int i2 = points[p + 2];
            int i3 = points[p + 3];
            four(i0 * d, i1 * d, i2 * d, i3 * d, c, labels[i0] * d, labels[i1] * d, labels[i2] * d,
                    labels[i3] * d, out, p);
        }
        for (; p < count; p++) {
            int i = points[p];
            out[p] = distanceSquared(i, c, labels[i] * d);
        }
    }

    /**
     * The squared distances of the rows starting at values {@code r0..r3} to the centroids starting
     * at {@code c0..c3} of {@code c}, each summed in column order as {@link #distanceSquared}, into
     * {@code out[at..at+4)}.
     */
    abstract void four(int r0, int r1, int r2, int r3, double[] c, int c0, int c1, int c2, int c3,
                       double[] out, int at);

    /** Copies row {@code i} into {@code out[offset..offset+d)}. */
    abstract void copyRow(int i, double[] out, int offset);

    /** Value {@code m} of row {@code i}, in double. */
    abstract double get(int i, int m);

    /** Adds {@code weight} times row {@code i} to {@code sums[offset..offset+d)}. */
    abstract void addWeighted(int i, double weight, double[] sums, int offset);

    /** The rows in {@code kernel}'s layout, any copy made on the calling thread. */
    final DistanceKernel.Points layout(DistanceKernel kernel) {
        return layout(kernel, DistanceKernel.Pieces.SEQUENTIAL);
    }

    /** The rows in {@code kernel}'s layout, any copy cut into pieces that {@code pieces} runs. */
    abstract DistanceKernel.Points layout(DistanceKernel kernel, DistanceKernel.Pieces pieces);

    /** The rows in the layout of seeding's {@code trials}. */
    abstract TrialDistances.Rows trialLayout(TrialDistances trials);

    /** Whether rows {@code i} and {@code j} are the same point (−0.0 equals 0.0). */
    abstract boolean sameRow(int i, int j);

    /** A hash consistent with {@link #sameRow}. */
    abstract int rowHash(int i);

    /** Squared distance between rows {@code i} and {@code j}. */
    abstract double distanceBetween(int i, int j);

    static final class Doubles extends Rows {
        private final double[] x;

        Doubles(double[] x, int n, int d) {
            super(n, d);
            this.x = x;
        }

        @Override
        double distanceSquared(int i, double[] c, int offset) {
            double sum = 0;
            int row = i * d;
            for (int m = 0; m < d; m++) {
                double diff = x[row + m] - c[offset + m];
                sum += diff * diff;
            }
            return sum;
        }

        @Override
        void four(int r0, int r1, int r2, int r3, double[] c, int c0, int c1, int c2, int c3,
                          double[] out, int at) {
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int m = 0; m < d; m++) {
                double e0 = x[r0 + m] - c[c0 + m];
                double e1 = x[r1 + m] - c[c1 + m];
                double e2 = x[r2 + m] - c[c2 + m];
                double e3 = x[r3 + m] - c[c3 + m];
                s0 += e0 * e0;
                s1 += e1 * e1;
                s2 += e2 * e2;
                s3 += e3 * e3;
            }
            out[at] = s0;
            out[at + 1] = s1;
            out[at + 2] = s2;
            out[at + 3] = s3;
        }

        @Override
        double distanceBetween(int i, int j) {
            return distanceSquared(i, x, j * d);
        }

        @Override
        void copyRow(int i, double[] out, int offset) {
            System.arraycopy(x, i * d, out, offset, d);
        }

        @Override
        double get(int i, int m) {
            return x[i * d + m];
        }

        @Override
        void addWeighted(int i, double weight, double[] sums, int offset) {
            int row = i * d;
            for (int m = 0; m < d; m++) {
                sums[offset + m] += weight * x[row + m];
            }
        }

        @Override
        DistanceKernel.Points layout(DistanceKernel kernel, DistanceKernel.Pieces pieces) {
            double[][] box = knownBox();
            return box == null ? kernel.points(x, n, d) : kernel.points(x, n, d, box, pieces);
        }

        @Override
        TrialDistances.Rows trialLayout(TrialDistances trials) {
            return trials.rows(x, n, d);
        }

        @Override
        boolean sameRow(int i, int j) {
            for (int m = 0; m < d; m++) {
                if (x[i * d + m] != x[j * d + m]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        int rowHash(int i) {
            int h = 1;
            for (int m = 0; m < d; m++) {
                h = 31 * h + Double.hashCode(x[i * d + m] + 0.0);   // + 0.0 folds -0.0 into 0.0
            }
            return h;
        }
    }

    static final class Floats extends Rows {
        private final float[] x;

        Floats(float[] x, int n, int d) {
            super(n, d);
            this.x = x;
        }

        @Override
        double distanceSquared(int i, double[] c, int offset) {
            double sum = 0;
            int row = i * d;
            for (int m = 0; m < d; m++) {
                double diff = x[row + m] - c[offset + m];
                sum += diff * diff;
            }
            return sum;
        }

        @Override
        void four(int r0, int r1, int r2, int r3, double[] c, int c0, int c1, int c2, int c3,
                          double[] out, int at) {
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int m = 0; m < d; m++) {
                double e0 = x[r0 + m] - c[c0 + m];
                double e1 = x[r1 + m] - c[c1 + m];
                double e2 = x[r2 + m] - c[c2 + m];
                double e3 = x[r3 + m] - c[c3 + m];
                s0 += e0 * e0;
                s1 += e1 * e1;
                s2 += e2 * e2;
                s3 += e3 * e3;
            }
            out[at] = s0;
            out[at + 1] = s1;
            out[at + 2] = s2;
            out[at + 3] = s3;
        }

        @Override
        double distanceBetween(int i, int j) {
            double sum = 0;
            for (int m = 0; m < d; m++) {
                double diff = (double) x[i * d + m] - x[j * d + m];
                sum += diff * diff;
            }
            return sum;
        }

        @Override
        double get(int i, int m) {
            return x[i * d + m];
        }

        @Override
        void copyRow(int i, double[] out, int offset) {
            int row = i * d;
            for (int m = 0; m < d; m++) {
                out[offset + m] = x[row + m];
            }
        }

        @Override
        void addWeighted(int i, double weight, double[] sums, int offset) {
            int row = i * d;
            for (int m = 0; m < d; m++) {
                sums[offset + m] += weight * x[row + m];
            }
        }

        @Override
        DistanceKernel.Points layout(DistanceKernel kernel, DistanceKernel.Pieces pieces) {
            double[][] box = knownBox();
            return box == null ? kernel.points(x, n, d) : kernel.points(x, n, d, box, pieces);
        }

        @Override
        TrialDistances.Rows trialLayout(TrialDistances trials) {
            return trials.rows(x, n, d);
        }

        @Override
        boolean sameRow(int i, int j) {
            for (int m = 0; m < d; m++) {
                if (x[i * d + m] != x[j * d + m]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        int rowHash(int i) {
            int h = 1;
            for (int m = 0; m < d; m++) {
                h = 31 * h + Float.hashCode(x[i * d + m] + 0.0f);
            }
            return h;
        }
    }
}
