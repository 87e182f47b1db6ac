package io.github.kmeans4j.metrics;

import java.util.Arrays;

/**
 * A checked labelling: the caller's labels mapped to dense codes 0..k−1 in increasing order of
 * label value (as scikit-learn's {@code LabelEncoder} does), with the size of each group.
 */
final class Labels {
    /** The code of every point, in [0, k). */
    final int[] codes;
    /** The distinct label values, increasing; {@code values[c]} is the label of code c. */
    final int[] values;
    /** How many points carry each code. */
    final int[] counts;

    private Labels(int[] codes, int[] values, int[] counts) {
        this.codes = codes;
        this.values = values;
        this.counts = counts;
    }

    /** The number of distinct labels. */
    int k() {
        return values.length;
    }

    /** The number of points. */
    int n() {
        return codes.length;
    }

    /**
     * Checks {@code labels} against {@code n} points and maps them.
     *
     * @param score the score being computed, for messages
     * @param what the name of the argument, for messages
     * @throws IllegalArgumentException if labels is null, has another length than n, or holds a
     *     negative label
     */
    static Labels of(String score, String what, int[] labels, int n) {
        check(score, what, labels, n);
        int[] sorted = labels.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        int[] values = Arrays.copyOf(sorted, distinct);
        int[] codes = new int[labels.length];
        int[] counts = new int[distinct];
        for (int i = 0; i < labels.length; i++) {
            int c = Arrays.binarySearch(values, labels[i]);
            codes[i] = c;
            counts[c]++;
        }
        return new Labels(codes, values, counts);
    }

    /**
     * Checks {@code labels} against {@code n} points.
     *
     * @throws IllegalArgumentException if labels is null, has another length than n, or holds a
     *     negative label
     */
    static void check(String score, String what, int[] labels, int n) {
        if (labels == null) {
            throw new IllegalArgumentException(score + ": " + what + " must not be null");
        }
        if (labels.length != n) {
            throw new IllegalArgumentException(score + ": " + what + " has " + labels.length
                    + " entries but there are " + n + " points");
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                throw new IllegalArgumentException(score + ": " + what + "[" + i + "] = " + labels[i]
                        + " is negative; labels must be 0 or more");
            }
        }
    }

    /**
     * Checks that the labelling has between 2 and n − 1 clusters, the range in which the internal
     * scores are defined (scikit-learn's rule).
     *
     * @throws IllegalArgumentException naming the score otherwise
     */
    Labels requireClusterCountForInternalScore(String score) {
        if (!internalScoreDefined()) {
            throw new IllegalArgumentException(score + " is undefined for " + k() + " cluster"
                    + (k() == 1 ? "" : "s") + " among " + n() + " points: it needs 2 to n − 1 = " + (n() - 1)
                    + " distinct labels" + (k() == 1 ? " (there is no other cluster to compare with)"
                    : " (every point is alone in its cluster)"));
        }
        return this;
    }

    /** Whether 2 ≤ k ≤ n − 1. */
    boolean internalScoreDefined() {
        return k() >= 2 && k() <= n() - 1;
    }
}
