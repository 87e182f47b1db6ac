package io.github.kmeans4j.examples;

import io.github.kmeans4j.Initializer;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.recording.RunRecorder;
import io.github.kmeans4j.data.Generators;
import io.github.kmeans4j.data.LabeledData;
import io.github.kmeans4j.viz.charts.StripChart;
import io.github.kmeans4j.viz.FramePainter;
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
        session.writePng("init-inertia.png", StripChart.of("Final inertia of every run, by initialiser (lower is better)",
                "final inertia", NAMES, inertia).withReference(best, "best found").render(900, 520));

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
}
