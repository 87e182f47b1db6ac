package io.github.kmeans4j.examples;

import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.KMeansResult;
import io.github.kmeans4j.recording.RunRecorder;
import io.github.kmeans4j.data.BundledData;
import io.github.kmeans4j.data.LabeledData;
import io.github.kmeans4j.metrics.LabelAgreement;
import io.github.kmeans4j.viz.FramePainter;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The {@code digits} example: 1797 hand-written digits, 8×8 grey levels each, as points in 64
 * dimensions. k-means never sees which digit is which; its centroids, drawn back as 8×8 images,
 * turn out to look like digits. The fit is scored against the truth and animated through a PCA
 * projection of the 64 dimensions.
 */
final class Digits implements Example {
    private static final int SIDE = 8;

    @Override
    public String name() {
        return "digits";
    }

    @Override
    public String summary() {
        return "64-D hand-written digits: centroids drawn as 8x8 images, agreement with the truth, PCA animation";
    }

    @Override
    public List<Option> options() {
        return List.of(new Option("k", "10", "number of clusters"), new Option("seed", "3", "random seed of the fit"),
                new Option("restarts", "4", "fits from different starts; the best is kept"));
    }

    @Override
    public void run(Options options, Session session) throws IOException {
        int k = options.integer("k", 1, 200);
        long seed = options.longValue("seed");
        int restarts = options.integer("restarts", 1, 100);
        LabeledData digits = BundledData.DIGITS.load();
        RunRecorder recorder = new RunRecorder();
        KMeansResult fit = KMeans.builder().k(k).seed(seed).restarts(restarts).listener(recorder).build()
                .fit(digits.data());
        int[][] table = new int[k][digits.classCount()];
        for (int i = 0; i < digits.n(); i++) {
            table[fit.labels()[i]][digits.label(i)]++;
        }
        session.out().printf(Locale.ROOT, "%d digits, %d dimensions; k = %d, best of %d restarts: inertia %.0f%n",
                digits.n(), digits.d(), k, restarts, fit.inertia());
        session.out().printf(Locale.ROOT, "adjusted Rand index %.3f, normalised mutual information %.3f "
                        + "(1 = the clusters are exactly the digits)%n",
                LabelAgreement.adjustedRand(digits.labels(), fit.labels()),
                LabelAgreement.normalizedMutualInfo(digits.labels(), fit.labels()));
        for (int j = 0; j < k; j++) {
            int major = majority(table[j]);
            session.out().printf(Locale.ROOT, "cluster %2d: %4d digits, %3.0f %% of them %s%n", j, fit.clusterSizes()[j],
                    100.0 * table[j][major] / Math.max(1, fit.clusterSizes()[j]), digits.classNames().get(major));
        }
        session.writePng("digits-centroids.png", centroidSheet(fit, table, digits.classNames()));
        FramePainter painter = FramePainter.builder(recorder.recording()).trueClasses(digits.labels())
                .classNames(digits.classNames()).build();
        Animations.show(session, "digits", painter);
    }

    private static int majority(int[] counts) {
        int best = 0;
        for (int c = 1; c < counts.length; c++) {
            if (counts[c] > counts[best]) {
                best = c;
            }
        }
        return best;
    }

    /** Each centroid as an enlarged 8×8 grey image (0 white … 16 black), with its majority digit. */
    private static BufferedImage centroidSheet(KMeansResult fit, int[][] table, List<String> names) {
        double[][] centroids = fit.centroids();
        int cell = 12;
        int tile = SIDE * cell;
        int gap = 18;
        int columns = Math.min(5, centroids.length);
        int rows = (centroids.length + columns - 1) / columns;
        int captionH = 40;
        BufferedImage image = new BufferedImage(gap + columns * (tile + gap), 50 + rows * (tile + captionH + gap),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(new Color(0x22, 0x22, 0x22));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
            g.drawString("Centroids of the digit clusters, as 8×8 images", gap, 30);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            FontMetrics fm = g.getFontMetrics();
            for (int j = 0; j < centroids.length; j++) {
                int x0 = gap + (j % columns) * (tile + gap);
                int y0 = 50 + (j / columns) * (tile + captionH + gap);
                for (int p = 0; p < SIDE * SIDE; p++) {
                    double v = Math.max(0, Math.min(16, centroids[j][p]));
                    int grey = (int) Math.round(255 * (1 - v / 16));
                    g.setColor(new Color(grey, grey, grey));
                    g.fillRect(x0 + (p % SIDE) * cell, y0 + (p / SIDE) * cell, cell, cell);
                }
                g.setColor(Color.LIGHT_GRAY);
                g.drawRect(x0, y0, tile - 1, tile - 1);
                int major = majority(table[j]);
                int size = fit.clusterSizes()[j];
                g.setColor(new Color(0x22, 0x22, 0x22));
                // short enough for the tile's width: captions never run into the next one
                String first = "cluster " + j + " · " + size;
                String second = String.format(Locale.ROOT, "%.0f %% are %s", 100.0 * table[j][major] / Math.max(1, size),
                        names.get(major));
                g.drawString(fit(first, fm, tile), x0, y0 + tile + fm.getAscent() + 2);
                g.drawString(fit(second, fm, tile), x0, y0 + tile + fm.getAscent() + fm.getHeight() + 2);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** {@code text}, cut with an ellipsis to fit {@code width} pixels. */
    private static String fit(String text, FontMetrics fm, int width) {
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && fm.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}
