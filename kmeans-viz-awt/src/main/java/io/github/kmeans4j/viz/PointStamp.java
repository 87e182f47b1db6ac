package io.github.kmeans4j.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;

/**
 * Many points drawn fast: one antialiased sprite per colour, blended into the plot's raster at
 * whole pixels (one pass over memory instead of a Java2D call per point).
 */
final class PointStamp {
    private final int w;
    private final int h;
    private final double s;

    /** A stamp for a plot raster of {@code w × h} pixels, at picture scale {@code s}. */
    PointStamp(int w, int h, double s) {
        this.w = w;
        this.h = h;
        this.s = s;
    }

    /**
     * Stamps the points {@code order} at picture pixels {@code (px, py)} with radius {@code r} into
     * {@code raster}, whose pixel (0, 0) is the picture's {@code (plotX, plotY)}; each point's
     * colour slot (0 for unassigned) and each slot's colour come from the functions.
     */
    void stamp(int[] raster, int plotX, int plotY, double[] px, double[] py, int[] order, double r,
            IntUnaryOperator slotOf, IntFunction<Color> colourOf) {
        int size = (int) Math.ceil(2 * r + 2);
        double half = size / 2.0;
        int[][] sprites = new int[16][];
        for (int o : order) {
            int slot = slotOf.applyAsInt(o);
            if (slot >= sprites.length) {
                sprites = Arrays.copyOf(sprites, Math.max(slot + 1, 2 * sprites.length));
            }
            int[] sprite = sprites[slot];
            if (sprite == null) {
                sprite = sprite(colourOf.apply(slot), r, size);
                sprites[slot] = sprite;
            }
            int x0 = (int) Math.round(px[o] - half) - plotX;
            int y0 = (int) Math.round(py[o] - half) - plotY;
            boolean inside = x0 >= 0 && y0 >= 0 && x0 + size <= w && y0 + size <= h;
            for (int sy = 0; sy < size; sy++) {
                int y = y0 + sy;
                if (!inside && (y < 0 || y >= h)) {
                    continue;
                }
                int row = y * w;
                int base = sy * size;
                for (int sx = 0; sx < size; sx++) {
                    int argb = sprite[base + sx];
                    int alpha = argb >>> 24;
                    int x = x0 + sx;
                    if (alpha == 0 || (!inside && (x < 0 || x >= w))) {
                        continue;
                    }
                    raster[row + x] = alpha == 255 ? argb & 0xFFFFFF : blend(raster[row + x], argb, alpha);
                }
            }
        }
    }

    /** The darker outline of a point of colour {@code c}. */
    static Color edge(Color c) {
        return new Color((int) (c.getRed() * 0.6), (int) (c.getGreen() * 0.6), (int) (c.getBlue() * 0.6));
    }

    private int[] sprite(Color c, double r, int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D sg = img.createGraphics();
        sg.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Ellipse2D.Double dot = new Ellipse2D.Double(size / 2.0 - r, size / 2.0 - r, 2 * r, 2 * r);
        sg.setColor(c);
        sg.fill(dot);
        sg.setColor(edge(c));
        sg.setStroke(new BasicStroke((float) Math.max(0.6, 0.6 * s)));
        sg.draw(dot);
        sg.dispose();
        return img.getRGB(0, 0, size, size, null, 0, size);
    }

    private static int blend(int dst, int src, int alpha) {
        int inv = 255 - alpha;
        int r = div255(((src >> 16) & 0xFF) * alpha + ((dst >> 16) & 0xFF) * inv);
        int gr = div255(((src >> 8) & 0xFF) * alpha + ((dst >> 8) & 0xFF) * inv);
        int b = div255((src & 0xFF) * alpha + (dst & 0xFF) * inv);
        return (r << 16) | (gr << 8) | b;
    }

    /** Rounded v / 255 for v in [0, 255²], without a division. */
    private static int div255(int v) {
        v += 128;
        return (v + (v >> 8)) >> 8;
    }
}
