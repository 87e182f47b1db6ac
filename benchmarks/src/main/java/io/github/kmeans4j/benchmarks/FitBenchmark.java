package io.github.kmeans4j.benchmarks;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.Initializer;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.KMeansResult;
import java.util.Arrays;
import java.util.SplittableRandom;
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
 * Average time of one {@link KMeans#fit(Dataset)} call doing exactly ten Lloyd iterations.
 *
 * <p>Convergence checks are switched off (tolerance 0, no stop on stable labels) and the initial
 * centroids are fixed, so every call does the same amount of work and only the speed of the
 * iterations is measured. The data are Gaussian blobs drawn from a fixed-seed
 * {@link SplittableRandom}: {@code k} centres uniform in [-10, 10]<sup>d</sup>, and row {@code i}
 * drawn around centre {@code i % k} with unit variance in every coordinate. The first {@code k}
 * rows, one per blob, are the initial centroids.
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
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FitBenchmark {

    /** Seed of the data generator; fixed so that every run measures the same data. */
    private static final long DATA_SEED = 20_261_123L;

    /**
     * Problem shape as {@code "n,d,k"}: rows, dimensions, clusters. {@code "nxdxk"} is accepted
     * too, for {@code -p} on the command line.
     */
    @Param({"100000,2,8", "500000,16,64"})
    public String shape;

    private Dataset data;
    private KMeans kMeans;

    /** Generates the data set and the clusterer for the current {@link #shape}. */
    @Setup(Level.Trial)
    public void setUp() {
        String[] parts = shape.split("[,x]");
        if (parts.length != 3) {
            throw new IllegalArgumentException("shape must be \"n,d,k\" or \"nxdxk\", got \"" + shape + "\"");
        }
        int n = Integer.parseInt(parts[0].trim());
        int d = Integer.parseInt(parts[1].trim());
        int k = Integer.parseInt(parts[2].trim());
        if (n < k || d < 1 || k < 1) {
            throw new IllegalArgumentException("need n >= k >= 1 and d >= 1, got \"" + shape + "\"");
        }

        double[][] rows = gaussianBlobs(n, d, k, new SplittableRandom(DATA_SEED));
        double[][] initialCentroids = new double[k][];
        for (int c = 0; c < k; c++) {
            initialCentroids[c] = Arrays.copyOf(rows[c], d);
        }

        data = Dataset.of(rows);
        kMeans = KMeans.builder()
                .k(k)
                .initializer(Initializer.given(initialCentroids))
                .maxIterations(10)
                .tolerance(0.0)
                .stopWhenLabelsStable(false)
                .seed(42L)
                .build();
    }

    /**
     * One complete fit; the result is returned so that JMH consumes it.
     *
     * @return the clustering, whose {@code iterations()} is always 10 here
     */
    @Benchmark
    public KMeansResult fit() {
        return kMeans.fit(data);
    }

    private static double[][] gaussianBlobs(int n, int d, int k, SplittableRandom random) {
        double[][] centres = new double[k][d];
        for (double[] centre : centres) {
            for (int j = 0; j < d; j++) {
                centre[j] = random.nextDouble(-10.0, 10.0);
            }
        }
        double[][] rows = new double[n][d];
        for (int i = 0; i < n; i++) {
            double[] centre = centres[i % k];
            for (int j = 0; j < d; j++) {
                rows[i][j] = centre[j] + random.nextGaussian();
            }
        }
        return rows;
    }
}
