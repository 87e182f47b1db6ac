package io.github.kmeans4j.examples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small line chart for the examples' plots (scores against K, inertia spreads): one series of
 * (x, y) points with optional error bars, a highlighted x, horizontal reference lines, axes with
 * ticks and labels. Draws into any {@link Graphics2D}; points with a non-finite y are left out.
 */
final class LineChart {
    private static final Color INK = new Color(0x33, 0x33, 0x33);
    private static final Color GRID = new Color(0xe4, 0xe4, 0xe4);
    private static final Color SERIES = new Color(0x00, 0x72, 0xb2);
    private static final Color HIGHLIGHT = new Color(0xd5, 0x5e, 0x00);

    private final String title;
    private final String xLabel;
    private final double[] xs;
    private final double[] ys;
    private double[] errors;
    private double highlightX = Double.NaN;
    private String highlightLabel = "";
    private final List<double[]> references = new ArrayList<>();   // {y}
    private final List<String> referenceLabels = new ArrayList<>();

    LineChart(String title, String xLabel, double[] xs, double[] ys) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("xs and ys differ in length: " + xs.length + " and " + ys.length);
        }
        this.title = title;
        this.xLabel = xLabel;
        this.xs = xs.clone();
        this.ys = ys.clone();
    }

    /** Error bars of half-height {@code errors[i]} around each point. */
    LineChart errors(double[] values) {
        if (values.length != ys.length) {
            throw new IllegalArgumentException("one error per point: " + values.length + " for " + ys.length);
        }
        errors = values.clone();
        return this;
    }

    /** Marks {@code x} with a vertical band and a label. */
    LineChart highlight(double x, String label) {
        highlightX = x;
        highlightLabel = label;
        return this;
    }

    /** A dashed horizontal line at {@code y}, labelled. */
    LineChart reference(double y, String label) {
        references.add(new double[] {y});
        referenceLabels.add(label);
        return this;
    }

    /** Paints the chart into the rectangle {@code (x0, y0, w, h)}. */
    void paint(Graphics2D g, int x0, int y0, int w, int h) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        FontMetrics bold = g.getFontMetrics();
        g.setColor(INK);
        g.drawString(title, x0 + 8, y0 + bold.getAscent() + 4);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        FontMetrics fm = g.getFontMetrics();
        int left = x0 + 8 + fm.stringWidth("-0000.0") + 6;
        int top = y0 + bold.getHeight() + 12;
        int right = x0 + w - 12;
        int bottom = y0 + h - fm.getHeight() * 2 - 6;

        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xs.length; i++) {
            minX = Math.min(minX, xs[i]);
            maxX = Math.max(maxX, xs[i]);
            if (Double.isFinite(ys[i])) {
                double e = errors == null ? 0 : errors[i];
                minY = Math.min(minY, ys[i] - e);
                maxY = Math.max(maxY, ys[i] + e);
            }
        }
        for (double[] r : references) {
            minY = Math.min(minY, r[0]);
            maxY = Math.max(maxY, r[0]);
        }
        if (!(minY <= maxY)) {
            minY = 0;
            maxY = 1;
        }
        if (minY == maxY) {
            minY -= 0.5;
            maxY += 0.5;
        }
        double padY = (maxY - minY) * 0.08;
        minY -= padY;
        maxY += padY;
        if (minX == maxX) {
            minX -= 1;
            maxX += 1;
        }
        double fMinX = minX;
        double fMaxX = maxX;
        double fMinY = minY;
        double fMaxY = maxY;
        java.util.function.DoubleUnaryOperator px = v -> left + (v - fMinX) / (fMaxX - fMinX) * (right - left);
        java.util.function.DoubleUnaryOperator py = v -> bottom - (v - fMinY) / (fMaxY - fMinY) * (bottom - top);

        // grid and y ticks
        double step = niceStep((maxY - minY) / 5);
        g.setStroke(new BasicStroke(1f));
        for (double t = Math.ceil(minY / step) * step; t <= maxY; t += step) {
            int yy = (int) Math.round(py.applyAsDouble(t));
            g.setColor(GRID);
            g.drawLine(left, yy, right, yy);
            g.setColor(INK);
            String label = format(t, step);
            g.drawString(label, left - 6 - fm.stringWidth(label), yy + fm.getAscent() / 2 - 1);
        }
        // x ticks: every x of the series
        for (double x : xs) {
            int xx = (int) Math.round(px.applyAsDouble(x));
            g.setColor(INK);
            g.drawLine(xx, bottom, xx, bottom + 4);
            String label = format(x, 1);
            g.drawString(label, xx - fm.stringWidth(label) / 2, bottom + 4 + fm.getAscent());
        }
        g.drawString(xLabel, (left + right - fm.stringWidth(xLabel)) / 2, bottom + 6 + fm.getHeight() + fm.getAscent());
        g.drawLine(left, bottom, right, bottom);
        g.drawLine(left, top, left, bottom);

        if (Double.isFinite(highlightX)) {
            int xx = (int) Math.round(px.applyAsDouble(highlightX));
            g.setColor(new Color(HIGHLIGHT.getRed(), HIGHLIGHT.getGreen(), HIGHLIGHT.getBlue(), 40));
            g.fillRect(xx - 10, top, 20, bottom - top);
            g.setColor(HIGHLIGHT);
            g.drawString(highlightLabel, Math.min(right - fm.stringWidth(highlightLabel), xx + 12),
                    top + fm.getAscent());
        }
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
        for (int r = 0; r < references.size(); r++) {
            int yy = (int) Math.round(py.applyAsDouble(references.get(r)[0]));
            g.setColor(Color.GRAY);
            g.draw(new Line2D.Double(left, yy, right, yy));
            String label = referenceLabels.get(r);
            g.drawString(label, right - fm.stringWidth(label) - 2, yy - 3);
        }

        g.setStroke(new BasicStroke(2f));
        g.setColor(SERIES);
        Path2D.Double line = new Path2D.Double();
        boolean started = false;
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(ys[i])) {
                started = false;
                continue;
            }
            double x = px.applyAsDouble(xs[i]);
            double y = py.applyAsDouble(ys[i]);
            if (started) {
                line.lineTo(x, y);
            } else {
                line.moveTo(x, y);
                started = true;
            }
        }
        g.draw(line);
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(ys[i])) {
                continue;
            }
            double x = px.applyAsDouble(xs[i]);
            double y = py.applyAsDouble(ys[i]);
            if (errors != null) {
                g.setStroke(new BasicStroke(1.2f));
                double lo = py.applyAsDouble(ys[i] - errors[i]);
                double hi = py.applyAsDouble(ys[i] + errors[i]);
                g.draw(new Line2D.Double(x, lo, x, hi));
                g.draw(new Line2D.Double(x - 4, lo, x + 4, lo));
                g.draw(new Line2D.Double(x - 4, hi, x + 4, hi));
            }
            g.setColor(xs[i] == highlightX ? HIGHLIGHT : SERIES);
            g.fillOval((int) Math.round(x) - 4, (int) Math.round(y) - 4, 9, 9);
            g.setColor(SERIES);
        }
    }

    private static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / magnitude;
        double nice = m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10;
        return nice * magnitude;
    }

    private static String format(double v, double step) {
        if (Math.abs(v) >= 1e5) {
            return String.format(Locale.ROOT, "%.2g", v);
        }
        int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step));
        return String.format(Locale.ROOT, "%." + decimals + "f", Math.abs(v) < step / 1e6 ? 0.0 : v);
    }
}
