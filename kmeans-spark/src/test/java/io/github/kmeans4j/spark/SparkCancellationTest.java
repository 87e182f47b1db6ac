package io.github.kmeans4j.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kmeans4j.CancellationToken;
import io.github.kmeans4j.Initializer;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.KMeansResult;
import io.github.kmeans4j.StopReason;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Cancelling a fit on Spark while a job runs: through the caller's job group, or through the
 * fit's token (a watcher cancels the jobs), the fit ends CANCELLED with its latest completed
 * assignment, or, when nothing was assigned yet, throws CancellationException.
 */
class SparkCancellationTest {
    private SparkListener listener;

    /** Calls {@code onJob} with the count of jobs started so far in {@code group}, on Spark's listener thread. */
    private void onJobsOf(JavaSparkContext spark, String group, IntConsumer onJob) {
        AtomicInteger jobs = new AtomicInteger();
        listener = new SparkListener() {
            @Override
            public void onJobStart(SparkListenerJobStart start) {
                if (group.equals(start.properties().getProperty("spark.jobGroup.id"))) {
                    onJob.accept(jobs.incrementAndGet());
                }
            }
        };
        spark.sc().addSparkListener(listener);
    }

    @AfterEach
    void removeListener() {
        JavaSparkContext spark = TestSpark.context("local[2]");
        if (listener != null) {
            spark.sc().removeSparkListener(listener);
        }
        spark.clearJobGroup();
    }

    private static SparkBackend backend(JavaSparkContext spark) {
        double[][] rows = SparkBackendTest.blobs(41, 60_000, 8, 16);
        return SparkBackend.builder().rows(spark.parallelize(Arrays.asList(rows), 4)).sampleSize(2000).build();
    }

    @Test
    void callersJobGroupCancelledDuringTheSecondPass_endsCancelledWithTheFirstAssignment() {
        JavaSparkContext spark = TestSpark.context("local[2]");
        try (SparkBackend backend = backend(spark)) {
            spark.setJobGroup("a-users-group", "the user's fit", true);
            onJobsOf(spark, "a-users-group", job -> {
                if (job >= 2) {   // every job from the second pass on is cancelled as it starts
                    spark.cancelJobGroup("a-users-group");
                }
            });
            KMeansResult r = KMeans.builder().k(16).seed(3).tolerance(0).maxIterations(50).build().fit(backend, null);
            assertThat(r.stopReason()).isEqualTo(StopReason.CANCELLED);
            assertThat(r.cancelled()).isTrue();
            assertThat(r.iterations()).isZero();   // the first assignment is reported, before any update
            double[][] c = r.centroids();
            double[] x = backend.sample().toRowMajorArray();
            for (int i = 0; i < backend.sample().n(); i++) {
                assertThat(r.labels()[i]).isEqualTo(SparkBackendTest.nearest(Arrays.copyOfRange(x, i * 8, i * 8 + 8), c));
            }
        }
    }

    @Test
    void tokenCancelledWhileAPassRuns_theWatcherCancelsItsJobs() {
        JavaSparkContext spark = TestSpark.context("local[2]");
        try (SparkBackend backend = backend(spark)) {
            spark.setJobGroup("watched", "a fit with a token", true);
            CancellationToken token = new CancellationToken();
            onJobsOf(spark, "watched", job -> {
                if (job == 3) {
                    token.cancel();
                }
            });
            KMeansResult r = KMeans.builder().k(16).seed(3).tolerance(0).maxIterations(50).build().fit(backend, token);
            assertThat(r.stopReason()).isEqualTo(StopReason.CANCELLED);
            assertThat(r.iterations()).isLessThanOrEqualTo(3);
        }
    }

    @Test
    void cancelledDuringKMeansParallelsRounds_throwsCancellation() {
        JavaSparkContext spark = TestSpark.context("local[2]");
        try (SparkBackend backend = backend(spark)) {
            spark.setJobGroup("seeding", "k-means‖ rounds", true);
            onJobsOf(spark, "seeding", job -> spark.cancelJobGroup("seeding"));
            assertThatThrownBy(() -> KMeans.builder().k(16).seed(3).initializer(Initializer.kMeansParallel()).build()
                    .fit(backend, null))
                    .isInstanceOf(CancellationException.class)
                    .hasMessage("the fit was cancelled while seeding (restart 0), before any assignment to report");
        }
    }
}
