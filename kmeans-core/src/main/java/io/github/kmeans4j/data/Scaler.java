package io.github.kmeans4j.data;

import io.github.kmeans4j.Dataset;
import java.util.Arrays;

/**
 * How to put columns of different units on one scale before a fit: k-means measures plain
 * Euclidean distance, so a column in millimetres would otherwise outweigh one in metres. Each
 * scaler fits a {@link Scaling}, one centre and one scale per column, which maps
 * {@code x ↦ (x − centre) / scale} and back, so that centroids found on scaled data can be reported
 * in the original units ({@link Scaling#inverse(double[][])}).
 *
 * <p>The three scalers follow scikit-learn's defaults: {@link #STANDARD} as
 * {@code StandardScaler} (mean, population standard deviation, weighted by the dataset's sample
 * weights as its {@code sample_weight}), {@link #MIN_MAX} as {@code MinMaxScaler} (onto [0, 1]),
 * {@link #ROBUST} as {@code RobustScaler} (median, interquartile range between the 25th and 75th
 * percentiles, interpolated linearly as NumPy does). A column of one repeated value gets scale 1,
 * as there: it is shifted, not blown up. Min-max and robust scaling ignore sample weights, as
 * scikit-learn's do.
 *
 * <p>Fitting works at any magnitude a double holds: sums are taken on copies scaled by a power of
 * two, which is exact, so a column near 1e300 is standardised as well as one near 1. A column
 * whose scale itself exceeds the largest double (a range from −1e308 to 1e308, say) is refused.
 */
public enum Scaler {
    /** Centre on the mean, divide by the population standard deviation (ddof 0). */
    STANDARD,
    /** Centre on the minimum, divide by the range: every column onto [0, 1]. */
    MIN_MAX,
    /** Centre on the median, divide by the interquartile range (75th minus 25th percentile). */
    ROBUST;

    /**
     * Fits this scaler to the columns of {@code data}.
     *
     * @param data the data whose columns to measure
     * @return the fitted scaling, with the data's column names
     * @throws IllegalArgumentException if {@code data} is null, or a column's scale exceeds the
     *     largest double (the message names the column)
     */
    public Scaling fit(Dataset data) {
        if (data == null) {
            throw new IllegalArgumentException("data must not be null");
        }
        int n = data.n();
        int d = data.d();
        double[] centres = new double[d];
        double[] scales = new double[d];
        double[] column = new double[n];
        double[] weights = this == STANDARD && data.hasWeights() ? data.weights() : null;
        for (int j = 0; j < d; j++) {
            for (int i = 0; i < n; i++) {
                column[i] = data.get(i, j);
            }
            switch (this) {
                case STANDARD -> standard(column, weights, centres, scales, j);
                case MIN_MAX -> minMax(column, centres, scales, j);
                default -> robust(column, centres, scales, j);
            }
            if (!Double.isFinite(scales[j])) {
                throw new IllegalArgumentException(this + " scaling of column " + Scaling.name(data.columnNames(), j)
                        + ": its scale exceeds the largest double (values from " + min(column) + " to "
                        + max(column) + ")");
            }
            if (scales[j] == 0) {
                scales[j] = 1;   // one repeated value: shift it, do not blow it up
            }
        }
        return new Scaling(this, centres, scales, data.columnNames());
    }

    /** Weighted mean and population standard deviation, on copies scaled by a power of two. */
    private static void standard(double[] x, double[] w, double[] centres, double[] scales, int j) {
        int e = exponentAbove(x);
        double total = 0;
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double wi = w == null ? 1 : w[i];
            total += wi;
            sum += wi * Math.scalb(x[i], -e);
        }
        if (total == 0) {   // every weight 0: the rows count equally, as nothing else is defined
            standard(x, null, centres, scales, j);
            return;
        }
        double meanScaled = sum / total;
        double squares = 0;
        for (int i = 0; i < x.length; i++) {
            double wi = w == null ? 1 : w[i];
            // |dev| ≤ 2, and the weighted mean of dev² is at most 1: no sum here exceeds the
            // weights' total, which Dataset keeps finite
            double dev = Math.scalb(x[i], -e) - meanScaled;
            squares += wi * dev * dev;
        }
        centres[j] = Math.scalb(meanScaled, e);
        scales[j] = Math.scalb(Math.sqrt(squares / total), e);
    }

    private static void minMax(double[] x, double[] centres, double[] scales, int j) {
        double lo = min(x);
        double hi = max(x);
        centres[j] = lo;
        scales[j] = Math.scalb(Math.scalb(hi, -1) - Math.scalb(lo, -1), 1);   // infinite only if the range is
    }

    private static void robust(double[] x, double[] centres, double[] scales, int j) {
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        centres[j] = quantile(sorted, 0.5);
        double q1 = quantile(sorted, 0.25);
        double q3 = quantile(sorted, 0.75);
        scales[j] = Math.scalb(Math.scalb(q3, -1) - Math.scalb(q1, -1), 1);
    }

    /** NumPy's default ("linear") quantile of sorted values: position q·(n − 1), interpolated. */
    static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double fraction = position - below;
        double lo = sorted[below];
        double hi = sorted[above];
        return fraction == 0 || lo == hi ? lo : lo * (1 - fraction) + hi * fraction;
    }

    /** An exponent e with every |x| / 2^e below 1, so that sums of the scaled values stay finite. */
    private static int exponentAbove(double[] x) {
        double largest = 0;
        for (double v : x) {
            largest = Math.max(largest, Math.abs(v));
        }
        return largest == 0 ? 0 : Math.getExponent(largest) + 1;
    }

    private static double min(double[] x) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : x) {
            m = Math.min(m, v);
        }
        return m;
    }

    private static double max(double[] x) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            m = Math.max(m, v);
        }
        return m;
    }
}
