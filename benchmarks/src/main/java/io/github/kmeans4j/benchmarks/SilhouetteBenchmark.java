package io.github.kmeans4j.benchmarks;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.metrics.ClusterScores;
import io.github.kmeans4j.metrics.Silhouette;
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
 * Average time of one exact silhouette, {@link ClusterScores#silhouette(Dataset, int[], int)}:
 * the silhouette of every point and their mean, O(n²·d). The target: n = 20 000, d = 16
 * in under 2 s on 2 cores.
 *
 * <p>The data are the Gaussian blobs of {@link BenchmarkData} (shape {@code 20000x16x8} by
 * default); the labels come from one k-means fit (k = the shape's k, seed 42) made in setup, so the
 * clusters are those a user would score.
 *
 * <p>Build the benchmark jar, then run this benchmark, from the repository root:
 * <pre>
 * ./mvnw -B -ntp -q -pl benchmarks -am -DskipTests package
 * java --add-modules jdk.incubator.vector -jar benchmarks/target/benchmarks.jar SilhouetteBenchmark -f 1 -wi 2 -i 5
 * </pre>
 * One thread for comparison: {@code -p threads=1}; another shape: {@code -p shape=5000x16x8}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class SilhouetteBenchmark {

    /** Problem shape {@code "nxdxk"}: rows, dimensions, clusters of the labels. */
    @Param({"20000x16x8"})
    public String shape;

    /** Threads of the silhouette. */
    @Param({"2"})
    public int threads;

    private Dataset data;
    private int[] labels;

    /** Generates the data and clusters it once. */
    @Setup(Level.Trial)
    public void setUp() {
        BenchmarkData.Shape parsed = BenchmarkData.Shape.parse(shape);
        data = Dataset.of(BenchmarkData.gaussianBlobs(parsed));
        labels = KMeans.builder().k(parsed.k()).seed(42L).build().fit(data).labels();
    }

    /**
     * One exact silhouette; returned so that JMH consumes it.
     *
     * @return the silhouette of every point
     */
    @Benchmark
    public Silhouette silhouette() {
        return ClusterScores.silhouette(data, labels, threads);
    }
}
