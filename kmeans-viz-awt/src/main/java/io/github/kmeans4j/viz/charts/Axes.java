package io.github.kmeans4j.viz.charts;

import io.github.kmeans4j.viz.internal.Theme;
import io.github.kmeans4j.viz.internal.Ticks;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;

/**
 * A chart's frame inside a rectangle: the title on top, the plot area, both axes with ticks,
 * tick labels and titles, and the light grid. Maps data values to pixels. Built by
 * {@link #layout}, which reserves room for the labels before the plot area is placed, so that
 * nothing is clipped.
 */
final class Axes {
    final Rectangle plot;
    final double xMin;
    final double xMax;
    final double yMin;
    final double yMax;
    final double[] xTicks;
    final double[] yTicks;
    private final double xStep;
    private final double yStep;
    private final String title;
    private final String xTitle;
    private final String yTitle;
    private final Rectangle area;

    private Axes(Rectangle area, Rectangle plot, String title, String xTitle, String yTitle, double xMin, double xMax,
            double yMin, double yMax, double[] xTicks, double xStep, double[] yTicks, double yStep) {
        this.area = area;
        this.plot = plot;
        this.title = title;
        this.xTitle = xTitle;
        this.yTitle = yTitle;
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        this.xTicks = xTicks;
        this.xStep = xStep;
        this.yTicks = yTicks;
        this.yStep = yStep;
    }

    /**
     * Lays out a chart in {@code area}. {@code xTicks} null: round ticks over the x range; else
     * those (the K of a sweep, say), with {@code xStep} their spacing for the labels.
     */
    static Axes layout(Graphics2D g, Rectangle area, String title, String xTitle, String yTitle, double xMin,
            double xMax, double yMin, double yMax, double[] xTicks, double xStep) {
        if (!(xMax > xMin)) {
            xMin -= 1;
            xMax += 1;
        }
        if (!(yMax > yMin)) {
            double pad = yMin == 0 ? 1 : Math.abs(yMin) * 0.1;
            yMin -= pad;
            yMax += pad;
        }
        double yStep = Ticks.step(yMin, yMax, 5);
        double[] yTicks = Ticks.within(yMin, yMax, yStep);
        if (xTicks == null) {
            xStep = Ticks.step(xMin, xMax, 6);
            xTicks = Ticks.within(xMin, xMax, xStep);
        }
        FontMetrics titleFont = g.getFontMetrics(Theme.CHART_TITLE);
        FontMetrics label = g.getFontMetrics(Theme.CHART_LABEL);
        FontMetrics tick = g.getFontMetrics(Theme.CHART_TICK);
        int widest = 0;
        double largest = Math.max(Math.abs(yMin), Math.abs(yMax));
        for (double t : yTicks) {
            widest = Math.max(widest, tick.stringWidth(Ticks.label(t, yStep, largest)));
        }
        int left = area.x + Theme.MARGIN + (yTitle.isEmpty() ? 0 : label.getHeight() + Theme.GAP) + widest
                + Theme.GAP + Theme.TICK_LENGTH;
        // below the title, a line of room for labels placed just above the plot (a mean, a value)
        int top = area.y + Theme.MARGIN + (title.isEmpty() ? 0 : titleFont.getHeight()) + label.getHeight()
                + Theme.GAP;
        int right = area.x + area.width - Theme.MARGIN - tick.stringWidth("0000") / 2;
        int bottom = area.y + area.height - Theme.MARGIN - (xTitle.isEmpty() ? 0 : label.getHeight())
                - Theme.GAP - tick.getHeight() - Theme.TICK_LENGTH;
        Rectangle plot = new Rectangle(left, top, Math.max(1, right - left), Math.max(1, bottom - top));
        return new Axes(area, plot, title, xTitle, yTitle, xMin, xMax, yMin, yMax, xTicks, xStep, yTicks, yStep);
    }

    /** The same frame without y ticks and grid (for a y axis labelled by the chart itself). */
    Axes withoutYTicks() {
        return new Axes(area, plot, title, xTitle, yTitle, xMin, xMax, yMin, yMax, xTicks, xStep, new double[0], yStep);
    }

    double px(double x) {
        return plot.x + (x - xMin) / (xMax - xMin) * plot.width;
    }

    double py(double y) {
        return plot.y + plot.height - (y - yMin) / (yMax - yMin) * plot.height;
    }

    /** Title, grid, axes, ticks and their labels, and the axis titles. */
    void draw(Graphics2D g) {
        g.setFont(Theme.CHART_TITLE);
        g.setColor(Theme.INK);
        FontMetrics tf = g.getFontMetrics();
        if (!title.isEmpty()) {
            g.drawString(title, plot.x, area.y + Theme.MARGIN + tf.getAscent());
        }
        g.setStroke(Theme.AXIS);
        g.setFont(Theme.CHART_TICK);
        FontMetrics fm = g.getFontMetrics();
        double yLargest = Math.max(Math.abs(yMin), Math.abs(yMax));
        for (double t : yTicks) {
            int y = (int) Math.round(py(t));
            g.setColor(Theme.GRID);
            g.drawLine(plot.x + 1, y, plot.x + plot.width, y);
            g.setColor(Theme.INK);
            g.drawLine(plot.x - Theme.TICK_LENGTH, y, plot.x, y);
            String s = Ticks.label(t, yStep, yLargest);
            g.drawString(s, plot.x - Theme.TICK_LENGTH - Theme.GAP - fm.stringWidth(s),
                    y + fm.getAscent() / 2 - 1);
        }
        double xLargest = Math.max(Math.abs(xMin), Math.abs(xMax));
        int bottom = plot.y + plot.height;
        for (double t : xTicks) {
            int x = (int) Math.round(px(t));
            g.setColor(Theme.INK);
            g.drawLine(x, bottom, x, bottom + Theme.TICK_LENGTH);
            String s = Ticks.label(t, xStep, xLargest);
            g.drawString(s, x - fm.stringWidth(s) / 2, bottom + Theme.TICK_LENGTH + Theme.GAP + fm.getAscent()
                    - fm.getDescent());
        }
        g.setColor(Theme.INK);
        g.drawLine(plot.x, plot.y, plot.x, bottom);
        g.drawLine(plot.x, bottom, plot.x + plot.width, bottom);
        g.setFont(Theme.CHART_LABEL);
        FontMetrics lf = g.getFontMetrics();
        if (!xTitle.isEmpty()) {
            g.drawString(xTitle, plot.x + (plot.width - lf.stringWidth(xTitle)) / 2,
                    area.y + area.height - Theme.MARGIN - lf.getDescent());
        }
        if (!yTitle.isEmpty()) {
            AffineTransform saved = g.getTransform();
            g.translate(area.x + Theme.MARGIN + lf.getAscent(), plot.y + (plot.height + lf.stringWidth(yTitle)) / 2);
            g.rotate(-Math.PI / 2);
            g.drawString(yTitle, 0, 0);
            g.setTransform(saved);
        }
    }
}
