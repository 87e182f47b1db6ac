package io.github.kmeans4j.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The data every benchmark in this module clusters, so that {@link FitBenchmark} and
 * {@link PeerFitBenchmark} (and the scikit-learn timing in {@code benchmarks/quick.sh}) measure
 * exactly the same points.
 *
 * <p>Gaussian blobs drawn from a {@link SplittableRandom} with the fixed seed {@link #SEED}:
 * first {@code k} centres uniform in [-10, 10)<sup>d</sup>, then each row drawn around a centre
 * picked at random, with unit variance in every coordinate. The first {@code k} rows are the
 * initial centroids of every benchmark that can be given them: random members of random blobs,
 * several from some blobs and none from others, so Lloyd's algorithm has work to do for many
 * iterations (with one row from each blob it would converge in one or two).
 *
 * <p>Run as a program, it writes data sets to files for tools outside the JVM, one pair of
 * arguments per data set:
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.kmeans4j.benchmarks.BenchmarkData 100000x2x8 blobs.f64
 * </pre>
 * Each file holds the {@code n * d} values row-major as little-endian IEEE 754 doubles and nothing
 * else (numpy: {@code np.fromfile(path, dtype="<f8").reshape(n, d)}).
 */
public final class BenchmarkData {

    /** Seed of the generator; fixed so that every run measures the same data. */
    public static final long SEED = 20_261_123L;

    private BenchmarkData() {
    }

    /**
     * A problem shape: rows, dimensions, clusters.
     *
     * @param n number of rows
     * @param d number of dimensions
     * @param k number of clusters
     */
    public record Shape(int n, int d, int k) {

        /** Checks {@code n >= k >= 1} and {@code d >= 1}. */
        public Shape {
            if (n < k || d < 1 || k < 1) {
                throw new IllegalArgumentException("need n >= k >= 1 and d >= 1, got " + n + "x" + d + "x" + k);
            }
        }

        /**
         * Parses {@code "nxdxk"} or {@code "n,d,k"} (JMH splits {@code -p} values at commas, so the
         * command line needs the {@code x} form).
         *
         * @throws IllegalArgumentException if the text is not three positive integers so separated
         */
        public static Shape parse(String text) {
            String[] parts = text.split("[,x]");
            if (parts.length != 3) {
                throw new IllegalArgumentException("shape must be \"nxdxk\" or \"n,d,k\", got \"" + text + "\"");
            }
            try {
                return new Shape(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()),
                        Integer.parseInt(parts[2].trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("shape must be \"nxdxk\" or \"n,d,k\", got \"" + text + "\"", e);
            }
        }

        @Override
        public String toString() {
            return n + "x" + d + "x" + k;
        }
    }

    /** The {@code n x d} data set of {@code shape}, as described in the class comment. */
    public static double[][] gaussianBlobs(Shape shape) {
        int n = shape.n();
        int d = shape.d();
        int k = shape.k();
        SplittableRandom random = new SplittableRandom(SEED);
        double[][] centres = new double[k][d];
        for (double[] centre : centres) {
            for (int j = 0; j < d; j++) {
                centre[j] = random.nextDouble(-10.0, 10.0);
            }
        }
        double[][] rows = new double[n][d];
        for (int i = 0; i < n; i++) {
            double[] centre = centres[random.nextInt(k)];
            for (int j = 0; j < d; j++) {
                rows[i][j] = centre[j] + random.nextGaussian();
            }
        }
        return rows;
    }

    /** Copies of the first {@code k} rows: the initial centroids. */
    public static double[][] firstRows(double[][] rows, int k) {
        double[][] first = new double[k][];
        for (int c = 0; c < k; c++) {
            first[c] = Arrays.copyOf(rows[c], rows[c].length);
        }
        return first;
    }

    /**
     * Writes {@code rows} row-major as little-endian doubles, nothing else.
     *
     * @throws IOException if the file cannot be written
     */
    public static void write(double[][] rows, Path file) throws IOException {
        int d = rows.length == 0 ? 0 : rows[0].length;
        int rowsPerChunk = Math.max(1, (1 << 16) / Math.max(1, d));
        ByteBuffer buffer = ByteBuffer.allocate(rowsPerChunk * d * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int start = 0; start < rows.length; start += rowsPerChunk) {
                buffer.clear();
                int end = Math.min(rows.length, start + rowsPerChunk);
                for (int i = start; i < end; i++) {
                    for (double v : rows[i]) {
                        buffer.putDouble(v);
                    }
                }
                out.write(buffer.array(), 0, buffer.position());
            }
        }
    }

    /**
     * Writes data sets to files: {@code BenchmarkData <nxdxk> <file> [<nxdxk> <file> ...]}.
     *
     * @param args pairs of a shape and its output file
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 0 || args.length % 2 != 0) {
            System.err.println("usage: BenchmarkData <nxdxk> <output file> [<nxdxk> <output file> ...]");
            System.exit(2);
        }
        for (int i = 0; i < args.length; i += 2) {
            write(gaussianBlobs(Shape.parse(args[i])), Path.of(args[i + 1]));
        }
    }
}
