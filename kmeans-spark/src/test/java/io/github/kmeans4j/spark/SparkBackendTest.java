package io.github.kmeans4j.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.kmeans4j.Algorithm;
import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.EmptyClusterPolicy;
import io.github.kmeans4j.Initializer;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.KMeansResult;
import io.github.kmeans4j.Kernel;
import io.github.kmeans4j.StopReason;
import io.github.kmeans4j.event.Assigned;
import io.github.kmeans4j.event.EmptyClusterRepaired;
import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.event.Updated;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;

/**
 * A fit on Spark against the same fit in memory: with the sample holding every row, the
 * distributed fit must emit the local fit's events, iteration by iteration, with the same labels
 * and centroids and inertia to a relative 1e-12 (the partitions' sums are added in another order
 * than the local slots'); empty clusters are repaired with the same rows; and a fit is
 * cancellable from a listener.
 */
class SparkBackendTest {

    /** Gaussian blobs around {@code centres} random centres, reproducible from {@code seed}. */
    static double[][] blobs(long seed, int n, int d, int centres) {
        Random random = new Random(seed);
        double[][] c = new double[centres][d];
        for (double[] row : c) {
            for (int m = 0; m < d; m++) {
                row[m] = 6 * random.nextGaussian();
            }
        }
        double[][] rows = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int m = 0; m < d; m++) {
                rows[i][m] = c[i % centres][m] + random.nextGaussian();
            }
        }
        return rows;
    }

    static JavaRDD<double[]> rdd(double[][] rows, int partitions) {
        JavaSparkContext spark = TestSpark.context("local[2]");
        return spark.parallelize(Arrays.asList(rows), partitions);
    }

    private static List<KMeansEvent> fit(Supplier<KMeans.Builder> config, Dataset data,
                                         io.github.kmeans4j.AssignmentBackend backend) {
        List<KMeansEvent> events = new ArrayList<>();
        KMeans kmeans = config.get().listener(events::add).build();
        if (backend == null) {
            kmeans.fit(data);
        } else {
            kmeans.fit(backend, null);
        }
        return events;
    }

    private static void assertClose(double[][] actual, double[][] expected, String what) {
        assertThat(actual.length).as(what).isEqualTo(expected.length);
        for (int j = 0; j < expected.length; j++) {
            for (int m = 0; m < expected[j].length; m++) {
                assertThat(actual[j][m]).as("%s [%d][%d]", what, j, m)
                        .isCloseTo(expected[j][m], within(1e-12 * Math.max(1, Math.abs(expected[j][m]))));
            }
        }
    }

    /** The two streams have the same events in the same order, equal up to the sums' rounding. */
    private static void assertSameRun(List<KMeansEvent> spark, List<KMeansEvent> local) {
        assertThat(spark).extracting(e -> e.getClass().getSimpleName())
                .containsExactlyElementsOf(local.stream().map(e -> e.getClass().getSimpleName()).toList());
        for (int i = 0; i < local.size(); i++) {
            KMeansEvent expected = local.get(i);
            KMeansEvent actual = spark.get(i);
            if (expected instanceof Assigned a) {
                Assigned b = (Assigned) actual;
                assertThat(b.labels()).as("labels of iteration %d", a.iteration()).isEqualTo(a.labels());
                assertThat(b.clusterSizes()).isEqualTo(a.clusterSizes());
                assertThat(b.pointsMoved()).isEqualTo(a.pointsMoved());
                assertThat(b.inertia()).isCloseTo(a.inertia(), within(1e-12 * a.inertia()));
            } else if (expected instanceof Updated u) {
                assertClose(((Updated) actual).centroids(), u.centroids(), "centroids of iteration " + u.iteration());
            } else if (expected instanceof EmptyClusterRepaired r) {
                EmptyClusterRepaired s = (EmptyClusterRepaired) actual;
                assertThat(s.pointIndex()).isEqualTo(r.pointIndex());
                assertThat(s.donorCluster()).isEqualTo(r.donorCluster());
                assertThat(s.centroid()).isEqualTo(r.centroid());
            } else if (!(expected instanceof io.github.kmeans4j.event.RunFinished)) {
                assertThat(actual).isEqualTo(expected);   // RunStarted, SeedChosen, Initialized
            }
        }
    }

    @Test
    void fit_everyRowInTheSample_emitsTheLocalFitsEvents() {
        double[][] rows = blobs(11, 3000, 3, 5);
        Dataset data = Dataset.of(rows);
        Supplier<KMeans.Builder> config = () -> KMeans.builder().k(5).seed(4).restarts(2)
                .algorithm(Algorithm.LLOYD).kernel(Kernel.SCALAR);
        List<KMeansEvent> local = fit(config, data, null);
        try (SparkBackend backend = SparkBackend.builder().rows(rdd(rows, 4)).kernel(Kernel.SCALAR)
                .sampleSize(3000).build()) {
            assertThat(backend.n()).isEqualTo(3000);
            assertThat(backend.partitions()).isEqualTo(4);
            assertSameRun(fit(config, data, backend), local);
        }
    }

    @Test
    void fit_emptyClusters_repairedWithTheLocalFitsRows() {
        double[][] rows = blobs(12, 800, 2, 3);
        Dataset data = Dataset.of(rows);
        double[][] start = {{0, 0}, {1e4, 1e4}, {-1e4, 1e4}, {1, 1}};
        Supplier<KMeans.Builder> config = () -> KMeans.builder().k(4).seed(1).initializer(Initializer.given(start))
                .emptyClusterPolicy(EmptyClusterPolicy.FARTHEST_POINT).kernel(Kernel.SCALAR).algorithm(Algorithm.LLOYD);
        List<KMeansEvent> local = fit(config, data, null);
        assertThat(local).filteredOn(EmptyClusterRepaired.class::isInstance).hasSize(2);
        try (SparkBackend backend = SparkBackend.builder().rows(rdd(rows, 3)).kernel(Kernel.SCALAR)
                .sampleSize(800).build()) {
            assertSameRun(fit(config, data, backend), local);
        }
    }

    @Test
    void fit_aSampleSmallerThanTheData_givesTheSampleLabelsAndTheWholeDatasTotals() {
        double[][] rows = blobs(13, 5000, 2, 4);
        try (SparkBackend backend = SparkBackend.builder().rows(rdd(rows, 5)).kernel(Kernel.SCALAR)
                .sampleSize(500).build()) {
            List<KMeansEvent> events = new ArrayList<>();
            KMeansResult result = KMeans.builder().k(4).seed(2).listener(events::add).build().fit(backend, null);
            assertThat(backend.sample().n()).isEqualTo(500);
            assertThat(result.labels()).hasSize(500);
            List<Assigned> assigned = events.stream().filter(Assigned.class::isInstance).map(Assigned.class::cast).toList();
            assertThat(Arrays.stream(assigned.get(0).clusterSizes()).sum()).isEqualTo(5000);
            // the sample is every tenth row from row 0: its labels are the nearest of the returned centroids
            double[][] c = result.centroids();
            for (int j = 0; j < 500; j++) {
                assertThat(result.labels()[j]).isEqualTo(nearest(rows[j * 10], c));
            }
            // the inertia is the whole data's, from the returned centroids
            assertThat(result.inertia()).isCloseTo(inertia(rows, c), within(1e-9 * result.inertia()));
        }
    }

    @Test
    void fit_cancelledFromAListener_endsCancelled() {
        double[][] rows = blobs(14, 2000, 2, 6);
        try (SparkBackend backend = SparkBackend.builder().rows(rdd(rows, 2)).build()) {
            io.github.kmeans4j.CancellationToken token = new io.github.kmeans4j.CancellationToken();
            KMeansResult result = KMeans.builder().k(6).seed(1).tolerance(0).maxIterations(100)
                    .listener(e -> {
                        if (e instanceof Assigned a && a.iteration() == 2) {
                            token.cancel();
                        }
                    }).build().fit(backend, token);
            assertThat(result.stopReason()).isEqualTo(StopReason.CANCELLED);
            // as in a local fit: the token is seen after the second update, and the closing pass
            // labels those centroids (cancelling the job group instead stops at once:
            // SparkCancellationTest)
            assertThat(result.iterations()).isEqualTo(2);
        }
    }

    static int nearest(double[] x, double[][] c) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int j = 0; j < c.length; j++) {
            double s = 0;
            for (int m = 0; m < x.length; m++) {
                s += (x[m] - c[j][m]) * (x[m] - c[j][m]);
            }
            if (s < bestDistance) {
                bestDistance = s;
                best = j;
            }
        }
        return best;
    }

    static double inertia(double[][] rows, double[][] c) {
        double total = 0;
        for (double[] x : rows) {
            int j = nearest(x, c);
            for (int m = 0; m < x.length; m++) {
                total += (x[m] - c[j][m]) * (x[m] - c[j][m]);
            }
        }
        return total;
    }

    /**
     * k-means‖ with its rounds as Spark jobs picks the seeds of the core's reference backend,
     * which makes the same passes as plain loops over the same parts: the same candidates, the
     * same weights, the same k-means++ draws among them, so the same events throughout.
     */
    @Test
    void kMeansParallel_roundsAsJobs_seedLikeTheReferenceOverTheSameParts() {
        double[][] rows = blobs(15, 4000, 3, 8);
        double[] weights = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            weights[i] = 0.5 + (i % 3) * 0.75;
        }
        Dataset data = Dataset.of(rows).withWeights(weights);
        Supplier<KMeans.Builder> config = () -> KMeans.builder().k(8).seed(21).restarts(2)
                .initializer(Initializer.kMeansParallel()).algorithm(Algorithm.LLOYD).kernel(Kernel.SCALAR);
        List<KMeansEvent> reference = fit(config, data,
                new io.github.kmeans4j.PartsBackend(data, 4, Kernel.SCALAR).seedingFromAllRows());

        // the rows in 4 partitions cut as the reference cuts them (parallelize slices evenly, in order)
        List<org.apache.spark.sql.Row> list = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            list.add(org.apache.spark.sql.RowFactory.create(org.apache.spark.ml.linalg.Vectors.dense(rows[i]),
                    weights[i]));
        }
        org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> frame = TestSpark.session("local[2]").createDataFrame(
                TestSpark.context("local[2]").parallelize(list, 4),
                new org.apache.spark.sql.types.StructType().add("features", new org.apache.spark.ml.linalg.VectorUDT())
                        .add("w", org.apache.spark.sql.types.DataTypes.DoubleType));
        try (SparkBackend backend = SparkBackend.builder().dataFrame(frame, "features", "w").kernel(Kernel.SCALAR)
                .sampleSize(4000).build()) {
            assertThat(backend.partitions()).isEqualTo(4);
            List<KMeansEvent> spark = fit(config, data, backend);
            List<KMeansEvent> seeds = spark.stream().filter(io.github.kmeans4j.event.SeedChosen.class::isInstance).toList();
            assertThat(seeds).hasSize(16).isEqualTo(reference.stream()
                    .filter(io.github.kmeans4j.event.SeedChosen.class::isInstance).toList());
            assertSameRun(spark, reference);
        }
    }
}
