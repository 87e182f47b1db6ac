package io.github.kmeans4j.viz;

import io.github.kmeans4j.viz.internal.Theme;
import io.github.kmeans4j.viz.internal.Ticks;
import java.awt.BasicStroke;
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
 * One score chart of a frame's side panel: the score of every iteration of the frame's restart up
 * to the frame's own, on axes with ticks and labels that span the whole run (so the chart does not
 * rescale from frame to frame), dashed reference lines labelled clear of the line and the data,
 * and the current iteration's point drawn larger in the highlight colour with its value.
 */
final class ScorePanel {
    /** Where a paint put its parts; for tests. */
    record Geometry(Rectangle plot, double[] yTicks, double[] xTicks, Rectangle2D current, Rectangle2D valueBox,
                    List<Rectangle2D> referenceBoxes) {
    }

    private ScorePanel() {
    }

    /**
     * Paints {@code series} for iterations 1 to {@code current} (of {@code last}) of a restart into
     * the rectangle {@code (x, y, w, h)}; nothing but the title when the rectangle is too small.
     */
    static Geometry paint(Graphics2D g, Theme t, ScoreSeries series, int restart, int last, int current, int x, int y,
            int w, int h) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int it = 1; it <= last + 1; it++) {
            double value = series.value(restart, it);
            if (Double.isFinite(value)) {
                lo = Math.min(lo, value);
                hi = Math.max(hi, value);
            }
        }
        List<Double> references = references(series);
        for (double r : references) {
            lo = Math.min(lo, r);
            hi = Math.max(hi, r);
        }
        int lastScored = 1;   // the closing assignment (iteration last + 1) has a score too
        for (int it = 1; it <= last + 1; it++) {
            if (Double.isFinite(series.value(restart, it))) {
                lastScored = it;
            }
        }
        double latest = Double.NaN;
        int latestIteration = -1;
        for (int it = 1; it <= Math.min(current, last + 1); it++) {
            double value = series.value(restart, it);
            if (Double.isFinite(value)) {
                latest = value;
                latestIteration = it;
            }
        }
        g.setFont(t.small);
        FontMetrics fm = g.getFontMetrics();
        g.setColor(Theme.INK);
        double dataLargest = Math.max(Math.abs(lo), Math.abs(hi));
        String latestText = Text.number(latest);
        String title = series.name() + (Double.isNaN(latest) ? "" : " = " + latestText);
        g.drawString(Text.ellipsize(title, fm, w), x, y + fm.getAscent());
        if (!(hi >= lo)) {
            return null;
        }
        if (hi - lo <= 1e-9 * Math.max(Math.abs(hi), Math.abs(lo))) {
            // flat up to rounding: draw it flat rather than stretch a few ulps over the chart
            double mid = 0.5 * (hi + lo);
            double spread = Math.max(1e-9, Math.abs(mid) * 0.1);
            hi = mid + spread;
            lo = mid - spread;
        }
        double pad = 0.1 * (hi - lo);
        double yLo = lo - pad;
        double yHi = hi + pad;
        double yStep = Ticks.step(yLo, yHi, 3);
        double[] yTicks = Ticks.within(yLo, yHi, yStep);
        double largest = dataLargest;   // the tick labels' notation, as the values' above
        int labelW = 0;
        for (double tick : yTicks) {
            labelW = Math.max(labelW, fm.stringWidth(Ticks.label(tick, yStep, largest)));
        }
        int tick = Math.max(3, t.px(4));
        int left = x + labelW + tick + 2;
        int right = x + w - t.px(4);
        int top = y + fm.getHeight() + t.px(4);
        int bottom = y + h - fm.getHeight() - tick;
        if (bottom - top < 20 || right - left < 30) {
            return null;
        }
        int span = Math.max(2, lastScored);
        double xStep = Math.max(1, Math.round(Ticks.step(1, span, 4)));
        double[] xTicks = Ticks.within(1, span, xStep);
        Mapping map = new Mapping(left, right, top, bottom, span, yLo, yHi);

        g.setColor(Theme.PANEL);
        g.fillRect(left, top, right - left, bottom - top);
        g.setColor(Theme.INK);
        g.setStroke(new BasicStroke((float) Math.max(1, 0.8 * t.s)));
        g.drawLine(left, top, left, bottom);
        g.drawLine(left, bottom, right, bottom);
        for (double v : yTicks) {
            int py = (int) Math.round(map.py(v));
            g.drawLine(left - tick, py, left, py);
            String s = Ticks.label(v, yStep, largest);
            g.drawString(s, left - tick - 2 - fm.stringWidth(s), py + fm.getAscent() / 2 - 1);
        }
        for (double it : xTicks) {
            int px = (int) Math.round(map.px(it));
            g.drawLine(px, bottom, px, bottom + tick);
            String s = Ticks.label(it, 1, span);
            g.drawString(s, px - fm.stringWidth(s) / 2, bottom + tick + fm.getAscent());
        }
        String axis = "iteration";
        int axisX = right - fm.stringWidth(axis);
        if (axisX > map.px(xTicks[xTicks.length - 1]) + fm.stringWidth(Ticks.label(span, 1, span)) / 2.0 + 4) {
            g.setColor(Theme.MUTED);
            g.drawString(axis, axisX, bottom + tick + fm.getAscent());
        }

        // the series so far
        List<Line2D> segments = new ArrayList<>();
        List<Rectangle2D> dots = new ArrayList<>();
        Path2D.Double path = new Path2D.Double();
        double dr = Math.max(2, 2.4 * t.s);
        double[] previous = null;
        for (int it = 1; it <= Math.min(current, last + 1); it++) {
            double value = series.value(restart, it);
            if (!Double.isFinite(value)) {
                continue;
            }
            double px = map.px(it);
            double py = map.py(value);
            if (previous == null) {
                path.moveTo(px, py);
            } else {
                path.lineTo(px, py);
                segments.add(new Line2D.Double(previous[0], previous[1], px, py));
            }
            previous = new double[] {px, py};
            dots.add(new Rectangle2D.Double(px - dr, py - dr, 2 * dr, 2 * dr));
        }

        List<Rectangle2D> referenceBoxes = new ArrayList<>();
        List<Line2D> referenceLines = new ArrayList<>();
        Rectangle plot = new Rectangle(left, top, right - left, bottom - top);
        for (double r : references) {
            double ry = map.py(r);
            referenceLines.add(new Line2D.Double(left, ry, right, ry));
            g.setColor(Theme.REFERENCE);
            g.setStroke(new BasicStroke((float) Math.max(1, t.s), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {(float) (4 * t.s), (float) (3 * t.s)}, 0f));
            g.draw(new Line2D.Double(left, ry, right, ry));
            String label = Ticks.label(r, 0.01, 1);   // 0.50 and 0.75, as reference values are written
            Rectangle2D box = clearOfLine(fm, label, ry, plot, segments, dots);
            referenceBoxes.add(box);
            g.setColor(Theme.MUTED);
            g.drawString(label, (float) box.getX(), (float) (box.getY() + fm.getAscent()));
        }

        g.setColor(Theme.SERIES);
        g.setStroke(new BasicStroke((float) (1.8 * t.s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
        for (Rectangle2D d : dots) {
            g.fill(new Ellipse2D.Double(d.getX(), d.getY(), d.getWidth(), d.getHeight()));
        }
        Rectangle2D currentDot = null;
        Rectangle2D valueBox = null;
        if (latestIteration > 0 && current <= last + 1) {
            double px = map.px(latestIteration);
            double py = map.py(latest);
            double r = Math.max(3, 4 * t.s);
            currentDot = new Rectangle2D.Double(px - r, py - r, 2 * r, 2 * r);
            g.setColor(Theme.BACKGROUND);
            g.fill(new Ellipse2D.Double(px - r - 1, py - r - 1, 2 * r + 2, 2 * r + 2));
            g.setColor(Theme.HIGHLIGHT);
            g.fill(new Ellipse2D.Double(px - r, py - r, 2 * r, 2 * r));
            String text = latestText;
            List<Line2D> obstacles = new ArrayList<>(segments);
            obstacles.addAll(referenceLines);   // the value crosses neither the data nor a reference line
            valueBox = nearPoint(fm, text, px, py, r, plot, obstacles, dots, currentDot, referenceBoxes);
            g.drawString(text, (float) valueBox.getX(), (float) (valueBox.getY() + fm.getAscent()));
        }
        return new Geometry(plot, yTicks, xTicks, currentDot, valueBox, referenceBoxes);
    }

    /** A series' finite reference lines. */
    static List<Double> references(ScoreSeries series) {
        List<Double> out = new ArrayList<>();
        List<Double> refs = series.referenceLines();
        if (refs != null) {
            for (Double r : refs) {
                if (r != null && Double.isFinite(r)) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /** A reference label's box just above or below its line, at whichever end is clear of the data. */
    private static Rectangle2D clearOfLine(FontMetrics fm, String text, double y, Rectangle plot, List<Line2D> segments,
            List<Rectangle2D> dots) {
        int w = fm.stringWidth(text);
        int h = fm.getAscent() + fm.getDescent();
        double[][] at = {{plot.x + plot.width - w - 2, y - h - 1}, {plot.x + 2, y - h - 1},
            {plot.x + plot.width - w - 2, y + 1}, {plot.x + 2, y + 1}};
        for (double[] c : at) {
            Rectangle2D box = new Rectangle2D.Double(c[0], c[1], w, h);
            if (clear(box, segments, dots, List.of())) {
                return box;
            }
        }
        return new Rectangle2D.Double(at[0][0], at[0][1], w, h);
    }

    /** The current value's box beside its point, clear of the line, the dots and the reference labels. */
    private static Rectangle2D nearPoint(FontMetrics fm, String text, double x, double y, double r, Rectangle plot,
            List<Line2D> segments, List<Rectangle2D> dots, Rectangle2D own, List<Rectangle2D> labels) {
        int w = fm.stringWidth(text);
        int h = fm.getAscent() + fm.getDescent();
        List<Rectangle2D> others = new ArrayList<>(labels);
        for (Rectangle2D d : dots) {
            if (!d.intersects(own)) {
                others.add(d);
            }
        }
        double[][] at = {{x - w - r - 2, y - h - r}, {x + r + 2, y - h - r}, {x - w - r - 2, y + r},
            {x + r + 2, y + r}, {x - w / 2.0, y - h - r - 2}, {x - w / 2.0, y + r + 2}};
        for (double[] c : at) {
            Rectangle2D box = new Rectangle2D.Double(c[0], c[1], w, h);
            if (plot.contains(box) && clear(box, segments, others, List.of())) {
                return box;
            }
        }
        double bx = Math.max(plot.x, Math.min(plot.x + plot.width - w, x - w / 2.0));
        return new Rectangle2D.Double(bx, plot.y, w, h);
    }

    private static boolean clear(Rectangle2D box, List<Line2D> segments, List<Rectangle2D> boxes,
            List<Rectangle2D> more) {
        for (Line2D s : segments) {
            if (s.intersects(box)) {
                return false;
            }
        }
        for (Rectangle2D b : boxes) {
            if (b.intersects(box)) {
                return false;
            }
        }
        for (Rectangle2D b : more) {
            if (b.intersects(box)) {
                return false;
            }
        }
        return true;
    }

    /** Iteration and score to pixels. */
    private record Mapping(int left, int right, int top, int bottom, int span, double yLo, double yHi) {
        double px(double iteration) {
            return left + (iteration - 1) / (double) (span - 1) * (right - left);
        }

        double py(double value) {
            return bottom - (value - yLo) / (yHi - yLo) * (bottom - top);
        }
    }
}
