package io.github.kmeans4j.examples;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.KMeansResult;
import io.github.kmeans4j.recording.RunRecorder;
import io.github.kmeans4j.event.Assigned;
import io.github.kmeans4j.event.EmptyClusterRepaired;
import io.github.kmeans4j.event.Initialized;
import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.event.KMeansListener;
import io.github.kmeans4j.event.RunFinished;
import io.github.kmeans4j.event.RunStarted;
import io.github.kmeans4j.event.SeedChosen;
import io.github.kmeans4j.event.Updated;
import io.github.kmeans4j.spark.SparkBackend;
import io.github.kmeans4j.viz.FramePainter;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code spark} example: k-means over the partitions of a Spark RDD. It starts a Spark
 * session ({@code local[2]} unless told otherwise, or the master spark-submit gives), generates
 * 2-D Gaussian blobs on the executors, partition by partition, and fits them through a
 * {@link SparkBackend}. A listener prints each phase of the distributed fit as it happens
 * (seeding, one line per iteration with the inertia and moved rows of all rows, repairs, the
 * finish); a {@link RunRecorder} records the run, whose frames show the backend's fixed sample of
 * rows, and the recording is written as an animated GIF and an HTML player.
 */
final class SparkExample implements Example {

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public String summary() {
        return "k-means on Apache Spark (local[2] by default): every phase of the distributed fit printed, "
                + "the run animated on a sample of the rows";
    }

    @Override
    public List<Option> options() {
        return List.of(
                new Option("master", "auto", "Spark master URL, such as local[4] or spark://host:7077; auto: "
                        + "the one spark-submit sets, else local[2]"),
                new Option("n", "200000", "number of rows generated on the executors"),
                new Option("partitions", "8", "number of partitions of the rows"),
                new Option("k", "5", "number of clusters k-means looks for"),
                new Option("blobs", "5", "number of generated blobs"),
                new Option("spread", "1.2", "standard deviation of each blob"),
                new Option("sample", "5000", "rows in the sample the events and the pictures describe"),
                new Option("seed", "6", "seed of the data and of the fit"));
    }

    @Override
    public void run(Options options, Session session) throws IOException {
        String master = options.string("master");
        long n = options.integer("n", 2, 100_000_000);
        int partitions = options.integer("partitions", 1, 10_000);
        int k = options.integer("k", 1, 50);
        int blobs = options.integer("blobs", 1, 50);
        double spread = options.decimal("spread", 0, 100);
        int sampleSize = options.integer("sample", 1, 100_000);
        long seed = options.longValue("seed");
        PrintStream out = session.out();

        SparkSession spark = SparkSession.builder().config(configuration(master)).getOrCreate();
        try {
            JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
            out.printf(Locale.ROOT, "Spark %s, master %s, %d partitions%n", spark.version(), context.master(),
                    partitions);
            double[][] centres = centres(blobs, seed);
            JavaRDD<double[]> rows = blobRows(context, n, partitions, centres, spread, seed);

            long started = System.nanoTime();
            RunRecorder recorder = new RunRecorder();
            KMeansResult result;
            try (SparkBackend backend = SparkBackend.builder().rows(rows).sampleSize(sampleSize).build()) {
                out.printf(Locale.ROOT, "rows read and cached in %.1f s: %s%n", seconds(started), backend);
                out.printf(Locale.ROOT, "the events, the recording and the pictures describe a sample of %,d of the "
                        + "%,d rows; inertia and moved rows are those of all rows%n", backend.sample().n(), backend.n());
                result = KMeans.builder()
                        .k(k)
                        .seed(seed)
                        .listener(new PhasePrinter(out, backend.n()))
                        .listener(recorder)
                        .build()
                        .fit(backend, null);
                out.printf(Locale.ROOT, "fit done in %.1f s%n", seconds(started));
                printCentroids(out, result, centres);
                write(session, recorder, backend.sample(), backend.n());
            }
        } finally {
            spark.stop();
        }
    }

    /**
     * Spark's configuration: the named master, or with {@code auto} the one already set (by
     * spark-submit, through the {@code spark.master} system property) or else {@code local[2]}.
     */
    static SparkConf configuration(String master) {
        SparkConf conf = new SparkConf().setAppName("kmeans4j spark example");
        if (!master.equals("auto")) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[2]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            // one machine: no web UI, and the driver on the loopback address whatever the host name resolves to
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        return conf;
    }

    /** The blobs' centres, uniform in [-10, 10]². */
    static double[][] centres(int blobs, long seed) {
        Random random = new Random(seed);
        double[][] centres = new double[blobs][2];
        for (double[] c : centres) {
            c[0] = -10 + 20 * random.nextDouble();
            c[1] = -10 + 20 * random.nextDouble();
        }
        return centres;
    }

    /**
     * {@code n} rows spread over {@code partitions} partitions, each partition's rows drawn where
     * the partition is computed, from its own random stream: the same rows whatever the master.
     */
    static JavaRDD<double[]> blobRows(JavaSparkContext context, long n, int partitions, double[][] centres,
                                      double spread, long seed) {
        List<Integer> ids = new ArrayList<>(partitions);
        for (int p = 0; p < partitions; p++) {
            ids.add(p);
        }
        return context.parallelize(ids, partitions)
                .flatMap(p -> partitionRows(p, partitions, n, centres, spread, seed));
    }

    private static Iterator<double[]> partitionRows(int partition, int partitions, long n, double[][] centres,
                                                    double spread, long seed) {
        long count = n / partitions + (partition < n % partitions ? 1 : 0);
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + partition);
        return new Iterator<>() {
            private long made;

            @Override
            public boolean hasNext() {
                return made < count;
            }

            @Override
            public double[] next() {
                made++;
                double[] c = centres[random.nextInt(centres.length)];
                return new double[] {c[0] + spread * gaussian(random), c[1] + spread * gaussian(random)};
            }
        };
    }

    /** A standard normal value (Box–Muller; SplittableRandom has no nextGaussian on Java 17). */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();   // in (0, 1]
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static void printCentroids(PrintStream out, KMeansResult result, double[][] centres) {
        out.println("centroids found, each with the nearest true centre:");
        for (double[] c : result.centroids()) {
            double[] nearest = centres[0];
            for (double[] t : centres) {
                if (distance(c, t) < distance(c, nearest)) {
                    nearest = t;
                }
            }
            out.printf(Locale.ROOT, "  (%7.3f, %7.3f)   true centre (%7.3f, %7.3f)%n", c[0], c[1], nearest[0],
                    nearest[1]);
        }
    }

    private static double distance(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }

    /**
     * Writes the recorded run as spark.gif and spark.html. The frames show the sample, and a
     * note at their foot says so.
     */
    private static void write(Session session, RunRecorder recorder, Dataset sample, long n) throws IOException {
        String note = String.format(Locale.ROOT, "Points drawn: the fit's sample of %,d of its %,d rows, spread over"
                + " Spark's partitions; inertia and moved rows count every row.", sample.n(), n);
        FramePainter painter = FramePainter.builder(recorder.recording()).note(note).build();
        Animations.show(session, "spark", painter);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /**
     * Prints the phases of the distributed fit as the listener receives them: the start, each
     * seed, one line per iteration (inertia and moved rows of all rows, the largest centroid
     * shift), each repair of an empty cluster, and the finish, each with the seconds since the
     * fit began.
     */
    static final class PhasePrinter implements KMeansListener {
        private final PrintStream out;
        private final long rows;
        private final long started = System.nanoTime();
        private Assigned pending;

        PhasePrinter(PrintStream out, long rows) {
            this.out = out;
            this.rows = rows;
        }

        @Override
        public void onEvent(KMeansEvent event) {
            if (event instanceof RunStarted s) {
                line("start", String.format(Locale.ROOT, "k=%d on %,d rows, seeding from the sample of %,d, init %s",
                        s.k(), rows, s.n(), s.initializer()));
            } else if (event instanceof SeedChosen s) {
                line("seeding", String.format(Locale.ROOT, "centroid %d at (%.3f, %.3f): %s", s.seedIndex() + 1,
                        s.centroid()[0], s.centroid()[s.centroid().length - 1], s.reason()));
            } else if (event instanceof Initialized i) {
                line("seeding", i.centroids().length + " initial centroids; assigning all rows");
            } else if (event instanceof Assigned a) {
                pending = a;
            } else if (event instanceof EmptyClusterRepaired r) {
                line("repair", String.format(Locale.ROOT, "iteration %d: cluster %d was empty; %s", r.iteration(),
                        r.cluster(), r.relocated()
                                ? String.format(Locale.ROOT, "its centroid moves to (%.3f, %.3f), a row of cluster %d "
                                + "far from its centroid", r.centroid()[0], r.centroid()[r.centroid().length - 1],
                                r.donorCluster())
                                : "its centroid stays (policy " + r.policy() + ")"));
            } else if (event instanceof Updated u) {
                iteration(u.iteration(), String.format(Locale.ROOT, "%.4g", u.maxShift()));
            } else if (event instanceof RunFinished f) {
                if (pending != null) {
                    iteration(pending.iteration(), "- (final assignment)");
                }
                line("finish", String.format(Locale.ROOT, "after %d iterations: %s, inertia %,.2f", f.iteration(),
                        f.stopReason().description(), f.result().inertia()));
            }
        }

        private void iteration(int iteration, String shift) {
            Assigned a = pending;
            pending = null;
            if (a == null) {
                return;
            }
            line("iteration", String.format(Locale.ROOT, "%-3d inertia %,.2f, %,d %s moved, largest centroid "
                    + "shift %s", iteration, a.inertia(), a.pointsMoved(), a.pointsMoved() == 1 ? "row" : "rows", shift));
        }

        private void line(String phase, String text) {
            out.printf(Locale.ROOT, "[%6.1f s] %-9s %s%n", seconds(started), phase, text);
        }
    }
}
