package io.github.kmeans4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.kmeans4j.event.EmptyClusterRepaired;
import io.github.kmeans4j.event.KMeansEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The run skeleton drives any {@link AssignmentBackend}. A backend written here from the public
 * API alone, which cuts the rows into contiguous parts, assigns each part with a
 * {@link BlockAssigner} and merges the parts' {@link ClusterTotals} in part order (what a
 * distributed backend does with partitions), must give the local fit's event stream bit for bit
 * when it has one part, and the local fit's labels with centroids and inertia to a relative 1e-12
 * when it has several; empty-cluster repairs pick the same rows.
 */
class BackendSeamTest {

    private static Dataset blobs(long seed, int n, int d, int centres) {
        Random random = new Random(seed);
        double[][] c = new double[centres][d];
        for (double[] row : c) {
            for (int m = 0; m < d; m++) {
                row[m] = 8 * random.nextGaussian();
            }
        }
        double[][] rows = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int m = 0; m < d; m++) {
                rows[i][m] = c[i % centres][m] + random.nextGaussian();
            }
        }
        return Dataset.of(rows);
    }

    private static List<KMeansEvent> events(java.util.function.Supplier<KMeans.Builder> builder, Dataset data,
            AssignmentBackend backend) {
        List<KMeansEvent> events = new ArrayList<>();
        KMeans kmeans = builder.get().listener(events::add).build();
        if (backend == null) {
            kmeans.fit(data);
        } else {
            kmeans.fit(backend, null);
        }
        return events;
    }

    @Property(tries = 30, seed = "20261205")
    void onePart_givesTheLocalFitsEventsBitForBit(@ForAll @IntRange(min = 40, max = 3000) int n,
            @ForAll @IntRange(min = 1, max = 6) int d, @ForAll @IntRange(min = 1, max = 8) int k,
            @ForAll @IntRange(min = 1, max = 3) int restarts, @ForAll boolean weighted) {
        Dataset data = blobs(n * 31L + d, n, d, 5);
        if (weighted) {
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                w[i] = i % 3;   // a third of the rows weigh nothing
            }
            w[0] = 1;
            data = data.withWeights(w);
        }
        java.util.function.Supplier<KMeans.Builder> builder = () -> KMeans.builder().k(k).seed(n).restarts(restarts)
                .algorithm(Algorithm.LLOYD).kernel(Kernel.SCALAR).threads(1);
        List<KMeansEvent> local = events(builder, data, null);
        List<KMeansEvent> seam = events(builder, data, new PartsBackend(data, 1, Kernel.SCALAR));
        assertThat(seam).isEqualTo(local);
    }

    @Property(tries = 20, seed = "20261206")
    void severalParts_giveTheLocalLabels_andCentroidsToARelative1e12(@ForAll @IntRange(min = 2, max = 7) int parts,
            @ForAll @IntRange(min = 1, max = 5) int d, @ForAll @IntRange(min = 2, max = 6) int k) {
        Dataset data = blobs(parts * 7L + d, 3000, d, k);
        KMeans kmeans = KMeans.builder().k(k).seed(3).algorithm(Algorithm.LLOYD).kernel(Kernel.SCALAR).build();
        KMeansResult local = kmeans.fit(data);
        KMeansResult split = kmeans.fit(new PartsBackend(data, parts, Kernel.SCALAR), null);
        assertThat(split.labels()).isEqualTo(local.labels());
        assertThat(split.iterations()).isEqualTo(local.iterations());
        double[][] a = local.centroids();
        double[][] b = split.centroids();
        for (int j = 0; j < k; j++) {
            for (int m = 0; m < d; m++) {
                assertThat(b[j][m]).isCloseTo(a[j][m], within(1e-12 * Math.max(1, Math.abs(a[j][m]))));
            }
        }
        assertThat(split.inertia()).isCloseTo(local.inertia(), within(1e-12 * local.inertia()));
    }

    @Test
    void emptyClusters_areRepairedWithTheSameRows_whateverThePartition() {
        Dataset data = blobs(5, 500, 2, 3);
        // two centroids far from every row: both clusters empty at once, repaired from the farthest rows
        double[][] start = {{0, 0}, {1e4, 1e4}, {-1e4, 1e4}, {1, 1}};
        java.util.function.Supplier<KMeans.Builder> builder = () -> KMeans.builder().k(4)
                .initializer(Initializer.given(start)).algorithm(Algorithm.LLOYD).kernel(Kernel.SCALAR);
        List<KMeansEvent> local = events(builder, data, null);
        for (int parts : new int[] {1, 3}) {
            List<KMeansEvent> seam = events(builder, data, new PartsBackend(data, parts, Kernel.SCALAR));
            List<EmptyClusterRepaired> expected = local.stream().filter(EmptyClusterRepaired.class::isInstance)
                    .map(EmptyClusterRepaired.class::cast).toList();
            assertThat(expected).hasSize(2);
            assertThat(seam.stream().filter(EmptyClusterRepaired.class::isInstance).toList()).isEqualTo(expected);
        }
    }

    @Test
    void fitOfABackend_refusesExact1DAndTooLargeK() {
        Dataset data = blobs(1, 10, 1, 2);
        assertThatThrownBy(() -> KMeans.builder().k(2).algorithm(Algorithm.EXACT_1D).build()
                .fit(new PartsBackend(data, 2, Kernel.SCALAR), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EXACT_1D");
        assertThatThrownBy(() -> KMeans.builder().k(11).build().fit(new PartsBackend(data, 2, Kernel.SCALAR), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k = 11 exceeds");
    }

    @Property(tries = 25, seed = "20261207")
    void kMeansParallel_overAllRows_seedsKDistinctRowsAndNamesThem(@ForAll @IntRange(min = 1, max = 4) int parts,
            @ForAll @IntRange(min = 1, max = 12) int k, @ForAll boolean weighted) {
        Dataset data = blobs(parts * 13L + k, 1500, 3, 6);
        if (weighted) {
            double[] w = new double[data.n()];
            for (int i = 0; i < w.length; i++) {
                w[i] = 0.5 + (i % 5) * 0.25;
            }
            data = data.withWeights(w);
        }
        List<KMeansEvent> events = new ArrayList<>();
        KMeans.builder().k(k).seed(parts).initializer(Initializer.kMeansParallel()).maxIterations(1)
                .listener(events::add).build().fit(new PartsBackend(data, parts, Kernel.SCALAR).seedingFromAllRows(), null);
        List<io.github.kmeans4j.event.SeedChosen> seeds = events.stream()
                .filter(io.github.kmeans4j.event.SeedChosen.class::isInstance)
                .map(io.github.kmeans4j.event.SeedChosen.class::cast).toList();
        assertThat(seeds).hasSize(k);
        assertThat(seeds.stream().mapToInt(io.github.kmeans4j.event.SeedChosen::pointIndex).distinct().count())
                .isEqualTo(k);
        for (io.github.kmeans4j.event.SeedChosen s : seeds) {
            assertThat(s.centroid()).isEqualTo(data.row(s.pointIndex()));
            assertThat(s.reason()).contains("k-means‖").contains("over all rows");
        }
    }

    @Test
    void kMeansParallel_fewerDistinctCandidatesThanK_keepsThemAndTopsUpFromTheSample() {
        double[][] rows = new double[60][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[] {i % 4, 0};   // four distinct points
        }
        Dataset data = Dataset.of(rows);
        List<KMeansEvent> events = new ArrayList<>();
        KMeansResult r = KMeans.builder().k(4).seed(3).initializer(Initializer.kMeansParallel(1, 0.1))
                .listener(events::add).build().fit(new PartsBackend(data, 2, Kernel.SCALAR).seedingFromAllRows(), null);
        assertThat(Arrays.stream(r.centroids()).map(c -> c[0]).distinct().count()).isEqualTo(4);
        assertThat(r.inertia()).isZero();
        assertThat(events).filteredOn(io.github.kmeans4j.event.SeedChosen.class::isInstance)
                .map(e -> ((io.github.kmeans4j.event.SeedChosen) e).reason())
                .anyMatch(reason -> reason.contains("kept as seed"))
                .anyMatch(reason -> reason.contains("topped up from the sample"));
    }

    @Test
    void labelsOnDemand_computedOnlyForListenersThatReadThem_andThenTheSame() {
        Dataset data = blobs(8, 2000, 2, 4);
        java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        KMeans.builder().k(4).seed(2).listener(e -> { }).build()
                .fit(new PartsBackend(data, 2, Kernel.SCALAR).labelsOnDemand(requests), null);
        assertThat(requests).hasValue(0);

        List<KMeansEvent> lazy = events(() -> KMeans.builder().k(4).seed(2), data,
                new PartsBackend(data, 2, Kernel.SCALAR).labelsOnDemand(requests));
        List<KMeansEvent> eager = events(() -> KMeans.builder().k(4).seed(2), data,
                new PartsBackend(data, 2, Kernel.SCALAR));
        assertThat(requests).hasValue(0);   // kept events, not read yet
        assertThat(lazy).isEqualTo(eager);   // equals reads every event's labels, once each
        long assignments = lazy.stream().filter(io.github.kmeans4j.event.Assigned.class::isInstance).count();
        assertThat(requests).hasValue((int) assignments);
        assertThat(lazy).isEqualTo(eager);
        assertThat(requests).hasValue((int) assignments);
    }
}
