package io.github.kmeans4j.benchmarks;

import io.github.kmeans4j.internal.DistanceKernel;
import io.github.kmeans4j.internal.Kernels;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time of one assignment pass of a distance kernel, single-threaded: the centroids prepared
 * ({@code centroids(...)}) and every point labelled ({@code nearest(...)} over consecutive
 * blocks of about 32768 values, as {@code AssignmentPass} calls it). The points are prepared
 * once per trial, outside the measurement.
 *
 * <p>Two benchmark methods:
 * <ul>
 *   <li>{@link #kernel}: the library's kernels, {@code kernel} = {@code scalar}, {@code portable},
 *       {@code vector} × {@code precision} = {@code double}, {@code float} (float: the data are
 *       stored as float and the portable and vector kernels compute in float; the scalar kernel
 *       widens to double);</li>
 *   <li>{@link #ejml}: {@link EjmlKernel}, scores {@code ‖c‖² − 2·X·Cᵀ} from EJML's
 *       {@code CommonOps_DDRM.multTransB} per block, then an argmin; <b>double only</b> (the
 *       project pins {@code ejml-ddense}, there is no float variant).</li>
 * </ul>
 * Each runs on the shapes {@code shape} = {@code n,d,k}. The data are Gaussian blobs from a
 * fixed seed ({@code k} centres uniform in [-10, 10]<sup>d</sup>, row {@code i} around centre
 * {@code i mod k} with unit variance); the centroids are the first {@code k} rows.
 *
 * <p><b>GFLOP/s.</b> A pass does {@code n·k·d} multiply-adds, counted as
 * {@code 2·n·k·d} floating-point operations, so
 * {@code GFLOP/s = 2·n·k·d / (time per pass in seconds) / 10⁹}
 * {@code = 2·n·k·d / (score in ms) / 10⁶}; for example (500000,16,64) does 1.024·10⁹ operations
 * per pass, so 20 ms per pass is 51.2 GFLOP/s. The centroid preparation is inside the timed
 * pass but costs only O(k·d).
 *
 * <p>After each trial the last configuration is checked once, untimed, with the JIT-compiled
 * kernel: every label of the first blocks must be within the contract's error bound of the
 * nearest centroid; a violation fails the benchmark.
 *
 * <p>The forked JVM gets {@code --add-modules jdk.incubator.vector} (see {@link Fork}), so the
 * vector kernel is available. Build, then run from the repository root:
 * <pre>
 * ./mvnw -B -ntp -q -pl benchmarks -am -DskipTests package
 * java -jar benchmarks/target/benchmarks.jar KernelBenchmark
 * </pre>
 * Restrict with {@code -p}; JMH splits {@code -p} values at commas, so on the command line the
 * numbers of a shape are separated by {@code x}:
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar KernelBenchmark -p shape=500000x16x64,200000x64x256
 * java -jar benchmarks/target/benchmarks.jar 'KernelBenchmark.kernel' -p kernel=vector -p precision=float
 * java -jar benchmarks/target/benchmarks.jar KernelBenchmark -p shape=500000x16x64 -wi 2 -w 1 -i 5 -r 1 -f 1
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
public class KernelBenchmark {

    /** Seed of the data generator; fixed so that every run measures the same data. */
    private static final long DATA_SEED = 20_261_123L;

    /** Parameters and prepared data of one library kernel. */
    @State(Scope.Benchmark)
    public static class KernelPass {
        /** {@code scalar}, {@code portable} or {@code vector}. */
        @Param({"scalar", "portable", "vector"})
        public String kernel;

        /** {@code double} or {@code float}: how the points are stored and, but for scalar, computed. */
        @Param({"double", "float"})
        public String precision;

        /** {@code n,d,k} (or {@code nxdxk}). */
        @Param({"1000000,1,5", "100000,2,8", "500000,16,64", "200000,64,256", "60000,784,10"})
        public String shape;

        Pass pass;

        /** Generates the data and prepares the points for the kernel. */
        @Setup(Level.Trial)
        public void setUp() {
            boolean isFloat;
            switch (precision) {
                case "double":
                    isFloat = false;
                    break;
                case "float":
                    isFloat = true;
                    break;
                default:
                    throw new IllegalArgumentException("precision must be double or float, got \"" + precision + "\"");
            }
            pass = new Pass(Kernels.byName(kernel), isFloat, shape);
        }

        /** Checks the labels of the JIT-compiled kernel against the error bound. */
        @TearDown(Level.Trial)
        public void check() {
            pass.check();
        }
    }

    /** Parameters and prepared data of the EJML kernel (double only). */
    @State(Scope.Benchmark)
    public static class EjmlPass {
        /** {@code n,d,k} (or {@code nxdxk}). */
        @Param({"1000000,1,5", "100000,2,8", "500000,16,64", "200000,64,256", "60000,784,10"})
        public String shape;

        Pass pass;

        /** Generates the data and prepares the EJML blocks. */
        @Setup(Level.Trial)
        public void setUp() {
            pass = new Pass(EjmlKernel.INSTANCE, false, shape);
        }

        /** Checks the labels against the error bound. */
        @TearDown(Level.Trial)
        public void check() {
            pass.check();
        }
    }

    /**
     * One assignment pass of a library kernel.
     *
     * @return a label, so that the work cannot be discarded
     */
    @Benchmark
    public int kernel(KernelPass state) {
        return state.pass.run();
    }

    /**
     * One assignment pass of the EJML matrix-product kernel (double).
     *
     * @return a label, so that the work cannot be discarded
     */
    @Benchmark
    public int ejml(EjmlPass state) {
        return state.pass.run();
    }

    /** The data of one trial and the pass over them. */
    static final class Pass {
        final DistanceKernel kernel;
        final boolean isFloat;
        final int n;
        final int d;
        final int k;
        final int block;
        final double[] x;
        final double[] centroids;
        final DistanceKernel.Points points;
        final int[] labels;

        Pass(DistanceKernel kernel, boolean isFloat, String shape) {
            String[] parts = shape.split("[,x]");
            if (parts.length != 3) {
                throw new IllegalArgumentException("shape must be \"n,d,k\" or \"nxdxk\", got \"" + shape + "\"");
            }
            this.kernel = kernel;
            this.isFloat = isFloat;
            n = Integer.parseInt(parts[0].trim());
            d = Integer.parseInt(parts[1].trim());
            k = Integer.parseInt(parts[2].trim());
            if (n < k || d < 1 || k < 1) {
                throw new IllegalArgumentException("need n >= k >= 1 and d >= 1, got \"" + shape + "\"");
            }
            x = gaussianBlobs(n, d, k, new SplittableRandom(DATA_SEED));
            if (isFloat) {
                float[] xf = new float[x.length];
                for (int i = 0; i < x.length; i++) {
                    xf[i] = (float) x[i];
                    x[i] = xf[i];   // the checks use the data as the kernel sees them
                }
                points = kernel.points(xf, n, d);
            } else {
                points = kernel.points(x, n, d);
            }
            centroids = new double[k * d];
            System.arraycopy(x, 0, centroids, 0, k * d);
            block = Math.max(64, (1 << 15) / d / 64 * 64);
            labels = new int[block];
        }

        int run() {
            DistanceKernel.Centroids prepared = kernel.centroids(points, centroids, k);
            int sum = 0;
            for (int from = 0; from < n; from += block) {
                int to = Math.min(n, from + block);
                kernel.nearest(points, prepared, from, to, labels);
                sum += labels[to - from - 1];
            }
            return sum;
        }

        /**
         * Every label of the first blocks within {@code 8·(d + 3)·u·(‖x − r‖² + max‖c − r‖²)} of
         * the nearest, r being 0 or the centre m of the data's bounding box (the larger of the two
         * is allowed: the check does not know which reference point a kernel took).
         */
        void check() {
            double u = isFloat ? 0x1p-24 : 0x1p-53;
            double[] centre = new double[d];
            for (int m = 0; m < d; m++) {
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    min = Math.min(min, x[i * d + m]);
                    max = Math.max(max, x[i * d + m]);
                }
                centre[m] = (min + max) / 2;
            }
            double maxNorm = 0;
            double maxCentred = 0;
            for (int j = 0; j < k; j++) {
                maxNorm = Math.max(maxNorm, dot(centroids, j * d, centroids, j * d));
                maxCentred = Math.max(maxCentred, squaredDistance(centroids, j * d, centre));
            }
            DistanceKernel.Centroids prepared = kernel.centroids(points, centroids, k);
            for (int from = 0; from < Math.min(n, 4 * block); from += block) {
                int to = Math.min(n, from + block);
                kernel.nearest(points, prepared, from, to, labels);
                for (int i = from; i < to; i++) {
                    double min = Double.POSITIVE_INFINITY;
                    for (int j = 0; j < k; j++) {
                        min = Math.min(min, distance(i, j));
                    }
                    int label = labels[i - from];
                    double bound = 8 * (d + 3) * u * Math.max(dot(x, i * d, x, i * d) + maxNorm,
                            squaredDistance(x, i * d, centre) + maxCentred);
                    if (label < 0 || label >= k || !(distance(i, label) - min <= bound)) {
                        throw new IllegalStateException(kernel.name() + ": point " + i + " labelled " + label
                                + ", outside the error bound");
                    }
                }
            }
        }

        private static double squaredDistance(double[] a, int offset, double[] b) {
            double s = 0;
            for (int m = 0; m < b.length; m++) {
                double diff = a[offset + m] - b[m];
                s += diff * diff;
            }
            return s;
        }

        private double distance(int i, int j) {
            double s = 0;
            for (int m = 0; m < d; m++) {
                double diff = x[i * d + m] - centroids[j * d + m];
                s += diff * diff;
            }
            return s;
        }

        private static double dot(double[] a, int ao, double[] b, int bo, int d) {
            double s = 0;
            for (int m = 0; m < d; m++) {
                s += a[ao + m] * b[bo + m];
            }
            return s;
        }

        private double dot(double[] a, int ao, double[] b, int bo) {
            return dot(a, ao, b, bo, d);
        }
    }

    /** Row-major Gaussian blobs: {@code k} centres uniform in [-10, 10]^d, row i around centre i mod k. */
    static double[] gaussianBlobs(int n, int d, int k, SplittableRandom random) {
        double[] centres = new double[k * d];
        for (int i = 0; i < centres.length; i++) {
            centres[i] = random.nextDouble(-10.0, 10.0);
        }
        double[] x = new double[n * d];
        for (int i = 0; i < n; i++) {
            int c = (i % k) * d;
            for (int m = 0; m < d; m++) {
                x[i * d + m] = centres[c + m] + random.nextGaussian();
            }
        }
        return x;
    }
}
