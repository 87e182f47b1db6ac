package io.github.kmeans4j.examples;

import io.github.kmeans4j.data.Generators;
import io.github.kmeans4j.data.LabeledData;
import io.github.kmeans4j.metrics.KSelection;
import io.github.kmeans4j.metrics.KSelectionReport;
import java.awt.Color;
import java.awt.Graphics2D;
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

    /** The three charts side by side. */
    static BufferedImage plot(KSelectionReport report) {
        List<KSelectionReport.Row> rows = report.rows();
        double[] ks = new double[rows.size()];
        double[] inertia = new double[rows.size()];
        double[] silhouette = new double[rows.size()];
        double[] gap = new double[rows.size()];
        double[] gapError = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            KSelectionReport.Row r = rows.get(i);
            ks[i] = r.k();
            inertia[i] = r.inertia();
            silhouette[i] = r.silhouette().orElse(Double.NaN);
            gap[i] = r.gap();
            gapError[i] = r.gapError();
        }
        int best = report.recommendedK();
        String mark = "recommended K = " + best;
        LineChart elbow = new LineChart("Inertia (elbow"
                + (report.elbow().isPresent() ? " at K = " + report.elbow().getAsInt() : ": none found") + ")",
                "K", ks, inertia).highlight(best, mark);
        LineChart sil = new LineChart("Mean silhouette (higher is better)", "K", ks, silhouette)
                .reference(0.5, "0.50").reference(0.75, "0.75").highlight(best, mark);
        LineChart gaps = new LineChart("Gap statistic ± s(K)", "K", ks, gap).errors(gapError).highlight(best, mark);
        int w = 420;
        int h = 320;
        BufferedImage image = new BufferedImage(3 * w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            elbow.paint(g, 0, 0, w, h);
            sil.paint(g, w, 0, w, h);
            gaps.paint(g, 2 * w, 0, w, h);
        } finally {
            g.dispose();
        }
        return image;
    }
}
