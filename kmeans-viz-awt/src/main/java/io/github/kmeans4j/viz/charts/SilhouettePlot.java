package io.github.kmeans4j.viz.charts;

import io.github.kmeans4j.viz.internal.Theme;
import io.github.kmeans4j.viz.internal.Ticks;
import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.metrics.ClusterScores;
import io.github.kmeans4j.metrics.Silhouette;
import io.github.kmeans4j.viz.Palette;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The per-point silhouette plot: one horizontal bar per point, from 0 to its silhouette
 * coefficient, the points of each cluster sorted from highest to lowest and stacked as one block
 * in the cluster's colour, cluster 0 at the bottom; a dashed line marks the mean. A cluster whose
 * block reaches left of 0 holds points closer to another cluster; a thin block is a small
 * cluster. Any number of points: each block is drawn as one outline, not bar by bar.
 *
 * <pre>{@code
 * SilhouettePlot.of(data, result.labels()).writePng(Path.of("silhouette.png"), 640, 480);
 * }</pre>
 */
public final class SilhouettePlot extends Chart {
    private final int k;
    private final double[][] sortedByCluster;   // each cluster's values, highest first
    private final double mean;
    private final Palette palette;
    /** Where the last paint put its axes and each cluster's block (bottom and top pixel rows), for tests. */
    Axes axes;
    int[][] blockRows;

    private SilhouettePlot(int k, double[][] sorted, double mean, Palette palette) {
        this.k = k;
        this.sortedByCluster = sorted;
        this.mean = mean;
        this.palette = palette;
    }

    /**
     * The exact silhouette of every point of {@code data} under {@code labels}
     * ({@link ClusterScores#silhouette(Dataset, int[])}, O(n²) time).
     *
     * @param data the points
     * @param labels their clusters, 0 to k − 1, at least two clusters
     * @return the plot
     * @throws IllegalArgumentException as {@link ClusterScores#silhouette(Dataset, int[])} does
     */
    public static SilhouettePlot of(Dataset data, int[] labels) {
        Silhouette s = ClusterScores.silhouette(data, labels);
        int[] points = s.points();
        int[] own = new int[points.length];
        for (int i = 0; i < points.length; i++) {
            own[i] = labels[points[i]];
        }
        return of(own, s.values());
    }

    /**
     * The plot of silhouette values already computed.
     *
     * @param labels the cluster of each point, 0 to k − 1
     * @param values the silhouette coefficient of each point, in [−1, 1]
     * @return the plot, coloured with {@link Palette#standard()}
     * @throws IllegalArgumentException if an array is null or empty, their lengths differ, a
     *     label is negative, or a value is not within [−1, 1]
     */
    public static SilhouettePlot of(int[] labels, double[] values) {
        if (labels == null || values == null || labels.length == 0 || labels.length != values.length) {
            throw new IllegalArgumentException("need one silhouette value per label, at least one");
        }
        int k = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                throw new IllegalArgumentException("label of point " + i + " is negative: " + labels[i]);
            }
            if (!(values[i] >= -1 && values[i] <= 1)) {
                throw new IllegalArgumentException("silhouette of point " + i + " is " + values[i]
                        + ", outside [-1, 1]");
            }
            k = Math.max(k, labels[i] + 1);
        }
        int[] counts = new int[k];
        for (int label : labels) {
            counts[label]++;
        }
        double[][] sorted = new double[k][];
        for (int j = 0; j < k; j++) {
            sorted[j] = new double[counts[j]];
        }
        int[] filled = new int[k];
        double sum = 0;
        for (int i = 0; i < labels.length; i++) {
            sorted[labels[i]][filled[labels[i]]++] = values[i];
            sum += values[i];
        }
        for (double[] block : sorted) {
            Arrays.sort(block);
            for (int a = 0, b = block.length - 1; a < b; a++, b--) {   // highest first
                double t = block[a];
                block[a] = block[b];
                block[b] = t;
            }
        }
        return new SilhouettePlot(k, sorted, sum / labels.length, Palette.standard());
    }

    /**
     * The mean silhouette the dashed line marks.
     *
     * @return the mean over all points
     */
    public double mean() {
        return mean;
    }

    /**
     * Paints the plot into a rectangle of any {@code Graphics2D}.
     *
     * @param g where to paint
     * @param x the rectangle's left edge
     * @param y its top edge
     * @param width its width
     * @param height its height
     */
    @Override
    public void paint(Graphics2D g, int x, int y, int width, int height) {
        Charts.hints(g);
        Rectangle area = new Rectangle(x, y, width, height);
        LineChart.background(g, area);
        int n = 0;
        double lowest = 0;
        for (double[] block : sortedByCluster) {
            n += block.length;
            if (block.length > 0) {
                lowest = Math.min(lowest, block[block.length - 1]);
            }
        }
        double left = lowest < 0 ? Math.floor(lowest * 10) / 10 - 0.1 : -0.1;   // room left of the lowest bar
        // y in "point slots": each cluster gets its points plus a gap of 4 % of n
        double gap = Math.max(1, n * 0.04);
        double total = n + gap * (k + 1);
        axes = Axes.layout(g, area, "Silhouette of " + n + (n == 1 ? " point in " : " points in ") + k
                + (k == 1 ? " cluster" : " clusters"), "silhouette coefficient", "cluster", left, 1, 0, total,
                null, 0).withoutYTicks();   // the y axis is labelled with cluster numbers below
        axes.draw(g);
        g.setFont(Theme.CHART_TICK);
        FontMetrics fm = g.getFontMetrics();
        blockRows = new int[k][2];
        double base = gap;
        double zero = axes.px(0);
        for (int j = 0; j < k; j++) {
            double[] block = sortedByCluster[j];
            double top = base + block.length;
            Path2D.Double outline = new Path2D.Double();
            outline.moveTo(zero, axes.py(base));
            for (int i = 0; i < block.length; i++) {
                double v = axes.px(block[block.length - 1 - i]);   // lowest at the bottom of the block
                outline.lineTo(v, axes.py(base + i));
                outline.lineTo(v, axes.py(base + i + 1));
            }
            outline.lineTo(zero, axes.py(top));
            outline.closePath();
            g.setColor(palette.color(j));
            g.fill(outline);
            blockRows[j][0] = (int) Math.round(axes.py(base));
            blockRows[j][1] = (int) Math.round(axes.py(top));
            g.setColor(Theme.INK);
            String label = Integer.toString(j);
            g.drawString(label, axes.plot.x - Theme.TICK_LENGTH - Theme.GAP - fm.stringWidth(label),
                    (int) Math.round(axes.py(base + block.length / 2.0)) + fm.getAscent() / 2 - 1);
            base = top + gap;
        }
        g.setColor(Theme.INK);
        g.draw(new Line2D.Double(zero, axes.plot.y, zero, axes.plot.y + axes.plot.height));
        double mx = axes.px(mean);
        g.setColor(Theme.HIGHLIGHT);
        g.setStroke(Theme.DASHED);
        g.draw(new Line2D.Double(mx, axes.plot.y, mx, axes.plot.y + axes.plot.height));
        g.setFont(Theme.CHART_LABEL);
        FontMetrics lf = g.getFontMetrics();
        String text = "mean " + Ticks.value(mean);
        int tx = (int) Math.round(mx) + 4;
        if (tx + lf.stringWidth(text) > axes.plot.x + axes.plot.width) {
            tx = (int) Math.round(mx) - 4 - lf.stringWidth(text);
        }
        g.drawString(text, tx, axes.plot.y - lf.getDescent() - 1);   // above the plot, clear of the bars
    }
}
