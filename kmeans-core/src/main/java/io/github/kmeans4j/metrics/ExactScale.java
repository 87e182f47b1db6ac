package io.github.kmeans4j.metrics;

/**
 * Brings data of extreme magnitude to a safe one without changing any score. The silhouette, the
 * simplified silhouette and the Davies–Bouldin and Calinski–Harabasz indices are unchanged when
 * every value is multiplied by the same factor, and multiplying by a power of two is exact in
 * binary floating point while the values stay normal. Squared distances of values beyond about
 * 1e154 overflow and those of values below about 1e-154 lose their digits to underflow, so data
 * whose largest magnitude has a binary exponent outside ±{@value #LIMIT} are scored as a copy
 * multiplied by the power of two that brings that magnitude into [1, 2): the result is the one the
 * data would give with an unlimited exponent range. Data within the limit are scored as given, bit
 * for bit as before.
 *
 * <p>Why {@value #LIMIT}: with the largest magnitude below 2^401, a squared distance is below
 * 4·d·2^802, and every sum of the scores (at most n·d such terms, n·d &lt; 2^31, then times at most
 * n) stays below 2^900; with it at 2^-400 or above, a square of that magnitude is still a normal
 * double.
 */
final class ExactScale {
    /** The largest binary exponent, in magnitude, of data scored as given. */
    static final int LIMIT = 400;

    private ExactScale() {
    }

    /**
     * The power of two, as an exponent, that brings the largest magnitude in {@code values} into
     * [1, 2), or 0 if it lies within ±{@value #LIMIT} already or every value is 0.
     *
     * @param values finite values
     * @return the exponent to pass to {@link Math#scalb(double, int)}
     */
    static int shiftFor(double[] values) {
        double largest = largest(values);
        if (largest == 0) {
            return 0;
        }
        int exponent = largest >= Double.MIN_NORMAL
                ? Math.getExponent(largest)
                : Math.getExponent(largest * 0x1p54) - 54;   // subnormal: read the exponent of an exact multiple
        return Math.abs(exponent) <= LIMIT ? 0 : -exponent;
    }

    /**
     * Multiplies every value by 2^shift, in place.
     *
     * @param values the values to scale
     * @param shift the exponent from {@link #shiftFor}
     * @return {@code values}
     */
    static double[] apply(double[] values, int shift) {
        if (shift != 0) {
            for (int i = 0; i < values.length; i++) {
                values[i] = Math.scalb(values[i], shift);
            }
        }
        return values;
    }

    /**
     * The shift for two sets of values scored together, such as points and centroids.
     *
     * @param a finite values
     * @param b finite values
     * @return the shift that brings the larger of their largest magnitudes into [1, 2), or 0
     */
    static int shiftFor(double[] a, double[] b) {
        return shiftFor(new double[] {largest(a), largest(b)});
    }

    private static double largest(double[] values) {
        double largest = 0;
        for (double v : values) {
            largest = Math.max(largest, Math.abs(v));
        }
        return largest;
    }

    /**
     * Scales a private copy of data by the shift its own magnitude calls for.
     *
     * @param copy values the caller owns
     * @return {@code copy}, scaled in place
     */
    static double[] scaled(double[] copy) {
        return apply(copy, shiftFor(copy));
    }
}
