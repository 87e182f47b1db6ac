package io.github.kmeans4j.examples;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.KMeansResult;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * The {@code quantize} example: colour quantisation of a photograph. Every pixel is a point in
 * RGB space (float storage, about 270 000 points); k-means at several K finds a palette of K
 * colours, and every pixel is repainted with its cluster's colour. Writes each quantised image,
 * and a sheet with the original, every K's result, its palette and the time its fit took.
 */
final class Quantize implements Example {
    static final String PHOTO = "data/flower.jpg";
    private static final int PANEL_WIDTH = 320;
    private static final int SWATCH_HEIGHT = 22;
    private static final int CAPTION_HEIGHT = 24;

    @Override
    public String name() {
        return "quantize";
    }

    @Override
    public String summary() {
        return "colour quantisation of a photo at several K: palettes, before/after, each fit timed";
    }

    @Override
    public List<Option> options() {
        return List.of(
                new Option("ks", "2,4,8,16,32", "palette sizes to try, comma-separated"),
                new Option("seed", "1", "random seed of the fits"),
                new Option("scale", "1", "use every n-th pixel in each direction (1 = the full photo)"));
    }

    @Override
    public void run(Options options, Session session) throws IOException {
        int[] ks = options.integers("ks", 1, 256);
        long seed = options.longValue("seed");
        int scale = options.integer("scale", 1, 64);
        BufferedImage photo = subsample(loadPhoto(), scale);
        int w = photo.getWidth();
        int h = photo.getHeight();
        float[] rgb = pixels(photo);
        Dataset data = Dataset.ofFloatsRowMajor(rgb, 3).withColumnNames("red", "green", "blue");
        session.out().printf(Locale.ROOT, "photo %d x %d = %d pixels, %d distinct colours; timings after one "
                + "untimed warm-up fits%n", w, h, data.n(), distinctColours(photo));

        // Short untimed fits on a quarter of the pixels first, so the timings below are of compiled
        // code rather than of the JIT compiler warming up.
        Dataset quarter = Dataset.ofFloatsRowMajor(Arrays.copyOf(rgb, rgb.length / 12 * 3), 3);
        for (int k : ks) {
            if (k <= quarter.n()) {
                KMeans.builder().k(k).seed(seed).maxIterations(5).build().fit(quarter);
            }
        }

        List<Panel> panels = new ArrayList<>();
        panels.add(new Panel(photo, String.format(Locale.ROOT, "original  ·  %,d colours", distinctColours(photo)).replace(',', ' '),
                null));
        for (int k : ks) {
            KMeans kMeans = KMeans.builder().k(k).seed(seed).build();
            long start = System.nanoTime();
            KMeansResult result = kMeans.fit(data);
            double millis = (System.nanoTime() - start) / 1e6;
            session.out().printf(Locale.ROOT,
                    "K = %-3d fit %7.1f ms (%d iterations, %.2f ms each, stop: %s), mean squared error %.1f%n",
                    k, millis, result.iterations(), millis / Math.max(1, result.iterations()), result.stopReason().description(),
                    result.inertia() / data.n());
            BufferedImage quantised = repaint(result, w, h);
            session.writePng(String.format(Locale.ROOT, "flower-k%d.png", k), quantised);
            panels.add(new Panel(quantised, String.format(Locale.ROOT, "K = %d  ·  %d iterations in %.0f ms", k,
                    result.iterations(), millis), palette(result)));
        }
        BufferedImage sheet = sheet(panels, w, h);
        session.writePng("quantize.png", sheet);
        if (session.window()) {
            Windows.showImage("kmeans4j: colour quantisation", sheet);
        }
    }

    static BufferedImage loadPhoto() throws IOException {
        try (InputStream in = Quantize.class.getResourceAsStream(PHOTO)) {
            if (in == null) {
                throw new IOException("missing bundled resource " + PHOTO);
            }
            BufferedImage image = ImageIO.read(in);
            if (image == null) {
                throw new IOException("no image reader for " + PHOTO);
            }
            return image;
        }
    }

    private static BufferedImage subsample(BufferedImage image, int step) {
        if (step == 1) {
            return image;
        }
        int w = (image.getWidth() + step - 1) / step;
        int h = (image.getHeight() + step - 1) / step;
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, image.getRGB(x * step, y * step));
            }
        }
        return out;
    }

    /** The pixels as rows of (red, green, blue), 0–255, row by row. */
    static float[] pixels(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        float[] rgb = new float[argb.length * 3];
        for (int i = 0; i < argb.length; i++) {
            rgb[3 * i] = (argb[i] >> 16) & 0xff;
            rgb[3 * i + 1] = (argb[i] >> 8) & 0xff;
            rgb[3 * i + 2] = argb[i] & 0xff;
        }
        return rgb;
    }

    private static int distinctColours(BufferedImage image) {
        int[] argb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        for (int i = 0; i < argb.length; i++) {
            argb[i] &= 0xffffff;
        }
        return (int) Arrays.stream(argb).distinct().count();
    }

    private static int packed(double[] centroid) {
        int r = (int) Math.round(Math.min(255, Math.max(0, centroid[0])));
        int g = (int) Math.round(Math.min(255, Math.max(0, centroid[1])));
        int b = (int) Math.round(Math.min(255, Math.max(0, centroid[2])));
        return (r << 16) | (g << 8) | b;
    }

    /** Every pixel painted with its cluster's centroid colour. */
    static BufferedImage repaint(KMeansResult result, int w, int h) {
        double[][] centroids = result.centroids();
        int[] colour = new int[centroids.length];
        for (int j = 0; j < centroids.length; j++) {
            colour[j] = packed(centroids[j]);
        }
        int[] labels = result.labels();
        int[] argb = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            argb[i] = colour[labels[i]];
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        return out;
    }

    /** The palette, most used colour first, with each colour's share of the pixels. */
    private static List<Swatch> palette(KMeansResult result) {
        double[][] centroids = result.centroids();
        int[] sizes = result.clusterSizes();
        List<Swatch> swatches = new ArrayList<>();
        for (int j = 0; j < centroids.length; j++) {
            swatches.add(new Swatch(new Color(packed(centroids[j])), sizes[j] / (double) result.labels().length));
        }
        swatches.sort((a, b) -> Double.compare(b.share(), a.share()));
        return swatches;
    }

    private record Swatch(Color colour, double share) {
    }

    private record Panel(BufferedImage image, String caption, List<Swatch> palette) {
    }

    /** Panels in a grid of up to three columns: image, palette strip (widths by share), caption. */
    private static BufferedImage sheet(List<Panel> panels, int w, int h) {
        int pw = PANEL_WIDTH;
        int ph = (int) Math.round(h * (double) pw / w);
        int cellH = ph + SWATCH_HEIGHT + CAPTION_HEIGHT + 8;
        int columns = Math.min(3, panels.size());
        int rows = (panels.size() + columns - 1) / columns;
        int gap = 12;
        BufferedImage sheet = new BufferedImage(columns * (pw + gap) + gap, rows * (cellH + gap) + gap,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
            FontMetrics fm = g.getFontMetrics();
            for (int p = 0; p < panels.size(); p++) {
                Panel panel = panels.get(p);
                int x = gap + (p % columns) * (pw + gap);
                int y = gap + (p / columns) * (cellH + gap);
                g.drawImage(panel.image(), x, y, pw, ph, null);
                int sy = y + ph + 4;
                if (panel.palette() != null) {
                    int sx = x;
                    for (int s = 0; s < panel.palette().size(); s++) {
                        Swatch swatch = panel.palette().get(s);
                        int end = s == panel.palette().size() - 1 ? x + pw
                                : x + (int) Math.round(pw * cumulative(panel.palette(), s));
                        g.setColor(swatch.colour());
                        g.fillRect(sx, sy, Math.max(1, end - sx), SWATCH_HEIGHT);
                        sx = end;
                    }
                    g.setColor(Color.GRAY);
                    g.drawRect(x, sy, pw - 1, SWATCH_HEIGHT - 1);
                }
                g.setColor(Color.DARK_GRAY);
                g.drawString(panel.caption(), x, sy + SWATCH_HEIGHT + fm.getAscent() + 2);
            }
        } finally {
            g.dispose();
        }
        return sheet;
    }

    private static double cumulative(List<Swatch> palette, int upTo) {
        double sum = 0;
        for (int s = 0; s <= upTo; s++) {
            sum += palette.get(s).share();
        }
        return sum;
    }
}
