package io.github.kmeans4j.metrics;

import java.math.BigInteger;

/**
 * External scores: how well a clustering agrees with known classes. Each takes the known class
 * of every point ({@code truth}) and the cluster of every point ({@code predicted}); labels are
 * any non-negative integers, compared only for equality, so renaming the clusters or the classes
 * changes no score. Static methods; thread-safe.
 *
 * <p>Definitions and special cases are scikit-learn 1.2's (natural logarithms; normalised and
 * adjusted mutual information with the arithmetic mean of the two entropies), and the results
 * agree with it to a relative 1e-9 or better (see the reference test). All are symmetric in the two labellings
 * except homogeneity and completeness, which swap.
 *
 * <p>Bad input — a null or empty array, arrays of different lengths, a negative label — is an
 * {@link IllegalArgumentException} whose message names the score and says what is wrong. Arrays
 * passed in are never modified.
 */
public final class LabelAgreement {
    private static final double EPS = Math.ulp(1.0);

    private LabelAgreement() {
    }

    /**
     * The contingency table of the two labellings: classes as rows, clusters as columns.
     *
     * @param truth the known class of every point, non-negative
     * @param predicted the cluster of every point, non-negative; as many as {@code truth}
     * @return the table counting the points of each (class, cluster) pair
     * @throws IllegalArgumentException on bad input (see the class documentation)
     */
    public static ContingencyTable contingency(int[] truth, int[] predicted) {
        return ContingencyTable.of("contingency", truth, predicted);
    }

    /**
     * The adjusted Rand index (Hubert and Arabie, "Comparing partitions", J. Classif. 2, 1985):
     * the Rand index (the fraction of pairs of points on which the labellings agree: together in
     * both or apart in both) corrected for chance, so that random labellings score about 0 and
     * identical ones 1; it may be negative. Exact integer pair counts. O(n log n).
     *
     * @param truth the known class of every point, non-negative
     * @param predicted the cluster of every point, non-negative; as many as {@code truth}
     * @return the adjusted Rand index, at most 1
     * @throws IllegalArgumentException on bad input (see the class documentation)
     */
    public static double adjustedRand(int[] truth, int[] predicted) {
        ContingencyTable t = ContingencyTable.of("adjustedRand", truth, predicted);
        long n = t.n();
        long sumSquares = 0;
        long byColumn = 0;
        long byRow = 0;
        for (int c = 0; c < t.nonZeroCells(); c++) {
            long count = t.cellCount(c);
            sumSquares += count * count;
            byColumn += count * t.columnSum(t.column(c));
            byRow += count * t.rowSum(t.row(c));
        }
        // Ordered pairs of distinct points: together in both, apart in truth only, and so on.
        long together = sumSquares - n;
        long onlyPredictedTogether = byColumn - sumSquares;
        long onlyTruthTogether = byRow - sumSquares;
        long apart = n * n - onlyPredictedTogether - onlyTruthTogether - sumSquares;
        if (onlyPredictedTogether == 0 && onlyTruthTogether == 0) {
            return 1.0;
        }
        BigInteger tp = BigInteger.valueOf(together);
        BigInteger tn = BigInteger.valueOf(apart);
        BigInteger fp = BigInteger.valueOf(onlyPredictedTogether);
        BigInteger fn = BigInteger.valueOf(onlyTruthTogether);
        BigInteger numerator = tp.multiply(tn).subtract(fn.multiply(fp)).shiftLeft(1);
        BigInteger denominator = tp.add(fn).multiply(fn.add(tn)).add(tp.add(fp).multiply(fp.add(tn)));
        return numerator.doubleValue() / denominator.doubleValue();
    }

    /**
     * The mutual information of the two labellings, in nats: {@code Σ p_ij log(p_ij / (p_i p_j))}.
     * 0 when either labelling has a single label. O(n log n).
     *
     * @param truth the known class of every point, non-negative
     * @param predicted the cluster of every point, non-negative; as many as {@code truth}
     * @return the mutual information in nats, 0 or more
     * @throws IllegalArgumentException on bad input (see the class documentation)
     */
    public static double mutualInformation(int[] truth, int[] predicted) {
        return mutualInformation(ContingencyTable.of("mutualInformation", truth, predicted));
    }

    /**
     * The normalised mutual information with the arithmetic mean of the entropies:
     * {@code MI / ((H(truth) + H(predicted)) / 2)}, in [0, 1]; 1 when both labellings have a single
     * label, 0 when the mutual information is 0 otherwise. Equal to {@link #vMeasure}. O(n log n).
     *
     * @param truth the known class of every point, non-negative
     * @param predicted the cluster of every point, non-negative; as many as {@code truth}
     * @return the normalised mutual information, in [0, 1]
     * @throws IllegalArgumentException on bad input (see the class documentation)
     */
    public static double normalizedMutualInfo(int[] truth, int[] predicted) {
        ContingencyTable t = ContingencyTable.of("normalizedMutualInfo", truth, predicted);
        if (t.rows() == 1 && t.columns() == 1) {
            return 1.0;
        }
        double mi = mutualInformation(t);
        if (mi == 0) {
            return 0.0;
        }
        return mi / ((rowEntropy(t) + columnEntropy(t)) / 2);
    }

    /**
     * The adjusted mutual information with the arithmetic mean of the entropies (Vinh, Epps and
     * Bailey, "Information theoretic measures for clusterings comparison", JMLR 11, 2010):
     * {@code (MI − E[MI]) / (mean(H(truth), H(predicted)) − E[MI])}, where E[MI] is the expected
     * mutual information of two random labellings with the same cluster sizes (hypergeometric
     * model), computed exactly as scikit-learn does. About 0 for random labellings, 1 for
     * identical ones (and when both have a single label); it may be negative. O(n·min(r, c)) for
     * r classes and c clusters.
     *
     * @param truth the known class of every point, non-negative
     * @param predicted the cluster of every point, non-negative; as many as {@code truth}
     * @return the adjusted mutual information, at most 1
     * @throws IllegalArgumentException on bad input (see the class documentation)
     */
    public static double adjustedMutualInfo(int[] truth, int[] predicted) {
        ContingencyTable t = ContingencyTable.of("adjustedMutualInfo", truth, predicted);
        if (t.rows() == 1 && t.columns() == 1) {
            return 1.0;
        }
        double mi = mutualInformation(t);
        double emi = expectedMutualInformation(t);
        double normalizer = (rowEntropy(t) + columnEntropy(t)) / 2;
        double denominator = normalizer - emi;
        // The normaliser is never below E[MI] in exact arithmetic; keep the sign rounding gave.
        denominator = denominator < 0 ? Math.min(denominator, -EPS) : Math.max(denominator, EPS);
        return (mi - emi) / denominator;
    }

    /**
     * Homogeneity (Rosenberg and Hirschberg, "V-Measure", EMNLP-CoNLL 2007): 1 when every cluster
     * holds points of a single class; {@code MI / H(truth)}, 1 when truth has a single class.
     *
     * @param truth the known class of every point, non-negative
     * @param predicted the cluster of every point, non-negative; as many as {@code truth}
     * @return the homogeneity, in [0, 1]
     * @throws IllegalArgumentException on bad input (see the class documentation)
     */
    public static double homogeneity(int[] truth, int[] predicted) {
        ContingencyTable t = ContingencyTable.of("homogeneity", truth, predicted);
        double h = rowEntropy(t);
        return h == 0 ? 1.0 : mutualInformation(t) / h;
    }

    /**
     * Completeness (Rosenberg and Hirschberg 2007): 1 when all points of each class are in one
     * cluster; {@code MI / H(predicted)}, 1 when there is a single cluster.
     *
     * @param truth the known class of every point, non-negative
     * @param predicted the cluster of every point, non-negative; as many as {@code truth}
     * @return the completeness, in [0, 1]
     * @throws IllegalArgumentException on bad input (see the class documentation)
     */
    public static double completeness(int[] truth, int[] predicted) {
        ContingencyTable t = ContingencyTable.of("completeness", truth, predicted);
        double h = columnEntropy(t);
        return h == 0 ? 1.0 : mutualInformation(t) / h;
    }

    /**
     * The V-measure: the harmonic mean of {@link #homogeneity} and {@link #completeness}, 0 when
     * both are 0. Equal to {@link #normalizedMutualInfo} (arithmetic normalisation).
     *
     * @param truth the known class of every point, non-negative
     * @param predicted the cluster of every point, non-negative; as many as {@code truth}
     * @return the V-measure, in [0, 1]
     * @throws IllegalArgumentException on bad input (see the class documentation)
     */
    public static double vMeasure(int[] truth, int[] predicted) {
        return vMeasure(truth, predicted, 1.0);
    }

    /**
     * The weighted V-measure {@code (1 + β)·h·c / (β·h + c)}: β above 1 weighs completeness more,
     * below 1 homogeneity more; 0 when both are 0.
     *
     * @param truth the known class of every point, non-negative
     * @param predicted the cluster of every point, non-negative; as many as {@code truth}
     * @param beta the weight β of completeness against homogeneity, finite and 0 or more
     * @return the weighted V-measure, in [0, 1]
     * @throws IllegalArgumentException on bad input, or if beta is negative or not finite
     */
    public static double vMeasure(int[] truth, int[] predicted, double beta) {
        if (!(beta >= 0) || Double.isInfinite(beta)) {
            throw new IllegalArgumentException("vMeasure: beta must be finite and 0 or more, was " + beta);
        }
        ContingencyTable t = ContingencyTable.of("vMeasure", truth, predicted);
        double hTruth = rowEntropy(t);
        double hPredicted = columnEntropy(t);
        double mi = mutualInformation(t);
        double homogeneity = hTruth == 0 ? 1.0 : mi / hTruth;
        double completeness = hPredicted == 0 ? 1.0 : mi / hPredicted;
        if (homogeneity + completeness == 0) {
            return 0.0;
        }
        return (1 + beta) * homogeneity * completeness / (beta * homogeneity + completeness);
    }

    /** scikit-learn's {@code mutual_info_score} from a table, term by term. */
    static double mutualInformation(ContingencyTable t) {
        if (t.rows() == 1 || t.columns() == 1) {
            return 0.0;
        }
        double n = t.n();
        double logN = Math.log(n);
        double sum = 0;
        for (int c = 0; c < t.nonZeroCells(); c++) {
            double count = t.cellCount(c);
            double share = count / n;
            long outer = (long) t.rowSum(t.row(c)) * t.columnSum(t.column(c));
            double logOuter = -Math.log((double) outer) + logN + logN;
            double term = share * (Math.log(count) - logN) + share * logOuter;
            sum += Math.abs(term) < EPS ? 0.0 : term;
        }
        return Math.max(sum, 0.0);
    }

    /** The entropy of the classes (row sums), in nats; 0 for a single class. */
    static double rowEntropy(ContingencyTable t) {
        double[] sizes = new double[t.rows()];
        for (int r = 0; r < sizes.length; r++) {
            sizes[r] = t.rowSum(r);
        }
        return entropy(sizes, t.n());
    }

    /** The entropy of the clusters (column sums), in nats; 0 for a single cluster. */
    static double columnEntropy(ContingencyTable t) {
        double[] sizes = new double[t.columns()];
        for (int c = 0; c < sizes.length; c++) {
            sizes[c] = t.columnSum(c);
        }
        return entropy(sizes, t.n());
    }

    private static double entropy(double[] sizes, double n) {
        if (sizes.length == 1) {
            return 0.0;
        }
        double logN = Math.log(n);
        double sum = 0;
        for (double size : sizes) {
            sum += size / n * (Math.log(size) - logN);
        }
        return -sum;
    }

    /**
     * The expected mutual information of two labellings drawn at random with the table's row and
     * column sums (Vinh, Epps and Bailey 2010, eq. 24a), summed as scikit-learn's
     * {@code expected_mutual_information}: the hypergeometric probabilities in log space.
     */
    static double expectedMutualInformation(ContingencyTable t) {
        if (t.rows() == 1 || t.columns() == 1) {
            return 0.0;
        }
        int n = t.n();
        double[] logFactorial = logFactorials(n);
        double logN = Math.log(n);
        double emi = 0;
        for (int i = 0; i < t.rows(); i++) {
            int a = t.rowSum(i);
            double logA = Math.log(a);
            for (int j = 0; j < t.columns(); j++) {
                int b = t.columnSum(j);
                double logB = Math.log(b);
                double fixed = logFactorial[a] + logFactorial[b] + logFactorial[n - a] + logFactorial[n - b]
                        - logFactorial[n];
                int start = Math.max(1, a - n + b);
                int end = Math.min(a, b);
                for (int nij = start; nij <= end; nij++) {
                    double term2 = logN + Math.log(nij) - logA - logB;
                    double gln = fixed - logFactorial[nij] - logFactorial[a - nij] - logFactorial[b - nij]
                            - logFactorial[n - a - b + nij];
                    emi += (double) nij / n * term2 * Math.exp(gln);
                }
            }
        }
        return emi;
    }

    /** {@code log(m!)} for m = 0..max, each computed on its own (no accumulated rounding). */
    static double[] logFactorials(int max) {
        double[] out = new double[max + 1];
        for (int m = 0; m <= max; m++) {
            out[m] = logFactorial(m);
        }
        return out;
    }

    /**
     * {@code log(m!)}, to within a few units in the last place: from the exact factorial up to
     * 20! (exactly representable in a double), and from Stirling's series with four correction
     * terms above, whose truncation error there is below 1.1e-15 (relatively, 3e-17).
     */
    static double logFactorial(long m) {
        if (m < 0) {
            throw new IllegalArgumentException("m must be 0 or more, was " + m);
        }
        if (m <= 20) {
            long f = 1;
            for (long i = 2; i <= m; i++) {
                f *= i;
            }
            return Math.log((double) f);
        }
        double x = m;
        double inv = 1 / x;
        double inv2 = inv * inv;
        double series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 / 1680)));
        return (x + 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + series;
    }
}
