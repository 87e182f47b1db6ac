package io.github.kmeans4j.viz.charts;

import io.github.kmeans4j.viz.Palette;
import io.github.kmeans4j.viz.internal.Theme;
import io.github.kmeans4j.viz.internal.Ticks;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A strip chart: one column of dots per group, each dot one value (the final inertia of one run,
 * say), spread sideways by a fixed seeded jitter so that equal values stay visible; the y axis
 * has round ticks, and an optional dashed reference line is labelled (the best value found). The
 * chart to compare how the runs of several settings spread, such as initialisers over many seeds.
 *
 * <pre>{@code
 * StripChart.of("Final inertia by initialiser", "inertia", List.of("random", "k-means++"), inertia)
 *         .withReference(best, "best found").writePng(Path.of("init.png"), 900, 520);
 * }</pre>
 */
public final class StripChart extends Chart {
    private final String title;
    private final String yTitle;
    private final List<String> groups;
    private final double[][] values;
    private final double reference;
    private final String referenceLabel;
    /** Where the last paint put its axes, for tests. */
    Axes axes;

    private StripChart(String title, String yTitle, List<String> groups, double[][] values, double reference,
            String referenceLabel) {
        this.title = title;
        this.yTitle = yTitle;
        this.groups = groups;
        this.values = values;
        this.reference = reference;
        this.referenceLabel = referenceLabel;
    }

    /**
     * A strip chart of {@code values[g]} for each group {@code g}.
     *
     * @param title the chart's title ("" for none)
     * @param yTitle the title of the value axis ("" for none)
     * @param groups the groups' names, in column order
     * @param values per group its values (finite; a group may have none)
     * @return the chart, without a reference line
     * @throws IllegalArgumentException if an argument is null, the groups and values differ in
     *     number, there is no group, or a value is not finite
     */
    public static StripChart of(String title, String yTitle, List<String> groups, double[][] values) {
        if (title == null || yTitle == null || groups == null || values == null) {
            throw new IllegalArgumentException("title, yTitle, groups and values must not be null");
        }
        if (groups.isEmpty() || groups.size() != values.length) {
            throw new IllegalArgumentException("need one list of values per group, at least one group; got "
                    + groups.size() + " groups and " + values.length + " lists");
        }
        double[][] copy = new double[values.length][];
        for (int g = 0; g < values.length; g++) {
            if (values[g] == null || groups.get(g) == null) {
                throw new IllegalArgumentException("group " + g + " has no name or no values");
            }
            copy[g] = values[g].clone();
            for (double v : copy[g]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("group " + groups.get(g) + " has a value that is not finite: " + v);
                }
            }
        }
        return new StripChart(title, yTitle, List.copyOf(groups), copy, Double.NaN, "");
    }

    /**
     * This chart with a dashed horizontal line at {@code value}, labelled.
     *
     * @param value where the line goes, finite
     * @param label its label ("" for none)
     * @return the changed copy
     * @throws IllegalArgumentException if the value is not finite or the label is null
     */
    public StripChart withReference(double value, String label) {
        if (!Double.isFinite(value) || label == null) {
            throw new IllegalArgumentException("the reference needs a finite value and a label, got " + value);
        }
        return new StripChart(title, yTitle, groups, values, value, label);
    }

    /**
     * Paints the chart into {@code g} in the given rectangle.
     *
     * @param g the graphics
     * @param x the left edge
     * @param y the top edge
     * @param width the width
     * @param height the height
     */
    @Override
    public void paint(Graphics2D g, int x, int y, int width, int height) {
        Charts.hints(g);
        Rectangle area = new Rectangle(x, y, width, height);
        LineChart.background(g, area);
        double lo = Double.isNaN(reference) ? Double.POSITIVE_INFINITY : reference;
        double hi = Double.isNaN(reference) ? Double.NEGATIVE_INFINITY : reference;
        for (double[] group : values) {
            for (double v : group) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo > hi) {   // no value at all
            lo = 0;
            hi = 1;
        }
        double pad = (hi - lo) * 0.05;
        // x: one unit per group, the columns at 0.5, 1.5, ...; no numeric ticks (the names label it)
        axes = Axes.layout(g, area, title, "", yTitle, 0, groups.size(), lo - pad, hi + pad, new double[0], 1);
        axes.draw(g);
        g.setFont(Theme.CHART_LABEL);
        FontMetrics fm = g.getFontMetrics();
        int bottom = axes.plot.y + axes.plot.height;
        for (int c = 0; c < groups.size(); c++) {
            String name = groups.get(c);
            g.setColor(Theme.INK);
            g.drawString(name, (int) Math.round(axes.px(c + 0.5) - fm.stringWidth(name) / 2.0),
                    bottom + Theme.TICK_LENGTH + Theme.GAP + fm.getAscent());
        }
        if (!Double.isNaN(reference)) {
            double ry = axes.py(reference);
            g.setColor(Theme.REFERENCE);
            g.setStroke(Theme.DASHED);
            g.draw(new Line2D.Double(axes.plot.x, ry, axes.plot.x + axes.plot.width, ry));
        }
        Palette palette = Palette.standard();
        double span = axes.px(1) - axes.px(0);
        double r = Math.max(2.5, Math.min(5, span / 40));
        SplittableRandom jitter = new SplittableRandom(1);
        g.setStroke(Theme.AXIS);
        for (int c = 0; c < groups.size(); c++) {
            for (double v : values[c]) {
                double cx = axes.px(c + 0.5) + (jitter.nextDouble() - 0.5) * span * 0.5;
                Ellipse2D.Double dot = new Ellipse2D.Double(cx - r, axes.py(v) - r, 2 * r, 2 * r);
                g.setColor(palette.color(c));
                g.fill(dot);
                g.setColor(palette.outline());
                g.draw(dot);
            }
        }
        if (!Double.isNaN(reference) && !referenceLabel.isEmpty()) {
            // the reference's key above the plot, at its right: dots crowd near the line itself
            g.setFont(Theme.CHART_TICK);
            FontMetrics tf = g.getFontMetrics();
            String text = referenceLabel + " (" + Ticks.value(reference) + ")";
            int right = axes.plot.x + axes.plot.width;
            int base = axes.plot.y - Theme.GAP;
            int sample = 28;
            g.setColor(Theme.MUTED);
            g.drawString(text, right - tf.stringWidth(text), base);
            g.setColor(Theme.REFERENCE);
            g.setStroke(Theme.DASHED);
            int lineY = base - tf.getAscent() / 2 + 1;
            g.drawLine(right - tf.stringWidth(text) - Theme.GAP - sample, lineY, right - tf.stringWidth(text) - Theme.GAP,
                    lineY);
            g.setStroke(Theme.AXIS);
        }
    }
}
