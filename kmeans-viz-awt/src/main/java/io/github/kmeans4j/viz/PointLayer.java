package io.github.kmeans4j.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.Arrays;

/**
 * The points of a picture: where each drawn point goes (a scatter, or a dot plot or jitter on a
 * line) and its colour (its cluster, grey before the first assignment, or its true class; in a
 * {@link Motion}, part of the way from its old cluster's colour to its new one's). Few points are
 * drawn as antialiased circles, many are stamped into the plot's raster.
 */
final class PointLayer {
    /** Up to this many points are drawn as vector shapes; more are stamped into a raster. */
    private static final int VECTOR_POINTS = 1500;

    private final Painting p;
    private final int[] drawn;
    private final double[] px;
    private final double[] py;
    private final int[] order;
    private final double r;
    /** Per drawn point, its colour's slot: 0..slots-1; {@link #slotColours} gives each slot's colour. */
    private final int[] slot;
    private final Color[] slotColours;

    PointLayer(Painting p) {
        this.p = p;
        drawn = p.scene.drawn;
        int count = drawn.length;
        r = radius();
        px = new double[count];
        py = new double[count];
        int[] o = new int[count];
        for (int i = 0; i < count; i++) {
            o[i] = i;
            px[i] = p.v.sx(p.scene.xs[drawn[i]]);
        }
        if (p.line) {
            double mid = p.l.plotY + p.l.plotH / 2.0;
            if (p.lineLayout == FramePainter.LineLayout.JITTER) {
                for (int i = 0; i < count; i++) {
                    py[i] = mid + p.scene.jitter[i] * p.l.plotH * 0.33;
                }
            } else {
                o = byColour();
                stack(o);
            }
        } else {
            for (int i = 0; i < count; i++) {
                py[i] = p.v.sy(p.scene.ys[drawn[i]]);
            }
        }
        order = o;
        // colour slots: the colour index, or in a motion the pair (old index, new index)
        int[] from = p.motion == null ? null : p.motion.fromLabels();
        int span = 1;
        for (int row : drawn) {
            span = Math.max(span, colourIndex(row) + 2);
            if (from != null) {
                span = Math.max(span, from[row] + 2);
            }
        }
        slot = new int[count];
        int[] slotOfKey = new int[p.motion == null ? span : span * span];
        Arrays.fill(slotOfKey, -1);
        Color[] colours = new Color[16];
        int slots = 0;
        for (int i = 0; i < count; i++) {
            int to = colourIndex(drawn[i]);
            int old = p.motion == null ? to : from == null ? -1 : from[drawn[i]];
            int key = p.motion == null ? to + 1 : (old + 1) * span + to + 1;
            if (slotOfKey[key] < 0) {
                if (slots == colours.length) {
                    colours = Arrays.copyOf(colours, 2 * slots);
                }
                colours[slots] = p.motion == null || old == to ? colour(to) : p.motion.blend(colour(old), colour(to));
                slotOfKey[key] = slots++;
            }
            slot[i] = slotOfKey[key];
        }
        slotColours = Arrays.copyOf(colours, slots);
    }

    /** Many points: sprites blended into the plot's raster (see {@link PointStamp}); few: nothing. */
    void drawInto(int[] raster) {
        if (order.length > VECTOR_POINTS) {
            new PointStamp(p.l.plotW, p.l.plotH, p.l.s).stamp(raster, p.l.plotX, p.l.plotY, px, py, order, r,
                    o -> slot[o], s -> slotColours[s]);
        }
    }

    /** Few points: antialiased circles at their exact positions; many: nothing (they were stamped). */
    void drawVectors() {
        if (order.length > VECTOR_POINTS) {
            return;
        }
        Ellipse2D.Double dot = new Ellipse2D.Double();
        p.g.setStroke(new BasicStroke((float) Math.max(0.8, 0.9 * p.l.s)));
        for (int o : order) {
            Color c = slotColours[slot[o]];
            dot.setFrame(px[o] - r, py[o] - r, 2 * r, 2 * r);
            p.g.setColor(c);
            p.g.fill(dot);
            p.g.setColor(PointStamp.edge(c));
            p.g.draw(dot);
        }
    }

    private int colourIndex(int row) {
        if (p.classView) {
            return p.options.trueClasses[row];
        }
        return p.labels == null ? -1 : p.labels[row];
    }

    private Color colour(int index) {
        return index < 0 ? p.palette.unassigned() : p.palette.color(index);
    }

    private double radius() {
        int count = drawn.length;
        double base = count <= 300 ? (p.line ? 5.2 : 4.6) : count <= 3000 ? 3.4 : count <= 30000 ? 2.3 : 1.6;
        return base * p.l.s;
    }

    /** The drawn points ordered by colour, so that stacks in a dot plot group by cluster. */
    private int[] byColour() {
        int max = 0;
        for (int row : drawn) {
            max = Math.max(max, colourIndex(row) + 1);
        }
        int[] counts = new int[max + 2];
        for (int row : drawn) {
            counts[colourIndex(row) + 2]++;
        }
        for (int c = 1; c < counts.length; c++) {
            counts[c] += counts[c - 1];
        }
        int[] sorted = new int[drawn.length];
        for (int i = 0; i < drawn.length; i++) {
            sorted[counts[colourIndex(drawn[i]) + 1]++] = i;
        }
        return sorted;
    }

    /** A dot plot: points in the same small interval of the line stacked upwards, in {@code o}'s order. */
    private void stack(int[] o) {
        double step = 2 * r;
        double base = p.l.plotY + p.l.plotH - p.markerSize() * 2.6 - r;
        int bins = (int) Math.ceil(p.l.plotW / step) + 1;
        int[] heights = new int[bins];
        int[] level = new int[px.length];
        int tallest = 1;
        for (int i : o) {
            int b = (int) Math.max(0, Math.min(bins - 1, (px[i] - p.l.plotX) / step));
            level[i] = heights[b]++;
            tallest = Math.max(tallest, heights[b]);
        }
        double room = base - p.l.plotY - r;
        double rise = Math.min(step * 1.5, 0.8 * room / tallest);
        for (int i : o) {
            py[i] = base - level[i] * rise;
        }
    }
}
