package io.github.kmeans4j;

import io.github.kmeans4j.internal.CentroidDistances;
import io.github.kmeans4j.internal.Kernels;
import io.github.kmeans4j.internal.ScalarCentroidDistances;
import io.github.kmeans4j.recording.Recording;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.kmeans4j.event.Assigned;
import io.github.kmeans4j.event.EmptyClusterRepaired;
import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.event.RunFinished;
import io.github.kmeans4j.event.Updated;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;
import org.junit.jupiter.api.Test;

/**
 * Hamerly, Elkan and Yinyang take Lloyd's steps: on random data (grids full of duplicates and exact ties,
 * near-ties a few units in the last place apart, blobs, data far from the origin, tiny values where
 * squares underflow, 1-D and 40-D, weights with zeros, float storage), with every empty-cluster
 * policy, restarts, tolerances and custom stopping rules, their event streams equal those of
 * Lloyd with {@link Kernel#SCALAR}: the same events in the same order, the same labels at every
 * iteration, and centroids and inertia within 1e-12 relative; in fact bit for bit. The thread count
 * changes nothing for them either, and their per-pass distance counts obey their definitions.
 */
class AcceleratedTraceTest {

    /** The variants that must take scalar Lloyd's steps exactly. */
    private static final List<Algorithm> BOUNDED = List.of(Algorithm.HAMERLY, Algorithm.ELKAN, Algorithm.YINYANG);

    /** How the coordinates of a generated data set look. */
    enum Style {
        /** Integers −2..2: duplicates and exact ties everywhere. */
        GRID,
        /** Integers −20..20. */
        INTEGERS,
        /** Integers −3..3 plus a few units of 2⁻⁴⁴: near-ties that only the last bits decide. */
        NEAR_TIES,
        /** Gaussian blobs, six decimals. */
        BLOBS,
        /** Blobs of spread 1 around 10⁸: distances tiny against the norms (the absolute margin's case). */
        FAR,
        /** Blobs scaled to 10⁻¹⁶⁰, where squared differences underflow. */
        TINY
    }

    /** How a start is chosen. */
    enum Start {
        /** k rows drawn with replacement as given centroids: duplicates leave clusters empty. */
        GIVEN_DUPLICATES,
        RANDOM_POINTS,
        RANDOM_PARTITION,
        K_MEANS_PLUS_PLUS,
        FARTHEST_POINT
    }

    /** One generated fit configuration and its data. */
    record Case(double[][] rows, double[] weights, boolean floats, int k, Initializer initializer,
                EmptyClusterPolicy policy, int restarts, int maxIterations, double tolerance,
                boolean stopWhenLabelsStable, double minImprovement, long seed) {

        Dataset dataset() {
            Dataset data = Oracle.dataset(rows, weights);
            return floats ? data.toFloats() : data;
        }

        /** The configured fit; with a null sink nobody listens (so Hamerly may defer its distances). */
        KMeans kmeans(Algorithm algorithm, List<KMeansEvent> sink) {
            KMeans.Builder b = KMeans.builder().k(k).initializer(initializer).emptyClusterPolicy(policy)
                    .restarts(restarts).maxIterations(maxIterations).tolerance(tolerance)
                    .stopWhenLabelsStable(stopWhenLabelsStable).seed(seed).kernel(Kernel.SCALAR).algorithm(algorithm)
                    .threads(1);
            if (sink != null) {
                b.listener(sink::add);
            }
            if (minImprovement > 0) {
                b.stoppingRule(p -> p.relativeImprovement() < minImprovement);
            }
            return b.build();
        }

        @Override
        public String toString() {
            return "Case[n=" + rows.length + ", d=" + rows[0].length + ", k=" + k + ", floats=" + floats
                    + ", initializer=" + initializer + ", policy=" + policy + ", restarts=" + restarts
                    + ", maxIterations=" + maxIterations + ", tolerance=" + tolerance + ", stable="
                    + stopWhenLabelsStable + ", minImprovement=" + minImprovement + ", seed=" + seed
                    + ", weights=" + Arrays.toString(weights) + ", rows=" + Oracle.show(rows) + "]";
        }
    }

    /** What a fit did: its events, and its result or the exception that ended it. */
    record Outcome(List<KMeansEvent> events, KMeansResult result, RuntimeException failure) {
        static Outcome of(Case c, Algorithm algorithm) {
            return of(c, algorithm, true);
        }

        /** The fit with a recording listener, or with none (its events are then empty). */
        static Outcome of(Case c, Algorithm algorithm, boolean listening) {
            List<KMeansEvent> events = new ArrayList<>();
            try {
                return new Outcome(events, c.kmeans(algorithm, listening ? events : null).fit(c.dataset()), null);
            } catch (IllegalStateException e) {
                return new Outcome(events, null, e);
            }
        }
    }

    // ------------------------------------------------------------------ generation

    private static int dimension(SplittableRandom r) {
        int roll = r.nextInt(100);
        return roll < 25 ? 1 : roll < 75 ? r.nextInt(2, 7) : roll < 85 ? r.nextInt(12, 17) : 40;
    }

    static double[][] rows(Style style, int n, int d, SplittableRandom r) {
        int centres = r.nextInt(1, 7);
        double[][] centre = new double[centres][d];
        for (double[] c : centre) {
            for (int m = 0; m < d; m++) {
                c[m] = r.nextDouble(-10, 10);
            }
        }
        double[][] rows = new double[n][d];
        for (int i = 0; i < n; i++) {
            double[] c = centre[r.nextInt(centres)];
            for (int m = 0; m < d; m++) {
                double blob = Math.rint((c[m] + r.nextGaussian()) * 1e6) / 1e6;
                rows[i][m] = switch (style) {
                    case GRID -> r.nextInt(-2, 3);
                    case INTEGERS -> r.nextInt(-20, 21);
                    case NEAR_TIES -> r.nextInt(-3, 4) + r.nextInt(-3, 4) * 0x1p-44;
                    case BLOBS -> blob;
                    case FAR -> 1e8 + blob;
                    case TINY -> blob * 1e-160;
                };
            }
        }
        return rows;
    }

    static double[] weights(int n, SplittableRandom r) {
        int kind = r.nextInt(3);
        if (kind == 0) {
            return null;
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = kind == 1 ? r.nextInt(4) : (r.nextInt(6) == 0 ? 0 : Math.rint(r.nextDouble(0, 5) * 1e3) / 1e3);
        }
        if (Arrays.stream(w).sum() == 0) {
            w[0] = 1;
        }
        return w;
    }

    private static Case generate(Style style, Start start, EmptyClusterPolicy policy, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int d = dimension(r);
        int n = r.nextInt(1, d > 20 ? 60 : 150);
        double[][] rows = rows(style, n, d, r);
        boolean floats = r.nextInt(5) == 0;
        if (floats) {   // round to float first, so that the distinct rows are counted as stored
            for (double[] row : rows) {
                for (int m = 0; m < d; m++) {
                    row[m] = (float) row[m];
                }
            }
        }
        double[] weights = weights(n, r);
        int distinct = Oracle.distinctPositiveRows(rows, weights).size();
        // Now and then up to 30 clusters, so that Yinyang keeps more than one group (k / 10).
        int k = Math.min(r.nextInt(1, r.nextInt(4) == 0 ? 31 : 11), distinct);
        Initializer initializer = switch (start) {
            case GIVEN_DUPLICATES -> {
                double[][] given = new double[k][];
                for (int j = 0; j < k; j++) {
                    given[j] = rows[r.nextInt(n)].clone();
                }
                yield Initializer.given(given);
            }
            case RANDOM_POINTS -> Initializer.randomPoints();
            case RANDOM_PARTITION -> Initializer.randomPartition();
            case K_MEANS_PLUS_PLUS -> Initializer.kMeansPlusPlus();
            case FARTHEST_POINT -> Initializer.farthestPoint();
        };
        int restarts = r.nextInt(1, 4);
        int maxIterations = r.nextInt(1, 41);
        double tolerance = r.nextInt(4) == 0 ? 1e-3 : 0;
        boolean stable = r.nextInt(4) != 0;
        double minImprovement = r.nextInt(5) == 0 ? 1e-4 : 0;
        return new Case(rows, weights, floats, k, initializer, policy, restarts, maxIterations, tolerance,
                stable, minImprovement, seed);
    }

    // ------------------------------------------------------------------ comparison

    /** {@code actual} within 1e-12 relative of {@code expected} (so exactly equal when expected is 0). */
    private static void close(double actual, double expected, String what) {
        assertThat(actual).as(what).isCloseTo(expected, within(1e-12 * Math.abs(expected)));
    }

    private static void close(double[][] actual, double[][] expected, String what) {
        assertThat(actual.length).as(what + ": rows").isEqualTo(expected.length);
        for (int j = 0; j < expected.length; j++) {
            assertThat(actual[j].length).as(what + ": columns of row " + j).isEqualTo(expected[j].length);
            for (int m = 0; m < expected[j].length; m++) {
                close(actual[j][m], expected[j][m], what + "[" + j + "][" + m + "]");
            }
        }
    }

    /**
     * The same events in the same order, of the same restarts and iterations; labels, moves, sizes
     * and repairs equal; centroids, shifts and inertia within 1e-12 relative.
     */
    private static void assertSameTrace(Outcome actual, Outcome expected, String name) {
        if (expected.failure() != null) {
            assertThat(actual.failure()).as(name + " fails as Lloyd does").isNotNull();
            assertThat(actual.failure().getMessage()).isEqualTo(expected.failure().getMessage());
        } else {
            assertThat(actual.failure()).as(name + " does not fail").isNull();
        }
        assertThat(actual.events()).as(name + ": number of events").hasSameSizeAs(expected.events());
        for (int e = 0; e < expected.events().size(); e++) {
            KMeansEvent want = expected.events().get(e);
            KMeansEvent got = actual.events().get(e);
            String where = name + ", event " + e + " (" + want.getClass().getSimpleName() + ", restart "
                    + want.restart() + ", iteration " + want.iteration() + ")";
            assertThat(got.getClass()).as(where).isEqualTo(want.getClass());
            assertThat(got.restart()).as(where).isEqualTo(want.restart());
            assertThat(got.iteration()).as(where).isEqualTo(want.iteration());
            if (want instanceof Assigned a) {
                Assigned b = (Assigned) got;
                assertThat(b.labels()).as(where + ": labels").isEqualTo(a.labels());
                assertThat(b.pointsMoved()).as(where + ": points moved").isEqualTo(a.pointsMoved());
                assertThat(b.clusterSizes()).as(where + ": sizes").isEqualTo(a.clusterSizes());
                close(b.inertia(), a.inertia(), where + ": inertia");
            } else if (want instanceof Updated u) {
                Updated v = (Updated) got;
                close(v.centroids(), u.centroids(), where + ": centroids");
                double[] wantShifts = u.shifts();
                double[] gotShifts = v.shifts();
                for (int j = 0; j < wantShifts.length; j++) {
                    close(gotShifts[j], wantShifts[j], where + ": shift " + j);
                }
            } else if (want instanceof EmptyClusterRepaired r) {
                EmptyClusterRepaired q = (EmptyClusterRepaired) got;
                assertThat(q.cluster()).as(where).isEqualTo(r.cluster());
                assertThat(q.pointIndex()).as(where + ": row taken").isEqualTo(r.pointIndex());
                assertThat(q.donorCluster()).as(where + ": donor").isEqualTo(r.donorCluster());
                close(new double[][] {q.centroid()}, new double[][] {r.centroid()}, where + ": centroid");
            } else if (want instanceof RunFinished f) {
                RunFinished g = (RunFinished) got;
                assertThat(g.stopReason()).as(where).isEqualTo(f.stopReason());
                assertThat(g.result().labels()).as(where + ": labels").isEqualTo(f.result().labels());
                close(g.result().centroids(), f.result().centroids(), where + ": centroids");
                close(g.result().inertia(), f.result().inertia(), where + ": inertia");
            } else {
                // RunStarted, SeedChosen, Initialized: drawn before any assignment, so equal outright.
                assertThat(got).as(where).isEqualTo(want);
            }
        }
        if (expected.result() != null) {
            assertThat(actual.result().labels()).as(name + ": labels").isEqualTo(expected.result().labels());
            close(actual.result().centroids(), expected.result().centroids(), name + ": centroids");
            close(actual.result().inertia(), expected.result().inertia(), name + ": inertia");
            assertThat(actual.result().restartSummaries().size()).isEqualTo(expected.result().restartSummaries().size());
        }
    }

    /**
     * The statistics of a result: the algorithm that ran, and one pass per Assigned event of the
     * winning restart, with its iteration, computed + skipped = n·k, no skips in a run's first pass,
     * and for Lloyd no skips and no centroid distances at all.
     */
    private static void assertStatistics(KMeansResult result, List<KMeansEvent> events, Algorithm algorithm, int n,
                                         int k) {
        PassStatistics stats = result.passStatistics().orElseThrow();
        assertThat(stats.algorithm()).isEqualTo(algorithm);
        List<Integer> iterations = events.stream()
                .filter(e -> e instanceof Assigned && e.restart() == result.restart())
                .map(KMeansEvent::iteration).toList();
        assertThat(stats.passes().stream().map(PassStatistics.Pass::iteration).toList()).isEqualTo(iterations);
        for (PassStatistics.Pass p : stats.passes()) {
            assertThat(p.computed() + p.skipped()).as("pass %d: computed + skipped", p.iteration())
                    .isEqualTo((long) n * k);
            assertThat(p.computed()).as("pass %d: at least the distance to each point's own centroid", p.iteration())
                    .isGreaterThanOrEqualTo(n);
            if (algorithm == Algorithm.LLOYD) {
                assertThat(p.skipped()).isZero();
                assertThat(p.betweenCentroids()).isZero();
            } else if (algorithm == Algorithm.KD_FILTER) {
                assertThat(p.betweenCentroids()).isZero();
            } else {
                assertThat(p.betweenCentroids()).isEqualTo((long) k * (k - 1) / 2);
            }
        }
        if (algorithm != Algorithm.KD_FILTER) {   // the filter prunes from the first pass on
            assertThat(stats.passes().get(0).skipped()).as("the first pass has no bounds yet").isZero();
        }
        assertThat(stats.computed() + stats.skipped()).isEqualTo((long) n * k * stats.passes().size());
    }

    static byte[] bytes(List<KMeansEvent> events) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Recording.of(events).save(out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    // ------------------------------------------------------------------ properties

    @Property(tries = 400, seed = "20261207")
    @StatisticsReport(StatisticsReportMode.OFF)
    void fit_boundedVariants_takeScalarLloydsStepsAtEveryIteration(
            @ForAll Style style, @ForAll Start start, @ForAll EmptyClusterPolicy policy, @ForAll long seed) {
        Case c = generate(style, start, policy, seed);
        Outcome lloyd = Outcome.of(c, Algorithm.LLOYD);
        List<Algorithm> exact = exactVariants(c.rows()[0].length);
        for (Algorithm algorithm : exact) {
            Outcome accelerated = Outcome.of(c, algorithm);
            assertSameTrace(accelerated, lloyd, algorithm + " on " + c);
            if (lloyd.result() != null) {
                // The stronger claim: visiting the points in the same order and summing in the
                // same slots, the accelerated runs are bit-identical to Lloyd's.
                assertThat(accelerated.result()).as(algorithm + " on " + c).isEqualTo(lloyd.result());
                assertThat(bytes(accelerated.events())).as(algorithm + " on " + c).isEqualTo(bytes(lloyd.events()));
                assertStatistics(accelerated.result(), accelerated.events(), algorithm, c.rows().length, c.k());
                Statistics.label(algorithm + " skipped some").collect(
                        accelerated.result().passStatistics().orElseThrow().skipped() > 0);
            }
        }
        // Unwatched, the variants defer the distances to a point's own centroid (moving an upper
        // bound instead) and settle them only for a repair and the result: still Lloyd's fit, bit for bit.
        for (Algorithm algorithm : exact) {
            Outcome quiet = Outcome.of(c, algorithm, false);
            assertThat(quiet.result()).as("unwatched " + algorithm + " on " + c).isEqualTo(lloyd.result());
            assertThat(quiet.failure() == null ? null : quiet.failure().getMessage()).as("unwatched " + algorithm)
                    .isEqualTo(lloyd.failure() == null ? null : lloyd.failure().getMessage());
        }
        if (lloyd.result() != null) {
            assertStatistics(lloyd.result(), lloyd.events(), Algorithm.LLOYD, c.rows().length, c.k());
        }
        Statistics.label("repaired").collect(lloyd.events().stream().anyMatch(e -> e instanceof EmptyClusterRepaired));
        Statistics.label("failed").collect(lloyd.failure() != null);
        Statistics.label("repaired").coverage(k -> k.check(true).percentage(p -> p >= 10));
        Statistics.label("failed").coverage(k -> k.check(true).percentage(p -> p >= 3));
        Statistics.label(Algorithm.HAMERLY + " skipped some").coverage(k -> k.check(true).percentage(p -> p >= 30));
        Statistics.label(Algorithm.ELKAN + " skipped some").coverage(k -> k.check(true).percentage(p -> p >= 30));
        Statistics.label(Algorithm.KD_FILTER + " skipped some").coverage(k -> k.check(true).percentage(p -> p >= 30));
        Statistics.label(Algorithm.YINYANG + " skipped some").coverage(k -> k.check(true).percentage(p -> p >= 30));
        Statistics.label("several Yinyang groups").collect(c.k() >= 2 * YinyangPass.GROUP_SIZE);
        Statistics.label("several Yinyang groups").coverage(k -> k.check(true).percentage(p -> p >= 5));
    }

    /** The variants that promise scalar Lloyd's steps on d-dimensional data. */
    static List<Algorithm> exactVariants(int d) {
        List<Algorithm> variants = new ArrayList<>(BOUNDED);
        if (d <= FilterPass.MAX_D) {
            variants.add(Algorithm.KD_FILTER);
        }
        return variants;
    }

    @Property(tries = 8, seed = "20261208")
    void fit_boundedVariants_anyThreadCountIsBitIdenticalToOneThreadAndToLloyd(
            @ForAll @IntRange(min = 4096, max = 16_000) int n,
            @ForAll @IntRange(min = 1, max = 9) int d,
            @ForAll @IntRange(min = 1, max = 30) int k,
            @ForAll @IntRange(min = 2, max = 16) int threads,
            @ForAll boolean floats,
            @ForAll long seed) {
        Dataset data = ParallelDeterminismTest.blobs(seed, n, d, 6, floats);
        KMeans lloyd = KMeans.builder().k(k).seed(seed).restarts(2).maxIterations(15).threads(1)
                .kernel(Kernel.SCALAR).algorithm(Algorithm.LLOYD).build();
        List<KMeansEvent> lloydEvents = new ArrayList<>();
        KMeansResult reference = lloyd.toBuilder().listener(lloydEvents::add).build().fit(data);
        for (Algorithm algorithm : exactVariants(d)) {
            List<KMeansEvent> oneEvents = new ArrayList<>();
            List<KMeansEvent> manyEvents = new ArrayList<>();
            KMeansResult one = lloyd.toBuilder().algorithm(algorithm).listener(oneEvents::add).build().fit(data);
            KMeansResult many = lloyd.toBuilder().algorithm(algorithm).threads(threads).listener(manyEvents::add)
                    .build().fit(data);
            assertThat(many).as(algorithm + " with %d threads", threads).isEqualTo(one);
            assertThat(bytes(manyEvents)).as(algorithm + " with %d threads", threads).isEqualTo(bytes(oneEvents));
            assertThat(many.passStatistics()).as(algorithm + " statistics").isEqualTo(one.passStatistics());
            assertThat(one).as(algorithm + " against scalar Lloyd").isEqualTo(reference);
            assertThat(bytes(oneEvents)).as(algorithm + " against scalar Lloyd").isEqualTo(bytes(lloydEvents));
            KMeansResult quiet = lloyd.toBuilder().algorithm(algorithm).threads(threads).build().fit(data);
            assertThat(quiet).as(algorithm + " unwatched, with %d threads", threads).isEqualTo(reference);
        }
    }

    /**
     * Rows of {@link AssignmentPass#WIDE_D} dimensions and more, where slots are cut smaller (8·k
     * points): many slots, kept and taken again as the labels settle, on one thread and three,
     * watched and not, with either full-search implementation: still scalar Lloyd's fit and
     * events, bit for bit.
     */
    @Test
    void fit_boundedVariantsOnWideRows_areScalarLloydsFitWithAnyThreadCount() {
        int n = 9000;
        int d = AssignmentPass.WIDE_D + 44;
        int k = 6;
        Dataset data = ParallelDeterminismTest.blobs(20261205L, n, d, 4, false);
        KMeans lloyd = KMeans.builder().k(k).seed(7).maxIterations(15).threads(1)
                .kernel(Kernel.SCALAR).algorithm(Algorithm.LLOYD).build();
        List<KMeansEvent> lloydEvents = new ArrayList<>();
        KMeansResult reference = lloyd.toBuilder().listener(lloydEvents::add).build().fit(data);
        assertThat(reference.iterations()).as("iterations of the reference").isGreaterThan(2);
        for (Algorithm algorithm : BOUNDED) {
            for (Kernel kernel : List.of(Kernel.SCALAR, Kernel.AUTO)) {
                for (int threads : new int[] {1, 3}) {
                    String where = algorithm + ", " + kernel + ", " + threads + " threads";
                    List<KMeansEvent> events = new ArrayList<>();
                    KMeans variant = lloyd.toBuilder().algorithm(algorithm).kernel(kernel).threads(threads).build();
                    assertThat(variant.toBuilder().listener(events::add).build().fit(data)).as(where)
                            .isEqualTo(reference);
                    assertThat(bytes(events)).as(where).isEqualTo(bytes(lloydEvents));
                    assertThat(variant.fit(data)).as(where + ", unwatched").isEqualTo(reference);
                }
            }
        }
    }

    /**
     * Wide data, where an unwatched Elkan defers its distances (from {@link ElkanPass#DEFER_MIN_D}
     * dimensions on), with every empty-cluster policy and initial centroids far from the data, so
     * that clusters empty and farthest-point repairs read the settled distances: still scalar
     * Lloyd's fit, bit for bit, as is an unwatched Hamerly's.
     */
    @Property(tries = 25, seed = "20261210")
    @StatisticsReport(StatisticsReportMode.OFF)
    void fit_unwatchedOnWideData_isScalarLloydsFit(
            @ForAll @IntRange(min = ElkanPass.DEFER_MIN_D, max = 96) int d,
            @ForAll @IntRange(min = 40, max = 400) int n,
            @ForAll @IntRange(min = 3, max = 12) int k,
            @ForAll EmptyClusterPolicy policy,
            @ForAll boolean floats,
            @ForAll long seed) {
        Dataset data = ParallelDeterminismTest.blobs(seed, n, d, 3, floats);
        // Every third initial centroid far from all data: its cluster is empty at once.
        double[][] start = new double[k][];
        for (int j = 0; j < k; j++) {
            start[j] = data.row(j);
            if (j % 3 == 2) {
                Arrays.fill(start[j], 1e4 + j);
            }
        }
        KMeans lloyd = KMeans.builder().k(k).seed(seed).initializer(Initializer.given(start)).maxIterations(20)
                .emptyClusterPolicy(policy).threads(1).kernel(Kernel.SCALAR).algorithm(Algorithm.LLOYD).build();
        List<KMeansEvent> events = new ArrayList<>();
        KMeansResult reference = null;
        String failure = null;
        try {
            reference = lloyd.toBuilder().listener(events::add).build().fit(data);
        } catch (IllegalStateException e) {
            failure = e.getMessage();   // the FAIL policy met an empty cluster: the variants must fail alike
        }
        for (Algorithm algorithm : BOUNDED) {
            KMeans quiet = lloyd.toBuilder().algorithm(algorithm).build();
            if (failure != null) {
                assertThatThrownBy(() -> quiet.fit(data)).as(algorithm.name()).isInstanceOf(IllegalStateException.class)
                        .hasMessage(failure);
            } else {
                assertThat(quiet.fit(data)).as(algorithm.name()).isEqualTo(reference);
            }
        }
        Statistics.label("emptied").collect(failure != null || events.stream().anyMatch(e -> e instanceof EmptyClusterRepaired));
        Statistics.label("emptied").coverage(c -> c.check(true).percentage(p -> p >= 10));
    }

    /**
     * The passes themselves, driven through any sequence of centroid sets: moves of a few units in
     * the last place, small drifts and jumps, over points placed on the computed midpoints of two
     * centroids (give or take an ulp), where only rounding decides the nearest. After every pass
     * each label is the exact search's (the lowest index among the smallest computed squared
     * distances, {@link Oracle#nearest}): the margins of the bounds must absorb all rounding.
     * Variants 0 and 1 are Elkan, 2 and 3 Hamerly; the odd ones defer their distances (moving an
     * upper bound instead; the distances are settled after the pass); 4 and 5 are the k-d tree filter,
     * whose pruning proofs must absorb the same rounding, 6 and 7 the same with sums per cell
     * (5 and 7 deferring their distances). Variant 8 is Yinyang, with up to 24 clusters in any
     * number of groups.
     */
    @Property(tries = 800, seed = "20261209")
    @StatisticsReport(StatisticsReportMode.OFF)
    void passes_anySequenceOfCentroids_giveTheExactSearchsLabels(@ForAll @IntRange(min = 0, max = 8) int variant,
                                                                @ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int d = r.nextInt(3) == 0 ? r.nextInt(2, 5) : 1;
        int k = variant == 4 ? r.nextInt(2, 25) : r.nextInt(2, 7);
        double scale = Math.pow(10, r.nextInt(-3, 7));
        double offset = r.nextInt(3) == 0 ? scale * 1e4 : 0;
        double[][] c = new double[k][d];
        for (double[] centroid : c) {
            for (int m = 0; m < d; m++) {
                centroid[m] = offset + scale * r.nextDouble(-1, 1);
            }
        }
        int n = 300;
        double[][] rows = new double[n][d];
        for (double[] row : rows) {
            double[] a = c[r.nextInt(k)];
            double[] b = c[r.nextInt(k)];
            for (int m = 0; m < d; m++) {
                double mid = (a[m] + b[m]) / 2;
                int ulps = r.nextInt(-2, 3);
                row[m] = ulps < 0 ? Math.nextDown(mid) : ulps > 0 ? Math.nextUp(mid) : mid;
            }
        }
        Dataset data = Dataset.of(rows);
        boolean defer = variant % 2 == 1 && variant < 8;
        // Either full search: they give the same bits.
        CentroidDistances search = r.nextBoolean() ? ScalarCentroidDistances.INSTANCE
                : CentroidDistances.forKernel(Kernels.automatic());
        AssignmentPass pass = variant == 8 ? new YinyangPass(data, k, null, 1, search, r.nextInt(1, k + 1))
                : variant >= 4 ? new FilterPass(data, k, null, 1, defer, variant >= 6)
                : variant < 2 ? new ElkanPass(data, k, null, 1, search, defer)
                : new HamerlyPass(data, k, null, 1, search, defer);
        assertThat(pass.defersDistances()).isEqualTo(defer);
        ClusterTotals totals = new ClusterTotals(k, d);
        int[] labels = new int[n];
        Arrays.fill(labels, -1);
        double[] nearest = new double[n];
        pass.restart();
        long skipped = 0;
        for (int step = 0; step < 25; step++) {
            double[] flat = new double[k * d];
            for (int j = 0; j < k; j++) {
                System.arraycopy(c[j], 0, flat, j * d, d);
            }
            pass.run(flat, labels, nearest, totals);
            if (defer) {
                assertThat(totals.inertia).isNaN();
                pass.settle(labels, nearest);
            }
            skipped += (long) n * k - totals.computed;
            for (int i = 0; i < n; i++) {
                assertThat(labels[i]).as("step %d, row %d", step, i).isEqualTo(Oracle.nearest(rows[i], c));
                assertThat(nearest[i]).as("step %d, row %d", step, i)
                        .isEqualTo(Oracle.distanceSquared(rows[i], c[labels[i]]));
            }
            for (double[] centroid : c) {
                int move = r.nextInt(10);
                for (int m = 0; m < d; m++) {
                    double v = centroid[m];
                    centroid[m] = move < 6 ? v + r.nextInt(-3, 4) * Math.ulp(v)
                            : move < 9 ? v * (1 + r.nextDouble(-1e-9, 1e-9))
                            : offset + scale * r.nextDouble(-1, 1);
                }
            }
        }
        Statistics.label("skipped some").collect(skipped > 0);
        Statistics.label("skipped some").coverage(x -> x.check(true).percentage(p -> p >= 50));
    }

    // ------------------------------------------------------------------ examples

    /** Eight well-separated blobs in 2-D, started from one point of each: the bounds should prune most. */
    @Test
    void fit_separatedBlobs_boundedVariantsSkipMostDistancesAfterTheFirstPass() {
        SplittableRandom random = new SplittableRandom(7);
        int k = 8;
        double[][] rows = new double[5000][];
        for (int i = 0; i < rows.length; i++) {
            int blob = i % k;
            rows[i] = new double[] {20 * blob + random.nextGaussian(), 20 * (blob % 3) + random.nextGaussian()};
        }
        double[][] start = Arrays.copyOf(rows, k);
        for (Algorithm algorithm : BOUNDED) {
            KMeansResult result = KMeans.builder().k(k).algorithm(algorithm).initializer(Initializer.given(start))
                    .seed(1).build().fit(Dataset.of(rows));
            List<PassStatistics.Pass> passes = result.passStatistics().orElseThrow().passes();
            assertThat(passes.size()).as(algorithm + ": passes").isGreaterThan(1);
            for (PassStatistics.Pass p : passes.subList(1, passes.size())) {
                // Each point's distance to its own centroid is always computed: at best 1 of k.
                assertThat(p.skippedFraction()).as(algorithm + ", pass " + p.iteration()).isGreaterThan(0.5);
            }
        }
    }

    @Test
    void algorithm_default_isAutoAndShowsInToString() {
        KMeans kmeans = KMeans.builder().k(2).build();
        assertThat(kmeans.algorithm()).isEqualTo(Algorithm.AUTO);
        assertThat(kmeans.toString()).contains("algorithm=AUTO");
        assertThat(kmeans.toBuilder().algorithm(Algorithm.ELKAN).build().toString()).contains("algorithm=ELKAN");
    }

    @Test
    void algorithm_null_isRejected() {
        assertThatThrownBy(() -> KMeans.builder().algorithm(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("algorithm must not be null");
    }

    @Test
    void choose_badShapeOrKernel_isRejected() {
        assertThatThrownBy(() -> Algorithm.choose(0, 2, 2, Kernel.SCALAR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("n=0");
        assertThatThrownBy(() -> Algorithm.choose(10, 2, 2, Kernel.AUTO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kernel must be SCALAR, PORTABLE or VECTOR, was AUTO");
    }

    /**
     * The documented rule's invariants: never AUTO; one cluster has nothing to prune, so Lloyd;
     * never Lloyd with the exact scalar kernel, which the bounded variants reproduce with fewer
     * distances; with the Vector API kernel, Lloyd below 512 dimensions or above 16 clusters;
     * Elkan never where its n·k bounds exceed 2²⁶, Yinyang never where its n·max(1, ⌊k/10⌋)
     * do, nor below 64 clusters (where it was not measured); and the measured corners of the rule.
     */
    @Test
    void choose_anyShape_followsTheDocumentedRule() {
        for (int n : new int[] {1, 1000, 1_000_000}) {
            for (int d : new int[] {1, 2, 8, 16, 17, 32, 64, 511, 512, 784}) {
                for (int k : new int[] {1, 2, 3, 4, 8, 16, 17, 64, 65, 256}) {
                    for (Kernel kernel : List.of(Kernel.SCALAR, Kernel.PORTABLE, Kernel.VECTOR)) {
                        Algorithm chosen = Algorithm.choose(n, d, k, kernel);
                        String where = n + "x" + d + "x" + k + " " + kernel;
                        assertThat(chosen).as(where).isNotEqualTo(Algorithm.AUTO).isNotEqualTo(Algorithm.EXACT_1D)
                                .isNotIn(Algorithm.KD_FILTER, Algorithm.KD_FILTER_CELLS);
                        if (k == 1 || (kernel == Kernel.VECTOR && (d < 512 || k > 16))) {
                            assertThat(chosen).as(where).isEqualTo(Algorithm.LLOYD);
                        } else if (kernel == Kernel.SCALAR) {
                            assertThat(chosen).as(where).isNotEqualTo(Algorithm.LLOYD);
                        }
                        if ((long) n * k > 1L << 26) {
                            assertThat(chosen).as(where).isNotEqualTo(Algorithm.ELKAN);
                        }
                        if (k < 64 || (long) n * Math.max(1, k / 10) > 1L << 26) {
                            assertThat(chosen).as(where).isNotEqualTo(Algorithm.YINYANG);
                        }
                    }
                }
            }
        }
        assertThat(Algorithm.choose(60_000, 784, 10, Kernel.VECTOR)).isEqualTo(Algorithm.ELKAN);
        assertThat(Algorithm.choose(60_000, 784, 32, Kernel.VECTOR)).isEqualTo(Algorithm.LLOYD);
        assertThat(Algorithm.choose(100_000, 2, 3, Kernel.PORTABLE)).isEqualTo(Algorithm.LLOYD);
        assertThat(Algorithm.choose(1_000_000, 2, 8, Kernel.PORTABLE)).isEqualTo(Algorithm.HAMERLY);
        assertThat(Algorithm.choose(200_000, 64, 16, Kernel.PORTABLE)).isEqualTo(Algorithm.ELKAN);
        assertThat(Algorithm.choose(200_000, 4, 256, Kernel.PORTABLE)).isEqualTo(Algorithm.LLOYD);
        // Was Hamerly (Elkan's n·k bounds do not fit); since the Yinyang measurements of 2026-12-05
        // (100 000, 64, 64: Yinyang 1.6× faster than Hamerly, 1.8× than the portable kernel) Yinyang,
        // whose n·6 bounds fit.
        assertThat(Algorithm.choose(2_000_000, 64, 64, Kernel.PORTABLE)).isEqualTo(Algorithm.YINYANG);
        assertThat(Algorithm.choose(200_000, 16, 128, Kernel.PORTABLE)).isEqualTo(Algorithm.YINYANG);
        assertThat(Algorithm.choose(200_000, 64, 256, Kernel.SCALAR)).isEqualTo(Algorithm.YINYANG);
        assertThat(Algorithm.choose(200_000, 64, 256, Kernel.VECTOR)).isEqualTo(Algorithm.LLOYD);
        // Too many bounds for Yinyang (n·25) and Elkan: the earlier rule.
        assertThat(Algorithm.choose(10_000_000, 64, 256, Kernel.PORTABLE)).isEqualTo(Algorithm.HAMERLY);
    }

    /** AUTO runs the variant {@link Algorithm#choose} names for the kernel, as the statistics report. */
    @Test
    void fit_auto_runsTheChosenVariant() {
        Dataset data = ParallelDeterminismTest.blobs(3, 3000, 2, 4, false);
        for (int k : new int[] {1, 3, 8}) {
            for (Kernel kernel : List.of(Kernel.SCALAR, Kernel.PORTABLE)) {
                KMeansResult result = KMeans.builder().k(k).seed(5).kernel(kernel).build().fit(data);
                assertThat(result.passStatistics().orElseThrow().algorithm()).as("k = %d, %s", k, kernel)
                        .isEqualTo(Algorithm.choose(3000, 2, k, kernel));
            }
        }
    }

    @Test
    void fit_elkanWhoseBoundsExceedAnArray_isRejectedNamingTheProduct() {
        double[] values = new double[50_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        assertThatThrownBy(() -> KMeans.builder().k(50_000).algorithm(Algorithm.ELKAN).build()
                .fit(Dataset.ofValues(values)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ELKAN")
                .hasMessageContaining("n*k = 2500000000");
    }

    @Test
    void fit_yinyangWhoseBoundsExceedAnArray_isRejectedNamingTheCount() {
        double[] values = new double[150_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        // 150 000 points times 15 000 groups: 2.25·10⁹ bounds.
        assertThatThrownBy(() -> KMeans.builder().k(150_000).algorithm(Algorithm.YINYANG).build()
                .fit(Dataset.ofValues(values)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("YINYANG")
                .hasMessageContaining("2250000000");
    }

    @Test
    void passStatistics_loadedResult_isEmptyAndEqualityIgnoresIt() throws IOException {
        KMeansResult fitted = KMeans.builder().k(3).seed(2).algorithm(Algorithm.HAMERLY).build()
                .fit(ParallelDeterminismTest.blobs(4, 500, 3, 3, false));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fitted.save(out);
        KMeansResult loaded = KMeansResult.load(new java.io.ByteArrayInputStream(out.toByteArray()));
        assertThat(fitted.passStatistics()).isPresent();
        assertThat(loaded.passStatistics()).isEmpty();
        assertThat(loaded).isEqualTo(fitted);
    }

    @Test
    void passStatistics_badComponents_areRejected() {
        assertThatThrownBy(() -> new PassStatistics(Algorithm.AUTO, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AUTO");
        assertThatThrownBy(() -> new PassStatistics.Pass(0, 1, 1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("iteration");
        assertThatThrownBy(() -> new PassStatistics.Pass(1, -1, 1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("non-negative");
    }
}
