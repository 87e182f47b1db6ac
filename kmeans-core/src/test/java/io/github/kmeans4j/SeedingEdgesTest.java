package io.github.kmeans4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.kmeans4j.event.Initialized;
import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.event.RunStarted;
import io.github.kmeans4j.event.SeedChosen;
import io.github.kmeans4j.internal.SplitMix64;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeding at the edges of the double range (squared distances that underflow or overflow) and
 * seeding that is cancelled part way (REPORT.md items 4 and 10).
 */
class SeedingEdgesTest {

    static List<Initializer> drawing() {
        return List.of(Initializer.greedyKMeansPlusPlus(), Initializer.kMeansPlusPlus(), Initializer.kMeansParallel(),
                Initializer.farthestPoint());
    }

    private static List<SeedChosen> seedsOf(List<KMeansEvent> events) {
        List<SeedChosen> seeds = new ArrayList<>();
        for (KMeansEvent e : events) {
            if (e instanceof SeedChosen s) {
                seeds.add(s);
            }
        }
        return seeds;
    }

    // ------------------------------------------------------------------ underflow

    /**
     * Seeding itself, below the fit's magnitude check: three values 1e-170 apart, whose squared
     * distances all underflow to 0, still give three distinct seeds (it threw before).
     */
    @ParameterizedTest
    @MethodSource("drawing")
    void seed_squaredDistancesUnderflow_choosesThreeDistinctRows(Initializer initializer) {
        double[] x = {0, 1e-170, 2e-170};
        Seeding seeding = new Seeding(new Rows.Doubles(x, 3, 1), null, 3, 1, 3, SplitMix64.forRestart(1, 0), null);
        initializer.seed(seeding);
        Set<Double> seeds = new HashSet<>();
        for (double c : seeding.centroids) {
            seeds.add(c);
        }
        assertThat(seeds).containsExactlyInAnyOrder(0.0, 1e-170, 2e-170);
    }

    /**
     * A fit cannot tell such points apart (every distance it compares is 0, so all would share
     * cluster 0 and the rest come back empty): it is refused, naming the column and the cure.
     */
    @Test
    void fit_dataWhoseEverySquaredDistanceUnderflows_isRefused() {
        assertThatThrownBy(() -> KMeans.builder().k(3).seed(1).build().fit(Dataset.ofValues(0, 1e-170, 2e-170)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column 0 spans only [0.0, 2.0E-170]: the data's bounding box is only 2.0E-170 across,"
                        + " so every squared distance between points underflows to 0 and distinct points could not"
                        + " be told apart; rescale the data, for example multiply it by a power of ten");
        assertThatThrownBy(() -> MiniBatchKMeans.builder().k(2).seed(1).build().fit(Dataset.ofValues(0, 1e-170, 2e-170), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("underflows to 0");
        assertThatThrownBy(() -> Exact1D.fit(Dataset.ofValues(0, 1e-170, 2e-170), 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("underflows to 0");
        // 1e-160 apart the squares are subnormal but not 0: still fitted
        assertThat(KMeans.builder().k(3).seed(1).build().fit(Dataset.ofValues(0, 1e-160, 2e-160)).clusterSizes())
                .containsExactly(1, 1, 1);
    }

    @Test
    void fit_oneRowUnderflowingBesideOrdinaryRows_isStillSeeded() {
        // 0 and 1e-170 are distinct but their squared distance is 0; 5 is ordinary.
        for (long seed = 0; seed < 20; seed++) {
            List<KMeansEvent> events = new ArrayList<>();
            KMeans.builder().k(3).seed(seed).listener(events::add).build().fit(Dataset.ofValues(0, 5, 1e-170, 5));
            Set<Double> seeds = new HashSet<>();
            for (SeedChosen s : seedsOf(events)) {
                seeds.add(s.centroid()[0]);
            }
            assertThat(seeds).as("seed %d", seed).containsExactlyInAnyOrder(0.0, 5.0, 1e-170);
        }
    }

    /**
     * k-means++'s law, read in units of 1e-170 where squares are ordinary: after a first seed at
     * position f, row r is drawn with probability (x_r − f)² / Σ (x_i − f)².
     */
    @Test
    void kMeansPlusPlus_underflowingSquares_drawsWithProbabilityProportionalToSquaredDistance() {
        double[] units = {0, 1, 3, 7};
        double[] values = new double[units.length + 1];
        for (int i = 0; i < units.length; i++) {
            values[i] = units[i] * 1e-170;
        }
        values[units.length] = 1;   // weight 0: it makes the bounding box ordinary and is never drawn
        Dataset data = Dataset.ofValues(values).withWeights(new double[] {1, 1, 1, 1, 0});
        for (long seed = 0; seed < 10; seed++) {
            List<KMeansEvent> events = new ArrayList<>();
            KMeans.builder().k(2).seed(seed).initializer(Initializer.kMeansPlusPlus()).listener(events::add).build()
                    .fit(data);
            List<SeedChosen> seeds = seedsOf(events);
            double first = units[seeds.get(0).pointIndex()];
            double second = units[seeds.get(1).pointIndex()];
            double total = 0;
            for (double u : units) {
                total += (u - first) * (u - first);
            }
            assertThat(seeds.get(1).probability()).as("seed %d", seed)
                    .isCloseTo((second - first) * (second - first) / total, within(1e-12));
        }
    }

    @Test
    void miniBatch_distinctPointsWhoseSquaredDistancesUnderflow_seedsThreeDistinctRows() {
        MiniBatchKMeans model = MiniBatchKMeans.builder().k(3).seed(1).build();
        model.initialize(Dataset.ofValues(0, 1e-170, 2e-170, 1).withWeights(new double[] {1, 1, 1, 0}));
        Set<Double> seeds = new HashSet<>();
        for (double[] c : model.centroids()) {
            seeds.add(c[0]);
        }
        assertThat(seeds).containsExactlyInAnyOrder(0.0, 1e-170, 2e-170);
    }

    // ------------------------------------------------------------------ overflow

    /**
     * Seeding itself, below the fit's magnitude check: values ±1e300, whose squared distances are
     * infinite, must still give three distinct seeds (it indexed row −1 before).
     */
    @ParameterizedTest
    @MethodSource("drawing")
    void seed_squaredDistancesOverflow_choosesDistinctRowsWithoutCrashing(Initializer initializer) {
        double[] x = {-1e300, 0, 1e300, 1e300};
        Seeding seeding = new Seeding(new Rows.Doubles(x, 4, 1), null, 4, 1, 3, SplitMix64.forRestart(1, 0), null);
        initializer.seed(seeding);
        Set<Double> seeds = new HashSet<>();
        for (double c : seeding.centroids) {
            seeds.add(c);
        }
        assertThat(seeds).containsExactlyInAnyOrder(-1e300, 0.0, 1e300);
    }

    // ------------------------------------------------------------------ cancellation

    private static Dataset blobs(int n, int d) {
        Random random = new Random(7);
        double[][] rows = new double[n][d];
        for (double[] row : rows) {
            int blob = random.nextInt(20);
            for (int m = 0; m < d; m++) {
                row[m] = blob * 3 + random.nextGaussian();
            }
        }
        return Dataset.of(rows);
    }

    /**
     * A listener cancels the token when seed 2 is announced: no seed is drawn after that, the
     * seeds not reached repeat seed 2, and the fit ends CANCELLED without an iteration.
     */
    @ParameterizedTest
    @MethodSource("drawing")
    void fit_tokenCancelledAtThirdSeed_stopsSeedingAndEndsCancelled(Initializer initializer) {
        int k = 40;
        CancellationToken token = new CancellationToken();
        List<KMeansEvent> events = new ArrayList<>();
        KMeansResult result = KMeans.builder().k(k).seed(3).initializer(initializer).listener(e -> {
            events.add(e);
            if (e instanceof SeedChosen s && s.seedIndex() == 2) {
                token.cancel();
            }
        }).build().fit(blobs(3000, 3), token);

        assertThat(result.stopReason()).isEqualTo(StopReason.CANCELLED);
        assertThat(result.iterations()).isZero();
        List<SeedChosen> seeds = seedsOf(events);
        assertThat(seeds).extracting(SeedChosen::seedIndex).containsExactlyElementsOf(range(k));
        double[] third = seeds.get(2).centroid();
        for (SeedChosen s : seeds.subList(3, k)) {
            assertThat(s.centroid()).as("seed %d", s.seedIndex()).containsExactly(third);
        }
        Initialized initialized = (Initialized) events.stream().filter(Initialized.class::isInstance).findFirst()
                .orElseThrow();
        assertThat(initialized.centroids()).hasNumberOfRows(k);
    }

    @Test
    void fit_threadInterruptedAtFirstSeed_stopsSeedingAndEndsCancelled() {
        int k = 30;
        List<KMeansEvent> events = new ArrayList<>();
        KMeansResult result;
        try {
            result = KMeans.builder().k(k).seed(3).listener(e -> {
                events.add(e);
                if (e instanceof SeedChosen s && s.seedIndex() == 0) {
                    Thread.currentThread().interrupt();
                }
            }).build().fit(blobs(2000, 2));
        } finally {
            Thread.interrupted();   // leave the test thread clean
        }
        assertThat(result.stopReason()).isEqualTo(StopReason.CANCELLED);
        List<SeedChosen> seeds = seedsOf(events);
        assertThat(seeds).hasSize(k);
        for (SeedChosen s : seeds) {
            assertThat(s.centroid()).containsExactly(seeds.get(0).centroid());
        }
    }

    /** Cancelled as the run starts: only the first seed is drawn, the others repeat it, no restart follows. */
    @Test
    void fit_tokenCancelledBeforeSeeding_drawsOneSeedAndRunsNoOtherRestart() {
        CancellationToken token = new CancellationToken();
        List<KMeansEvent> events = new ArrayList<>();
        KMeansResult result = KMeans.builder().k(5).seed(3).restarts(4).listener(e -> {
            events.add(e);
            if (e instanceof RunStarted) {
                token.cancel();
            }
        }).build().fit(blobs(500, 2), token);
        assertThat(result.stopReason()).isEqualTo(StopReason.CANCELLED);
        assertThat(events.stream().filter(RunStarted.class::isInstance).count()).isEqualTo(1);
        List<SeedChosen> seeds = seedsOf(events);
        assertThat(seeds).hasSize(5);
        for (SeedChosen s : seeds) {
            assertThat(s.centroid()).containsExactly(seeds.get(0).centroid());
        }
    }

    /** EXACT_1D with a cancelled token skips the dynamic programme: the seeding stops at its first seed. */
    @Test
    void fitExact1D_tokenCancelledBeforehand_skipsTheOptimumAndEndsCancelled() {
        double[] values = new double[2000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i * 1.5 + (i % 7);
        }
        CancellationToken token = new CancellationToken();
        token.cancel();
        List<KMeansEvent> events = new ArrayList<>();
        KMeansResult result = KMeans.builder().k(50).seed(1).algorithm(Algorithm.EXACT_1D).listener(events::add)
                .build().fit(Dataset.ofValues(values), token);
        assertThat(result.stopReason()).isEqualTo(StopReason.CANCELLED);
        List<SeedChosen> seeds = seedsOf(events);
        assertThat(seeds).hasSize(50);
        Predicate<SeedChosen> repeatsFirst = s -> s.centroid()[0] == seeds.get(0).centroid()[0];
        assertThat(seeds).allMatch(repeatsFirst);
    }

    private static List<Integer> range(int k) {
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            out.add(j);
        }
        return out;
    }
}
