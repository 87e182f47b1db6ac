package io.github.kmeans4j.viz.charts;

import io.github.kmeans4j.viz.internal.Theme;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * One series of points joined by a line, with optional error bars, labelled horizontal reference
 * lines, and one highlighted point drawn larger in the highlight colour with its value beside it.
 * Points with a non-finite y are left out (the line breaks there). Reference labels and the
 * highlighted value are placed where they cross neither the series nor their own line.
 */
final class LineChart {
    private final String title;
    private final String xTitle;
    private final String yTitle;
    private final double[] xs;
    private final double[] ys;
    private double[] errors;
    private int highlight = -1;
    private String highlightText = "";
    private final List<Double> references = new ArrayList<>();
    private final List<String> referenceLabels = new ArrayList<>();
    /** Where the last paint put its plot area, its highlighted marker and its labels (for tests). */
    Axes axes;
    Rectangle2D highlightLabelBox;
    final List<Rectangle2D> referenceLabelBoxes = new ArrayList<>();

    LineChart(String title, String xTitle, String yTitle, double[] xs, double[] ys) {
        if (xs.length != ys.length || xs.length == 0) {
            throw new IllegalArgumentException("need as many y as x values, at least one: " + xs.length + " and "
                    + ys.length);
        }
        this.title = title;
        this.xTitle = xTitle;
        this.yTitle = yTitle;
        this.xs = xs.clone();
        this.ys = ys.clone();
    }

    LineChart errors(double[] values) {
        if (values.length != ys.length) {
            throw new IllegalArgumentException("one error per point: " + values.length + " for " + ys.length);
        }
        errors = values.clone();
        return this;
    }

    /** Highlights point {@code index} (ignored when out of range or its y is not finite). */
    LineChart highlight(int index, String text) {
        highlight = index;
        highlightText = text;
        return this;
    }

    LineChart reference(double y, String label) {
        references.add(y);
        referenceLabels.add(label);
        return this;
    }

    void paint(Graphics2D g, Rectangle area) {
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xs.length; i++) {
            xMin = Math.min(xMin, xs[i]);
            xMax = Math.max(xMax, xs[i]);
            if (Double.isFinite(ys[i])) {
                double e = errors == null || !Double.isFinite(errors[i]) ? 0 : errors[i];
                yMin = Math.min(yMin, ys[i] - e);
                yMax = Math.max(yMax, ys[i] + e);
            }
        }
        for (double r : references) {
            yMin = Math.min(yMin, r);
            yMax = Math.max(yMax, r);
        }
        if (yMin > yMax) {   // nothing finite
            yMin = 0;
            yMax = 1;
        }
        double pad = (yMax - yMin) * 0.12;
        double xPad = (xMax - xMin) * 0.04;
        double[] xTicks = integerTicks(xMin, xMax);
        axes = Axes.layout(g, area, title, xTitle, yTitle, xMin - xPad, xMax + xPad, yMin - pad, yMax + pad, xTicks,
                xTicks == null ? 0 : 1);
        axes.draw(g);

        List<Line2D> segments = new ArrayList<>();
        List<Rectangle2D> markers = new ArrayList<>();
        Path2D.Double line = new Path2D.Double();
        boolean open = false;
        double px = 0;
        double py = 0;
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(ys[i])) {
                open = false;
                continue;
            }
            double x = axes.px(xs[i]);
            double y = axes.py(ys[i]);
            if (open) {
                line.lineTo(x, y);
                segments.add(new Line2D.Double(px, py, x, y));
            } else {
                line.moveTo(x, y);
                open = true;
            }
            markers.add(new Rectangle2D.Double(x - Theme.MARKER, y - Theme.MARKER, 2 * Theme.MARKER,
                    2 * Theme.MARKER));
            if (errors != null && Double.isFinite(errors[i])) {
                double lo = axes.py(ys[i] - errors[i]);
                double hi = axes.py(ys[i] + errors[i]);
                markers.add(new Rectangle2D.Double(x - 4, Math.min(lo, hi), 8, Math.abs(hi - lo)));
            }
            px = x;
            py = y;
        }

        g.setFont(Theme.CHART_TICK);
        FontMetrics fm = g.getFontMetrics();
        referenceLabelBoxes.clear();
        for (int r = 0; r < references.size(); r++) {
            double y = axes.py(references.get(r));
            g.setStroke(Theme.DASHED);
            g.setColor(Theme.REFERENCE);
            g.draw(new Line2D.Double(axes.plot.x, y, axes.plot.x + axes.plot.width, y));
            String text = referenceLabels.get(r);
            Rectangle2D box = clearPlace(fm, text, y, segments, markers);
            referenceLabelBoxes.add(box);
            g.setColor(Theme.MUTED);
            g.drawString(text, (float) box.getX(), (float) (box.getY() + fm.getAscent()));
        }

        g.setColor(Theme.SERIES);
        g.setStroke(Theme.LINE);
        g.draw(line);
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(ys[i])) {
                continue;
            }
            double x = axes.px(xs[i]);
            double y = axes.py(ys[i]);
            if (errors != null && Double.isFinite(errors[i])) {
                g.setStroke(Theme.AXIS);
                double lo = axes.py(ys[i] - errors[i]);
                double hi = axes.py(ys[i] + errors[i]);
                g.draw(new Line2D.Double(x, lo, x, hi));
                g.draw(new Line2D.Double(x - 4, lo, x + 4, lo));
                g.draw(new Line2D.Double(x - 4, hi, x + 4, hi));
            }
            g.fill(new Ellipse2D.Double(x - Theme.MARKER, y - Theme.MARKER, 2 * Theme.MARKER,
                    2 * Theme.MARKER));
        }

        highlightLabelBox = null;
        if (highlight >= 0 && highlight < xs.length && Double.isFinite(ys[highlight])) {
            double x = axes.px(xs[highlight]);
            double y = axes.py(ys[highlight]);
            int r = Theme.HIGHLIGHT_MARKER;
            g.setColor(Theme.BACKGROUND);
            g.fill(new Ellipse2D.Double(x - r - 1, y - r - 1, 2 * r + 2, 2 * r + 2));
            g.setColor(Theme.HIGHLIGHT);
            g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            g.setFont(Theme.CHART_LABEL);
            FontMetrics lf = g.getFontMetrics();
            highlightLabelBox = nearPoint(lf, highlightText, x, y, segments, markers);
            g.setColor(Theme.HIGHLIGHT);
            g.drawString(highlightText, (float) highlightLabelBox.getX(),
                    (float) (highlightLabelBox.getY() + lf.getAscent()));
        }
    }

    /** The x values themselves as ticks when they are few whole numbers (K = 2, 3, ...); else null. */
    private double[] integerTicks(double lo, double hi) {
        if (xs.length > 12) {
            return null;
        }
        for (double x : xs) {
            if (x != Math.rint(x)) {
                return null;
            }
        }
        return xs.clone();
    }

    /** A label's box just above (or below) a horizontal line at {@code y}, at the end clear of the data. */
    private Rectangle2D clearPlace(FontMetrics fm, String text, double y, List<Line2D> segments,
            List<Rectangle2D> markers) {
        int w = fm.stringWidth(text);
        int h = fm.getAscent() + fm.getDescent();
        Rectangle plot = axes.plot;
        double[][] candidates = {
            {plot.x + plot.width - w - 3, y - h - 2}, {plot.x + 3, y - h - 2},
            {plot.x + plot.width - w - 3, y + 2}, {plot.x + 3, y + 2}};
        for (double[] c : candidates) {
            Rectangle2D box = new Rectangle2D.Double(c[0], c[1], w, h);
            if (clear(box, segments, markers)) {
                return box;
            }
        }
        return new Rectangle2D.Double(candidates[0][0], candidates[0][1], w, h);
    }

    /** The highlighted value's box: above right of the point, else the first place that is clear. */
    private Rectangle2D nearPoint(FontMetrics fm, String text, double x, double y, List<Line2D> segments,
            List<Rectangle2D> markers) {
        int w = fm.stringWidth(text);
        int h = fm.getAscent() + fm.getDescent();
        int r = Theme.HIGHLIGHT_MARKER + 3;
        double[][] candidates = {{x + r, y - r - h}, {x - r - w, y - r - h}, {x + r, y + r}, {x - r - w, y + r},
            {x - w / 2.0, y - r - h}, {x - w / 2.0, y + r}};
        Rectangle plot = axes.plot;
        Rectangle2D own = new Rectangle2D.Double(x - Theme.MARKER, y - Theme.MARKER, 2 * Theme.MARKER,
                2 * Theme.MARKER);
        List<Rectangle2D> others = new ArrayList<>();
        for (Rectangle2D m : markers) {
            if (!m.equals(own)) {
                others.add(m);
            }
        }
        for (double[] c : candidates) {
            Rectangle2D box = new Rectangle2D.Double(c[0], c[1], w, h);
            if (plot.contains(box) && clear(box, segments, others)) {
                return box;
            }
        }
        double bx = Math.max(plot.x, Math.min(plot.x + plot.width - w, x + r));
        return new Rectangle2D.Double(bx, Math.max(plot.y, y - r - h), w, h);
    }

    private static boolean clear(Rectangle2D box, List<Line2D> segments, List<Rectangle2D> markers) {
        for (Line2D s : segments) {
            if (s.intersects(box)) {
                return false;
            }
        }
        for (Rectangle2D m : markers) {
            if (m.intersects(box)) {
                return false;
            }
        }
        return true;
    }

    static void background(Graphics2D g, Rectangle area) {
        Color saved = g.getColor();
        g.setColor(Theme.BACKGROUND);
        g.fill(area);
        g.setColor(saved);
    }
}
