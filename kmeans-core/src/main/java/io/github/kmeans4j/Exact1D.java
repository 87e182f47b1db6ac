package io.github.kmeans4j;

import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Exact k-means in one dimension: the partition of the values into k clusters of least inertia,
 * the global optimum that Lloyd's iteration may miss (it stops at the first local optimum it
 * reaches).
 *
 * <p>In one dimension an optimal cluster is a run of consecutive values in sorted order, so the
 * problem is to cut the sorted distinct values into k contiguous groups. Dynamic programming does
 * that: {@code D[j][i]}, the least cost of the first {@code i + 1} distinct values in {@code j}
 * groups, is {@code min over l of D[j−1][l−1] + cost(l, i)}, where {@code cost} is the weighted
 * sum of squares of a group, read in O(1) from prefix sums. The cost satisfies the quadrangle
 * (Monge) inequality, so the smallest best {@code l} never decreases as {@code i} grows, and each
 * layer is solved by divide and conquer over {@code i} (Grønlund et al., "Fast exact k-means,
 * k-medians and Bregman divergence clustering in 1D", 2017; the same DP as R's Ckmeans.1d.dp,
 * Wang and Song 2011). Cost: O(n log n) to sort, then O(k·m·log m) time and O(k·m) memory for
 * m distinct values of positive weight: a table of (k−1)·m ints, 4·(k−1)·m bytes, plus nine
 * arrays of m doubles. A fit whose table and arrays would exceed the JVM's maximum heap
 * ({@link Runtime#maxMemory()}) is refused up front with an {@link IllegalArgumentException}
 * rather than running out of memory part way.
 *
 * <p>Numerics: values are centred on their weighted mean before the prefix sums of weight·value
 * and weight·value² are taken, and those sums are kept in double-double form (a running
 * compensation term), so that the cost of a tight group far from the mean does not vanish in
 * cancellation. The reported centroids and inertia are recomputed directly from the points.
 *
 * <p>Weights count as copies, as in {@link KMeans}; rows of weight 0 influence nothing and are
 * labelled with their nearest centroid.
 */
public final class Exact1D {
    private Exact1D() {
    }

    /**
     * The optimal k-means clustering of one-dimensional data.
     *
     * <p>The result is an ordinary {@link KMeansResult}: centroids in increasing order, every
     * point labelled with its nearest centroid (ties to the lower index), the inertia of that
     * assignment, and the cluster sizes. As nothing is iterated or drawn, {@code iterations()} is
     * 0, {@code seed()} is 0 and {@code stopReason()} is {@link StopReason#OPTIMAL}. An optimal
     * partition is a fixed point of Lloyd's iteration: assigning again would change no label. The centroids are the optimum's up to rounding, and the inertia is optimal up to
     * rounding errors of the order of 1e-15 times the data's total sum of squares.
     *
     * @param data one-dimensional data, perhaps weighted
     * @param k the number of clusters, from 1 to the number of distinct values of positive weight
     * @return the optimal clustering
     * @throws IllegalArgumentException if data is null, its dimension is not 1, k is below 1, k
     *     exceeds the number of distinct values of positive weight, the dynamic programme's
     *     memory (see above) exceeds the JVM's maximum heap, or the values or their spread, times
     *     the total weight, are so large that the sums would overflow a double
     */
    public static KMeansResult fit(Dataset data, int k) {
        return fit(data, k, null);
    }

    /**
     * {@link #fit(Dataset, int)}, giving up when {@code cancelled} (may be null) answers true; it
     * is asked once per layer of the dynamic programme, O(m·log m) work apart. Returns null when
     * cancelled.
     */
    static KMeansResult fit(Dataset data, int k, BooleanSupplier cancelled) {
        if (data == null) {
            throw new IllegalArgumentException("data must not be null");
        }
        if (data.d() != 1) {
            throw new IllegalArgumentException("exact 1-D k-means needs one-dimensional data (d = 1), but d = "
                    + data.d() + "; use KMeans for more dimensions");
        }
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        Magnitudes.check(data);
        int n = data.n();
        double[] w = data.weightsOrNull();

        // Distinct values of positive weight, ascending, with their total weights.
        int positive = 0;
        double[] sorted = new double[n];
        for (int i = 0; i < n; i++) {
            if (w == null || w[i] > 0) {
                sorted[positive++] = data.at(i) + 0.0;   // + 0.0 folds −0.0 into 0.0
            }
        }
        sorted = Arrays.copyOf(sorted, positive);
        Arrays.sort(sorted);
        int m = 0;
        double[] value = new double[positive];
        for (int p = 0; p < positive; p++) {
            if (m == 0 || sorted[p] != value[m - 1]) {
                value[m++] = sorted[p];
            }
        }
        value = Arrays.copyOf(value, m);
        if (k > m) {
            throw new IllegalArgumentException("k = " + k + " but the data has only " + m + " distinct value(s)"
                    + (w != null ? " of positive weight" : "") + "; lower k to at most " + m);
        }
        double[] weight = new double[m];
        if (w == null) {
            int t = 0;
            for (double x : sorted) {
                while (value[t] != x) {
                    t++;
                }
                weight[t]++;
            }
        } else {
            for (int i = 0; i < n; i++) {
                if (w[i] > 0) {
                    weight[Arrays.binarySearch(value, data.at(i) + 0.0)] += w[i];
                }
            }
        }

        checkMemory(k, n, m);
        int[] start = optimalStarts(value, weight, k, cancelled);
        if (start == null) {
            return null;
        }
        double[] centroids = new double[k];
        for (int j = 0; j < k; j++) {
            int from = start[j];
            int to = j + 1 < k ? start[j + 1] : m;
            double total = 0;
            double offset = 0;
            for (int t = from; t < to; t++) {
                total += weight[t];
                offset += weight[t] * (value[t] - value[from]);
            }
            double mean = value[from] + offset / total;
            centroids[j] = Math.min(Math.max(mean, value[from]), value[to - 1]);
        }

        int[] labels = new int[n];
        int[] sizes = new int[k];
        double inertia = 0;
        for (int i = 0; i < n; i++) {
            double x = data.at(i);
            int label = nearest(centroids, x);
            labels[i] = label;
            sizes[label]++;
            double diff = x - centroids[label];
            inertia += (w == null ? 1.0 : w[i]) * diff * diff;
        }
        if (!Double.isFinite(inertia)) {   // ruled out by Magnitudes.check; never report such a result as optimal
            throw new IllegalStateException("exact 1-D k-means computed an inertia of " + inertia);
        }
        return new KMeansResult(k, 1, centroids, labels, sizes, inertia, 0, StopReason.OPTIMAL, 0L, 0,
                List.of(new KMeansResult.RestartSummary(0, inertia, 0, StopReason.OPTIMAL)), false,
                data.columnNames());
    }

    /** The nearest of the ascending {@code centroids} to {@code x}, ties to the lower index. */
    private static int nearest(double[] centroids, double x) {
        int lo = 0;
        int top = centroids.length;
        while (lo < top) {
            int mid = (lo + top) >>> 1;
            if (centroids[mid] < x) {
                lo = mid + 1;
            } else {
                top = mid;
            }
        }
        int hi = lo;   // the first centroid >= x, or k
        if (hi == centroids.length) {
            return hi - 1;
        }
        if (hi == 0) {
            return 0;
        }
        double below = x - centroids[hi - 1];
        double above = x - centroids[hi];
        return below * below <= above * above ? hi - 1 : hi;
    }

    /**
     * Refuses a dynamic programme whose memory exceeds the JVM's maximum heap: the (k−1)·m ints of
     * the table and nine arrays of m doubles (values, weights, five of prefix sums, two layers of
     * costs).
     */
    private static void checkMemory(int k, int n, int m) {
        long table = (long) (k - 1) * m;
        long bytes = 4 * table + 9L * 8 * m;
        long heap = Runtime.getRuntime().maxMemory();
        if (bytes > heap) {
            throw new IllegalArgumentException("exact 1-D k-means with k = " + k + " on n = " + n + " values (" + m
                    + " distinct) needs a table of (k - 1)·m = " + table + " ints, about " + megabytes(bytes)
                    + " MB in all, more than the JVM's maximum heap of " + megabytes(heap)
                    + " MB; lower k, or use an iterative algorithm (LLOYD, HAMERLY)");
        }
    }

    private static long megabytes(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }

    /**
     * The first distinct-value index of each of the k groups of an optimal partition of the
     * ascending {@code value}s weighted by {@code weight}, or null once {@code cancelled} (may be
     * null) answers true; asked before each layer.
     */
    static int[] optimalStarts(double[] value, double[] weight, int k, BooleanSupplier cancelled) {
        Costs costs = new Costs(value, weight);
        int m = value.length;
        double[] previous = new double[m];
        double[] current = new double[m];
        for (int i = 0; i < m; i++) {
            previous[i] = costs.cost(0, i);
        }
        int[][] bestStart = new int[k][];   // bestStart[j][i]: start of the last of j + 1 groups
        for (int j = 1; j < k; j++) {
            if (cancelled != null && cancelled.getAsBoolean()) {
                return null;
            }
            bestStart[j] = new int[m];
            // Only the last layer's final entry is needed; earlier layers leave room for k − 1 − j groups.
            int lo = j == k - 1 ? m - 1 : j;
            int hi = m - 1 - (k - 1 - j);
            Arrays.fill(current, Double.POSITIVE_INFINITY);
            solve(costs, j, lo, hi, j, hi, previous, current, bestStart[j]);
            double[] swap = previous;
            previous = current;
            current = swap;
        }
        int[] start = new int[k];
        int end = m - 1;
        for (int j = k - 1; j >= 1; j--) {
            start[j] = bestStart[j][end];
            end = start[j] - 1;
        }
        start[0] = 0;
        return start;
    }

    /**
     * Fills {@code current[i]} and {@code best[i]} for i in [lo, hi], knowing the best start of
     * each lies in [optLo, optHi]: divide and conquer on the monotone smallest argmin.
     */
    private static void solve(Costs costs, int j, int lo, int hi, int optLo, int optHi, double[] previous,
                              double[] current, int[] best) {
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int from = Math.max(optLo, j);
            int to = Math.min(optHi, mid);
            double bestValue = Double.POSITIVE_INFINITY;
            int bestL = from;
            for (int l = from; l <= to; l++) {
                double candidate = previous[l - 1] + costs.cost(l, mid);
                if (candidate < bestValue) {
                    bestValue = candidate;
                    bestL = l;
                }
            }
            current[mid] = bestValue;
            best[mid] = bestL;
            // Recurse into the smaller half, loop on the larger: the stack stays O(log m).
            if (mid - lo < hi - mid) {
                solve(costs, j, lo, mid - 1, optLo, bestL, previous, current, best);
                lo = mid + 1;
                optLo = bestL;
            } else {
                solve(costs, j, mid + 1, hi, bestL, optHi, previous, current, best);
                hi = mid - 1;
                optHi = bestL;
            }
        }
    }

    /**
     * The weighted sum of squares of any run of consecutive values in O(1): prefix sums of w,
     * w·(v − μ) and w·(v − μ)² for the weighted mean μ, the last two in double-double form.
     */
    private static final class Costs {
        private final double[] w;
        private final double[] s1;
        private final double[] s1Low;
        private final double[] s2;
        private final double[] s2Low;

        Costs(double[] value, double[] weight) {
            int m = value.length;
            double total = 0;
            double weighted = 0;
            for (int t = 0; t < m; t++) {
                total += weight[t];
                weighted += weight[t] * value[t];
            }
            double mu = weighted / total;
            w = new double[m + 1];
            s1 = new double[m + 1];
            s1Low = new double[m + 1];
            s2 = new double[m + 1];
            s2Low = new double[m + 1];
            for (int t = 0; t < m; t++) {
                double centred = value[t] - mu;
                double a = weight[t] * centred;
                double b = a * centred;
                w[t + 1] = w[t] + weight[t];
                s1[t + 1] = s1[t] + a;
                s1Low[t + 1] = s1Low[t] + roundingError(s1[t], a, s1[t + 1]);
                s2[t + 1] = s2[t] + b;
                s2Low[t + 1] = s2Low[t] + roundingError(s2[t], b, s2[t + 1]);
            }
        }

        /** The rounding error of {@code sum = x + y} (Knuth's TwoSum). */
        private static double roundingError(double x, double y, double sum) {
            double yPart = sum - x;
            return (x - (sum - yPart)) + (y - yPart);
        }

        /** The weighted sum of squared deviations from their mean of values {@code l..r} (inclusive). */
        double cost(int l, int r) {
            double weight = w[r + 1] - w[l];
            double sum = (s1[r + 1] - s1[l]) + (s1Low[r + 1] - s1Low[l]);
            double squares = (s2[r + 1] - s2[l]) + (s2Low[r + 1] - s2Low[l]);
            double c = squares - sum * (sum / weight);   // not sum·sum: W·spread² is finite, (W·spread)² may not be
            return c > 0 ? c : 0;
        }
    }
}
