package io.github.kmeans4j.viz;

import io.github.kmeans4j.viz.internal.Theme;
import io.github.kmeans4j.viz.internal.Ticks;
import java.awt.BasicStroke;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * The frame around the plot, ticks with their labels at round steps below it (and left of it,
 * unless the view is a line), and the axis titles: the builder's, else the projection's.
 */
final class AxesPart {
    private final Painting p;

    AxesPart(Painting p) {
        this.p = p;
    }

    void draw() {
        Graphics2D g = p.g;
        FrameLayout l = p.l;
        PlotView v = p.v;
        g.setColor(Theme.REFERENCE);
        g.setStroke(new BasicStroke((float) Math.max(1, l.s)));
        g.draw(new Rectangle2D.Double(l.plotX, l.plotY, l.plotW, l.plotH));
        g.setFont(l.small);
        FontMetrics fm = g.getFontMetrics();
        g.setColor(Theme.INK);
        double tick = 5 * l.s;
        int labelY = l.plotY + l.plotH + (int) tick + fm.getAscent() + 1;
        double xStep = Ticks.step(v.x0, v.x1, Math.max(2, l.plotW / (int) (90 * l.s)));
        double xLargest = Math.max(Math.abs(v.x0), Math.abs(v.x1));
        for (double t : Ticks.within(v.x0, v.x1, xStep)) {
            double x = v.sx(t);
            g.draw(new Line2D.Double(x, l.plotY + l.plotH, x, l.plotY + l.plotH + tick));
            String s = Ticks.label(t, xStep, xLargest);
            g.drawString(s, (float) (x - fm.stringWidth(s) / 2.0), labelY);
        }
        g.setFont(l.body);
        FontMetrics bm = g.getFontMetrics();
        String xl = p.options.xTitle != null ? p.options.xTitle : p.scene.projection.xLabel();
        g.drawString(Text.ellipsize(xl, bm, l.plotW), (float) (l.plotX + (l.plotW - Math.min(l.plotW, bm.stringWidth(xl))) / 2.0),
                labelY + bm.getAscent() + (int) (4 * l.s));
        if (p.line) {
            return;
        }
        g.setFont(l.small);
        double yStep = Ticks.step(v.y0, v.y1, Math.max(2, l.plotH / (int) (70 * l.s)));
        double yLargest = Math.max(Math.abs(v.y0), Math.abs(v.y1));
        for (double t : Ticks.within(v.y0, v.y1, yStep)) {
            double y = v.sy(t);
            g.draw(new Line2D.Double(l.plotX - tick, y, l.plotX, y));
            String s = Ticks.label(t, yStep, yLargest);
            g.drawString(s, (float) (l.plotX - tick - 2 - fm.stringWidth(s)), (float) (y + fm.getAscent() / 2.0 - 1));
        }
        g.setFont(l.body);
        String yl = Text.ellipsize(p.options.yTitle != null ? p.options.yTitle : p.scene.projection.yLabel(), bm, l.plotH);
        AffineTransform saved = g.getTransform();
        double yx = l.margin + bm.getAscent();
        g.translate(yx, l.plotY + l.plotH / 2.0 + bm.stringWidth(yl) / 2.0);
        g.rotate(-Math.PI / 2);
        g.drawString(yl, 0, 0);
        g.setTransform(saved);
    }
}
