package io.github.kmeans4j.examples;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.KMeansResult;
import io.github.kmeans4j.recording.RunRecorder;
import io.github.kmeans4j.data.Generators;
import io.github.kmeans4j.data.Scaler;
import io.github.kmeans4j.data.LabeledData;
import io.github.kmeans4j.metrics.LabelAgreement;
import io.github.kmeans4j.viz.FramePainter;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The {@code blobs} example: 2-D Gaussian blobs, optionally min-max scaled, clustered with every
 * phase animated over the shaded decision regions; the true clusters can be shown instead of the
 * found ones (a toggle in the window, a separate picture in the files).
 */
final class Blobs implements Example {

    @Override
    public String name() {
        return "blobs";
    }

    @Override
    public String summary() {
        return "2-D blobs: decision regions per step, a scrubbable player, true clusters to compare";
    }

    @Override
    public List<Option> options() {
        return List.of(
                new Option("k", "4", "number of clusters k-means looks for"),
                new Option("blobs", "4", "number of generated blobs"),
                new Option("n", "400", "number of points"),
                new Option("spread", "1.5", "standard deviation of each blob"),
                new Option("scale", "yes", "min-max scale both columns to [0, 1] first (yes or no)"),
                new Option("seed", "2", "seed of the data and of the fit (1 shows a local optimum: two blobs merged)"));
    }

    @Override
    public void run(Options options, Session session) throws IOException {
        int k = options.integer("k", 1, 50);
        int blobs = options.integer("blobs", 1, 50);
        int n = options.integer("n", 2, 1_000_000);
        double spread = options.decimal("spread", 0, 100);
        boolean scale = switch (options.string("scale")) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException("option --scale must be yes or no, not '"
                    + options.string("scale") + "'");
        };
        long seed = options.longValue("seed");
        LabeledData generated = Generators.blobs().centers(blobs).dimensions(2).bounds(-10, 10).spread(spread)
                .n(Math.max(n, blobs)).seed(seed).generate();
        Dataset data = scale ? minMaxScaled(generated.data()) : generated.data();

        RunRecorder recorder = new RunRecorder();
        KMeansResult fit = KMeans.builder().k(k).seed(seed).listener(recorder).build().fit(data);
        session.out().printf(Locale.ROOT, "%d points from %d blobs%s; k = %d: %d iterations (%s), inertia %.4f, "
                        + "adjusted Rand index against the true blobs %.3f%n",
                data.n(), blobs, scale ? ", min-max scaled" : "", k, fit.iterations(), fit.stopReason().description(),
                fit.inertia(), LabelAgreement.adjustedRand(generated.labels(), fit.labels()));

        FramePainter painter = FramePainter.builder(recorder.recording())
                .trueClasses(generated.labels()).classNames(generated.classNames()).build();
        Animations.show(session, "blobs", painter);
        Animations.still(session, "blobs-truth",
                painter.withColourBy(FramePainter.ColourBy.TRUE_CLASSES), Animations.last(painter));
    }

    /** Each column mapped linearly onto [0, 1] by the core's min-max scaler, the names marked as scaled. */
    static Dataset minMaxScaled(Dataset data) {
        Dataset named = data.columnNames().isEmpty() ? data.withColumnNames("x1", "x2") : data;
        return Scaler.MIN_MAX.fit(named).transform(named)
                .withColumnNames(named.columnNames().stream().map(name -> name + " (scaled)").toList());
    }
}
