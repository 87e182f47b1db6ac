package io.github.kmeans4j.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * The one way numbers are written in captions and event texts: four significant digits, plain
 * between 0.001 and ten million ({@code 28950}, {@code 0.3424}), scientific outside
 * ({@code 1.235e+07}); NaN as "–" and infinities as "∞". The renderer writes numbers by the same
 * rule, so a picture never shows {@code 28950} beside {@code 2.895e+04}.
 */
public final class Numbers {
    private Numbers() {
    }

    /**
     * A value for people to read.
     *
     * @param v the value
     * @return its text
     */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e7 || a < 1e-3) {
            return String.format(Locale.ROOT, "%.3e", v);
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
