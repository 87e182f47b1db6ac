package io.github.kmeans4j.viz.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** What every chart of this package shares: an image of the size asked, written as PNG. */
final class Charts {
    /** Paints into {@code g} at {@code (x, y)}, {@code width × height}. */
    interface Painter {
        void paint(Graphics2D g, int x, int y, int width, int height);
    }

    private Charts() {
    }

    static void checkSize(int width, int height) {
        if (width < 100 || height < 80) {
            throw new IllegalArgumentException("a chart needs at least 100 x 80 pixels, was " + width + " x " + height);
        }
    }

    static BufferedImage render(Painter painter, int width, int height) {
        checkSize(width, height);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            painter.paint(g, 0, 0, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    static void writePng(Painter painter, Path file, int width, int height) throws IOException {
        if (file == null) {
            throw new IllegalArgumentException("file must not be null");
        }
        if (!ImageIO.write(render(painter, width, height), "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }

    static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_NORMALIZE);
    }
}
