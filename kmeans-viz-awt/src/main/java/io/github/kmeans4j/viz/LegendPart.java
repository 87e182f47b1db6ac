package io.github.kmeans4j.viz;

import io.github.kmeans4j.viz.internal.Theme;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.List;

/**
 * A frame's legend: one row per cluster (a diamond in its colour and its count of points) or per
 * true class (a dot), at most twelve rows and "… and N more", and a row for points not assigned
 * yet.
 */
final class LegendPart {
    private final Graphics2D g;
    private final FrameLayout l;
    private final Palette palette;
    private final boolean classView;
    private final int[] trueClasses;
    private final List<String> classNames;
    private final int[] labels;
    private final int clusterGroups;
    private final boolean assignable;

    /**
     * @param trueClasses the true classes when the legend shows them, else null (clusters)
     * @param labels the frame's labels, or null before the first assignment
     * @param clusterGroups how many clusters the legend lists
     * @param assignable whether points not assigned yet get a row (not in the run's first frame)
     */
    LegendPart(Graphics2D g, FrameLayout l, Palette palette, int[] trueClasses, List<String> classNames, int[] labels,
            int clusterGroups, boolean assignable) {
        this.g = g;
        this.l = l;
        this.palette = palette;
        this.classView = trueClasses != null;
        this.trueClasses = trueClasses;
        this.classNames = classNames;
        this.labels = labels;
        this.clusterGroups = clusterGroups;
        this.assignable = assignable;
    }

    /** Draws the legend from {@code (x, y)} within width {@code w}, above {@code bottom}; returns the y below it. */
    int draw(int x, int y, int w, int bottom) {
        g.setFont(l.body);
        FontMetrics bm = g.getFontMetrics();
        g.setColor(palette.outline());
        g.drawString(classView ? "true classes" : "clusters", x, y + bm.getAscent());
        y += bm.getHeight() + (int) (2 * l.s);
        g.setFont(l.small);
        FontMetrics fm = g.getFontMetrics();
        int rowH = Math.max(fm.getHeight(), (int) (15 * l.s));
        long[] counts;
        int groups;
        if (classView) {
            groups = 0;
            for (int c : trueClasses) {
                groups = Math.max(groups, c + 1);
            }
            counts = new long[groups];
            for (int c : trueClasses) {
                counts[c]++;
            }
        } else {
            groups = clusterGroups;
            counts = new long[groups];
            if (labels != null) {
                for (int c : labels) {
                    counts[c]++;
                }
            }
        }
        int maxRows = Math.max(1, Math.min(12, (bottom - y) / 2 / rowH));
        int shown = groups <= maxRows ? groups : maxRows - 1;
        double r = 5 * l.s;
        for (int j = 0; j < shown; j++) {
            double cyRow = y + rowH / 2.0;
            Color c = palette.color(j);
            if (classView) {
                Ellipse2D.Double dot = new Ellipse2D.Double(x + r * 0.4, cyRow - r * 0.8, r * 1.6, r * 1.6);
                g.setColor(c);
                g.fill(dot);
                g.setColor(PointStamp.edge(c));
                g.draw(dot);
            } else {
                Path2D.Double d = new Path2D.Double();
                d.moveTo(x + r, cyRow - r * 1.2);
                d.lineTo(x + 2 * r, cyRow);
                d.lineTo(x + r, cyRow + r * 1.2);
                d.lineTo(x, cyRow);
                d.closePath();
                g.setColor(c);
                g.fill(d);
                g.setColor(palette.outline());
                g.setStroke(new BasicStroke((float) Math.max(1, 1.2 * l.s)));
                g.draw(d);
            }
            String name = classView ? className(j) : "cluster " + j;
            String count = (classView || labels != null) ? "  " + Text.count(counts[j]) + " pts" : "";
            g.setColor(palette.outline());
            g.drawString(Text.ellipsize(name + count, fm, w - (int) (3 * r)), (float) (x + 3 * r),
                    (float) (cyRow + fm.getAscent() / 2.0 - 1));
            y += rowH;
        }
        if (shown < groups) {
            g.setColor(Theme.MUTED);
            g.drawString("… and " + (groups - shown) + " more", x, y + fm.getAscent());
            y += rowH;
        }
        if (!classView && labels == null && assignable) {
            g.setColor(palette.unassigned());
            g.fill(new Ellipse2D.Double(x + r * 0.4, y + rowH / 2.0 - r * 0.8, r * 1.6, r * 1.6));
            g.setColor(palette.outline());
            g.drawString("not assigned yet", (float) (x + 3 * r), (float) (y + rowH / 2.0 + fm.getAscent() / 2.0 - 1));
            y += rowH;
        }
        return y + (int) (10 * l.s);
    }

    private String className(int j) {
        List<String> names = classNames;
        return names != null && j < names.size() ? names.get(j) : "class " + j;
    }
}
