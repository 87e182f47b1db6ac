package io.github.kmeans4j.benchmarks;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.Initializer;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.Kernel;
import io.github.kmeans4j.event.Initialized;
import io.github.kmeans4j.event.RunStarted;
import java.util.concurrent.TimeUnit;
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
 * Seeding alone: the time from a fit's {@code RunStarted} event to its {@code Initialized} event,
 * which is exactly the initialiser's work (greedy k-means++, the default, or k-means‖), on the
 * data of {@link BenchmarkData}. The fit is abandoned at {@code Initialized} (its listener throws),
 * so no iteration runs.
 *
 * <p>Each measurement iteration is one such fit ({@link Mode#SingleShotTime}). The primary score
 * is that whole call, which also holds what a fit prepares before seeding (for the Vector API
 * kernel, its copy of the data); the secondary result {@code seedingMs} is seeding alone, per
 * iteration (JMH prints it for every iteration, so the median and range can be read off).
 *
 * <pre>
 * ./mvnw -B -ntp -pl benchmarks -am -DskipTests package
 * java -jar benchmarks/target/benchmarks.jar SeedingBenchmark -p threads=1,2
 * </pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
// A pre-touched 4 GB heap: see CompareBenchmark.
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch", "--add-modules", "jdk.incubator.vector"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class SeedingBenchmark {

    /** Problem shape {@code nxdxk}. */
    @Param({"1000000x16x64", "200000x64x256", "60000x784x10"})
    public String shape;

    /** Threads per fit, the calling thread included. */
    @Param({"1", "2"})
    public int threads;

    /** {@code GREEDY} (greedy k-means++, 2 + ⌊ln k⌋ candidates per step) or {@code PARALLEL} (k-means‖). */
    @Param({"GREEDY"})
    public String initializer;

    /**
     * The fit's kernel: {@code AUTO} (the Vector API kernel here, so seeding's Vector API loop) or
     * {@code PORTABLE} (seeding's plain-Java loop, which reads the rows in place).
     */
    @Param({"AUTO"})
    public String kernel;

    private Dataset data;
    private KMeans kMeans;
    private long started;
    private long seedingNanos;

    /** Thrown by the listener at {@code Initialized}, to leave the fit once seeding is done. */
    private static final class Seeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Seeded() {
            super("seeded", null, false, false);
        }
    }

    private static final Seeded SEEDED = new Seeded();

    /** Seeding's time per measurement iteration, in milliseconds (one fit per iteration). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Seeding {
        /** Milliseconds from {@code RunStarted} to {@code Initialized}. */
        public double seedingMs;

        /** Clears the counter before every iteration. */
        @Setup(Level.Iteration)
        public void clear() {
            seedingMs = 0;
        }
    }

    /** Generates the data and the clusterer. */
    @Setup(Level.Trial)
    public void setUp() {
        BenchmarkData.Shape parsed = BenchmarkData.Shape.parse(shape);
        data = Dataset.of(BenchmarkData.gaussianBlobs(parsed));
        Initializer init = switch (initializer) {
            case "GREEDY" -> Initializer.greedyKMeansPlusPlus();
            case "PARALLEL" -> Initializer.kMeansParallel();
            default -> throw new IllegalArgumentException("initializer must be GREEDY or PARALLEL, got " + initializer);
        };
        kMeans = KMeans.builder().k(parsed.k()).initializer(init).seed(42L).threads(threads)
                .kernel(Kernel.valueOf(kernel)).listener(event -> {
            if (event instanceof RunStarted) {
                started = System.nanoTime();
            } else if (event instanceof Initialized) {
                seedingNanos = System.nanoTime() - started;
                throw SEEDED;
            }
        }).build();
    }

    /**
     * One fit, left at its {@code Initialized} event.
     *
     * @param counters where seeding's time is added
     * @return seeding's time in nanoseconds, for JMH to consume
     */
    @Benchmark
    public long seed(Seeding counters) {
        try {
            kMeans.fit(data);
            throw new IllegalStateException("the fit did not stop at its Initialized event");
        } catch (Seeded expected) {
            counters.seedingMs += seedingNanos * 1e-6;
            return seedingNanos;
        }
    }
}
