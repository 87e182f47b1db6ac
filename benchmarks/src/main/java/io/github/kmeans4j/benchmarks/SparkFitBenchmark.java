package io.github.kmeans4j.benchmarks;

import io.github.kmeans4j.EmptyClusterPolicy;
import io.github.kmeans4j.Initializer;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.KMeansResult;
import io.github.kmeans4j.Kernel;
import io.github.kmeans4j.spark.SparkBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.clustering.KMeansAggregator;
import org.apache.spark.ml.feature.Instance;
import org.apache.spark.ml.feature.InstanceBlock;
import org.apache.spark.ml.linalg.DenseMatrix;
import org.apache.spark.mllib.clustering.KMeansModel;
import org.apache.spark.mllib.linalg.Vector;
import org.apache.spark.mllib.linalg.Vectors;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.DoubleAccumulator;
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
import scala.Tuple2;

/**
 * kmeans4j's fit on Spark ({@link SparkBackend}) against Spark MLlib's k-means, in a local Spark
 * session ({@code local[2]}, no UI), on the same data from the same initial centroids for the same
 * number of iterations: the time of one whole fit (JMH single-shot time; one fit per measurement
 * iteration). Time per iteration is that time divided by {@link #iterations}, which every fit
 * does in full (checked in {@link #tearDown()}).
 *
 * <h2>The common task</h2>
 * The Gaussian blobs of {@link BenchmarkData} (n = 2 000 000 by default), made on the driver,
 * written to a temporary file (row-major little-endian doubles) and read back by Spark with
 * {@code binaryRecords} in {@link #partitions} splits of consecutive rows (not
 * {@code parallelize}, whose partitions carry their rows into every task); the first {@code k} rows are the
 * initial centroids; {@link #iterations} centroid updates, no early stop (tolerance 0: a fit stops
 * early only if an update moves no centroid, which does not happen here). Everything done once
 * per trial is in {@link #setUp()} and not timed: making the data, and turning it into each
 * library's cached input.
 *
 * <h2>What each library does</h2>
 * <ul>
 *   <li>{@link Library#KMEANS4J}, {@link Library#KMEANS4J_PORTABLE}: setup builds a
 *       {@code SparkBackend} over the RDD of rows (it checks and caches the rows in blocks and
 *       collects its sample) with {@code Kernel.AUTO} or {@code Kernel.PORTABLE}; the fit is
 *       {@code KMeans.builder().k(k).initializer(Initializer.given(first k rows)).tolerance(0)
 *       .stopWhenLabelsStable(false).maxIterations(iterations)
 *       .emptyClusterPolicy(EmptyClusterPolicy.KEEP_PREVIOUS).build().fit(backend, null)}: MLlib
 *       keeps the centre of a cluster that received no point, and so does this fit (kmeans4j's
 *       default moves it to the farthest point, another algorithm from there on). After
 *       the last update it does one more assignment pass (so that its labels and inertia are those
 *       of the final centroids): {@code iterations + 1} passes over the data, all timed.</li>
 *   <li>{@link Library#MLLIB_ROW}: the RDD-based {@code org.apache.spark.mllib.clustering.KMeans}
 *       with {@code setInitialModel(first k rows)}, {@code setEpsilon(0)},
 *       {@code setMaxIterations(iterations)}, run on the cached {@code RDD<Vector>} made in setup.
 *       This is the algorithm the ML API's solver "row" runs ({@code ml.clustering.KMeans}
 *       delegates to it), called directly because only this API takes initial centroids.
 *       {@code iterations} passes.</li>
 *   <li>{@link Library#MLLIB_BLOCK}: the ML API's solver "block" cannot be given initial
 *       centroids either (its {@code initMode} is "random" or "k-means||", and Spark 4.2's
 *       {@code ml.clustering.KMeans} has no initial model), so the benchmark runs that solver's
 *       loop itself with Spark's own pieces: setup turns the rows into
 *       {@code Instance(squared norm, 1, features)} and groups them with
 *       {@code InstanceBlock.blokifyWithMaxMemUsage} at the ML default of 1 MiB per block, cached;
 *       each iteration is then the job of {@code KMeans.trainWithBlock} in Spark 4.2: broadcast the
 *       centres as a {@code DenseMatrix}, one {@code KMeansAggregator} per partition (Spark's
 *       GEMM-based assignment), {@code reduceByKey} of the per-cluster sums, divide, collect to the
 *       driver, and its convergence test (no centre moved more than tol = 0). The classes are
 *       Scala-private to Spark's ML package but public in bytecode. {@code iterations} passes.</li>
 * </ul>
 *
 * <h2>Checks</h2>
 * {@link #tearDown()} prints, for the last fit of the trial, one line
 * {@code # SparkFitBenchmark result: ...} with the iterations done, the library's own final
 * inertia (kmeans4j: {@code result.inertia()}; MLlib: {@code KMeansModel.computeCost} of the final
 * centres, an extra pass MLlib's fit does not do; the training cost MLlib reports belongs to the
 * centres before the last update) and the inertia of the final centroids recomputed exactly by the
 * benchmark (the same code for every library), printed to 15 significant digits so that runs can
 * be compared to 1e-9.
 *
 * <h2>Running</h2>
 * Spark is not inside benchmarks.jar; the build writes its class path to
 * {@code benchmarks/target/spark-classpath.txt}:
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar:$(cat benchmarks/target/spark-classpath.txt) \
 *     org.openjdk.jmh.Main SparkFitBenchmark
 * </pre>
 * Each library and shape runs in its own JVM (JMH's fork) with the same Spark configuration. The
 * fork gets Spark's launcher JVM options ({@link #SPARK_JVM_OPTIONS}) and a 14 GiB heap; a
 * {@code -jvmArgsAppend} on the command line replaces them and must repeat them.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx14g",
        // Spark's launcher JVM options (org.apache.spark.launcher.JavaModuleOptions in
        // spark-launcher_2.13 4.2.0), the list of property spark.jvm.options in the parent pom.xml.
        "-XX:+IgnoreUnrecognizedVMOptions", "--add-modules=jdk.incubator.vector",
        "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
        "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
        "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
        "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
        "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
        "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
        "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
        "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
        "--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED",
        "-Dio.netty.tryReflectionSetAccessible=true", "-Dio.netty.allocator.type=pooled",
        "-Dio.netty.handler.ssl.defaultEndpointVerificationAlgorithm=NONE",
        "--sun-misc-unsafe-memory-access=allow", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 1)
@Measurement(iterations = 5)
public class SparkFitBenchmark {

    /** The Spark master of every trial. */
    static final String MASTER = "local[2]";

    /** The libraries compared; see the class comment. */
    public enum Library {
        KMEANS4J, KMEANS4J_PORTABLE, MLLIB_ROW, MLLIB_BLOCK
    }

    /** The library fitting. */
    @Param
    public Library library;

    /** Problem shape {@code "nxdxk"}. */
    @Param({"2000000x16x64", "2000000x64x256"})
    public String shape;

    /** Centroid updates per fit. */
    @Param({"5"})
    public int iterations;

    /** Partitions of the input RDD (the same for every library). */
    @Param({"4"})
    public int partitions;

    /** Spark's and its dependencies' java.util.logging loggers, held so their levels stick. */
    private static final List<Logger> QUIET = new ArrayList<>();

    private SparkSession session;
    private double[][] rows;
    private double[][] start;
    private int k;
    private int d;
    private JavaRDD<double[]> input;
    private JavaRDD<Vector> vectors;
    private JavaRDD<InstanceBlock> blocks;
    private SparkBackend backend;
    private KMeans kMeans;
    private Object last;
    private Path file;

    /** Starts Spark, makes the data and the library's cached input. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        for (String name : new String[] {"org.apache.spark", "org.sparkproject", "org.apache.hadoop", "io.netty"}) {
            Logger log = Logger.getLogger(name);
            log.setLevel(java.util.logging.Level.WARNING);
            QUIET.add(log);
        }
        long t0 = System.nanoTime();
        SparkConf conf = new SparkConf().setMaster(MASTER).setAppName("kmeans4j SparkFitBenchmark")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1");
        session = SparkSession.builder().config(conf).getOrCreate();
        JavaSparkContext spark = JavaSparkContext.fromSparkContext(session.sparkContext());

        BenchmarkData.Shape parsed = BenchmarkData.Shape.parse(shape);
        k = parsed.k();
        d = parsed.d();
        rows = BenchmarkData.gaussianBlobs(parsed);
        start = BenchmarkData.firstRows(rows, k);
        // Not parallelize(rows): each partition of a parallelized collection holds its rows, and
        // every task on an RDD derived from it ships them again (a quarter of the data per task,
        // serialized, on every pass, cached or not). The rows go through a file instead, as input
        // would on a cluster: partitions are then file splits, a few bytes each.
        try {
            file = Files.createTempFile("kmeans4j-spark-bench-", ".f64");
            BenchmarkData.write(rows, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long recordBytes = (long) d * Double.BYTES;
        long bytes = recordBytes * parsed.n();
        // Splits of ceil(n / partitions) rows: exactly `partitions` of them, in row order.
        long rowsPerSplit = (parsed.n() + partitions - 1) / partitions;
        spark.hadoopConfiguration().setLong("mapreduce.input.fileinputformat.split.minsize", rowsPerSplit * recordBytes);
        spark.hadoopConfiguration().setLong("mapreduce.input.fileinputformat.split.maxsize", rowsPerSplit * recordBytes);
        int dim = d;
        input = spark.binaryRecords(file.toString(), (int) recordBytes).map(record -> {
            double[] row = new double[dim];
            ByteBuffer.wrap(record).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(row);
            return row;
        });
        if (input.getNumPartitions() != partitions || bytes != Files.size(file)) {
            throw new IllegalStateException("the input has " + input.getNumPartitions() + " partitions, not " + partitions);
        }
        long t1 = System.nanoTime();

        switch (library) {
            case KMEANS4J, KMEANS4J_PORTABLE -> {
                backend = SparkBackend.builder().rows(input)
                        .kernel(library == Library.KMEANS4J ? Kernel.AUTO : Kernel.PORTABLE).build();
                // KEEP_PREVIOUS: an empty cluster keeps its centroid, as in MLlib. With the default
                // (FARTHEST_POINT) clusters that empty on 2000000x64x256 are repaired and the fit
                // ends elsewhere (inertia 7.604e8 against MLlib's 7.897e8, see README.md).
                kMeans = KMeans.builder().k(k).initializer(Initializer.given(start)).tolerance(0)
                        .stopWhenLabelsStable(false).maxIterations(iterations)
                        .emptyClusterPolicy(EmptyClusterPolicy.KEEP_PREVIOUS).build();
            }
            case MLLIB_ROW -> {
                vectors = input.map(Vectors::dense).persist(StorageLevel.MEMORY_AND_DISK());
                vectors.count();
            }
            case MLLIB_BLOCK -> {
                vectors = input.map(Vectors::dense).persist(StorageLevel.MEMORY_AND_DISK());
                vectors.count();
                long maxMemUsage = (long) Math.ceil(InstanceBlock.DefaultBlockSizeInMB() * 1024L * 1024L);
                JavaRDD<Instance> instances = vectors.map(v -> {
                    org.apache.spark.ml.linalg.Vector features = v.asML();
                    double[] values = features.toArray();
                    double squaredNorm = 0;
                    for (double x : values) {
                        squaredNorm += x * x;
                    }
                    return new Instance(squaredNorm, 1.0, features);
                });
                blocks = InstanceBlock.blokifyWithMaxMemUsage(instances.rdd(), maxMemUsage).toJavaRDD()
                        .persist(StorageLevel.MEMORY_AND_DISK());
                blocks.count();
            }
        }
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "# SparkFitBenchmark setup: library=%s shape=%s iterations=%d partitions=%d"
                        + " master=%s data=%.1fs input=%.1fs%s%n", library, parsed, iterations, partitions, MASTER,
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, backend == null ? "" : " " + backend);
    }

    /**
     * One whole fit from the first k rows.
     *
     * @return the library's result
     */
    @Benchmark
    public Object fit() {
        Object result = switch (library) {
            case KMEANS4J, KMEANS4J_PORTABLE -> kMeans.fit(backend, null);
            case MLLIB_ROW -> mllibRow();
            case MLLIB_BLOCK -> mllibBlock(JavaSparkContext.fromSparkContext(session.sparkContext()), blocks, start,
                    k, d, iterations);
        };
        last = result;
        return result;
    }

    private KMeansModel mllibRow() {
        Vector[] initial = new Vector[k];
        for (int c = 0; c < k; c++) {
            initial[c] = Vectors.dense(start[c].clone());
        }
        return new org.apache.spark.mllib.clustering.KMeans().setK(k).setMaxIterations(iterations).setEpsilon(0.0)
                .setInitialModel(new KMeansModel(initial)).run(vectors.rdd());
    }

    /** What the block solver's loop returns: the final centres and the iterations it did. */
    record BlockOutcome(double[][] centres, int iterations, double lastCost) {
    }

    /**
     * The loop of {@code ml.clustering.KMeans.trainWithBlock} (Spark 4.2.0), Euclidean distance,
     * weight 1, from {@code start}: one Spark job per iteration.
     */
    static BlockOutcome mllibBlock(JavaSparkContext spark, JavaRDD<InstanceBlock> blocks, double[][] start, int k,
                                   int d, int maxIterations) {
        double[][] centres = new double[k][];
        for (int c = 0; c < k; c++) {
            centres[c] = start[c].clone();
        }
        int iteration = 0;
        boolean converged = false;
        double cost = Double.NaN;
        while (iteration < maxIterations && !converged) {
            double[] rowMajor = new double[k * d];
            for (int c = 0; c < k; c++) {
                System.arraycopy(centres[c], 0, rowMajor, c * d, d);
            }
            // As DenseMatrix.fromVectors: k x d, values row by row (transposed layout).
            Broadcast<DenseMatrix> centreMatrix = spark.broadcast(new DenseMatrix(k, d, rowMajor, true));
            DoubleAccumulator costSum = spark.sc().doubleAccumulator();
            Map<Integer, double[]> updated = blocks.mapPartitionsToPair(it -> {
                List<Tuple2<Integer, Tuple2<Double, double[]>>> out = new ArrayList<>();
                if (it.hasNext()) {
                    KMeansAggregator aggregator = new KMeansAggregator(centreMatrix.value(), k, d, "euclidean");
                    while (it.hasNext()) {
                        aggregator.add(it.next());
                    }
                    costSum.add(aggregator.costSum());
                    double[] weightSums = aggregator.weightSumVec().values();
                    double[] sums = aggregator.sumMat().values();   // k x d, column-major
                    for (int c = 0; c < k; c++) {
                        if (weightSums[c] > 0) {
                            double[] sum = new double[d];
                            for (int j = 0; j < d; j++) {
                                sum[j] = sums[c + j * k];
                            }
                            out.add(new Tuple2<>(c, new Tuple2<>(weightSums[c], sum)));
                        }
                    }
                }
                return out.iterator();
            }).reduceByKey((a, b) -> {
                double[] sum = a._2();
                double[] more = b._2();
                for (int j = 0; j < sum.length; j++) {
                    sum[j] += more[j];
                }
                return new Tuple2<>(a._1() + b._1(), sum);
            }).mapValues(ws -> {
                double[] centre = ws._2();
                double scale = 1.0 / ws._1();
                for (int j = 0; j < centre.length; j++) {
                    centre[j] *= scale;
                }
                return centre;
            }).collectAsMap();
            centreMatrix.destroy();

            converged = true;
            for (Map.Entry<Integer, double[]> e : updated.entrySet()) {
                double[] old = centres[e.getKey()];
                double[] now = e.getValue();
                double s = 0;
                for (int j = 0; j < d; j++) {
                    double diff = old[j] - now[j];
                    s += diff * diff;
                }
                if (converged && Math.sqrt(s) > 0.0) {
                    converged = false;
                }
                centres[e.getKey()] = now;
            }
            cost = costSum.value();
            iteration++;
        }
        return new BlockOutcome(centres, iteration, cost);
    }

    /** Checks and prints what the last fit did, then releases the cached data and stops Spark. */
    @TearDown(Level.Trial)
    public void tearDown() {
        try {
            double[][] centroids;
            int done;
            double own;
            String extra = "";
            switch (library) {
                case KMEANS4J, KMEANS4J_PORTABLE -> {
                    KMeansResult result = (KMeansResult) last;
                    centroids = result.centroids();
                    done = result.iterations();
                    own = result.inertia();
                }
                case MLLIB_ROW -> {
                    KMeansModel model = (KMeansModel) last;
                    centroids = centres(model);
                    done = model.numIter();
                    own = model.computeCost(vectors.rdd());
                    extra = String.format(Locale.ROOT, " trainingCost=%.15e", model.trainingCost());
                }
                case MLLIB_BLOCK -> {
                    BlockOutcome outcome = (BlockOutcome) last;
                    centroids = outcome.centres();
                    done = outcome.iterations();
                    Vector[] vs = new Vector[k];
                    for (int c = 0; c < k; c++) {
                        vs[c] = Vectors.dense(centroids[c]);
                    }
                    own = new KMeansModel(vs).computeCost(vectors.rdd());
                    extra = String.format(Locale.ROOT, " trainingCost=%.15e", outcome.lastCost());
                }
                default -> throw new IllegalStateException();
            }
            System.out.printf(Locale.ROOT, "%n# SparkFitBenchmark result: library=%s shape=%s iterations=%d"
                            + " inertia=%.15e exactInertia=%.15e%s%n", library, shape, done, own,
                    exactInertia(rows, centroids), extra);
            if (done != iterations) {
                throw new IllegalStateException(library + " did " + done + " iterations, not " + iterations);
            }
        } finally {
            if (backend != null) {
                backend.close();
            }
            if (blocks != null) {
                blocks.unpersist(false);
            }
            if (vectors != null) {
                vectors.unpersist(false);
            }
            session.stop();
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static double[][] centres(KMeansModel model) {
        Vector[] vs = model.clusterCenters();
        double[][] out = new double[vs.length][];
        for (int c = 0; c < vs.length; c++) {
            out[c] = vs[c].toArray();
        }
        return out;
    }

    /**
     * Sum over the rows of the exact squared distance to the nearest centroid, in chunks of rows
     * added in a fixed order (the chunks themselves on the common pool).
     */
    static double exactInertia(double[][] rows, double[][] centroids) {
        int chunk = 1 << 14;
        int chunks = (rows.length + chunk - 1) / chunk;
        double[] sums = new double[chunks];
        IntStream.range(0, chunks).parallel().forEach(b -> {
            double[][] one = Arrays.copyOfRange(rows, b * chunk, Math.min(rows.length, (b + 1) * chunk));
            sums[b] = PeerFitBenchmark.inertia(one, centroids);
        });
        double total = 0;
        for (double s : sums) {
            total += s;
        }
        return total;
    }
}
