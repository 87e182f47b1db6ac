package io.github.kmeans4j;

import io.github.kmeans4j.recording.RunRecorder;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kmeans4j.internal.KernelBound;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The thread count changes nothing: 1, 2, 3 or 16 threads, or a caller's executor, give
 * bit-identical results and event streams.
 */
class ParallelDeterminismTest {

    /**
     * Gaussian blobs around {@code centres} random centres, large enough to be cut into several
     * slots when n ≥ 2 · MIN_THREAD_POINTS; also used by {@link AcceleratedTraceTest}.
     */
    static Dataset blobs(long seed, int n, int d, int centres, boolean floats) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        double[][] centers = new double[centres][d];
        for (double[] c : centers) {
            for (int m = 0; m < d; m++) {
                c[m] = random.nextDouble(-20, 20);
            }
        }
        double[][] rows = new double[n][d];
        for (int i = 0; i < n; i++) {
            double[] c = centers[random.nextInt(centres)];
            for (int m = 0; m < d; m++) {
                rows[i][m] = c[m] + random.nextGaussian() * 3;
            }
        }
        Dataset data = Dataset.of(rows);
        return floats ? data.toFloats() : data;
    }

    private static byte[] recordingBytes(KMeans kmeans, Dataset data) {
        RunRecorder recorder = new RunRecorder();
        kmeans.toBuilder().listener(recorder).build().fit(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            recorder.recording().save(out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    @Property(tries = 12)
    void fit_anyThreadCount_isBitIdenticalToOneThread(
            @ForAll @IntRange(min = 4096, max = 20_000) int n,
            @ForAll @IntRange(min = 1, max = 9) int d,
            @ForAll @IntRange(min = 1, max = 12) int k,
            @ForAll @IntRange(min = 2, max = 16) int threads,
            @ForAll boolean floats,
            @ForAll long seed) {
        Dataset data = blobs(seed, n, d, 6, floats);
        KMeans one = KMeans.builder().k(k).seed(seed).restarts(2).maxIterations(15).threads(1).build();
        KMeans many = one.toBuilder().threads(threads).build();
        assertThat(many.fit(data)).isEqualTo(one.fit(data));
        assertThat(recordingBytes(many, data)).isEqualTo(recordingBytes(one, data));
    }

    /**
     * The default kernel (the Vector API one in this test JVM) computes ‖c‖² − 2x·c on centred
     * data; every label it gives is within the documented bound 16·(d + 3)·u·(3·H² + max‖c − m‖²)
     * of the exact nearest centroid (m the centre of the data's bounding box, H half its diagonal).
     */
    @Property(tries = 30)
    void fit_defaultKernel_everyLabelWithinTheDocumentedBoundOfTheNearest(
            @ForAll @IntRange(min = 4096, max = 9000) int n,
            @ForAll @IntRange(min = 1, max = 40) int d,
            @ForAll @IntRange(min = 1, max = 20) int k,
            @ForAll boolean floats,
            @ForAll long seed) {
        Dataset data = blobs(seed, n, d, 6, floats);
        KMeansResult result = KMeans.builder().k(k).seed(seed).maxIterations(20).build().fit(data);
        double[][] c = result.centroids();
        double[] x = new double[n * d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(data.row(i), 0, x, i * d, d);
        }
        double[] flat = new double[c.length * d];
        for (int j = 0; j < c.length; j++) {
            System.arraycopy(c[j], 0, flat, j * d, d);
        }
        double u = floats ? Math.scalb(1.0, -24) : Math.scalb(1.0, -53);
        double bound = KernelBound.spread(x, n, d, flat, c.length, u);
        for (int i = 0; i < n; i++) {
            double[] row = data.row(i);
            double best = Double.POSITIVE_INFINITY;
            for (double[] centroid : c) {
                best = Math.min(best, Oracle.distanceSquared(row, centroid));
            }
            assertThat(Oracle.distanceSquared(row, c[result.label(i)])).as("row %d", i)
                    .isLessThanOrEqualTo(best + bound);
        }
    }

    @Test
    void fit_callersExecutor_isUsedAndGivesTheSameResult() throws Exception {
        Dataset data = blobs(3, 40_000, 4, 5, false);
        AtomicInteger tasks = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            KMeans base = KMeans.builder().k(5).seed(9).threads(1).build();
            KMeansResult viaExecutor = base.toBuilder().threads(4).executor(task -> {
                tasks.incrementAndGet();
                pool.execute(task);
            }).build().fit(data);
            assertThat(viaExecutor).isEqualTo(base.fit(data));
            assertThat(tasks.get()).as("helper tasks submitted to the caller's executor").isPositive();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fit_smallData_neverUsesTheExecutor() {
        AtomicInteger tasks = new AtomicInteger();
        KMeans.builder().k(3).seed(1).threads(8).executor(task -> {
            tasks.incrementAndGet();
            task.run();
        }).build().fit(blobs(5, 4095, 2, 3, false));
        assertThat(tasks.get()).isZero();
    }

    @Test
    void fit_floatData_agreesWithTheSameValuesStoredAsDoubles() {
        // Widening floats to doubles is exact, so both fits see the same points; with the exact
        // kernel they take the same steps, and sums are accumulated in double either way.
        Dataset floats = blobs(11, 6000, 5, 4, true);
        Dataset doubles = floats.toDoubles();
        KMeans kmeans = KMeans.builder().k(4).seed(2).kernel(Kernel.SCALAR).build();
        KMeansResult a = kmeans.fit(floats);
        KMeansResult b = kmeans.fit(doubles);
        assertThat(a.labels()).isEqualTo(b.labels());
        assertThat(a.centroids()).isDeepEqualTo(b.centroids());
        assertThat(a.inertia()).isEqualTo(b.inertia());
    }

    @Test
    void threads_belowOne_isRejected() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> KMeans.builder().threads(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threads must be at least 1, was 0");
    }
}
