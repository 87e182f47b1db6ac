package io.github.kmeans4j.examples;

import io.github.kmeans4j.Initializer;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.recording.RunRecorder;
import io.github.kmeans4j.data.Generators;
import io.github.kmeans4j.data.LabeledData;
import io.github.kmeans4j.viz.FramePainter;
import io.github.kmeans4j.viz.Palette;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The {@code init} example: how much the start matters. The same data are clustered from many
 * seeds with each initialiser (random points, k-means++, greedy k-means++, k-means‖); the final
 * inertia of every run is plotted per initialiser, and the worst and the best run are animated.
 */
final class InitCompare implements Example {
    private static final List<String> NAMES = List.of("random points", "k-means++", "greedy k-means++", "k-means‖");

    @Override
    public String name() {
        return "init";
    }

    @Override
    public String summary() {
        return "random points vs k-means++ vs greedy k-means++ vs k-means‖ over many seeds; worst and best animated";
    }

    @Override
    public List<Option> options() {
        return List.of(
                new Option("k", "8", "number of clusters (and of generated blobs)"),
                new Option("n", "1600", "number of points"),
                new Option("runs", "40", "seeds per initialiser"),
                new Option("seed", "5", "seed of the data"));
    }

    private static Initializer initializer(int i) {
        return switch (i) {
            case 0 -> Initializer.randomPoints();
            case 1 -> Initializer.kMeansPlusPlus();
            case 2 -> Initializer.greedyKMeansPlusPlus();
            default -> Initializer.kMeansParallel();
        };
    }

    @Override
    public void run(Options options, Session session) throws IOException {
        int k = options.integer("k", 2, 50);
        int n = options.integer("n", 10, 1_000_000);
        int runs = options.integer("runs", 1, 10_000);
        long seed = options.longValue("seed");
        if (n < 2 * k) {
            throw new IllegalArgumentException("option --n must be at least twice --k");
        }
        LabeledData blobs = Generators.blobs().centers(k).dimensions(2).bounds(-10, 10).spread(1.0).n(n).seed(seed)
                .generate();
        double[][] inertia = new double[NAMES.size()][runs];
        int worstInit = 0;
        int worstRun = 0;
        int bestInit = 0;
        int bestRun = 0;
        for (int i = 0; i < NAMES.size(); i++) {
            for (int r = 0; r < runs; r++) {
                inertia[i][r] = fit(blobs, k, i, r + 1, null);
                if (inertia[i][r] > inertia[worstInit][worstRun]) {
                    worstInit = i;
                    worstRun = r;
                }
                if (inertia[i][r] < inertia[bestInit][bestRun]) {
                    bestInit = i;
                    bestRun = r;
                }
            }
        }
        double best = inertia[bestInit][bestRun];
        session.out().printf(Locale.ROOT, "%d points in %d blobs, k = %d, %d seeds per initialiser; "
                + "best inertia found %.1f%n%n", n, k, k, runs, best);
        session.out().printf(Locale.ROOT, "%-18s %10s %10s %10s %16s%n", "initialiser", "best", "median", "worst",
                "within 1 % of best");
        for (int i = 0; i < NAMES.size(); i++) {
            double[] sorted = inertia[i].clone();
            Arrays.sort(sorted);
            long close = Arrays.stream(sorted).filter(v -> v <= best * 1.01).count();
            session.out().printf(Locale.ROOT, "%-18s %10.1f %10.1f %10.1f %15.0f%%%n", NAMES.get(i), sorted[0],
                    sorted[runs / 2], sorted[runs - 1], 100.0 * close / runs);
        }
        session.writePng("init-inertia.png", strips(inertia, best));

        RunRecorder worst = new RunRecorder();
        fit(blobs, k, worstInit, worstRun + 1, worst);
        session.out().printf(Locale.ROOT, "worst run: %s, seed %d (inertia %.1f)%n", NAMES.get(worstInit),
                worstRun + 1, inertia[worstInit][worstRun]);
        Animations.show(session, "init-worst", FramePainter.of(worst.recording()));
        RunRecorder bestRecorder = new RunRecorder();
        fit(blobs, k, bestInit, bestRun + 1, bestRecorder);
        session.out().printf(Locale.ROOT, "best run: %s, seed %d (inertia %.1f)%n", NAMES.get(bestInit),
                bestRun + 1, best);
        Animations.show(session, "init-best", FramePainter.of(bestRecorder.recording()));
    }

    private static double fit(LabeledData blobs, int k, int init, long seed, RunRecorder recorder) {
        KMeans.Builder builder = KMeans.builder().k(k).seed(seed).initializer(initializer(init)).threads(1);
        if (recorder != null) {
            builder.listener(recorder);
        }
        return builder.build().fit(blobs.data()).inertia();
    }

    /** One column of dots per initialiser, each dot a run's final inertia; the best marked by a line. */
    private static BufferedImage strips(double[][] inertia, double best) {
        int w = 900;
        int h = 520;
        int left = 90;
        int right = w - 30;
        int top = 60;
        int bottom = h - 70;
        double max = best;
        for (double[] row : inertia) {
            for (double v : row) {
                max = Math.max(max, v);
            }
        }
        double lo = best - (max - best) * 0.05 - 1e-9;
        double hi = max + (max - best) * 0.05 + 1e-9;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setColor(new Color(0x22, 0x22, 0x22));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
            g.drawString("Final inertia of every run, by initialiser (lower is better)", left, 30);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            FontMetrics fm = g.getFontMetrics();
            for (int t = 0; t <= 5; t++) {
                double v = lo + (hi - lo) * t / 5;
                int y = (int) Math.round(bottom - (v - lo) / (hi - lo) * (bottom - top));
                g.setColor(new Color(0xe4, 0xe4, 0xe4));
                g.drawLine(left, y, right, y);
                g.setColor(new Color(0x33, 0x33, 0x33));
                String label = String.format(Locale.ROOT, "%.0f", v);
                g.drawString(label, left - 8 - fm.stringWidth(label), y + fm.getAscent() / 2);
            }
            int yBest = (int) Math.round(bottom - (best - lo) / (hi - lo) * (bottom - top));
            g.setColor(Color.GRAY);
            g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
            g.drawLine(left, yBest, right, yBest);
            g.drawString("best found", left + 4, yBest - 4);
            g.setStroke(new BasicStroke(1f));
            Palette palette = Palette.standard();
            int columns = inertia.length;
            double span = (right - left) / (double) columns;
            java.util.SplittableRandom jitter = new java.util.SplittableRandom(1);
            for (int i = 0; i < columns; i++) {
                double cx = left + span * (i + 0.5);
                g.setColor(new Color(0x33, 0x33, 0x33));
                String name = NAMES.get(i);
                g.drawString(name, (int) Math.round(cx - fm.stringWidth(name) / 2.0), bottom + 22);
                for (double v : inertia[i]) {
                    double x = cx + (jitter.nextDouble() - 0.5) * span * 0.5;
                    double y = bottom - (v - lo) / (hi - lo) * (bottom - top);
                    g.setColor(palette.color(i));
                    g.fillOval((int) Math.round(x) - 4, (int) Math.round(y) - 4, 9, 9);
                    g.setColor(palette.outline());
                    g.drawOval((int) Math.round(x) - 4, (int) Math.round(y) - 4, 9, 9);
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
