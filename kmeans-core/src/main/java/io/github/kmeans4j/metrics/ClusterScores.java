package io.github.kmeans4j.metrics;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.internal.SplitMix64;

/**
 * Internal quality scores of a clustering: how compact and separated the clusters of a labelling
 * are, from the data alone. Static methods; thread-safe.
 *
 * <p>Conventions are scikit-learn 1.2's, and the results agree with it to a relative 1e-9 or
 * better (see the reference test): labels may be any non-negative integers (they are only compared for
 * equality, except where centroids are given: there a label is the index of its centroid); the
 * silhouette of a point alone in its cluster is 0; the silhouette, Davies–Bouldin and
 * Calinski–Harabasz scores need between 2 and n − 1 distinct labels. Distances are Euclidean.
 * Sample weights of the dataset are used by {@link #inertia} only; the other scores count every
 * point once, as scikit-learn's do.
 *
 * <p>Bad input — a null argument, a label array whose length is not n, a negative label, a
 * number of clusters for which the score is undefined, centroids of the wrong shape — is an
 * {@link IllegalArgumentException} whose message names the score and says what is wrong.
 * Arrays passed in are never modified.
 *
 * <p>Every value of any magnitude is scored: the scores other than the inertia do not change when
 * all values are multiplied by one factor, so data whose largest magnitude is beyond 2^400 (about
 * 2.6e120) or below 2^-400, whose squared distances could overflow or underflow, are scored as a copy multiplied by a power
 * of two, which is exact; data within those magnitudes are scored as given. The inertia is
 * computed the same way and scaled back, and an inertia beyond the largest double is an
 * {@link IllegalArgumentException}, never an infinity.
 */
public final class ClusterScores {

    private ClusterScores() {
    }

    /**
     * The inertia: the weighted sum of squared Euclidean distances from each point to the
     * centroid its label names, as {@code KMeansResult.inertia()} reports it. O(n·d).
     *
     * @param data the points, with their weights if any
     * @param labels the cluster of every point, an index into {@code centroids}
     * @param centroids k rows of d values
     * @return the weighted sum of squared distances, 0 or more
     * @throws IllegalArgumentException if an argument is null, the shapes disagree, or a label is
     *     negative or not below the number of centroids
     */
    public static double inertia(Dataset data, int[] labels, double[][] centroids) {
        String score = "inertia";
        requireData(score, data);
        double[] c = flatCentroids(score, centroids, data.d());
        int k = centroids.length;
        checkCentroidLabels(score, labels, data.n(), k);
        double[] x = data.toRowMajorArray();
        int shift = ExactScale.shiftFor(x, c);
        ExactScale.apply(x, shift);
        ExactScale.apply(c, shift);
        int d = data.d();
        double total = 0;
        for (int i = 0; i < data.n(); i++) {
            double s = 0;
            int row = i * d;
            int cr = labels[i] * d;
            for (int m = 0; m < d; m++) {
                double diff = x[row + m] - c[cr + m];
                s += diff * diff;
            }
            total += data.hasWeights() ? data.weight(i) * s : s;
        }
        return unscaledInertia(score, total, shift);
    }

    /**
     * The inertia of a labelling: the weighted sum of squared Euclidean distances from each point
     * to the weighted mean of its cluster, the least inertia any centroids give these labels.
     * O(n·d).
     *
     * @param data the points, with their weights if any
     * @param labels the cluster of every point, any non-negative integers
     * @return the weighted sum of squared distances to the cluster means, 0 or more
     * @throws IllegalArgumentException if an argument is null, the label array's length is not n,
     *     or a label is negative
     */
    public static double inertia(Dataset data, int[] labels) {
        String score = "inertia";
        requireData(score, data);
        Labels l = Labels.of(score, "labels", labels, data.n());
        double[] x = data.toRowMajorArray();
        int shift = ExactScale.shiftFor(x);
        ExactScale.apply(x, shift);
        double[] w = data.weights();
        int n = data.n();
        int d = data.d();
        int k = l.k();
        double[] sums = new double[k * d];
        double[] mass = new double[k];
        for (int i = 0; i < n; i++) {
            int c = l.codes[i];
            mass[c] += w[i];
            for (int m = 0; m < d; m++) {
                sums[c * d + m] += w[i] * x[i * d + m];
            }
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            int c = l.codes[i];
            if (mass[c] == 0) {
                continue;
            }
            double s = 0;
            for (int m = 0; m < d; m++) {
                double diff = x[i * d + m] - sums[c * d + m] / mass[c];
                s += diff * diff;
            }
            total += w[i] * s;
        }
        return unscaledInertia(score, total, shift);
    }

    /**
     * An inertia computed on data scaled by 2^shift, brought back to the data's own scale.
     *
     * @throws IllegalArgumentException if it exceeds the largest double
     */
    private static double unscaledInertia(String score, double scaledTotal, int shift) {
        double total = Math.scalb(scaledTotal, -2 * shift);
        if (!Double.isFinite(total)) {
            throw new IllegalArgumentException(score + ": the weighted sum of squared distances exceeds the largest"
                    + " double (" + Double.MAX_VALUE + "); rescale the data or the weights");
        }
        return total;
    }

    /**
     * The exact silhouette of every point and their mean (scikit-learn's
     * {@code silhouette_samples} and {@code silhouette_score}), on all cores. O(n²·d) time,
     * O(n·d) extra memory; see {@link #silhouette(Dataset, int[], int)}.
     *
     * @param data the points (weights are ignored)
     * @param labels the cluster of every point, any non-negative integers
     * @return the silhouette of every point, in row order, and their mean
     * @throws IllegalArgumentException if an argument is null, the label array's length is not n,
     *     a label is negative, or there are fewer than 2 or more than n − 1 distinct labels
     */
    public static Silhouette silhouette(Dataset data, int[] labels) {
        return silhouette(data, labels, Parallel.allCores());
    }

    /**
     * The exact silhouette of every point and their mean, on up to {@code threads} threads. The
     * points are scored in blocks, each point independently, and the mean is summed in row order,
     * so the result is bit-identical for every thread count. O(n²·d) time: 1.4 to 3.7 s for
     * n = 20 000, d = 16 on two cores of a busy shared machine (see {@code benchmarks/README.md});
     * for larger n use {@link #silhouetteSampled}.
     *
     * @param data the points (weights are ignored)
     * @param labels the cluster of every point, any non-negative integers
     * @param threads the most threads to use, at least 1
     * @return the silhouette of every point, in row order, and their mean
     * @throws IllegalArgumentException as {@link #silhouette(Dataset, int[])}, or if threads is
     *     below 1
     */
    public static Silhouette silhouette(Dataset data, int[] labels, int threads) {
        String score = "silhouette";
        requireData(score, data);
        Parallel.checkThreads(score, threads);
        Labels l = Labels.of(score, "labels", labels, data.n()).requireClusterCountForInternalScore(score);
        return silhouette(ExactScale.scaled(data.toRowMajorArray()), data.n(), data.d(), l, threads);
    }

    /** The exact silhouette of checked labels on flat data. */
    static Silhouette silhouette(double[] x, int n, int d, Labels l, int threads) {
        double[] values = SilhouetteKernel.values(x, n, d, l.codes, l.counts, threads);
        int[] points = new int[n];
        for (int i = 0; i < n; i++) {
            points[i] = i;
        }
        return new Silhouette(mean(values), values, points, false);
    }

    /**
     * The silhouette of a random sample of {@code sampleSize} distinct points, computed among the
     * sample alone, as scikit-learn's {@code silhouette_score(..., sample_size=...)} does: each
     * sampled point's a and b are its mean distances to the sampled points. O(s²·d) for a sample
     * of s points. The sample is drawn without replacement by the library's own generator from
     * {@code seed}, so a seed gives the same sample on every JDK; the mean converges to the exact
     * silhouette's as the sample grows, and when {@code sampleSize ≥ n} every point is scored
     * and the result equals {@link #silhouette(Dataset, int[])}. Runs on all cores.
     *
     * @param data the points (weights are ignored)
     * @param labels the cluster of every point, any non-negative integers
     * @param sampleSize how many distinct points to draw, at least 2; n or more scores every point
     * @param seed the seed of the generator that draws the sample
     * @return the silhouette of each sampled point, the points drawn, and their mean
     * @throws IllegalArgumentException as {@link #silhouette(Dataset, int[])}, if sampleSize is
     *     below 2, or if the sample holds fewer than 2 or more than s − 1 distinct labels
     */
    public static Silhouette silhouetteSampled(Dataset data, int[] labels, int sampleSize, long seed) {
        String score = "silhouetteSampled";
        requireData(score, data);
        if (sampleSize < 2) {
            throw new IllegalArgumentException(score + ": sampleSize must be at least 2, was " + sampleSize);
        }
        Labels all = Labels.of(score, "labels", labels, data.n()).requireClusterCountForInternalScore(score);
        double[] x = ExactScale.scaled(data.toRowMajorArray());
        if (sampleSize >= data.n()) {
            return silhouette(x, data.n(), data.d(), all, Parallel.allCores());
        }
        return sampled(score, x, data.n(), data.d(), labels, drawSample(data.n(), sampleSize, seed),
                Parallel.allCores());
    }

    /**
     * The silhouette of the points {@code sample} (distinct rows) among themselves.
     *
     * @throws IllegalArgumentException if the sample holds fewer than 2 or more than s − 1 clusters
     */
    static Silhouette sampled(String score, double[] x, int n, int d, int[] labels, int[] sample, int threads) {
        int s = sample.length;
        double[] sx = new double[s * d];
        int[] sl = new int[s];
        for (int q = 0; q < s; q++) {
            System.arraycopy(x, sample[q] * d, sx, q * d, d);
            sl[q] = labels[sample[q]];
        }
        Labels l = Labels.of(score, "labels", sl, s);
        if (!l.internalScoreDefined()) {
            throw new IllegalArgumentException(score + ": the sample of " + s + " points holds " + l.k()
                    + " distinct label(s) but needs 2 to " + (s - 1) + "; use another sample size or seed");
        }
        double[] values = SilhouetteKernel.values(sx, s, d, l.codes, l.counts, threads);
        return new Silhouette(mean(values), values, sample.clone(), true);
    }

    /**
     * {@code size} distinct rows out of n, drawn by a partial Fisher–Yates shuffle from the
     * library's SplitMix64 generator seeded with {@code seed}, in the order drawn.
     */
    static int[] drawSample(int n, int size, long seed) {
        SplitMix64 random = new SplitMix64(seed);
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        int s = Math.min(size, n);
        for (int i = 0; i < s; i++) {
            int j = i + random.nextInt(n - i);
            int t = index[i];
            index[i] = index[j];
            index[j] = t;
        }
        return java.util.Arrays.copyOf(index, s);
    }

    /**
     * The simplified silhouette (Hruschka, Campello and de Castro, 2004; Vendramin et al., 2010):
     * the silhouette with a point's mean distances to the points of a cluster replaced by its
     * distance to the cluster's centroid: a = distance to its own centroid, b = distance to the
     * nearest centroid of another non-empty cluster, {@code s = (b − a) / max(a, b)}, 0 for a
     * point alone in its cluster and 0 when a = b = 0. O(n·k·d), so cheap enough to follow a fit
     * on large data. Centroids of clusters that hold no point are ignored.
     *
     * @param data the points (weights are ignored)
     * @param labels the cluster of every point, an index into {@code centroids}
     * @param centroids k rows of d values
     * @return the simplified silhouette of every point, in row order, and their mean
     * @throws IllegalArgumentException if an argument is null, the shapes disagree, a label is
     *     negative or not below k, a centroid value is not finite, or fewer than 2 or more than
     *     n − 1 clusters are non-empty
     */
    public static Silhouette simplifiedSilhouette(Dataset data, int[] labels, double[][] centroids) {
        String score = "simplifiedSilhouette";
        requireData(score, data);
        double[] c = flatCentroids(score, centroids, data.d());
        checkCentroidLabels(score, labels, data.n(), centroids.length);
        double[] x = data.toRowMajorArray();
        int shift = ExactScale.shiftFor(x, c);
        return simplified(score, ExactScale.apply(x, shift), data.n(), data.d(), labels, ExactScale.apply(c, shift),
                centroids.length);
    }

    /** The simplified silhouette on flat data; labels already checked to lie in [0, k). */
    static Silhouette simplified(String score, double[] x, int n, int d, int[] labels, double[] c, int k) {
        int[] counts = new int[k];
        for (int label : labels) {
            counts[label]++;
        }
        int nonEmpty = 0;
        for (int count : counts) {
            nonEmpty += count > 0 ? 1 : 0;
        }
        if (nonEmpty < 2 || nonEmpty > n - 1) {
            throw new IllegalArgumentException(score + " is undefined for " + nonEmpty + " non-empty cluster(s) among "
                    + n + " points: it needs 2 to n − 1 = " + (n - 1));
        }
        double[] values = new double[n];
        int[] points = new int[n];
        for (int i = 0; i < n; i++) {
            points[i] = i;
            int own = labels[i];
            if (counts[own] == 1) {
                continue;
            }
            double a = Math.sqrt(squaredDistance(x, i * d, c, own * d, d));
            double b2 = Double.POSITIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                if (j != own && counts[j] > 0) {
                    b2 = Math.min(b2, squaredDistance(x, i * d, c, j * d, d));
                }
            }
            double b = Math.sqrt(b2);
            double max = Math.max(a, b);
            values[i] = max == 0 ? 0.0 : (b - a) / max;
        }
        return new Silhouette(mean(values), values, points, false);
    }

    /**
     * The Davies–Bouldin index (Davies and Bouldin, IEEE TPAMI 1(2), 1979) as scikit-learn
     * computes it: with μ the cluster means and S the mean distance of a cluster's points to its
     * mean, the mean over clusters i of {@code max over j ≠ i of (S_i + S_j) / ‖μ_i − μ_j‖}
     * (pairs whose means coincide count 0; 0 when every S or every distance between means is
     * within 1e-8 of 0, in the data's units). Lower is better, 0 is the least. O(n·d + k²·d).
     *
     * @param data the points (weights are ignored)
     * @param labels the cluster of every point, any non-negative integers
     * @return the Davies–Bouldin index, 0 or more
     * @throws IllegalArgumentException if an argument is null, the label array's length is not n,
     *     a label is negative, or there are fewer than 2 or more than n − 1 distinct labels
     */
    public static double daviesBouldin(Dataset data, int[] labels) {
        String score = "daviesBouldin";
        requireData(score, data);
        Labels l = Labels.of(score, "labels", labels, data.n()).requireClusterCountForInternalScore(score);
        double[] x = data.toRowMajorArray();
        int shift = ExactScale.shiftFor(x);
        return daviesBouldin(ExactScale.apply(x, shift), data.n(), data.d(), l, shift);
    }

    /**
     * Davies–Bouldin on flat data scaled by 2^shift and checked labels. The test for all-zero
     * distances keeps scikit-learn's 1e-8 in the data's own units, so it is scaled as the data are.
     */
    static double daviesBouldin(double[] x, int n, int d, Labels l, int shift) {
        double zero = Math.scalb(1e-8, shift);
        int k = l.k();
        double[] mu = means(x, n, d, l);
        double[] intra = new double[k];
        for (int i = 0; i < n; i++) {
            int c = l.codes[i];
            intra[c] += Math.sqrt(squaredDistance(x, i * d, mu, c * d, d));
        }
        boolean intraAllZero = true;
        for (int c = 0; c < k; c++) {
            intra[c] /= l.counts[c];
            intraAllZero &= Math.abs(intra[c]) <= zero;
        }
        double[] between = new double[k * k];
        boolean betweenAllZero = true;
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                between[a * k + b] = Math.sqrt(squaredDistance(mu, a * d, mu, b * d, d));
                betweenAllZero &= between[a * k + b] <= zero;
            }
        }
        if (intraAllZero || betweenAllZero) {
            return 0.0;
        }
        double sum = 0;
        for (int a = 0; a < k; a++) {
            double worst = 0;
            for (int b = 0; b < k; b++) {
                double dist = between[a * k + b];
                if (b != a && dist > 0) {
                    worst = Math.max(worst, (intra[a] + intra[b]) / dist);
                }
            }
            sum += worst;
        }
        return sum / k;
    }

    /**
     * The Calinski–Harabasz index, or variance ratio criterion (Caliński and Harabasz, Commun.
     * Stat. 3(1), 1974), as scikit-learn computes it: the between-cluster dispersion
     * {@code Σ n_c ‖μ_c − μ‖²} over the within-cluster dispersion {@code Σ ‖x − μ_c‖²}, times
     * {@code (n − k) / (k − 1)}; 1 when the within-cluster dispersion is 0. Higher is better.
     * O(n·d).
     *
     * @param data the points (weights are ignored)
     * @param labels the cluster of every point, any non-negative integers
     * @return the Calinski–Harabasz index, 0 or more
     * @throws IllegalArgumentException if an argument is null, the label array's length is not n,
     *     a label is negative, or there are fewer than 2 or more than n − 1 distinct labels
     */
    public static double calinskiHarabasz(Dataset data, int[] labels) {
        String score = "calinskiHarabasz";
        requireData(score, data);
        Labels l = Labels.of(score, "labels", labels, data.n()).requireClusterCountForInternalScore(score);
        return calinskiHarabasz(ExactScale.scaled(data.toRowMajorArray()), data.n(), data.d(), l);
    }

    /** Calinski–Harabasz on flat data and checked labels. */
    static double calinskiHarabasz(double[] x, int n, int d, Labels l) {
        int k = l.k();
        double[] mu = means(x, n, d, l);
        double[] overall = new double[d];
        for (int i = 0; i < n; i++) {
            for (int m = 0; m < d; m++) {
                overall[m] += x[i * d + m];
            }
        }
        for (int m = 0; m < d; m++) {
            overall[m] /= n;
        }
        double extra = 0;
        for (int c = 0; c < k; c++) {
            extra += l.counts[c] * squaredDistance(mu, c * d, overall, 0, d);
        }
        double intra = 0;
        for (int i = 0; i < n; i++) {
            intra += squaredDistance(x, i * d, mu, l.codes[i] * d, d);
        }
        return intra == 0.0 ? 1.0 : extra * (n - k) / (intra * (k - 1.0));
    }

    /** The unweighted mean of every cluster, k rows of d, row-major. */
    private static double[] means(double[] x, int n, int d, Labels l) {
        double[] mu = new double[l.k() * d];
        for (int i = 0; i < n; i++) {
            int row = l.codes[i] * d;
            for (int m = 0; m < d; m++) {
                mu[row + m] += x[i * d + m];
            }
        }
        for (int c = 0; c < l.k(); c++) {
            for (int m = 0; m < d; m++) {
                mu[c * d + m] /= l.counts[c];
            }
        }
        return mu;
    }

    static double squaredDistance(double[] a, int aOff, double[] b, int bOff, int d) {
        double s = 0;
        for (int m = 0; m < d; m++) {
            double diff = a[aOff + m] - b[bOff + m];
            s += diff * diff;
        }
        return s;
    }

    private static double mean(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s / values.length;
    }

    private static void requireData(String score, Dataset data) {
        if (data == null) {
            throw new IllegalArgumentException(score + ": data must not be null");
        }
    }

    /**
     * Checks centroids against d and flattens them row-major.
     *
     * @throws IllegalArgumentException if null, empty, ragged, of the wrong width or not finite
     */
    static double[] flatCentroids(String score, double[][] centroids, int d) {
        if (centroids == null) {
            throw new IllegalArgumentException(score + ": centroids must not be null");
        }
        if (centroids.length == 0) {
            throw new IllegalArgumentException(score + ": centroids must hold at least one centroid, was empty");
        }
        double[] flat = new double[centroids.length * d];
        for (int j = 0; j < centroids.length; j++) {
            if (centroids[j] == null) {
                throw new IllegalArgumentException(score + ": centroids[" + j + "] is null");
            }
            if (centroids[j].length != d) {
                throw new IllegalArgumentException(score + ": centroids[" + j + "] has " + centroids[j].length
                        + " values but the data has d = " + d + " columns");
            }
            for (int m = 0; m < d; m++) {
                double v = centroids[j][m];
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException(score + ": centroids[" + j + "][" + m + "] = " + v
                            + " is not finite");
                }
                flat[j * d + m] = v;
            }
        }
        return flat;
    }

    /**
     * Checks labels that index k centroids.
     *
     * @throws IllegalArgumentException if null, of length other than n, or a label is outside [0, k)
     */
    static void checkCentroidLabels(String score, int[] labels, int n, int k) {
        Labels.check(score, "labels", labels, n);
        for (int i = 0; i < n; i++) {
            if (labels[i] >= k) {
                throw new IllegalArgumentException(score + ": labels[" + i + "] = " + labels[i]
                        + " names no centroid: there are " + k + " centroids, so labels must be in [0, " + k + ")");
            }
        }
    }
}
