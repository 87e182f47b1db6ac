package io.github.kmeans4j.benchmarks;

import io.github.kmeans4j.Algorithm;
import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.Initializer;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.KMeansResult;
import io.github.kmeans4j.Kernel;
import io.github.kmeans4j.recording.RunRecorder;
import java.util.concurrent.TimeUnit;
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
 * Average time of one {@link KMeans#fit(Dataset)} call doing at most ten Lloyd iterations.
 *
 * <p>The convergence checks are as tight as the library allows (tolerance 0, no stop on stable
 * labels) and the initial centroids are fixed, so every call does the same amount of work: ten
 * iterations unless an update moves no centroid at all, which the data of {@link BenchmarkData}
 * (shared with {@link PeerFitBenchmark}; the first {@code k} rows are the initial centroids) are
 * made to avoid. Parameters: the thread count (1 or 2) and the listener (none, a no-op lambda,
 * a {@link RunRecorder}), for the two-thread speed-up and the listener overhead; and the
 * {@link Algorithm} (Lloyd by default; {@code -p algorithm=LLOYD:VECTOR,LLOYD:PORTABLE,HAMERLY,ELKAN,YINYANG}
 * compares Lloyd's kernels and the exact accelerated variants, which do the same iterations with
 * the same results).
 *
 * <p>Build the benchmark jar, then run this benchmark, from the repository root:
 * <pre>
 * ./mvnw -pl benchmarks -am -DskipTests package
 * java -jar benchmarks/target/benchmarks.jar FitBenchmark
 * </pre>
 * A single shape: {@code java -jar benchmarks/target/benchmarks.jar FitBenchmark -p shape=100000x2x8}
 * (JMH splits {@code -p} values at commas, so on the command line the numbers of a shape are
 * separated by {@code x}); {@code java -jar benchmarks/target/benchmarks.jar -h} lists all JMH
 * options.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
// -Xms8g -Xmx8g -XX:+AlwaysPreTouch: heap pages touched for the first time cost about 2 ms per MB
// on this machine, and a G1 heap left to grow handed fits fresh pages for seconds on end (fits up
// to 3 times slower until the first young collection: the "two speeds" of benchmarks/README.md).
// Touching the whole heap once at start (some seconds per fork) removes them. Without
// -XX:+AlwaysPreTouch a pre-sized heap is worse than none: all of it fresh.
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch", "--add-modules", "jdk.incubator.vector"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FitBenchmark {

    /**
     * Problem shape as {@code "n,d,k"}: rows, dimensions, clusters. {@code "nxdxk"} is accepted
     * too, for {@code -p} on the command line.
     */
    @Param({"100000,2,8", "500000,16,64"})
    public String shape;

    /** Threads per fit: the speed-up from 1 to 2 is one of the targets. */
    @Param({"1", "2"})
    public int threads;

    /**
     * The assignment variant: {@code LLOYD} (with the automatic kernel, the vector one in this
     * fork), {@code HAMERLY}, {@code ELKAN} or {@code YINYANG}; a {@link Kernel} may follow a
     * colon, {@code LLOYD:PORTABLE}, which the bounded variants ignore (they compute their
     * distances themselves). Only Lloyd by default, to keep the default run short; never {@code AUTO},
     * so that a row always names what ran.
     */
    @Param({"LLOYD"})
    public String algorithm;

    /** Who listens: nobody, a listener that does nothing, or a {@link RunRecorder} keeping every event. */
    @Param({"NONE", "NOOP", "RECORDER"})
    public String listener;

    private Dataset data;
    private KMeans kMeans;

    /** Generates the data set and the clusterer for the current {@link #shape}. */
    @Setup(Level.Trial)
    public void setUp() {
        BenchmarkData.Shape parsed = BenchmarkData.Shape.parse(shape);
        double[][] rows = BenchmarkData.gaussianBlobs(parsed);
        data = Dataset.of(rows);
        KMeans.Builder builder = KMeans.builder()
                .k(parsed.k())
                .initializer(Initializer.given(BenchmarkData.firstRows(rows, parsed.k())))
                .maxIterations(10)
                .tolerance(0.0)
                .stopWhenLabelsStable(false)
                .seed(42L)
                .threads(threads)
                .kernel(algorithm.contains(":") ? Kernel.valueOf(algorithm.substring(algorithm.indexOf(':') + 1))
                        : Kernel.AUTO)
                .algorithm(variant(algorithm.contains(":") ? algorithm.substring(0, algorithm.indexOf(':')) : algorithm));
        switch (listener) {
            case "NONE" -> kMeans = builder.build();
            case "NOOP" -> kMeans = builder.listener(event -> { }).build();
            case "RECORDER" -> kMeans = builder.listener(new RunRecorder()).build();
            default -> throw new IllegalArgumentException("listener must be NONE, NOOP or RECORDER, got " + listener);
        }
    }

    private static Algorithm variant(String name) {
        Algorithm a = Algorithm.valueOf(name);
        if (a == Algorithm.AUTO) {
            throw new IllegalArgumentException("algorithm must be LLOYD, HAMERLY, ELKAN or YINYANG, got " + name);
        }
        return a;
    }

    /**
     * One complete fit; the result is returned so that JMH consumes it.
     *
     * @return the clustering, whose {@code iterations()} is 10 unless the fit converged sooner
     */
    @Benchmark
    public KMeansResult fit() {
        return kMeans.fit(data);
    }
}
