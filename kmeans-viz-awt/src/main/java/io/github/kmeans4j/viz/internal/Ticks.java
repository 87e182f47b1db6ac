package io.github.kmeans4j.viz.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Tick positions at round steps (1, 2 or 5 times a power of ten) and one number format for every
 * label of the charts, the captions' own: plain digits from 0.001 up to ten million,
 * scientific notation outside, never a mix of the two within one axis. Shared by the frame
 * painter's parts and the charts; this package is not exported.
 */
public final class Ticks {
    private Ticks() {
    }

    /**
     * A round step that cuts {@code [lo, hi]} into about {@code wanted} intervals.
     *
     * @param lo the low end
     * @param hi the high end
     * @param wanted the number of intervals wanted
     * @return the step, 1 for an empty or non-finite range
     */
    public static double step(double lo, double hi, int wanted) {
        double raw = (hi - lo) / Math.max(1, wanted);
        if (!(raw > 0) || !Double.isFinite(raw)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / magnitude;
        return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * magnitude;
    }

    /**
     * The multiples of {@code step} within {@code [lo, hi]}, at most 1000.
     *
     * @param lo the low end
     * @param hi the high end
     * @param step the step, positive
     * @return the ticks, increasing
     */
    public static double[] within(double lo, double hi, double step) {
        long first = (long) Math.ceil(lo / step - 1e-9);
        long last = (long) Math.floor(hi / step + 1e-9);
        int count = (int) Math.max(0, Math.min(1000, last - first + 1));
        double[] ticks = new double[count];
        for (int i = 0; i < count; i++) {
            ticks[i] = (first + i) * step;
        }
        return ticks;
    }

    /**
     * A tick label: as many decimals as the step needs, scientific for an axis beyond 1e7 or
     * below 1e-3.
     *
     * @param value the tick's value
     * @param step the axis' tick step
     * @param largest the largest magnitude on the axis
     * @return the label
     */
    public static String label(double value, double step, double largest) {
        if (Math.abs(value) < step * 1e-9) {
            value = 0;
        }
        if (largest >= 1e7 || (largest > 0 && largest < 1e-3)) {
            return String.format(Locale.ROOT, "%.2e", value).replaceFirst("\\.?0+e", "e");
        }
        int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /**
     * A value shown on its own (a highlighted point): four significant digits, scientific beyond
     * 1e7 or below 1e-3, as captions write numbers.
     *
     * @param v the value
     * @return its text
     */
    public static String value(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? "0" : Double.toString(v);
        }
        double a = Math.abs(v);
        if (a >= 1e7 || a < 1e-3) {
            return String.format(Locale.ROOT, "%.3e", v).replaceFirst("\\.?0+e", "e");
        }
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros();
        return rounded.toPlainString();
    }
}
