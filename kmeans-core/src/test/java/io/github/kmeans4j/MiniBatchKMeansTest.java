package io.github.kmeans4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.kmeans4j.event.SeedChosen;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Mini-batch k-means: the update rule on hand-checked batches, weights as copies, determinism,
 * partialFit replaying fit's batches, reassignment, stopping, quality against Lloyd on blobs,
 * and bad input.
 */
class MiniBatchKMeansTest {

    /** Gaussian blobs (σ = 1) around {@code k} centres 40 apart in 2-D, {@code perBlob} points each, shuffled. */
    private static Dataset blobs(int k, int perBlob, long seed) {
        Random random = new Random(seed);
        double[][] rows = new double[k * perBlob][];
        for (int i = 0; i < rows.length; i++) {
            int j = i % k;
            rows[i] = new double[] {40.0 * (j % 4) + random.nextGaussian(), 40.0 * (j / 4) + random.nextGaussian()};
        }
        return Dataset.of(rows);
    }

    /** Records every listener call. */
    private static final class Recorder implements MiniBatchListener {
        final List<SeedChosen> seeds = new ArrayList<>();
        final List<BatchProcessed> batches = new ArrayList<>();

        @Override
        public void batchProcessed(BatchProcessed batch) {
            batches.add(batch);
        }

        @Override
        public void seedChosen(SeedChosen seed) {
            seeds.add(seed);
        }
    }

    private static Dataset rowsOf(Dataset data, int[] which) {
        double[][] rows = new double[which.length][];
        for (int p = 0; p < which.length; p++) {
            rows[p] = data.row(which[p]);
        }
        return Dataset.of(rows);
    }

    // ------------------------------------------------------------------ the update rule, by hand

    /**
     * From centroids 0 and 10: batch 1, 2, 3, 9, 11 moves them to the means 2 and 10 (counts 3
     * and 2); then batch 4 (nearer 2) moves the first to (3·2 + 4)/4 = 2.5, count 4: the running
     * mean of every point it received.
     */
    @Test
    void partialFit_twoBatches_runningMeanWithLearningRateOneOverCount() {
        MiniBatchKMeans model = MiniBatchKMeans.builder().k(2).seed(1).reassignmentRatio(0)
                .initializer(Initializer.given(new double[][] {{0}, {10}})).build();
        model.partialFit(Dataset.ofValues(1, 2, 3, 9, 11));

        assertThat(model.centroids()).isDeepEqualTo(new double[][] {{2}, {10}});
        assertThat(model.counts()).containsExactly(3, 2);

        model.partialFit(Dataset.ofValues(4));

        assertThat(model.centroids()).isDeepEqualTo(new double[][] {{2.5}, {10}});
        assertThat(model.counts()).containsExactly(4, 2);
        assertThat(model.batches()).isEqualTo(2);
        assertThat(model.predict(new double[] {6.2})).isEqualTo(0);
        assertThat(model.predict(Dataset.ofValues(0, 7, 100))).containsExactly(0, 1, 1);
        assertThat(model.inertia(Dataset.ofValues(2.5, 11))).isEqualTo(1.0);
    }

    /** A batch with integer weights moves the centroids as the batch with each row repeated that often. */
    @Property(tries = 50, seed = "20260631")
    void partialFit_integerWeights_sameAsRepeatedRows(@ForAll @IntRange(min = 1, max = 4) int w0,
                                                     @ForAll @IntRange(min = 0, max = 4) int w1,
                                                     @ForAll @IntRange(min = 1, max = 4) int w2,
                                                     @ForAll @IntRange(min = 0, max = 4) int w3) {
        double[][] rows = {{0, 1}, {2, 2}, {9, 9}, {10, 7}};
        int[] weights = {w0, w1, w2, w3};
        List<double[]> repeated = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            for (int c = 0; c < weights[i]; c++) {
                repeated.add(rows[i]);
            }
        }
        MiniBatchKMeans.Builder builder = MiniBatchKMeans.builder().k(2).seed(3).reassignmentRatio(0)
                .initializer(Initializer.given(new double[][] {{1, 1}, {8, 8}}));
        MiniBatchKMeans weighted = builder.build();
        MiniBatchKMeans copies = builder.build();
        weighted.partialFit(Dataset.of(rows).withWeights(Arrays.stream(weights).asDoubleStream().toArray()));
        copies.partialFit(repeated.toArray(new double[0][]));

        double[][] a = weighted.centroids();
        double[][] b = copies.centroids();
        for (int j = 0; j < 2; j++) {
            assertThat(a[j]).containsExactly(b[j], within(1e-12));
        }
        assertThat(weighted.counts()).containsExactly(copies.counts());
    }

    // ------------------------------------------------------------------ determinism and replay

    @Property(tries = 10, seed = "20260632")
    void fit_sameSeed_bitIdenticalResultAndEvents(@ForAll long seed, @ForAll @IntRange(min = 2, max = 8) int k) {
        Dataset data = blobs(6, 200, 7);
        Recorder first = new Recorder();
        Recorder second = new Recorder();
        KMeansResult a = MiniBatchKMeans.builder().k(k).batchSize(100).seed(seed).listener(first).build().fit(data, 5);
        KMeansResult b = MiniBatchKMeans.builder().k(k).batchSize(100).seed(seed).listener(second).build().fit(data, 5);

        assertThat(a).isEqualTo(b);
        assertThat(first.seeds).isEqualTo(second.seeds).hasSize(k);
        assertThat(first.batches).isEqualTo(second.batches);
        for (SeedChosen s : first.seeds) {
            assertThat(s.centroid()).containsExactly(data.row(s.pointIndex()));
        }
    }

    /**
     * The batches fit draws, fed one by one through partialFit to a fresh model with the same
     * seed and initial centroids, give the same centroids, counts, labels and inertia at every
     * batch, bit for bit, reassignments included (a high ratio and a far-away initial centroid
     * make them happen).
     */
    @Property(tries = 10, seed = "20260633")
    void partialFit_theBatchesOfFit_sameStepsAsFit(@ForAll long seed) {
        Dataset data = blobs(4, 150, 9);
        double[][] initial = {{0, 0}, {40, 0}, {80, 0}, {1e4, 1e4}};
        MiniBatchKMeans.Builder builder = MiniBatchKMeans.builder().k(4).batchSize(64).seed(seed)
                .reassignmentRatio(0.3).maxNoImprovement(0).initializer(Initializer.given(initial));
        Recorder fitted = new Recorder();
        KMeansResult result = builder.listener(fitted).build().fit(data, 3);

        Recorder replayed = new Recorder();
        MiniBatchKMeans model = MiniBatchKMeans.builder().k(4).seed(seed).reassignmentRatio(0.3)
                .initializer(Initializer.given(initial)).listener(replayed).build();
        for (MiniBatchListener.BatchProcessed batch : fitted.batches) {
            model.partialFit(rowsOf(data, batch.rows()));
        }

        assertThat(fitted.batches).hasSize(3 * 10);
        assertThat(fitted.batches.stream().mapToInt(b -> b.reassigned().length).sum()).isPositive();
        for (int t = 0; t < fitted.batches.size(); t++) {
            MiniBatchListener.BatchProcessed f = fitted.batches.get(t);
            MiniBatchListener.BatchProcessed r = replayed.batches.get(t);
            assertThat(r.centroids()).as("batch %d", t + 1).isDeepEqualTo(f.centroids());
            assertThat(r.counts()).isEqualTo(f.counts());
            assertThat(r.labels()).isEqualTo(f.labels());
            assertThat(r.inertia()).isEqualTo(f.inertia());
            assertThat(r.reassigned()).isEqualTo(f.reassigned());
        }
        assertThat(model.centroids()).isDeepEqualTo(result.centroids());
    }

    // ------------------------------------------------------------------ quality, reassignment, stopping

    /**
     * Eight well-separated blobs: mini-batch (batches of 100, at most 20 epochs, default
     * greedy k-means++ seeding) ends within 5% of the inertia Lloyd reaches with 5 restarts.
     */
    @Property(tries = 8, seed = "20260634")
    void fit_wellSeparatedBlobs_withinFivePercentOfLloyd(@ForAll long seed) {
        Dataset data = blobs(8, 250, seed);
        KMeansResult lloyd = KMeans.builder().k(8).seed(seed).restarts(5).build().fit(data);
        KMeansResult mini = MiniBatchKMeans.builder().k(8).batchSize(100).seed(seed).build().fit(data, 20);

        assertThat(mini.inertia()).isLessThanOrEqualTo(1.05 * lloyd.inertia());
        assertThat(mini.n()).isEqualTo(data.n());
        assertThat(mini.inertia()).isCloseTo(
                Oracle.inertia(data.toArray(), null, mini.centroids(), mini.labels()), within(1e-9 * mini.inertia()));
    }

    /** A centroid given far from every point receives nothing; reassignment brings it to the data. */
    @Test
    void fit_centroidFarFromTheData_reassignedToABatchPoint() {
        Dataset data = blobs(3, 100, 2);
        double[][] initial = {{0, 0}, {40, 0}, {1e6, 1e6}};
        Recorder recorder = new Recorder();
        KMeansResult rescued = MiniBatchKMeans.builder().k(3).batchSize(50).seed(1).listener(recorder)
                .initializer(Initializer.given(initial)).build().fit(data, 5);
        KMeansResult stranded = MiniBatchKMeans.builder().k(3).batchSize(50).seed(1).reassignmentRatio(0)
                .initializer(Initializer.given(initial)).build().fit(data, 5);

        assertThat(recorder.batches.get(0).reassigned()).containsExactly(2);
        assertThat(rescued.centroid(2)[0]).isLessThan(200);
        assertThat(Arrays.stream(rescued.clusterSizes()).min().getAsInt()).isPositive();
        assertThat(stranded.centroid(2)).containsExactly(1e6, 1e6);
        assertThat(stranded.clusterSizes()[2]).isZero();
        assertThat(rescued.inertia()).isLessThan(stranded.inertia());
    }

    @Test
    void fit_stopping_noImprovementRuleOrEpochs() {
        Dataset data = blobs(4, 250, 3);
        Recorder early = new Recorder();
        KMeansResult stopped = MiniBatchKMeans.builder().k(4).batchSize(50).seed(5).maxNoImprovement(3)
                .listener(early).build().fit(data, 50);
        KMeansResult full = MiniBatchKMeans.builder().k(4).batchSize(50).seed(5).maxNoImprovement(0).build()
                .fit(data, 3);

        assertThat(stopped.stopReason()).isEqualTo(StopReason.NO_IMPROVEMENT);
        assertThat(stopped.iterations()).isEqualTo(early.batches.size()).isLessThan(50 * 20);
        assertThat(full.stopReason()).isEqualTo(StopReason.MAX_ITERATIONS);
        assertThat(full.iterations()).isEqualTo(3 * 20);
    }

    @Test
    void partialFit_firstBatchSeedsTheModel_seedsAreRowsOfThatBatch() {
        Recorder recorder = new Recorder();
        MiniBatchKMeans model = MiniBatchKMeans.builder().k(3).seed(8).listener(recorder).build();
        Dataset batch = Dataset.ofValues(0, 1, 2, 50, 51, 100, 101);

        assertThat(model.isInitialized()).isFalse();
        model.partialFit(batch);

        assertThat(model.isInitialized()).isTrue();
        assertThat(recorder.seeds).hasSize(3);
        for (int j = 0; j < 3; j++) {
            SeedChosen s = recorder.seeds.get(j);
            assertThat(s.seedIndex()).isEqualTo(j);
            assertThat(s.centroid()).containsExactly(batch.row(s.pointIndex()));
        }
        assertThat(recorder.batches).hasSize(1);
        assertThat(recorder.batches.get(0).rows()).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(Arrays.stream(model.counts()).sum()).isEqualTo(7.0);
    }

    // ------------------------------------------------------------------ bad input and misuse

    @Test
    void badInput_clearErrors() {
        MiniBatchKMeans model = MiniBatchKMeans.builder().k(2).seed(1).build();
        assertThatThrownBy(() -> model.centroids()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not initialised");
        assertThatThrownBy(() -> model.predict(new double[] {1})).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> model.partialFit((Dataset) null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("batch must not be null");
        assertThatThrownBy(() -> model.partialFit(new double[0][])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("batch: data must have at least one row");
        assertThatThrownBy(() -> model.partialFit(new double[][] {{1, 2}, {3, Double.NaN}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1, column 1 is NaN");
        assertThatThrownBy(() -> model.partialFit(Dataset.ofValues(4, 4, 4)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k = 2")
                .hasMessageContaining("first batch has only 1 distinct point");
        assertThat(model.isInitialized()).isFalse();

        model.partialFit(new double[][] {{0, 0}, {5, 5}});
        assertThatThrownBy(() -> model.partialFit(Dataset.ofValues(1, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("batch has 1 columns but the model has 2");
        assertThatThrownBy(() -> model.predict(new double[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 dimensions but the model has 2");
        assertThatThrownBy(() -> model.predict(new double[] {1, Double.POSITIVE_INFINITY}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("column 1");
        assertThatThrownBy(() -> model.initialize(Dataset.of(new double[][] {{0, 0}, {1, 1}})))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("reset()");

        assertThatThrownBy(() -> model.fit(Dataset.ofValues(1, 2), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("epochs must be at least 1, was 0");
        assertThatThrownBy(() -> model.fit(Dataset.ofValues(1, 1, 1), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("data has only 1 distinct point");
        assertThatThrownBy(() -> MiniBatchKMeans.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("k was not set");
        assertThatThrownBy(() -> MiniBatchKMeans.builder().batchSize(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("batchSize must be at least 1, was 0");
        assertThatThrownBy(() -> MiniBatchKMeans.builder().reassignmentRatio(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reassignmentRatio");
        assertThatThrownBy(() -> MiniBatchKMeans.builder().maxNoImprovement(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxNoImprovement");
        assertThatThrownBy(() -> MiniBatchKMeans.builder().k(3).initializer(Initializer.given(new double[][] {{1}})).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("given centroids have 1 rows but k = 3");
    }

    @Test
    void centroids_returnedArraysAreCopies() {
        MiniBatchKMeans model = MiniBatchKMeans.builder().k(1).seed(1).build();
        model.partialFit(Dataset.ofValues(3, 5));
        model.centroids()[0][0] = 99;
        model.counts()[0] = 99;

        assertThat(model.centroids()).isDeepEqualTo(new double[][] {{4}});
        assertThat(model.counts()).containsExactly(2);
    }
}
