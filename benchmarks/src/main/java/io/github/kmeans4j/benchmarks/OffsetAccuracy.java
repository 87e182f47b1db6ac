package io.github.kmeans4j.benchmarks;

import io.github.kmeans4j.Algorithm;
import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.Initializer;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.KMeansResult;
import io.github.kmeans4j.Kernel;
import io.github.kmeans4j.internal.DistanceKernel;
import io.github.kmeans4j.internal.Kernels;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * How the fast kernels label data far from the origin, against the exact scalar kernel: issue
 * 12's table. Not a timing: a printed table of counts.
 *
 * <p>Data: 20 000 points in 4 Gaussian blobs (σ = 1) whose centres lie 2 apart along each axis
 * of the plane, every coordinate moved by an offset (10⁷ and 10⁸ in double, 10⁴ stored as float);
 * k = 4, Lloyd from the same 4 initial centroids (the first point of each blob), one thread.
 * Columns:
 * <ul>
 *   <li><b>fit: labels differing</b>: final labels of the portable / vector fit that differ from
 *       the scalar fit's;</li>
 *   <li><b>fit: inertia</b>: scalar → portable / vector;</li>
 *   <li><b>pass: differing / beyond the bound</b>: one assignment of every point to the scalar
 *       fit's final centroids by each fast kernel: labels that differ from the scalar kernel's,
 *       and of those, how many are farther than the documented bound
 *       {@code 16·(d + 3)·u·(3·H² + max‖c − m‖²)} from the nearest centroid.</li>
 * </ul>
 * Run, with the Vector API module so that both fast kernels are measured:
 * <pre>
 * ./mvnw -B -ntp -q -pl benchmarks -am -DskipTests package
 * java --add-modules jdk.incubator.vector -cp benchmarks/target/benchmarks.jar io.github.kmeans4j.benchmarks.OffsetAccuracy
 * </pre>
 */
public final class OffsetAccuracy {
    private static final int N = 20_000;
    private static final int D = 2;
    private static final int K = 4;

    private OffsetAccuracy() {
    }

    /**
     * Prints the table.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println("| data | offset | fit: labels differing (portable / vector) | fit: inertia, scalar -> portable / vector "
                + "| pass: differing (portable / vector) | pass: beyond the bound (portable / vector) |");
        System.out.println("|---|---|---|---|---|---|");
        row(false, 1e7);
        row(false, 1e8);
        row(true, 1e4);
    }

    private static void row(boolean floats, double offset) {
        double[][] rows = blobs(offset);
        Dataset data = floats ? Dataset.of(rows).toFloats() : Dataset.of(rows);
        double[][] start = new double[K][];
        for (int j = 0; j < K; j++) {
            start[j] = data.row(j);
        }
        KMeansResult scalar = fit(data, start, Kernel.SCALAR);
        KMeansResult portable = fit(data, start, Kernel.PORTABLE);
        KMeansResult vector = Kernels.vectorAvailable() ? fit(data, start, Kernel.VECTOR) : null;
        int[] reference = pass(data, scalar, "scalar");
        double bound = bound(data, scalar.centroids(), floats ? 0x1p-24 : 0x1p-53);
        int[] passPortable = compare(data, scalar, reference, pass(data, scalar, "portable"), bound);
        int[] passVector = vector == null ? null : compare(data, scalar, reference, pass(data, scalar, "vector"), bound);
        System.out.printf(Locale.ROOT, "| %s | %.0e | %d / %s | %.1f -> %s / %s | %d / %s | %d / %s |%n",
                floats ? "float" : "double", offset,
                differing(scalar.labels(), portable.labels()),
                vector == null ? "–" : Integer.toString(differing(scalar.labels(), vector.labels())),
                scalar.inertia(), inertia(portable, scalar), vector == null ? "–" : inertia(vector, scalar),
                passPortable[0], passVector == null ? "–" : Integer.toString(passVector[0]),
                passPortable[1], passVector == null ? "–" : Integer.toString(passVector[1]));
    }

    /** The fit's inertia, followed by "(same bits)" when it equals the scalar fit's exactly. */
    private static String inertia(KMeansResult fit, KMeansResult scalar) {
        return String.format(Locale.ROOT, "%.1f", fit.inertia())
                + (fit.inertia() == scalar.inertia() ? " (same bits)" : "");
    }

    private static double[][] blobs(double offset) {
        SplittableRandom random = new SplittableRandom(12);
        double[][] rows = new double[N][D];
        for (int i = 0; i < N; i++) {
            int blob = i % K;
            for (int m = 0; m < D; m++) {
                double u = 1 - random.nextDouble();
                double gaussian = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
                rows[i][m] = offset + 2 * ((blob >> m) & 1) + gaussian;
            }
        }
        return rows;
    }

    private static KMeansResult fit(Dataset data, double[][] start, Kernel kernel) {
        return KMeans.builder().k(K).seed(1).threads(1).algorithm(Algorithm.LLOYD).kernel(kernel)
                .initializer(Initializer.given(start)).build().fit(data);
    }

    /** Every point's label by the named kernel against the result's centroids. */
    private static int[] pass(Dataset data, KMeansResult result, String kernelName) {
        DistanceKernel kernel = Kernels.byName(kernelName);
        double[] x = data.toRowMajorArray();
        DistanceKernel.Points points;
        if (data.precision() == Dataset.Precision.FLOAT) {
            float[] xf = new float[x.length];
            for (int i = 0; i < x.length; i++) {
                xf[i] = (float) x[i];
            }
            points = kernel.points(xf, N, D);
        } else {
            points = kernel.points(x, N, D);
        }
        double[] c = new double[K * D];
        for (int j = 0; j < K; j++) {
            System.arraycopy(result.centroids()[j], 0, c, j * D, D);
        }
        int[] labels = new int[N];
        kernel.nearest(points, kernel.centroids(points, c, K), 0, N, labels);
        return labels;
    }

    /** {differing labels, differing labels farther than the bound from the nearest centroid}. */
    private static int[] compare(Dataset data, KMeansResult result, int[] reference, int[] labels, double bound) {
        double[][] c = result.centroids();
        int differing = 0;
        int beyond = 0;
        for (int i = 0; i < N; i++) {
            if (labels[i] != reference[i]) {
                differing++;
                double[] x = data.row(i);
                if (squared(x, c[labels[i]]) - squared(x, c[reference[i]]) > bound) {
                    beyond++;
                }
            }
        }
        return new int[] {differing, beyond};
    }

    private static double bound(Dataset data, double[][] c, double u) {
        double[] min = data.row(0);
        double[] max = data.row(0);
        for (int i = 1; i < N; i++) {
            double[] x = data.row(i);
            for (int m = 0; m < D; m++) {
                min[m] = Math.min(min[m], x[m]);
                max[m] = Math.max(max[m], x[m]);
            }
        }
        double[] centre = new double[D];
        double halfDiagonal = 0;
        for (int m = 0; m < D; m++) {
            centre[m] = (min[m] + max[m]) / 2;
            halfDiagonal += (max[m] - min[m]) / 2 * ((max[m] - min[m]) / 2);
        }
        double maxCentroid = 0;
        for (double[] centroid : c) {
            maxCentroid = Math.max(maxCentroid, squared(centroid, centre));
        }
        return 16 * (D + 3) * u * (3 * halfDiagonal + maxCentroid);
    }

    private static int differing(int[] a, int[] b) {
        int count = 0;
        for (int i = 0; i < a.length; i++) {
            count += a[i] != b[i] ? 1 : 0;
        }
        return count;
    }

    private static double squared(double[] a, double[] b) {
        double s = 0;
        for (int m = 0; m < a.length; m++) {
            double diff = a[m] - b[m];
            s += diff * diff;
        }
        return s;
    }
}
