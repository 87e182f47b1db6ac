package io.github.kmeans4j.benchmarks;

import io.github.kmeans4j.EmptyClusterPolicy;
import io.github.kmeans4j.Initializer;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.KMeansResult;
import io.github.kmeans4j.spark.SparkBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.mllib.clustering.KMeansModel;
import org.apache.spark.mllib.linalg.Vector;
import org.apache.spark.mllib.linalg.Vectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * kmeans4j on Spark against Spark MLlib's k-means in the same local session ({@code local[2]}),
 * on the same cached rows, for the same number of iterations: the time of one whole fit (single
 * shot), from which benchmarks/README.md derives the time per iteration.
 *
 * <ul>
 *   <li>{@code KMEANS4J}: a {@link SparkBackend} over the cached rows (built once per trial, not
 *       timed, as MLlib's cached vectors are not), {@code KMeans} with the first k rows as
 *       {@code Initializer.given}, Lloyd, {@value #ITERATIONS} iterations (tolerance 0, no stop on
 *       stable labels), an empty cluster keeping its centroid as MLlib's do.</li>
 *   <li>{@code MLLIB_ROW}: the RDD API {@code org.apache.spark.mllib.clustering.KMeans} with the
 *       same first k rows as its initial model, epsilon 0, {@value #ITERATIONS} iterations: MLlib's
 *       row-at-a-time solver.</li>
 *   <li>{@code MLLIB_BLOCK_N} and {@code MLLIB_BLOCK_1}: the DataFrame API
 *       {@code org.apache.spark.ml.clustering.KMeans} with {@code solver = "block"} (matrix
 *       products on stacked rows), which cannot be given initial centroids in Spark 4.2: it seeds
 *       itself by k-means‖ and runs {@value #ITERATIONS} or 1 iteration (tol 0); the difference of
 *       the two, divided by {@value #ITERATIONS} − 1, is its time per iteration without seeding.</li>
 * </ul>
 *
 * The data: n rows around k centres uniform in [−10, 10)^d with unit variance, generated on the
 * executors, partition by partition, from fixed seeds, and cached. Run it on the module's class
 * path (Spark is provided, so it is not in benchmarks.jar), as benchmarks/README.md shows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx16g", "-XX:+IgnoreUnrecognizedVMOptions", "--add-modules=jdk.incubator.vector",
        "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
        "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
        "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
        "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
        "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
        "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
        "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
        "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-Dio.netty.tryReflectionSetAccessible=true",
        "--enable-native-access=ALL-UNNAMED"})
public class SparkFitBenchmark {
    /** Iterations of every timed fit. */
    static final int ITERATIONS = 5;
    private static final int PARTITIONS = 8;

    /** What runs. */
    public enum Library {
        KMEANS4J, MLLIB_ROW, MLLIB_BLOCK_N, MLLIB_BLOCK_1
    }

    /** n x d x k. */
    @Param({"2000000x16x64", "2000000x64x256"})
    public String shape;

    @Param({"KMEANS4J", "MLLIB_ROW", "MLLIB_BLOCK_N", "MLLIB_BLOCK_1"})
    public Library library;

    private SparkSession session;
    private SparkBackend backend;
    private JavaRDD<Vector> vectors;
    private org.apache.spark.sql.Dataset<Row> frame;
    private double[][] start;
    private int k;

    @Setup(Level.Trial)
    public void setUp() {
        BenchmarkData.Shape s = BenchmarkData.Shape.parse(shape);
        k = s.k();
        session = SparkSession.builder().config(new SparkConf().setMaster("local[2]").setAppName("SparkFitBenchmark")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1").set("spark.log.level", "ERROR")).getOrCreate();
        JavaSparkContext spark = JavaSparkContext.fromSparkContext(session.sparkContext());
        JavaRDD<double[]> rows = blobs(spark, s.n(), s.d(), s.k()).persist(StorageLevel.MEMORY_ONLY());
        start = rows.take(k).toArray(new double[0][]);
        switch (library) {
            case KMEANS4J -> {
                backend = SparkBackend.builder().rows(rows).build();
                rows.unpersist();
            }
            case MLLIB_ROW -> {
                vectors = rows.map(Vectors::dense).persist(StorageLevel.MEMORY_ONLY());
                vectors.count();
                rows.unpersist();
            }
            default -> {
                StructType schema = new StructType().add("features", new VectorUDT());
                frame = session.createDataFrame(rows.map(r -> RowFactory.create(
                        org.apache.spark.ml.linalg.Vectors.dense(r))), schema).persist(StorageLevel.MEMORY_ONLY());
                frame.count();
                rows.unpersist();
            }
        }
        System.out.printf(Locale.ROOT, "# SparkFitBenchmark setup: library=%s shape=%s inertia=%.10e iterations=%d%n",
                library, shape, fitInertia(), lastIterations);
    }

    private int lastIterations;

    /** One fit, returning its final inertia (the whole data's cost), and noting its iterations. */
    private double fitInertia() {
        switch (library) {
            case KMEANS4J -> {
                KMeansResult r = kmeans4j();
                lastIterations = r.iterations();
                return r.inertia();
            }
            case MLLIB_ROW -> {
                KMeansModel m = mllibRow();
                lastIterations = m.numIter();
                return m.computeCost(vectors.rdd());
            }
            default -> {
                org.apache.spark.ml.clustering.KMeansModel m = mllibBlock(library == Library.MLLIB_BLOCK_N ? ITERATIONS : 1);
                lastIterations = m.summary().numIter();
                return m.summary().trainingCost();
            }
        }
    }

    private KMeansResult kmeans4j() {
        return KMeans.builder().k(k).initializer(Initializer.given(start)).tolerance(0).stopWhenLabelsStable(false)
                .emptyClusterPolicy(EmptyClusterPolicy.KEEP_PREVIOUS)   // as MLlib: an empty cluster keeps its centre
                .maxIterations(ITERATIONS).seed(1).build().fit(backend, null);
    }

    private KMeansModel mllibRow() {
        List<Vector> initial = new ArrayList<>();
        for (double[] c : start) {
            initial.add(Vectors.dense(c));
        }
        return new org.apache.spark.mllib.clustering.KMeans().setK(k).setMaxIterations(ITERATIONS).setEpsilon(0)
                .setInitialModel(new KMeansModel(initial.toArray(new Vector[0]))).run(vectors.rdd());
    }

    private org.apache.spark.ml.clustering.KMeansModel mllibBlock(int iterations) {
        return new org.apache.spark.ml.clustering.KMeans().setK(k).setMaxIter(iterations).setTol(0).setSeed(1)
                .setSolver("block").fit(frame);
    }

    @Benchmark
    public Object fit() {
        return switch (library) {
            case KMEANS4J -> kmeans4j();
            case MLLIB_ROW -> mllibRow();
            case MLLIB_BLOCK_N -> mllibBlock(ITERATIONS);
            case MLLIB_BLOCK_1 -> mllibBlock(1);
        };
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (backend != null) {
            backend.close();
        }
        session.stop();
    }

    /** n rows in partitions, each generated on its executor from its own seed. */
    private static JavaRDD<double[]> blobs(JavaSparkContext spark, int n, int d, int k) {
        SplittableRandom centres = new SplittableRandom(BenchmarkData.SEED);
        double[][] c = new double[k][d];
        for (double[] row : c) {
            for (int m = 0; m < d; m++) {
                row[m] = -10 + 20 * centres.nextDouble();
            }
        }
        List<Integer> parts = new ArrayList<>();
        for (int p = 0; p < PARTITIONS; p++) {
            parts.add(p);
        }
        return spark.parallelize(parts, PARTITIONS).flatMap(p -> {
            SplittableRandom random = new SplittableRandom(BenchmarkData.SEED + 1 + p);
            int count = (int) ((long) n * (p + 1) / PARTITIONS - (long) n * p / PARTITIONS);
            List<double[]> out = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                double[] centre = c[random.nextInt(k)];
                double[] row = new double[d];
                for (int m = 0; m < d; m++) {
                    row[m] = centre[m] + gaussian(random);
                }
                out.add(row);
            }
            return out.iterator();
        });
    }

    private static double gaussian(SplittableRandom random) {
        double u = random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }
}
