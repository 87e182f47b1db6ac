package io.github.kmeans4j.examples;

import io.github.kmeans4j.data.Generators;
import io.github.kmeans4j.data.LabeledData;
import io.github.kmeans4j.metrics.KSelection;
import io.github.kmeans4j.metrics.KSelectionReport;
import io.github.kmeans4j.viz.charts.KSelectionChart;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The {@code choose-k} example: sweeps K over a range on data whose true K is known, and plots
 * the three classic guides side by side: inertia with its elbow, the mean silhouette, and the
 * gap statistic with its error bars; the recommended K is marked on each, and the reason printed.
 */
final class ChooseK implements Example {

    @Override
    public String name() {
        return "choose-k";
    }

    @Override
    public String summary() {
        return "which K? elbow, silhouette and gap statistic over a range of K, with the recommendation";
    }

    @Override
    public List<Option> options() {
        return List.of(
                new Option("k", "4", "true number of blobs in the generated data"),
                new Option("n", "600", "number of points"),
                new Option("spread", "1.2", "standard deviation of each blob"),
                new Option("kmax", "10", "largest K to try"),
                new Option("seed", "3", "seed of the data and the sweep"));
    }

    @Override
    public void run(Options options, Session session) throws IOException {
        int trueK = options.integer("k", 1, 20);
        int n = options.integer("n", 10, 100_000);
        double spread = options.decimal("spread", 0.01, 10);
        int kMax = options.integer("kmax", 2, 30);
        long seed = options.longValue("seed");
        if (n < trueK || n < kMax + 1) {
            throw new IllegalArgumentException("option --n must be at least --k and more than --kmax");
        }
        LabeledData blobs = Generators.blobs().centers(trueK).dimensions(2).bounds(-10, 10).spread(spread).n(n)
                .seed(seed).generate();
        KSelectionReport report = KSelection.builder().kRange(1, kMax).restarts(3).seed(seed).build()
                .sweep(blobs.data());
        session.out().printf(Locale.ROOT, "%d points drawn from %d blobs (spread %.2f); K = 1 … %d swept%n%n",
                n, trueK, spread, kMax);
        session.out().println(report.toTable());

        BufferedImage image = plot(report);
        session.writePng("choose-k.png", image);
        if (session.window()) {
            Windows.showImage("kmeans4j: choosing K", image);
        }
    }

    /** The three charts side by side: inertia with its elbow, mean silhouette, gap with s(K). */
    static BufferedImage plot(KSelectionReport report) {
        return KSelectionChart.of(report).render(1260, 380);
    }
}
