package io.github.kmeans4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A slow, obviously correct reference for the tests, written from the definitions and
 * independently of the library (it never calls {@code io.github.kmeans4j.internal}): points and
 * centroids are plain {@code double[]} rows, a missing weight array means every weight is 1.
 *
 * <p>The squared distance is the textbook sum of squared coordinate differences, taken in
 * column order; "nearest" scans the centroids in index order and keeps the first strict minimum,
 * so ties go to the lowest index.
 */
final class Oracle {
    private Oracle() {
    }

    /** The weight of row {@code i}: 1 when unweighted. */
    static double weight(double[] weights, int i) {
        return weights == null ? 1.0 : weights[i];
    }

    /** {@code Σ_j (a[j] − b[j])²}, summed in column order. */
    static double distanceSquared(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("dimensions differ: " + a.length + " vs " + b.length);
        }
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            double diff = a[j] - b[j];
            sum += diff * diff;
        }
        return sum;
    }

    /** The smallest squared distance from {@code point} to any of {@code centroids}. */
    static double minDistanceSquared(double[] point, double[][] centroids) {
        double best = Double.POSITIVE_INFINITY;
        for (double[] c : centroids) {
            best = Math.min(best, distanceSquared(point, c));
        }
        return best;
    }

    /** The lowest index among the centroids at the smallest squared distance from {@code point}. */
    static int nearest(double[] point, double[][] centroids) {
        double best = minDistanceSquared(point, centroids);
        for (int j = 0; j < centroids.length; j++) {
            if (distanceSquared(point, centroids[j]) == best) {
                return j;
            }
        }
        throw new AssertionError("no centroid at the minimum distance");
    }

    /** The weighted sum of squared distances from every row to its nearest centroid. */
    static double inertia(double[][] rows, double[] weights, double[][] centroids) {
        double total = 0;
        for (int i = 0; i < rows.length; i++) {
            total += weight(weights, i) * minDistanceSquared(rows[i], centroids);
        }
        return total;
    }

    /** The weighted sum of squared distances from every row to the centroid its label names. */
    static double inertia(double[][] rows, double[] weights, double[][] centroids, int[] labels) {
        double total = 0;
        for (int i = 0; i < rows.length; i++) {
            total += weight(weights, i) * distanceSquared(rows[i], centroids[labels[i]]);
        }
        return total;
    }

    /** The total weight of the rows labelled {@code cluster}. */
    static double clusterWeight(double[] weights, int[] labels, int cluster) {
        double total = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == cluster) {
                total += weight(weights, i);
            }
        }
        return total;
    }

    /** The weighted mean of the rows labelled {@code cluster}; null when they weigh nothing. */
    static double[] weightedMean(double[][] rows, double[] weights, int[] labels, int cluster) {
        int d = rows[0].length;
        double[] sum = new double[d];
        double total = 0;
        for (int i = 0; i < rows.length; i++) {
            if (labels[i] != cluster) {
                continue;
            }
            double w = weight(weights, i);
            total += w;
            for (int j = 0; j < d; j++) {
                sum[j] += w * rows[i][j];
            }
        }
        if (total == 0) {
            return null;
        }
        for (int j = 0; j < d; j++) {
            sum[j] /= total;
        }
        return sum;
    }

    /** The weighted mean of all rows. */
    static double[] weightedMean(double[][] rows, double[] weights) {
        return weightedMean(rows, weights, new int[rows.length], 0);
    }

    /** The weighted sum of squared distances to the weighted mean of all rows. */
    static double totalSumOfSquares(double[][] rows, double[] weights) {
        double[] mean = weightedMean(rows, weights);
        double total = 0;
        for (int i = 0; i < rows.length; i++) {
            total += weight(weights, i) * distanceSquared(rows[i], mean);
        }
        return total;
    }

    /** The weighted sum of squared norms, a scale for absolute rounding slack. */
    static double sumOfSquaredNorms(double[][] rows, double[] weights) {
        double total = 0;
        for (int i = 0; i < rows.length; i++) {
            total += weight(weights, i) * distanceSquared(rows[i], new double[rows[i].length]);
        }
        return total;
    }

    /** Whether two rows hold the same values (−0.0 equals 0.0, as distances see them). */
    static boolean sameRow(double[] a, double[] b) {
        for (int j = 0; j < a.length; j++) {
            if (a[j] != b[j]) {
                return false;
            }
        }
        return true;
    }

    /** The distinct rows of positive weight, in order of first occurrence. */
    static List<double[]> distinctPositiveRows(double[][] rows, double[] weights) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            if (weight(weights, i) <= 0) {
                continue;
            }
            boolean seen = false;
            for (double[] r : out) {
                if (sameRow(r, rows[i])) {
                    seen = true;
                    break;
                }
            }
            if (!seen) {
                out.add(rows[i]);
            }
        }
        return out;
    }

    /** {@code rows} with {@code t} added to every row. */
    static double[][] translate(double[][] rows, double[] t) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = new double[rows[i].length];
            for (int j = 0; j < rows[i].length; j++) {
                out[i][j] = rows[i][j] + t[j];
            }
        }
        return out;
    }

    /** A deep copy. */
    static double[][] copy(double[][] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i].clone();
        }
        return out;
    }

    /** The dataset of {@code rows}, weighted by {@code weights} unless that is null. */
    static Dataset dataset(double[][] rows, double[] weights) {
        Dataset data = Dataset.of(rows);
        return weights == null ? data : data.withWeights(weights);
    }

    /** A readable form of a matrix, for failure messages and samples. */
    static String show(double[][] rows) {
        return Arrays.deepToString(rows);
    }
}
