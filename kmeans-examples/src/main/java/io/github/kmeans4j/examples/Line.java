package io.github.kmeans4j.examples;

import io.github.kmeans4j.Exact1D;
import io.github.kmeans4j.Initializer;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.KMeansResult;
import io.github.kmeans4j.recording.Frame;
import io.github.kmeans4j.recording.RunRecorder;
import io.github.kmeans4j.data.Generators;
import io.github.kmeans4j.data.LabeledData;
import io.github.kmeans4j.viz.FramePainter;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The {@code line} example: clusters on a line, k-means from random data points, every phase
 * animated on the line; then the exact optimum (dynamic programming, possible in one dimension)
 * drawn beside Lloyd's result, to show when Lloyd stopped in a local optimum.
 */
final class Line implements Example {

    @Override
    public String name() {
        return "line";
    }

    @Override
    public String summary() {
        return "1-D clusters on a line: Lloyd step by step, then the exact optimum it may have missed";
    }

    @Override
    public List<Option> options() {
        return List.of(
                new Option("k", "4", "number of clusters k-means looks for"),
                new Option("clusters", "4", "number of generated clusters"),
                new Option("points", "40", "points per generated cluster"),
                new Option("lo", "0", "lower bound of the cluster centres"),
                new Option("hi", "100", "upper bound of the cluster centres"),
                new Option("spread", "4", "standard deviation of each cluster"),
                new Option("seed", "4", "seed of the data and of the initial centroids"));
    }

    @Override
    public void run(Options options, Session session) throws IOException {
        int k = options.integer("k", 1, 50);
        int clusters = options.integer("clusters", 1, 50);
        int points = options.integer("points", 1, 100_000);
        double lo = options.decimal("lo", -1e9, 1e9);
        double hi = options.decimal("hi", -1e9, 1e9);
        double spread = options.decimal("spread", 0, 1e9);
        long seed = options.longValue("seed");
        if (lo > hi) {
            throw new IllegalArgumentException("option --lo must not exceed --hi (" + lo + " > " + hi + ")");
        }
        LabeledData line = Generators.line(clusters, points, lo, hi, spread, seed);

        RunRecorder lloyd = new RunRecorder();
        KMeansResult local = KMeans.builder().k(k).seed(seed).initializer(Initializer.randomPoints())
                .listener(lloyd).build().fit(line.data());
        KMeansResult exact = Exact1D.fit(line.data(), k);
        // The exact optimum is a fixed point of Lloyd's iteration: a run started there stays there,
        // which gives the painter a recording of the optimum to draw.
        RunRecorder optimum = new RunRecorder();
        KMeans.builder().k(k).initializer(Initializer.given(exact.centroids())).listener(optimum).build()
                .fit(line.data());

        session.out().printf(Locale.ROOT, "%d points in %d clusters on [%.1f, %.1f]; k-means with k = %d%n",
                line.n(), clusters, lo, hi, k);
        session.out().printf(Locale.ROOT, "Lloyd from random points: inertia %.2f after %d iterations (%s)%n",
                local.inertia(), local.iterations(), local.stopReason().description());
        session.out().printf(Locale.ROOT, "exact optimum (dynamic programming): inertia %.2f%n", exact.inertia());
        double excess = exact.inertia() == 0 ? 0 : local.inertia() / exact.inertia() - 1;
        session.out().println(excess > 1e-9
                ? String.format(Locale.ROOT, "Lloyd stopped in a local optimum, %.1f %% above the best possible; "
                        + "try other --seed values", 100 * excess)
                : "Lloyd found the optimum this time; other --seed values may not");

        FramePainter run = FramePainter.builder(lloyd.recording()).trueClasses(line.labels()).build();
        Animations.show(session, "line", run);
        FramePainter best = FramePainter.builder(optimum.recording()).build();
        session.writePng("line-compare.png", Pictures.stack(List.of(
                new Pictures.Titled("Lloyd from random points: inertia " + Frame.formatNumber(local.inertia()),
                        run.render(Animations.last(run), Animations.WIDTH, Animations.HEIGHT / 2 + 60)),
                new Pictures.Titled("Exact optimum (dynamic programming): inertia "
                        + Frame.formatNumber(exact.inertia()), best.render(Animations.last(best), Animations.WIDTH,
                        Animations.HEIGHT / 2 + 60)))));
    }
}
