package io.github.kmeans4j.benchmarks;

import io.github.kmeans4j.Algorithm;
import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.Initializer;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.KMeansResult;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
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
 * The JVM half of {@code benchmarks/compare.sh} (issue 15, item 6): whole fits of every kmeans4j
 * {@link Algorithm}, in double and in float storage, at a chosen thread count, and of the JVM
 * peers ELKI (Elkan, Hamerly) and Smile (BBD tree), on the data of {@link BenchmarkData}, from the
 * first {@code k} rows, for at most {@value #MAX_ITERATIONS} iterations. JMH's secondary result
 * {@code fit:iteration} is the time per iteration (fit time divided by the iterations one fit
 * does, counted in setup), as in {@link PeerFitBenchmark}.
 *
 * <p>The {@code library} parameter is text, so that algorithms added to {@link Algorithm} after
 * this class was written can be measured without changing it:
 * <ul>
 *   <li>{@code KMEANS4J:<ALGORITHM>}: {@code KMeans.fit} on {@code Dataset.of(rows)} with
 *       {@code algorithm(Algorithm.valueOf(ALGORITHM))}, {@code threads(threads)}, the first k rows
 *       as {@code Initializer.given}, {@code maxIterations(10).tolerance(0.0).stopWhenLabelsStable(false)};
 *       {@code AUTO} included.</li>
 *   <li>{@code KMEANS4J_FLOAT:<ALGORITHM>}: the same on {@code Dataset.of(rows).toFloats()}.</li>
 *   <li>{@code ELKI_ELKAN}, {@code ELKI_HAMERLY}: ELKI 0.8.0's {@code ElkanKMeans} /
 *       {@code HamerlyKMeans}, squared Euclidean distance, {@code FirstK}, {@code maxiter} 11 (it
 *       counts assignments: 10 updates). Sequential: {@code threads} must be 1.</li>
 *   <li>{@code SMILE_BBD}: Smile 3.1.1's BBD-tree filtering from the first k rows, the loop of
 *       {@code KMeans.fit} (as {@code PeerFitBenchmark.SMILE}). Sequential: {@code threads} must be 1.</li>
 * </ul>
 * Each trial prints one {@code # CompareBenchmark setup:} line with the iterations of a fit and the
 * inertia of its centroids, computed here the same way for every library (in double, on the
 * double rows). {@code main} with {@code --algorithms} prints the names of {@link Algorithm}'s
 * values, one a line, so that the script measures whatever the built jar has.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
// A pre-touched heap: see FitBenchmark; 4 GB (every shape of compare.sh fits in it) takes half
// the time to touch. The common pool is kept from starting threads (as in PeerFitBenchmark) so
// that no library gets hidden helpers; kmeans4j uses its own workers.
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch", "-Djava.util.concurrent.ForkJoinPool.common.parallelism=0",
        "--add-modules", "jdk.incubator.vector"})
@Warmup(iterations = 0)
@Measurement(iterations = 3, time = 1)
public class CompareBenchmark {

    /** The most iterations (centroid updates) a fit makes. */
    public static final int MAX_ITERATIONS = 10;

    /** What fits: see the class comment. */
    @Param({"KMEANS4J:LLOYD"})
    public String library;

    /** Problem shape {@code nxdxk}. */
    @Param({"100000x2x8"})
    public String shape;

    /** Threads of a kmeans4j fit; the peers here are sequential and take 1 only. */
    @Param({"1"})
    public int threads;

    private PeerFit prepared;
    private int iterationsPerFit;

    /** Counts iterations; JMH reports time per counted iteration as {@code fit:iteration}. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Iterations {
        /** Iterations (centroid updates) done since the start of the JMH iteration. */
        public long iteration;
    }

    /** Data, the library's input, and one untimed fit that counts iterations and gives the inertia. */
    @Setup(Level.Trial)
    public void setUp() {
        BenchmarkData.Shape parsed = BenchmarkData.Shape.parse(shape);
        double[][] rows = BenchmarkData.gaussianBlobs(parsed);
        String note = "";
        String[] parts = library.split(":", 2);
        switch (parts[0]) {
            case "KMEANS4J", "KMEANS4J_FLOAT" -> {
                if (parts.length != 2) {
                    throw new IllegalArgumentException("library must be KMEANS4J:<ALGORITHM>, got " + library);
                }
                Algorithm algorithm = Algorithm.valueOf(parts[1]);
                Dataset data = Dataset.of(rows);
                if (parts[0].equals("KMEANS4J_FLOAT")) {
                    data = data.toFloats();
                }
                prepared = new Kmeans4jFit(data, rows, parsed.k(), algorithm, threads);
                if (algorithm == Algorithm.AUTO) {
                    note = "auto=" + autoChoice(parsed);
                }
            }
            case "ELKI_ELKAN", "ELKI_HAMERLY" -> {
                sequentialOnly();
                prepared = new ElkiFit(rows, parsed.k(), parts[0].equals("ELKI_ELKAN"));
            }
            case "SMILE_BBD" -> {
                sequentialOnly();
                prepared = new SmileTreeFit(rows, parsed.k());
            }
            default -> throw new IllegalArgumentException("unknown library " + library);
        }
        PeerFitBenchmark.Outcome outcome = prepared.inspect();
        iterationsPerFit = outcome.iterations();
        if (iterationsPerFit < 1 || iterationsPerFit > MAX_ITERATIONS) {
            throw new IllegalStateException(library + " did " + iterationsPerFit + " iterations");
        }
        System.out.printf(Locale.ROOT,
                "# CompareBenchmark setup: library=%s shape=%s threads=%d iterations=%d inertia=%.9e note=%s%n",
                library, parsed, threads, iterationsPerFit, PeerFitBenchmark.inertia(rows, outcome.centroids()),
                note.isEmpty() ? "-" : note);
    }

    private void sequentialOnly() {
        if (threads != 1) {
            throw new IllegalArgumentException(library + " is sequential: threads must be 1, got " + threads);
        }
    }

    /**
     * What {@code AUTO} resolves to for this shape, through {@code Algorithm.choose(n, d, k, kernel)}
     * called reflectively (so that a change of its signature does not break this class), with the
     * kernel Lloyd would use here: the Vector API kernel when its module is present.
     */
    private static String autoChoice(BenchmarkData.Shape shape) {
        try {
            Class<?> kernelType = Class.forName("io.github.kmeans4j.Kernel");
            boolean vector = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
            @SuppressWarnings({"unchecked", "rawtypes"})
            Object kernel = Enum.valueOf((Class) kernelType, vector ? "VECTOR" : "PORTABLE");
            Method choose = Algorithm.class.getMethod("choose", int.class, int.class, int.class, kernelType);
            return String.valueOf(choose.invoke(null, shape.n(), shape.d(), shape.k(), kernel));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "?";
        }
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

    /**
     * {@code --algorithms}: prints the names of {@link Algorithm}'s values, one a line.
     *
     * @param args {@code --algorithms}
     */
    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("--algorithms")) {
            for (Algorithm a : Algorithm.values()) {
                System.out.println(a.name());
            }
            return;
        }
        System.err.println("usage: CompareBenchmark --algorithms   (the benchmark itself runs through JMH)");
        System.exit(2);
    }

    /** A library's fit with its input prepared. */
    interface PeerFit {
        /** One timed fit. */
        Object run();

        /** One untimed fit, the same as {@link #run()}, that reports what it did. */
        PeerFitBenchmark.Outcome inspect();
    }

    private static final class Kmeans4jFit implements PeerFit {
        private final Dataset data;
        private final KMeans kMeans;

        Kmeans4jFit(Dataset data, double[][] rows, int k, Algorithm algorithm, int threads) {
            this.data = data;
            kMeans = KMeans.builder()
                    .k(k)
                    .initializer(Initializer.given(BenchmarkData.firstRows(rows, k)))
                    .maxIterations(MAX_ITERATIONS)
                    .tolerance(0.0)
                    .stopWhenLabelsStable(false)
                    .seed(42L)
                    .threads(threads)
                    .algorithm(algorithm)
                    .build();
        }

        @Override
        public Object run() {
            return kMeans.fit(data);
        }

        @Override
        public PeerFitBenchmark.Outcome inspect() {
            KMeansResult result = kMeans.fit(data);
            return new PeerFitBenchmark.Outcome(result.iterations(), result.centroids());
        }
    }

    /** Smile 3's {@code KMeans.fit} loop on its public {@code BBDTree}, from the first k rows. */
    private static final class SmileTreeFit implements PeerFit {
        private final double[][] rows;
        private final double[][] initial;

        SmileTreeFit(double[][] rows, int k) {
            this.rows = rows;
            this.initial = BenchmarkData.firstRows(rows, k);
        }

        @Override
        public Object run() {
            return fit(new int[1]);
        }

        @Override
        public PeerFitBenchmark.Outcome inspect() {
            int[] iterations = new int[1];
            smile.clustering.KMeans model = fit(iterations);
            return new PeerFitBenchmark.Outcome(iterations[0], model.centroids);
        }

        private smile.clustering.KMeans fit(int[] iterations) {
            return SmileBbd.fit(rows, initial, MAX_ITERATIONS, iterations);
        }
    }

    private static final Logger ELKI_LOG = Logger.getLogger("elki.clustering.kmeans");

    /** ELKI's Elkan or Hamerly, as {@code PeerFitBenchmark}'s ELKI fits. */
    private static final class ElkiFit implements PeerFit {
        private final elki.database.relation.Relation<elki.data.NumberVector> relation;
        private final elki.clustering.kmeans.AbstractKMeans<elki.data.NumberVector, elki.data.model.KMeansModel> kMeans;

        ElkiFit(double[][] rows, int k, boolean elkan) {
            elki.database.Database db = new elki.database.StaticArrayDatabase(
                    new elki.datasource.ArrayAdapterDatabaseConnection(rows));
            db.initialize();
            relation = db.getRelation(elki.data.type.TypeUtil.NUMBER_VECTOR_FIELD);
            int maxiter = MAX_ITERATIONS + 1;   // assignments: 11 assignments are 10 updates
            kMeans = elkan
                    ? new elki.clustering.kmeans.ElkanKMeans<>(elki.distance.minkowski.SquaredEuclideanDistance.STATIC,
                            k, maxiter, new elki.clustering.kmeans.initialization.FirstK<>(), false)
                    : new elki.clustering.kmeans.HamerlyKMeans<>(elki.distance.minkowski.SquaredEuclideanDistance.STATIC,
                            k, maxiter, new elki.clustering.kmeans.initialization.FirstK<>(), false);
            ELKI_LOG.setLevel(java.util.logging.Level.WARNING);
        }

        @Override
        public Object run() {
            return kMeans.run(relation);
        }

        @Override
        public PeerFitBenchmark.Outcome inspect() {
            return PeerFitBenchmark.elkiOutcome(() -> kMeans.run(relation));
        }
    }
}
