package io.github.kmeans4j.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** How the command writes numbers and reasons for people (files get full precision instead). */
final class Text {
    private Text() {
    }

    /** Six significant digits, plain between 1e-4 and 1e12, scientific outside; no trailing zeros. */
    static String number(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? "0" : Double.toString(v);
        }
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros();
        double a = Math.abs(v);
        return a >= 1e-4 && a < 1e12 ? rounded.toPlainString() : String.format(Locale.ROOT, "%.5e", v)
                .replaceFirst("\\.?0+e", "e");
    }

    /** "1 point", "3 points". */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
