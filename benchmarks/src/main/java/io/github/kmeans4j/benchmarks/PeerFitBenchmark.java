package io.github.kmeans4j.benchmarks;

import io.github.kmeans4j.Algorithm;
import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.Initializer;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.KMeansResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole k-means fits of kmeans4j and of other JVM libraries, side by side on the same data: the
 * average time of one fit of at most {@value #MAX_ITERATIONS} iterations, single-threaded.
 *
 * <h2>The common task</h2>
 * Every library clusters the Gaussian blobs of {@link BenchmarkData} (the data of
 * {@link FitBenchmark}), already in its own input format (converting is not timed), with Lloyd's
 * algorithm or its own exact accelerated variant, starting from the first {@code k} rows where
 * its API allows, for at most {@value #MAX_ITERATIONS} iterations. An iteration is one update of
 * the centroids from an assignment of every point. Convergence tests are as tight as each API
 * allows, which is "stop only when nothing changes any more": kmeans4j itself cannot be told to go
 * on past exact convergence (tolerance 0 still stops a fit whose update moved no centroid), so
 * neither is any other library. On {@code 1000000x1x5} and {@code 100000x2x8} no library converges
 * within 10 iterations and every fit does all 10. On the three higher-dimensional shapes the blobs
 * are so well separated that the first {@code k} rows (one from each blob) are nearly the answer:
 * the fits that start from them converge after one to three iterations (the libraries notice
 * convergence one iteration apart, see below) and all end at the same centroids, while the
 * libraries that seed themselves with k-means++ may do all 10. The number of iterations a fit does is
 * measured in {@link #setUp()} (one untimed fit; all fits of a trial are identical) and reported
 * by JMH as the secondary result {@code fit:iteration}: the time per iteration, that is, fit time
 * divided by that count.
 *
 * <h2>What each library does</h2>
 * <ul>
 *   <li>{@link Library#KMEANS4J}: {@code KMeans.fit} with {@code Initializer.given(first k rows)},
 *       {@code maxIterations(10).tolerance(0.0).stopWhenLabelsStable(false)}, as
 *       {@link FitBenchmark}, with {@code algorithm(Algorithm.LLOYD)} (the automatic kernel).
 *       Stops early only when an update moves no centroid. After a 10th update that moved
 *       centroids it does one more assignment, so that labels match them.</li>
 *   <li>{@link Library#KMEANS4J_HAMERLY} and {@link Library#KMEANS4J_ELKAN}: the same with
 *       {@code algorithm(Algorithm.HAMERLY)} or {@code algorithm(Algorithm.ELKAN)}, which take
 *       exactly the steps of Lloyd with the scalar kernel: same iterations, same result.</li>
 *   <li>{@link Library#KMEANS4J_KD_FILTER}: the same with {@code algorithm(Algorithm.KD_FILTER)},
 *       Kanungo et al.'s filtering over a k-d tree built in every fit (timed, as Smile's tree is),
 *       which also takes exactly the steps of Lloyd with the scalar kernel.
 *       {@link Library#KMEANS4J_KD_FILTER_CELLS} is the variant that adds whole cells' precomputed
 *       sums, as Smile's tree does (its centroids may differ from Lloyd's in the last bits).</li>
 *   <li>{@link Library#SMILE_LLOYD}: Smile's plain Lloyd, {@code smile.clustering.KMeans.lloyd(data,
 *       k, 10, 0.0)}. It cannot be given initial centroids: it seeds itself with k-means++ (timed;
 *       about one extra assignment pass), from a fixed seed ({@code MathEx.setSeed}) so every fit is
 *       the same. Tolerance 0 stops when the distortion did not decrease. It computes distances with
 *       its missing-value-aware function, and its parallel streams run on one thread (below).</li>
 *   <li>{@link Library#SMILE}: Smile's default, {@code KMeans.fit}, which in Smile 3 always uses
 *       the BBD-tree filtering algorithm (Kanungo et al.). {@code KMeans.fit} cannot be given
 *       initial centroids either, so the benchmark runs its loop itself through Smile's public
 *       {@code BBDTree}: build the tree (timed, as in {@code fit}), then call
 *       {@code BBDTree.clustering} (one assignment and update) from the first {@code k} rows until
 *       10 iterations or the distortion stops decreasing, exactly {@code fit}'s loop with tolerance
 *       0, and wrap the result in a {@code smile.clustering.KMeans}. Only the k-means++ seeding of
 *       {@code fit} is left out.</li>
 *   <li>{@link Library#ELKI_LLOYD} and {@link Library#ELKI_HAMERLY}: {@code LloydKMeans} and
 *       {@code HamerlyKMeans} (squared Euclidean distance, {@code FirstK} initialisation, which takes
 *       the first {@code k} rows) on a {@code StaticArrayDatabase} built from the rows. ELKI's
 *       {@code maxiter} counts assignments, and it stops when an assignment changes no label, so
 *       {@code maxiter = 11} is 10 iterations: the same 11 assignments and 10 updates as
 *       kmeans4j's.</li>
 *   <li>{@link Library#COMMONS_MATH}: {@code KMeansPlusPlusClusterer(k, 10, EuclideanDistance, rng)}
 *       on {@code DoublePoint}s. It always seeds with k-means++ and has no way to take initial
 *       centroids, but it draws from the {@code RandomGenerator} it is given: the benchmark gives it
 *       one that always returns 0, which makes k-means++ pick rows 0, 1, ..., k-1 (checked in
 *       setup), the same centroids as the others. The seeding's distance computations are still
 *       done and timed (about one extra assignment pass). It stops when an assignment changes no
 *       label, and computes Euclidean distances with a square root.</li>
 *   <li>{@link Library#TRIBUO}: {@code KMeansTrainer(k, 10, L2Distance, PLUSPLUS, 1 thread, seed)}
 *       on a {@code MutableDataset} of {@code ArrayExample}s; {@code train(dataset, Map.of(), 0)}
 *       resets its random generator, so every fit seeds the same. It cannot be given initial
 *       centroids: its own k-means++ seeding is used (timed). Each fit also converts the examples to
 *       vectors (timed, part of {@code train}). It stops when an assignment changes no label.</li>
 * </ul>
 *
 * <h2>One thread</h2>
 * The fork runs with {@code -Djava.util.concurrent.ForkJoinPool.common.parallelism=0}, which keeps
 * the common pool from starting worker threads, so parallel streams (Smile's) run in the calling
 * thread; {@link #setUp()} refuses to run without it. A {@code -jvmArgsAppend} on the command line
 * replaces the arguments of the {@code @Fork} below, so it must repeat them. Tribuo is built with {@code numThreads = 1}; ELKI's
 * {@code LloydKMeans} and {@code HamerlyKMeans}, Commons Math and kmeans4j are sequential. Logging
 * of Smile, ELKI and Tribuo is switched to warnings only, except during the untimed fit that counts
 * iterations from it.
 *
 * <h2>Running</h2>
 * From the repository root, after {@code ./mvnw -pl benchmarks -am -DskipTests package}:
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar PeerFitBenchmark
 * java -jar benchmarks/target/benchmarks.jar PeerFitBenchmark -p shape=500000x16x64 -p library=KMEANS4J,ELKI_LLOYD
 * </pre>
 * By default only the two small shapes run; {@code benchmarks/quick.sh} runs all five and turns the
 * results into a table. Each trial prints one {@code # PeerFitBenchmark setup:} line with the
 * iterations of a fit and the inertia (sum of squared distances of every point to its nearest
 * returned centroid, computed by the benchmark, the same way for every library), so that results
 * can be checked against each other.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
// A pre-touched 8 GB heap: see FitBenchmark.
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch", "-D" + PeerFitBenchmark.COMMON_POOL_PARALLELISM + "=0",
        "--add-modules", "jdk.incubator.vector"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class PeerFitBenchmark {

    /** The most iterations (centroid updates) a fit makes. */
    public static final int MAX_ITERATIONS = 10;

    /** The system property that sets the common fork-join pool's parallelism. */
    static final String COMMON_POOL_PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

    /** Seed for the libraries that seed themselves (Smile's Lloyd, Tribuo). */
    private static final long PEER_SEED = 42L;

    /** The libraries compared; see the class comment for what each does. */
    public enum Library {
        KMEANS4J, KMEANS4J_HAMERLY, KMEANS4J_ELKAN, KMEANS4J_KD_FILTER, KMEANS4J_KD_FILTER_CELLS, SMILE_LLOYD, SMILE, ELKI_LLOYD, ELKI_HAMERLY, COMMONS_MATH, TRIBUO
    }

    /** The library fitting. */
    @Param
    public Library library;

    /**
     * Problem shape {@code "nxdxk"}: rows, dimensions, clusters. The annotation holds only the two
     * small shapes, for a short default run; {@code quick.sh} passes
     * {@code -p shape=1000000x1x5,100000x2x8,500000x16x64,200000x64x256,60000x784x10}.
     */
    @Param({"1000000x1x5", "100000x2x8"})
    public String shape;

    /**
     * The most iterations of a fit: {@value #MAX_ITERATIONS} unless told otherwise, which only the
     * kmeans4j libraries and {@link Library#SMILE} accept. Two runs of one library, with 1 and
     * with 10, give the time of an iteration without the fixed costs (Smile's tree, kmeans4j's
     * k-d tree and checks) as their difference over 9, and the fixed costs as what is left.
     */
    @Param({"10"})
    public int maxIterations;

    private PreparedFit prepared;
    private int iterationsPerFit;

    /**
     * Counts the iterations done in a JMH iteration; JMH reports the time per counted iteration as
     * the secondary result {@code fit:iteration}.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Iterations {
        /** Iterations (centroid updates) done since the start of the JMH iteration. */
        public long iteration;
    }

    /**
     * Generates the data, converts it to the library's input, and runs one untimed fit that counts
     * its iterations and checks its result.
     */
    @Setup(Level.Trial)
    public void setUp() {
        if (!"0".equals(System.getProperty(COMMON_POOL_PARALLELISM))) {
            throw new IllegalStateException("run with -D" + COMMON_POOL_PARALLELISM + "=0 (the @Fork default), so that"
                    + " parallel streams stay on one thread; was " + System.getProperty(COMMON_POOL_PARALLELISM));
        }
        BenchmarkData.Shape parsed = BenchmarkData.Shape.parse(shape);
        boolean limitable = library == Library.SMILE || library.name().startsWith("KMEANS4J");
        if (maxIterations < 1 || maxIterations > MAX_ITERATIONS || (!limitable && maxIterations != MAX_ITERATIONS)) {
            throw new IllegalArgumentException("maxIterations " + maxIterations + " is not available for " + library);
        }
        double[][] rows = BenchmarkData.gaussianBlobs(parsed);
        prepared = switch (library) {
            case KMEANS4J -> new Kmeans4jFit(rows, parsed.k(), Algorithm.LLOYD, maxIterations);
            case KMEANS4J_HAMERLY -> new Kmeans4jFit(rows, parsed.k(), Algorithm.HAMERLY, maxIterations);
            case KMEANS4J_ELKAN -> new Kmeans4jFit(rows, parsed.k(), Algorithm.ELKAN, maxIterations);
            case KMEANS4J_KD_FILTER -> new Kmeans4jFit(rows, parsed.k(), Algorithm.KD_FILTER, maxIterations);
            case KMEANS4J_KD_FILTER_CELLS -> new Kmeans4jFit(rows, parsed.k(), Algorithm.KD_FILTER_CELLS, maxIterations);
            case SMILE_LLOYD -> new SmileLloydFit(rows, parsed.k());
            case SMILE -> new SmileTreeFit(rows, parsed.k(), maxIterations);
            case ELKI_LLOYD -> new ElkiFit(rows, parsed.k(), false);
            case ELKI_HAMERLY -> new ElkiFit(rows, parsed.k(), true);
            case COMMONS_MATH -> new CommonsMathFit(rows, parsed.k());
            case TRIBUO -> new TribuoFit(rows, parsed.k());
        };
        Outcome outcome = prepared.inspect();
        iterationsPerFit = outcome.iterations();
        if (iterationsPerFit < 1 || iterationsPerFit > maxIterations) {
            throw new IllegalStateException(library + " did " + iterationsPerFit + " iterations");
        }
        System.out.printf(Locale.ROOT, "# PeerFitBenchmark setup: library=%s shape=%s iterations=%d inertia=%.6e%n",
                library, parsed, iterationsPerFit, inertia(rows, outcome.centroids()));
    }

    /**
     * One complete fit, returned so that JMH consumes it.
     *
     * @param counter counts the iterations done
     * @return the library's result
     */
    @Benchmark
    public Object fit(Iterations counter) {
        Object result = prepared.run();
        counter.iteration += iterationsPerFit;
        return result;
    }

    /** Sum over the rows of the squared distance to the nearest of {@code centroids}. */
    static double inertia(double[][] rows, double[][] centroids) {
        double total = 0;
        for (double[] row : rows) {
            double best = Double.POSITIVE_INFINITY;
            for (double[] c : centroids) {
                double s = 0;
                for (int j = 0; j < row.length; j++) {
                    double diff = row[j] - c[j];
                    s += diff * diff;
                }
                best = Math.min(best, s);
            }
            total += best;
        }
        return total;
    }

    /** What one untimed fit did: its iterations (centroid updates) and final centroids. */
    record Outcome(int iterations, double[][] centroids) {
    }

    /** A library's fit with its input prepared. */
    interface PreparedFit {
        /** One timed fit; returns the library's result. */
        Object run();

        /** One untimed fit (the same as {@link #run()}) that reports what it did. */
        Outcome inspect();
    }

    // ----------------------------------------------------------------------------------------
    // kmeans4j

    private static final class Kmeans4jFit implements PreparedFit {
        private final Dataset data;
        private final KMeans kMeans;

        Kmeans4jFit(double[][] rows, int k, Algorithm algorithm, int maxIterations) {
            data = Dataset.of(rows);
            kMeans = KMeans.builder()
                    .k(k)
                    .initializer(Initializer.given(BenchmarkData.firstRows(rows, k)))
                    .maxIterations(maxIterations)
                    .tolerance(0.0)
                    .stopWhenLabelsStable(false)
                    .seed(42L)
                    .threads(1)
                    .algorithm(algorithm)
                    .build();
        }

        @Override
        public Object run() {
            return kMeans.fit(data);
        }

        @Override
        public Outcome inspect() {
            KMeansResult result = kMeans.fit(data);
            return new Outcome(result.iterations(), result.centroids());
        }
    }

    // ----------------------------------------------------------------------------------------
    // Smile

    /** Smile logs through SLF4J, bound to java.util.logging here; held so the level sticks. */
    private static final Logger SMILE_LOG = Logger.getLogger("smile");

    private static final class SmileLloydFit implements PreparedFit {
        private final double[][] rows;
        private final int k;

        SmileLloydFit(double[][] rows, int k) {
            this.rows = rows;
            this.k = k;
            SMILE_LOG.setLevel(java.util.logging.Level.WARNING);
        }

        @Override
        public Object run() {
            smile.math.MathEx.setSeed(PEER_SEED);
            return smile.clustering.KMeans.lloyd(rows, k, MAX_ITERATIONS, 0.0);
        }

        @Override
        public Outcome inspect() {
            // Smile logs "Distortion after <i> iterations: <distortion>" once per iteration at INFO.
            int[] count = new int[1];
            smile.clustering.KMeans model = withLog(SMILE_LOG, java.util.logging.Level.INFO,
                    message -> message.matches("Distortion after +\\d+ iterations: .*"), count,
                    () -> (smile.clustering.KMeans) run());
            return new Outcome(count[0], model.centroids);
        }
    }

    private static final class SmileTreeFit implements PreparedFit {
        private final double[][] rows;
        private final double[][] initial;
        private final int maxIterations;

        SmileTreeFit(double[][] rows, int k, int maxIterations) {
            this.rows = rows;
            this.initial = BenchmarkData.firstRows(rows, k);
            this.maxIterations = maxIterations;
        }

        @Override
        public Object run() {
            return fit(new int[1]);
        }

        @Override
        public Outcome inspect() {
            int[] iterations = new int[1];
            smile.clustering.KMeans model = fit(iterations);
            return new Outcome(iterations[0], model.centroids);
        }

        private smile.clustering.KMeans fit(int[] iterations) {
            return SmileBbd.fit(rows, initial, maxIterations, iterations);
        }
    }

    // ----------------------------------------------------------------------------------------
    // ELKI

    private static final Logger ELKI_LOG = Logger.getLogger("elki.clustering.kmeans");

    /**
     * Runs an ELKI k-means fit with its statistics logged and counted: ELKI logs
     * "<class>.<i>.reassignments: <count>" after every assignment, and one more assignment than
     * updates. The updates and the final means; for every ELKI fit of the benchmarks.
     */
    static Outcome elkiOutcome(java.util.function.Supplier<elki.data.Clustering<elki.data.model.KMeansModel>> run) {
        int[] assignments = new int[1];
        elki.data.Clustering<elki.data.model.KMeansModel> clustering = withLog(ELKI_LOG,
                elki.logging.Logging.Level.STATISTICS, message -> message.matches(".*\\.\\d+\\.reassignments: .*"),
                assignments, run);
        List<double[]> means = new ArrayList<>();
        for (elki.data.Cluster<elki.data.model.KMeansModel> cluster : clustering.getAllClusters()) {
            means.add(cluster.getModel().getMean());
        }
        return new Outcome(assignments[0] - 1, means.toArray(new double[0][]));
    }

    private static final class ElkiFit implements PreparedFit {
        private final elki.database.relation.Relation<elki.data.NumberVector> relation;
        private final elki.clustering.kmeans.AbstractKMeans<elki.data.NumberVector, elki.data.model.KMeansModel> kMeans;

        ElkiFit(double[][] rows, int k, boolean hamerly) {
            elki.database.Database db = new elki.database.StaticArrayDatabase(
                    new elki.datasource.ArrayAdapterDatabaseConnection(rows));
            db.initialize();
            relation = db.getRelation(elki.data.type.TypeUtil.NUMBER_VECTOR_FIELD);
            // maxiter counts assignments: 11 assignments are 10 updates.
            int maxiter = MAX_ITERATIONS + 1;
            kMeans = hamerly
                    ? new elki.clustering.kmeans.HamerlyKMeans<>(elki.distance.minkowski.SquaredEuclideanDistance.STATIC,
                            k, maxiter, new elki.clustering.kmeans.initialization.FirstK<>(), false)
                    : new elki.clustering.kmeans.LloydKMeans<>(elki.distance.minkowski.SquaredEuclideanDistance.STATIC,
                            k, maxiter, new elki.clustering.kmeans.initialization.FirstK<>());
            ELKI_LOG.setLevel(java.util.logging.Level.WARNING);
        }

        @Override
        public Object run() {
            return kMeans.run(relation);
        }

        @Override
        public Outcome inspect() {
            return elkiOutcome(() -> kMeans.run(relation));
        }
    }

    // ----------------------------------------------------------------------------------------
    // Apache Commons Math

    private static final class CommonsMathFit implements PreparedFit {
        private final List<org.apache.commons.math3.ml.clustering.DoublePoint> points;
        private final int k;
        private final org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer<
                org.apache.commons.math3.ml.clustering.DoublePoint> clusterer;

        CommonsMathFit(double[][] rows, int k) {
            this.k = k;
            points = new ArrayList<>(rows.length);
            for (double[] row : rows) {
                points.add(new org.apache.commons.math3.ml.clustering.DoublePoint(row));
            }
            clusterer = new org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer<>(k, MAX_ITERATIONS,
                    new org.apache.commons.math3.ml.distance.EuclideanDistance(), new FirstRowsRandom());
            checkSeeding(rows);
        }

        /** With no iteration, the clusters' centres are the seeds: they must be the first k rows. */
        private void checkSeeding(double[][] rows) {
            var seeds = new org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer<
                    org.apache.commons.math3.ml.clustering.DoublePoint>(k, 0,
                    new org.apache.commons.math3.ml.distance.EuclideanDistance(), new FirstRowsRandom()).cluster(points);
            for (int c = 0; c < k; c++) {
                if (!Arrays.equals(seeds.get(c).getCenter().getPoint(), rows[c])) {
                    throw new IllegalStateException("Commons Math did not seed with row " + c);
                }
            }
        }

        @Override
        public Object run() {
            return clusterer.cluster(points);
        }

        @Override
        public Outcome inspect() {
            // Count distance computations: k-means++ seeding (known count, see below), one initial
            // assignment, then one assignment of n * k distances per iteration.
            CountingDistance distance = new CountingDistance();
            var counting = new org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer<
                    org.apache.commons.math3.ml.clustering.DoublePoint>(k, MAX_ITERATIONS, distance, new FirstRowsRandom());
            var clusters = counting.cluster(points);
            long n = points.size();
            // Seeding from row 0: n - 1 distances to it; after the m-th centre (m = 2 .. k-1) is
            // taken, n - m distances to it (the last centre needs none).
            long seeding = n - 1;
            for (int m = 2; m < k; m++) {
                seeding += n - m;
            }
            long assignmentDistances = distance.calls - seeding;
            if (assignmentDistances % (n * k) != 0) {
                throw new IllegalStateException("Commons Math made " + distance.calls
                        + " distance computations, not seeding plus whole assignments (an empty cluster?)");
            }
            int iterations = (int) (assignmentDistances / (n * k)) - 1;
            double[][] centres = new double[clusters.size()][];
            for (int c = 0; c < centres.length; c++) {
                centres[c] = clusters.get(c).getCenter().getPoint();
            }
            return new Outcome(iterations, centres);
        }
    }

    /**
     * A "random" generator that always returns 0. Commons Math's k-means++ then chooses row 0 first
     * and, each later time, the first row not yet chosen: rows 0, 1, ..., k-1.
     */
    private static final class FirstRowsRandom implements org.apache.commons.math3.random.RandomGenerator {
        @Override
        public void setSeed(int seed) {
        }

        @Override
        public void setSeed(int[] seed) {
        }

        @Override
        public void setSeed(long seed) {
        }

        @Override
        public void nextBytes(byte[] bytes) {
            Arrays.fill(bytes, (byte) 0);
        }

        @Override
        public int nextInt() {
            return 0;
        }

        @Override
        public int nextInt(int n) {
            return 0;
        }

        @Override
        public long nextLong() {
            return 0;
        }

        @Override
        public boolean nextBoolean() {
            return false;
        }

        @Override
        public float nextFloat() {
            return 0;
        }

        @Override
        public double nextDouble() {
            return 0;
        }

        @Override
        public double nextGaussian() {
            return 0;
        }
    }

    /** Euclidean distance that counts its calls (only for the untimed fit). */
    private static final class CountingDistance implements org.apache.commons.math3.ml.distance.DistanceMeasure {
        private static final long serialVersionUID = 1L;
        private final org.apache.commons.math3.ml.distance.EuclideanDistance euclidean =
                new org.apache.commons.math3.ml.distance.EuclideanDistance();
        long calls;

        @Override
        public double compute(double[] a, double[] b) {
            calls++;
            return euclidean.compute(a, b);
        }
    }

    // ----------------------------------------------------------------------------------------
    // Tribuo

    private static final Logger TRIBUO_LOG = Logger.getLogger("org.tribuo.clustering.kmeans");

    private static final class TribuoFit implements PreparedFit {
        private final org.tribuo.MutableDataset<org.tribuo.clustering.ClusterID> dataset;
        private final org.tribuo.clustering.kmeans.KMeansTrainer trainer;

        TribuoFit(double[][] rows, int k) {
            var factory = new org.tribuo.clustering.ClusteringFactory();
            dataset = new org.tribuo.MutableDataset<>(
                    new org.tribuo.provenance.SimpleDataSourceProvenance("kmeans4j benchmark blobs", factory), factory);
            int d = rows[0].length;
            String[] names = new String[d];
            for (int j = 0; j < d; j++) {
                names[j] = String.format(Locale.ROOT, "f%04d", j);   // sorts in column order
            }
            for (double[] row : rows) {
                dataset.add(new org.tribuo.impl.ArrayExample<>(
                        org.tribuo.clustering.ClusteringFactory.UNASSIGNED_CLUSTER_ID, names, row));
            }
            trainer = new org.tribuo.clustering.kmeans.KMeansTrainer(k, MAX_ITERATIONS,
                    new org.tribuo.math.distance.L2Distance(),
                    org.tribuo.clustering.kmeans.KMeansTrainer.Initialisation.PLUSPLUS, 1, PEER_SEED);
            TRIBUO_LOG.setLevel(java.util.logging.Level.WARNING);
        }

        @Override
        public Object run() {
            // Invocation count 0 resets the trainer's random generator: every fit seeds the same.
            return trainer.train(dataset, Map.of(), 0);
        }

        @Override
        public Outcome inspect() {
            // Tribuo logs "Iteration <i> completed. ..." once per iteration at INFO.
            int[] count = new int[1];
            org.tribuo.clustering.kmeans.KMeansModel model = withLog(TRIBUO_LOG, java.util.logging.Level.INFO,
                    message -> message.startsWith("Iteration ") && message.contains(" completed"), count,
                    () -> (org.tribuo.clustering.kmeans.KMeansModel) run());
            org.tribuo.math.la.DenseVector[] vectors = model.getCentroidVectors();
            double[][] centroids = new double[vectors.length][];
            for (int c = 0; c < vectors.length; c++) {
                centroids[c] = vectors[c].toArray();
            }
            return new Outcome(count[0], centroids);
        }
    }

    // ----------------------------------------------------------------------------------------

    /**
     * Runs {@code action} with {@code log} at {@code level}, counting into {@code count[0]} the
     * records whose message matches, and printing none; then sets the log back to warnings only.
     */
    private static <T> T withLog(Logger log, java.util.logging.Level level, Predicate<String> matches, int[] count,
            java.util.function.Supplier<T> action) {
        Handler counter = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = record.getMessage();
                if (message != null && matches.test(message)) {
                    count[0]++;
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        counter.setLevel(java.util.logging.Level.ALL);
        boolean parents = log.getUseParentHandlers();
        log.setUseParentHandlers(false);
        log.addHandler(counter);
        log.setLevel(level);
        try {
            return action.get();
        } finally {
            log.setLevel(java.util.logging.Level.WARNING);
            log.removeHandler(counter);
            log.setUseParentHandlers(parents);
        }
    }
}
