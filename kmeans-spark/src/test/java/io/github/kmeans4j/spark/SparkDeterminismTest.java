package io.github.kmeans4j.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.kmeans4j.Initializer;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.KMeansResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.mllib.clustering.KMeansModel;
import org.apache.spark.mllib.linalg.Vector;
import org.apache.spark.mllib.linalg.Vectors;
import org.junit.jupiter.api.Test;

/**
 * The same rows in the same partitions give bit-identical fits on one, two and four cores (the
 * partitions' totals are merged on the driver in partition order, whatever order the tasks end
 * in); and the fit agrees with Spark MLlib's own k-means from the same initial centroids.
 */
class SparkDeterminismTest {

    private static KMeansResult fitOn(String master, double[][] rows) {
        JavaSparkContext spark = TestSpark.context(master);
        try (SparkBackend backend = SparkBackend.builder().rows(spark.parallelize(Arrays.asList(rows), 6))
                .sampleSize(300).build()) {
            return KMeans.builder().k(7).seed(5).restarts(2).build().fit(backend, null);
        }
    }

    @Test
    void fit_oneTwoOrFourCores_bitIdentical() {
        double[][] rows = SparkBackendTest.blobs(31, 20_000, 4, 7);
        KMeansResult one = fitOn("local[1]", rows);
        KMeansResult two = fitOn("local[2]", rows);
        KMeansResult four = fitOn("local[4]", rows);
        for (KMeansResult other : List.of(two, four)) {
            assertThat(other.centroids()).isDeepEqualTo(one.centroids());
            assertThat(Double.doubleToRawLongBits(other.inertia())).isEqualTo(Double.doubleToRawLongBits(one.inertia()));
            assertThat(other.labels()).isEqualTo(one.labels());
            assertThat(other.iterations()).isEqualTo(one.iterations());
            assertThat(other.restartSummaries()).isEqualTo(one.restartSummaries());
        }
        TestSpark.context("local[2]");   // leave the shared context as the other tests expect it
    }

    @Test
    void fit_agreesWithMllibFromTheSameInitialCentroids() {
        double[][] rows = SparkBackendTest.blobs(32, 20_000, 5, 6);
        double[][] start = Arrays.copyOf(rows, 6);
        int iterations = 12;
        JavaSparkContext spark = TestSpark.context("local[2]");
        JavaRDD<double[]> rdd = spark.parallelize(Arrays.asList(rows), 4);

        List<Vector> initial = new ArrayList<>();
        for (double[] c : start) {
            initial.add(Vectors.dense(c));
        }
        JavaRDD<Vector> vectors = rdd.map(Vectors::dense).cache();
        KMeansModel mllib = new org.apache.spark.mllib.clustering.KMeans().setK(6).setMaxIterations(iterations)
                .setEpsilon(0).setInitialModel(new KMeansModel(initial.toArray(new Vector[0]))).run(vectors.rdd());
        double mllibCost = mllib.computeCost(vectors.rdd());

        try (SparkBackend backend = SparkBackend.builder().rows(rdd).build()) {
            KMeansResult ours = KMeans.builder().k(6).initializer(Initializer.given(start)).tolerance(0)
                    .stopWhenLabelsStable(false).maxIterations(iterations).build().fit(backend, null);
            assertThat(ours.inertia()).isCloseTo(mllibCost, within(1e-9 * mllibCost));
            Vector[] centres = mllib.clusterCenters();
            double[][] c = ours.centroids();
            for (int j = 0; j < 6; j++) {
                double[] expected = centres[j].toArray();
                for (int m = 0; m < 5; m++) {
                    assertThat(c[j][m]).isCloseTo(expected[m], within(1e-9 * Math.max(1, Math.abs(expected[m]))));
                }
            }
        }
    }

    @Test
    void fit_tasksThatFailOnceAndAreRetried_changeNothing() {
        double[][] rows = SparkBackendTest.blobs(33, 6000, 3, 5);
        KMeansResult clean = fitOn("local[2]", rows);
        // local[2,4]: a failed task is retried up to 3 times; every task's first attempt fails
        JavaSparkContext spark = TestSpark.context("local[2,4]");
        JavaRDD<double[]> flaky = spark.parallelize(Arrays.asList(rows), 6).map(row -> {
            if (org.apache.spark.TaskContext.get().attemptNumber() == 0) {
                throw new IllegalStateException("injected failure of a first attempt");
            }
            return row;
        });
        try (SparkBackend backend = SparkBackend.builder().rows(flaky).sampleSize(300).build()) {
            KMeansResult retried = KMeans.builder().k(7).seed(5).restarts(2).build().fit(backend, null);
            assertThat(retried.centroids()).isDeepEqualTo(clean.centroids());
            assertThat(retried.labels()).isEqualTo(clean.labels());
            assertThat(Double.doubleToRawLongBits(retried.inertia()))
                    .isEqualTo(Double.doubleToRawLongBits(clean.inertia()));
        }
        TestSpark.context("local[2]");
    }
}
