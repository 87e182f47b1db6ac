package io.github.kmeans4j.spark;

import java.math.BigInteger;

/**
 * Which rows form the sample: of n rows, s evenly spaced ones — row 0, and row r when
 * ⌊r·s / n⌋ exceeds ⌊(r − 1)·s / n⌋, which gives exactly s rows — and all rows when s ≥ n. Deterministic, computed from a row's index alone, so every executor agrees.
 */
final class SampleRows {
    private SampleRows() {
    }

    /** The index in the sample of row {@code row} of n, or −1 if the sample skips it. */
    static int indexOf(long row, long n, long size) {
        if (size >= n) {
            return (int) row;
        }
        if (row == 0) {
            return 0;
        }
        long at = scaled(row, size, n);
        return at > scaled(row - 1, size, n) ? (int) at : -1;
    }

    /** ⌊a·b / c⌋ for non-negative a, b and positive c, without overflow. */
    private static long scaled(long a, long b, long c) {
        long high = Math.multiplyHigh(a, b);
        if (high == 0 && a * b >= 0) {
            return a * b / c;
        }
        return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).divide(BigInteger.valueOf(c)).longValueExact();
    }
}
