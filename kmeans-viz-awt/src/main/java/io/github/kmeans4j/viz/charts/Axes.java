package io.github.kmeans4j.viz.charts;

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
        FontMetrics titleFont = g.getFontMetrics(ChartStyle.TITLE);
        FontMetrics label = g.getFontMetrics(ChartStyle.LABEL);
        FontMetrics tick = g.getFontMetrics(ChartStyle.TICK);
        int widest = 0;
        double largest = Math.max(Math.abs(yMin), Math.abs(yMax));
        for (double t : yTicks) {
            widest = Math.max(widest, tick.stringWidth(Ticks.label(t, yStep, largest)));
        }
        int left = area.x + ChartStyle.MARGIN + (yTitle.isEmpty() ? 0 : label.getHeight() + ChartStyle.GAP) + widest
                + ChartStyle.GAP + ChartStyle.TICK_LENGTH;
        // below the title, a line of room for labels placed just above the plot (a mean, a value)
        int top = area.y + ChartStyle.MARGIN + (title.isEmpty() ? 0 : titleFont.getHeight()) + label.getHeight()
                + ChartStyle.GAP;
        int right = area.x + area.width - ChartStyle.MARGIN - tick.stringWidth("0000") / 2;
        int bottom = area.y + area.height - ChartStyle.MARGIN - (xTitle.isEmpty() ? 0 : label.getHeight())
                - ChartStyle.GAP - tick.getHeight() - ChartStyle.TICK_LENGTH;
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
        g.setFont(ChartStyle.TITLE);
        g.setColor(ChartStyle.INK);
        FontMetrics tf = g.getFontMetrics();
        if (!title.isEmpty()) {
            g.drawString(title, plot.x, area.y + ChartStyle.MARGIN + tf.getAscent());
        }
        g.setStroke(ChartStyle.AXIS);
        g.setFont(ChartStyle.TICK);
        FontMetrics fm = g.getFontMetrics();
        double yLargest = Math.max(Math.abs(yMin), Math.abs(yMax));
        for (double t : yTicks) {
            int y = (int) Math.round(py(t));
            g.setColor(ChartStyle.GRID);
            g.drawLine(plot.x + 1, y, plot.x + plot.width, y);
            g.setColor(ChartStyle.INK);
            g.drawLine(plot.x - ChartStyle.TICK_LENGTH, y, plot.x, y);
            String s = Ticks.label(t, yStep, yLargest);
            g.drawString(s, plot.x - ChartStyle.TICK_LENGTH - ChartStyle.GAP - fm.stringWidth(s),
                    y + fm.getAscent() / 2 - 1);
        }
        double xLargest = Math.max(Math.abs(xMin), Math.abs(xMax));
        int bottom = plot.y + plot.height;
        for (double t : xTicks) {
            int x = (int) Math.round(px(t));
            g.setColor(ChartStyle.INK);
            g.drawLine(x, bottom, x, bottom + ChartStyle.TICK_LENGTH);
            String s = Ticks.label(t, xStep, xLargest);
            g.drawString(s, x - fm.stringWidth(s) / 2, bottom + ChartStyle.TICK_LENGTH + ChartStyle.GAP + fm.getAscent()
                    - fm.getDescent());
        }
        g.setColor(ChartStyle.INK);
        g.drawLine(plot.x, plot.y, plot.x, bottom);
        g.drawLine(plot.x, bottom, plot.x + plot.width, bottom);
        g.setFont(ChartStyle.LABEL);
        FontMetrics lf = g.getFontMetrics();
        if (!xTitle.isEmpty()) {
            g.drawString(xTitle, plot.x + (plot.width - lf.stringWidth(xTitle)) / 2,
                    area.y + area.height - ChartStyle.MARGIN - lf.getDescent());
        }
        if (!yTitle.isEmpty()) {
            AffineTransform saved = g.getTransform();
            g.translate(area.x + ChartStyle.MARGIN + lf.getAscent(), plot.y + (plot.height + lf.stringWidth(yTitle)) / 2);
            g.rotate(-Math.PI / 2);
            g.drawString(yTitle, 0, 0);
            g.setTransform(saved);
        }
    }
}
