package io.github.kmeans4j.examples;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.Initializer;
import io.github.kmeans4j.KMeansResult;
import io.github.kmeans4j.recording.RunRecorder;
import io.github.kmeans4j.data.BundledData;
import io.github.kmeans4j.data.LabeledData;
import io.github.kmeans4j.metrics.ClusterScores;
import io.github.kmeans4j.metrics.ContingencyTable;
import io.github.kmeans4j.metrics.LabelAgreement;
import io.github.kmeans4j.viz.FramePainter;
import io.github.kmeans4j.viz.charts.RunGrid;
import io.github.kmeans4j.viz.charts.SilhouettePlot;
import io.github.kmeans4j.viz.Projection;
import java.io.IOException;
import io.github.kmeans4j.event.Assigned;
import io.github.kmeans4j.event.EmptyClusterRepaired;
import io.github.kmeans4j.event.Initialized;
import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.event.KMeansListener;
import io.github.kmeans4j.event.RunFinished;
import io.github.kmeans4j.event.RunStarted;
import io.github.kmeans4j.event.SeedChosen;
import io.github.kmeans4j.event.Updated;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The {@code iris} example, the launcher's default: clusters Fisher's Iris flowers (by sepal
 * length and width, or all four measurements) and prints every phase of the run as it happens,
 * through a listener: each seed chosen, each assignment, each update, the stop and why. Then it
 * compares the clusters with the species, which k-means never saw, writes the run as an
 * animation (regions, captions per phase, silhouette panel), and shows six seeds side by side.
 */
final class IrisWalkthrough implements Example {

    @Override
    public String name() {
        return "iris";
    }

    @Override
    public String summary() {
        return "Fisher's Iris flowers: every phase printed and animated (regions, silhouette panel), "
                + "clusters against species, six seeds compared";
    }

    @Override
    public List<Option> options() {
        return List.of(
                new Option("k", "3", "number of clusters"),
                new Option("seed", "7", "random seed of the fit"),
                new Option("columns", "sepal", "which measurements to cluster: sepal (length and width, "
                        + "drawn as they are) or all four (drawn by sepal length and width)"));
    }

    @Override
    public void run(Options options, Session session) throws IOException {
        int k = options.integer("k", 1, 150);
        long seed = options.longValue("seed");
        LabeledData all = BundledData.IRIS.load();
        LabeledData iris = switch (options.string("columns")) {
            case "sepal" -> all.columns(0, 1);
            case "all" -> all;
            default -> throw new IllegalArgumentException("option --columns must be sepal or all, not '"
                    + options.string("columns") + "'");
        };
        PrintStream out = session.out();
        out.println("k-means on Iris: " + iris.data().n() + " flowers, columns " + iris.data().columnNames());
        RunRecorder recorder = new RunRecorder();
        KMeansResult result = KMeans.builder()
                .k(k)
                .seed(seed)
                .listener(new PhasePrinter(out, iris.data().columnNames()))
                .listener(recorder)
                .build()
                .fit(iris.data());
        out.println();
        out.println("Clusters against the species (k-means never saw them):");
        printContingency(out, result.labels(), iris);
        out.printf(Locale.ROOT, "adjusted Rand index %.3f, mean silhouette %.3f%n%n",
                LabelAgreement.adjustedRand(iris.labels(), result.labels()),
                k > 1 ? ClusterScores.silhouette(iris.data(), result.labels()).mean() : Double.NaN);
        if (k > 1) {   // every flower's silhouette, by cluster: which clusters hold flowers closer to another
            session.writePng("iris-silhouette.png", SilhouettePlot.of(iris.data(), result.labels()).render(640, 480));
        }

        Projection view = Projection.columns(iris.data(), 0, 1);
        FramePainter painter = FramePainter.builder(recorder.recording()).projection(view)
                .trueClasses(iris.labels()).classNames(iris.classNames()).build();
        Animations.show(session, "iris", painter);
        compareSeeds(session, iris, k, view);
    }

    /**
     * The same fit from six seeds with random initial points, each run's final frame side by side
     * with its inertia: the start decides which local optimum Lloyd's algorithm reaches.
     */
    private static void compareSeeds(Session session, LabeledData iris, int k, Projection view) throws IOException {
        List<FramePainter> runs = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (long s = 1; s <= 6; s++) {
            RunRecorder recorder = new RunRecorder();
            KMeansResult fit = KMeans.builder().k(k).seed(s).initializer(Initializer.randomPoints())
                    .listener(recorder).build().fit(iris.data());
            runs.add(FramePainter.builder(recorder.recording()).projection(view).scorePanel(false).build());
            titles.add(String.format(Locale.ROOT, "seed %d: inertia %.2f, %d %s", s, fit.inertia(), fit.iterations(),
                    fit.iterations() == 1 ? "iteration" : "iterations"));
        }
        session.writePng("iris-seeds.png", RunGrid.of(runs).titles(titles).columns(3).render(1620, 940));
    }

    /** Prints one line per event: what a listener sees during a fit. */
    static final class PhasePrinter implements KMeansListener {
        private final PrintStream out;
        private final List<String> columns;

        PhasePrinter(PrintStream out, List<String> columns) {
            this.out = out;
            this.columns = columns;
        }

        @Override
        public void onEvent(KMeansEvent event) {
            if (event instanceof RunStarted s) {
                out.printf(Locale.ROOT, "start     k=%d, n=%d, d=%d, seed=%d, init: %s%n",
                        s.k(), s.n(), s.d(), s.seed(), s.initializer());
            } else if (event instanceof SeedChosen s) {
                out.printf(Locale.ROOT, "seed %d    %s%n          at %s%n", s.seedIndex(), s.reason(),
                        point(s.centroid()));
            } else if (event instanceof Initialized s) {
                out.println("init      " + s.centroids().length + " initial centroids chosen");
            } else if (event instanceof Assigned a) {
                out.printf(Locale.ROOT, "assign %-3d %d points changed cluster, sizes %s, inertia %.4f%n",
                        a.iteration(), a.pointsMoved(), Arrays.toString(a.clusterSizes()), a.inertia());
            } else if (event instanceof EmptyClusterRepaired r) {
                out.printf(Locale.ROOT, "repair %-3d cluster %d was empty; policy %s moved it to row %d%n",
                        r.iteration(), r.cluster(), r.policy(), r.pointIndex());
            } else if (event instanceof Updated u) {
                double[][] c = u.centroids();
                StringBuilder moves = new StringBuilder();
                for (int j = 0; j < c.length; j++) {
                    moves.append(String.format(Locale.ROOT, "%n          centroid %d -> %s (moved %.4f)",
                            j, point(c[j]), u.shifts()[j]));
                }
                out.printf(Locale.ROOT, "update %-3d largest shift %.4f%s%n", u.iteration(), u.maxShift(), moves);
            } else if (event instanceof RunFinished f) {
                out.printf(Locale.ROOT, "finish    after %d iterations: %s, inertia %.4f%n",
                        f.iteration(), f.stopReason().description(), f.result().inertia());
            }
        }

        private String point(double[] p) {
            StringBuilder sb = new StringBuilder("(");
            for (int j = 0; j < p.length; j++) {
                if (j > 0) {
                    sb.append(", ");
                }
                if (!columns.isEmpty()) {
                    sb.append(columns.get(j)).append('=');
                }
                sb.append(String.format(Locale.ROOT, "%.3f", p[j]));
            }
            return sb.append(')').toString();
        }
    }

    private static void printContingency(PrintStream out, int[] labels, LabeledData truth) {
        ContingencyTable table = LabelAgreement.contingency(truth.labels(), labels);
        int[] classes = table.classes();
        int[] clusters = table.clusters();
        out.printf(Locale.ROOT, "%-10s", "cluster");
        for (int c : classes) {
            out.printf(Locale.ROOT, "%12s", truth.classNames().get(c));
        }
        out.println();
        for (int column = 0; column < clusters.length; column++) {
            out.printf(Locale.ROOT, "%-10d", clusters[column]);
            for (int row = 0; row < classes.length; row++) {
                out.printf(Locale.ROOT, "%12d", table.count(row, column));
            }
            out.println();
        }
    }
}
