package io.github.kmeans4j;

import io.github.kmeans4j.recording.Recording;
import io.github.kmeans4j.recording.RunRecorder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kmeans4j.event.Initialized;
import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.event.RunStarted;
import io.github.kmeans4j.event.SeedChosen;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The k-means‖ initialiser: its seeds are k distinct data rows of positive weight, announced in
 * order and equal to the initial centroids; a seed fixes them; the path with too few candidates
 * tops up correctly; and on blobs it seeds about as well as k-means++.
 */
class KMeansParallelTest {

    /** Rows with many duplicates (small integers) or reals, d 1..3, optional weights with zeros; k up to the distinct count. */
    @Provide
    Arbitrary<Sample> cases() {
        return Arbitraries.integers().between(1, 3).flatMap(d -> Combinators.combine(
                        Arbitraries.integers().between(-3, 3).map(v -> (double) v).list().ofSize(d).list()
                                .ofMinSize(1).ofMaxSize(60),
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.doubles().between(0, 3).ofScale(2).list().ofSize(60),
                        Arbitraries.integers().between(1, 12))
                .as((raw, weighting, rawWeights, wantedK) -> {
                    double[][] rows = new double[raw.size()][];
                    for (int i = 0; i < rows.length; i++) {
                        rows[i] = raw.get(i).stream().mapToDouble(Double::doubleValue).toArray();
                    }
                    double[] weights = null;
                    if (weighting > 0) {
                        weights = new double[rows.length];
                        for (int i = 0; i < rows.length; i++) {
                            double r = rawWeights.get(i);
                            weights[i] = weighting == 1 ? Math.floor(r) : (r < 0.5 ? 0 : r);
                        }
                        if (Arrays.stream(weights).sum() == 0) {
                            weights[0] = 1;
                        }
                    }
                    int distinct = Oracle.distinctPositiveRows(rows, weights).size();
                    return new Sample(rows, weights, Math.min(wantedK, distinct));
                })).withoutEdgeCases();
    }

    @Provide
    Arbitrary<Initializer> parallels() {
        return Arbitraries.of(Initializer.kMeansParallel(), Initializer.kMeansParallel(1, 0.1),
                Initializer.kMeansParallel(2, 0.5), Initializer.kMeansParallel(8, 5)).withoutEdgeCases();
    }

    /** The events of one seeded fit. */
    private static List<KMeansEvent> events(Sample s, Initializer initializer, long seed) {
        RunRecorder recorder = new RunRecorder();
        KMeans.builder().kernel(Kernel.SCALAR).k(s.k()).initializer(initializer).seed(seed).listener(recorder)
                .build().fit(s.dataset());
        return recorder.recording().events();
    }

    /** The k SeedChosen events right after RunStarted, checking their order and the Initialized that follows. */
    private static List<SeedChosen> seeds(List<KMeansEvent> events, int k) {
        assertThat(events.get(0)).isInstanceOf(RunStarted.class);
        List<SeedChosen> seeds = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            assertThat(events.get(1 + j)).isInstanceOf(SeedChosen.class);
            SeedChosen seed = (SeedChosen) events.get(1 + j);
            assertThat(seed.seedIndex()).isEqualTo(j);
            seeds.add(seed);
        }
        assertThat(events.get(1 + k)).isInstanceOf(Initialized.class);
        double[][] initial = ((Initialized) events.get(1 + k)).centroids();
        for (int j = 0; j < k; j++) {
            assertThat(initial[j]).containsExactly(seeds.get(j).centroid());
        }
        return seeds;
    }

    @Property(tries = 200, seed = "20260621")
    void kMeansParallel_anyData_kDistinctSeedsFromRowsOfPositiveWeightAnnouncedInOrder(
            @ForAll("cases") Sample s, @ForAll("parallels") Initializer initializer, @ForAll long seed) {
        List<SeedChosen> seeds = seeds(events(s, initializer, seed), s.k());

        Set<List<Double>> places = new HashSet<>();
        for (SeedChosen chosen : seeds) {
            int row = chosen.pointIndex();
            assertThat(row).isBetween(0, s.n() - 1);
            assertThat(Oracle.weight(s.weights(), row)).as("weight of seed row %d", row).isPositive();
            assertThat(chosen.centroid()).containsExactly(s.rows()[row]);
            assertThat(chosen.reason()).contains("k-means‖");
            assertThat(chosen.probability()).isBetween(0.0, 1.0);
            places.add(Arrays.stream(chosen.centroid()).boxed().toList());
        }
        assertThat(places).as("k seeds at k distinct places").hasSize(s.k());
        for (int j = 1; j < s.k(); j++) {
            double[][] earlier = seeds.subList(0, j).stream().map(SeedChosen::centroid).toArray(double[][]::new);
            assertThat(seeds.get(j).distanceSquared())
                    .isEqualTo(Oracle.minDistanceSquared(seeds.get(j).centroid(), earlier));
        }
    }

    @Property(tries = 60, seed = "20260622")
    void kMeansParallel_sameSeed_sameEvents(@ForAll("cases") Sample s, @ForAll("parallels") Initializer initializer,
                                            @ForAll long seed) {
        assertThat(events(s, initializer, seed)).isEqualTo(events(s, initializer, seed));
    }

    /** n distinct points and k = n: every point must become a seed. */
    @Test
    void kMeansParallel_kEqualsN_everyPointIsASeed() {
        double[][] rows = {{0, 0}, {1, 0}, {0, 1}, {5, 5}, {9, 1}, {-3, 2}, {4, 4}};
        for (long seed = 0; seed < 20; seed++) {
            List<SeedChosen> seeds = seeds(events(new Sample(rows, null, rows.length), Initializer.kMeansParallel(),
                    seed), rows.length);
            assertThat(seeds.stream().mapToInt(SeedChosen::pointIndex).sorted().toArray())
                    .containsExactly(0, 1, 2, 3, 4, 5, 6);
        }
    }

    /**
     * One round of ℓ = 0.01·k expected candidates on 300 distinct points gives far fewer
     * candidates than k = 20: the rest must come from k-means++ on the data, and say so.
     */
    @Test
    void kMeansParallel_fewerCandidatesThanK_toppedUpWithKMeansPlusPlus() {
        Random random = new Random(5);
        double[][] rows = new double[300][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[] {random.nextGaussian(), random.nextGaussian()};
        }
        Sample s = new Sample(rows, null, 20);
        List<SeedChosen> seeds = seeds(events(s, Initializer.kMeansParallel(1, 0.01), 3), 20);

        assertThat(seeds.get(19).reason()).contains("topped up");
        assertThat(seeds.stream().map(c -> Arrays.stream(c.centroid()).boxed().toList()).distinct()).hasSize(20);
    }

    /** Zero-weight outliers have D²·w = 0: never candidates, never seeds. */
    @Test
    void kMeansParallel_zeroWeightOutliers_neverDrawn() {
        double[][] rows = {{0}, {1000}, {1}, {2}, {-1000}, {3}, {4}};
        double[] weights = {1, 0, 1, 1, 0, 2, 1};
        for (int k = 1; k <= 5; k++) {
            for (long seed = 0; seed < 30; seed++) {
                for (SeedChosen chosen : seeds(events(new Sample(rows, weights, k), Initializer.kMeansParallel(), seed), k)) {
                    assertThat(chosen.pointIndex()).isNotIn(1, 4);
                }
            }
        }
    }

    /**
     * Ten well-separated Gaussian blobs (σ = 1, centres 50 apart): the mean potential of the
     * seeds over 30 seeds must be within a factor 2 of greedy k-means++'s (both are near the
     * blobs' own sum of squares when every blob gets a seed), and below 10 times the blobs' own
     * sum of squares, which any seeding that leaves a blob without a seed exceeds by far.
     */
    @Test
    void kMeansParallel_blobs_seedsAsWellAsKMeansPlusPlus() {
        Random random = new Random(11);
        int k = 10;
        double[][] rows = new double[1000][];
        double[][] centres = new double[k][];
        for (int j = 0; j < k; j++) {
            centres[j] = new double[] {50.0 * (j % 5), 50.0 * (j / 5), 50.0 * ((j * 7) % 3)};
        }
        int[] truth = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            truth[i] = i % k;
            rows[i] = new double[3];
            for (int m = 0; m < 3; m++) {
                rows[i][m] = centres[truth[i]][m] + random.nextGaussian();
            }
        }
        double blobsOwn = 0;
        for (int j = 0; j < k; j++) {
            double[] mean = Oracle.weightedMean(rows, null, truth, j);
            for (int i = 0; i < rows.length; i++) {
                if (truth[i] == j) {
                    blobsOwn += Oracle.distanceSquared(rows[i], mean);
                }
            }
        }
        Sample s = new Sample(rows, null, k);
        double parallel = 0;
        double plusPlus = 0;
        for (long seed = 0; seed < 30; seed++) {
            parallel += potential(s, Initializer.kMeansParallel(), seed) / 30;
            plusPlus += potential(s, Initializer.greedyKMeansPlusPlus(), seed) / 30;
        }
        assertThat(parallel).isLessThanOrEqualTo(2 * plusPlus);
        assertThat(parallel).isLessThanOrEqualTo(10 * blobsOwn);
    }

    private static double potential(Sample s, Initializer initializer, long seed) {
        double[][] seeds = seeds(events(s, initializer, seed), s.k()).stream().map(SeedChosen::centroid)
                .toArray(double[][]::new);
        return Oracle.inertia(s.rows(), null, seeds);
    }

    @Test
    void kMeansParallel_badParameters_rejected() {
        assertThatThrownBy(() -> Initializer.kMeansParallel(0, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rounds must be at least 1, was 0");
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> Initializer.kMeansParallel(5, bad))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("oversampling");
        }
    }

    @Test
    void kMeansParallel_valueSemanticsAndName() {
        assertThat(Initializer.kMeansParallel()).isEqualTo(Initializer.kMeansParallel(5, 2))
                .hasSameHashCodeAs(Initializer.kMeansParallel(5, 2))
                .isNotEqualTo(Initializer.kMeansParallel(5, 3));
        assertThat(Initializer.kMeansParallel()).hasToString("k-means‖ (5 rounds, ℓ = 2k)");
        assertThat(Initializer.kMeansParallel(3, 0.5)).hasToString("k-means‖ (3 rounds, ℓ = 0.5k)");
    }

    /** A fit seeded by k-means‖ saves and loads: the initialiser travels as its description. */
    @Test
    void kMeansParallel_recordingSavesAndLoads() throws Exception {
        RunRecorder recorder = new RunRecorder();
        KMeans.builder().k(3).seed(4).initializer(Initializer.kMeansParallel()).listener(recorder).build()
                .fit(Dataset.ofValues(0, 1, 2, 10, 11, 12, 30, 31));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        recorder.recording().save(out);
        Recording loaded = Recording.load(new java.io.ByteArrayInputStream(out.toByteArray()));

        assertThat(loaded.events()).isEqualTo(recorder.recording().events());
        assertThat(((RunStarted) loaded.events().get(0)).initializer()).startsWith("k-means‖");
    }
}
