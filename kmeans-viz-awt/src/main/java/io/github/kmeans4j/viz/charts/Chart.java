package io.github.kmeans4j.viz.charts;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * What every chart of this package offers: painting into a rectangle of any {@code Graphics2D},
 * and, from that, an image of the size asked and a PNG file. A chart is immutable; each paint
 * draws it anew at the size given.
 */
public abstract sealed class Chart permits KSelectionChart, RunGrid, SilhouettePlot, StripChart {

    Chart() {
    }

    /**
     * Paints the chart into a rectangle of {@code g}.
     *
     * @param g where to paint
     * @param x the rectangle's left edge
     * @param y its top edge
     * @param width its width
     * @param height its height
     */
    public abstract void paint(Graphics2D g, int x, int y, int width, int height);

    /**
     * The chart as a new image.
     *
     * @param width the image's width in pixels, at least 100
     * @param height the image's height in pixels, at least 80
     * @return a new RGB image
     * @throws IllegalArgumentException if the size is smaller
     */
    public final BufferedImage render(int width, int height) {
        return Charts.render(this::paint, width, height);
    }

    /**
     * Writes the chart as a PNG file.
     *
     * @param file the file to create or replace
     * @param width the image's width in pixels, at least 100
     * @param height the image's height in pixels, at least 80
     * @throws IOException if the file cannot be written
     * @throws IllegalArgumentException if the file is null or the size too small
     */
    public final void writePng(Path file, int width, int height) throws IOException {
        Charts.writePng(this::paint, file, width, height);
    }
}
