package io.github.kmeans4j.cli;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.Initializer;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.KMeansResult;
import io.github.kmeans4j.data.LabeledData;
import io.github.kmeans4j.data.Scaler;
import io.github.kmeans4j.data.Scaling;
import io.github.kmeans4j.metrics.LabelAgreement;
import io.github.kmeans4j.recording.RunRecorder;
import io.github.kmeans4j.viz.Animation;
import io.github.kmeans4j.video.Mp4Export;
import io.github.kmeans4j.viz.FramePainter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code kmeans4j fit FILE --k K [...]}: clusters a table and writes what was asked for. */
final class FitCommand {
    static final List<String> INITIALIZERS = List.of("greedy-k-means++", "k-means++", "k-means||", "random",
            "random-partition", "farthest");
    /** Above this many rows an animation is refused: its recording keeps every label of every iteration. */
    static final int MAX_ANIMATED_ROWS = 200_000;

    static final String HELP = """
            kmeans4j fit FILE --k K [options]
              Clusters the rows of FILE (CSV with a header by default) into K clusters and prints the
              centroids in the file's units.
              --k K                 the number of clusters (required)
              --init NAME           greedy-k-means++ (default), k-means++, k-means||, random,
                                    random-partition, farthest
              --restarts R          runs from R seedings and keeps the lowest inertia (default 1)
              --seed S              the seed of every random choice (default 42)
              --max-iter N          the iteration limit (default 300)
              --scale NAME          none (default), standard, min-max, robust: columns scaled before the
                                    fit; centroids are still reported in the file's units
              --labels FILE         writes each row's cluster, one per line, header "cluster"
              --centroids FILE      writes the centroids in the file's units (CSV, or JSON for *.json)
              --model FILE          writes the model (JSON) that 'predict' uses
              --gif FILE, --html FILE, --mp4 FILE
                                    writes an animation of the run: GIF, HTML player, or MP4
                                    (H.264) video (at most 200,000 rows)
              --smooth              the animation shows the centroids gliding and the points
                                    changing colour between frames (8 pictures in between)
              --quiet               no progress on standard error
            """;

    private FitCommand() {
    }

    static Set<String> options() {
        Set<String> s = new HashSet<>(Input.OPTIONS);
        s.addAll(List.of("k", "init", "restarts", "seed", "max-iter", "scale", "labels", "centroids", "model", "gif",
                "html", "mp4"));
        return s;
    }

    static Set<String> flags() {
        Set<String> s = new HashSet<>(Input.FLAGS);
        s.add("quiet");
        s.add("smooth");
        return s;
    }

    static int run(List<String> argv, PrintStream out, PrintStream err) throws IOException {
        Args args = Args.parse("fit", argv, options(), flags());
        String file = args.operands("FILE").get(0);
        int k = Args.integer("k", args.required("k"), 1, Integer.MAX_VALUE);
        Initializer init = initializer(args.choice("init", "greedy-k-means++", INITIALIZERS));
        int restarts = args.integer("restarts", 1, 1, 10_000);
        long seed = args.longValue("seed", 42);
        int maxIter = args.integer("max-iter", 300, 1, Integer.MAX_VALUE);
        Scaler scaler = Inputs.scaler(args);
        boolean animate = args.has("gif") || args.has("html") || args.has("mp4");

        LabeledData table = Input.read(file, args);
        Dataset data = table.data();
        if (k > data.n()) {
            throw new UsageException("--k " + k + " is more than the " + Text.count(data.n(), "row") + " of " + file);
        }
        if (animate && data.n() > MAX_ANIMATED_ROWS) {
            throw new UsageException("--gif, --html and --mp4 record every label of every iteration; " + file + " has "
                    + data.n() + " rows, more than " + MAX_ANIMATED_ROWS + ": animate a sample of it");
        }
        Scaling scaling = scaler == null ? null : scaler.fit(data);
        KMeans.Builder builder = KMeans.builder().k(k).initializer(init).restarts(restarts).seed(seed)
                .maxIterations(maxIter);
        if (!args.has("quiet")) {
            builder.listener(new Progress(err));
        }
        RunRecorder recorder = animate ? new RunRecorder() : null;
        if (recorder != null) {
            builder.listener(recorder);
        }
        KMeansResult result = builder.build().fit(Inputs.fitted(table, scaling));

        double[][] centroids = scaling == null ? result.centroids() : scaling.inverse(result.centroids());
        report(out, file, data, scaler, k, args.string("init", "greedy-k-means++"), restarts, seed, result,
                centroids, table);
        if (args.has("labels")) {
            Outputs.labels(Path.of(args.string("labels", null)), result.labels());
        }
        if (args.has("centroids")) {
            Outputs.centroids(Path.of(args.string("centroids", null)), centroids, data.columnNames());
        }
        if (args.has("model")) {
            ModelFile.write(Path.of(args.string("model", null)), result, scaling, data.columnNames());
        }
        if (recorder != null) {
            FramePainter.Builder painter = FramePainter.builder(recorder.recording());
            if (table.hasLabels()) {
                painter.trueClasses(table.labels()).classNames(table.classNames());
            }
            Animation animation = Animation.of(painter.build()).withSize(800, 600);
            if (args.has("smooth")) {
                animation = animation.withSmoothMotion();
            }
            if (args.has("gif")) {
                animation.writeGif(Path.of(args.string("gif", null)));
            }
            if (args.has("html")) {
                animation.writeHtml(Path.of(args.string("html", null)));
            }
            if (args.has("mp4")) {
                Mp4Export.write(animation, Path.of(args.string("mp4", null)));
            }
        }
        return 0;
    }

    private static void report(PrintStream out, String file, Dataset data, Scaler scaler, int k, String init,
            int restarts, long seed, KMeansResult result, double[][] centroids, LabeledData table) {
        out.printf(Locale.ROOT, "%s: %s%s%n", file, Inputs.describe(data),
                scaler == null ? "" : ", scaled " + scaler.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        out.printf(Locale.ROOT, "k = %d, init %s, %s, seed %d%n", k, init, Text.count(restarts, "restart"), seed);
        out.printf(Locale.ROOT, "finished after %s: %s; inertia %s%s%n", Text.count(result.iterations(), "iteration"),
                result.stopReason().description(), Text.number(result.inertia()),
                scaler == null ? "" : " (in scaled units)");
        if (table.hasLabels()) {
            out.printf(Locale.ROOT, "adjusted Rand index against the label column: %s%n",
                    Text.number(LabelAgreement.adjustedRand(table.labels(), result.labels())));
        }
        List<String> names = Outputs.names(data.columnNames(), data.d());
        int[] sizes = result.clusterSizes();
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-8s %8s", "cluster", "size"));
        for (String n : names) {
            header.append(String.format(Locale.ROOT, " %12s", n));
        }
        out.println(header);
        for (int j = 0; j < centroids.length; j++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-8d %8d", j, sizes[j]));
            for (double v : centroids[j]) {
                line.append(String.format(Locale.ROOT, " %12s", Text.number(v)));
            }
            out.println(line);
        }
    }

    static Initializer initializer(String name) {
        return switch (name) {
            case "k-means++" -> Initializer.kMeansPlusPlus();
            case "k-means||" -> Initializer.kMeansParallel();
            case "random" -> Initializer.randomPoints();
            case "random-partition" -> Initializer.randomPartition();
            case "farthest" -> Initializer.farthestPoint();
            default -> Initializer.greedyKMeansPlusPlus();
        };
    }
}
