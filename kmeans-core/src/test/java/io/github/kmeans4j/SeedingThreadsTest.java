package io.github.kmeans4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.event.SeedChosen;
import io.github.kmeans4j.internal.SplitMix64;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Greedy k-means++ and k-means‖ run their passes over fixed row slots on every thread of the fit:
 * the seeds (every {@link SeedChosen} event) are the same for 1, 2, 3 and 4 threads, for both
 * distance loops (the Vector API one under {@link Kernel#AUTO} in this test JVM, the plain one
 * under {@link Kernel#PORTABLE}), and the same as slow versions written here from the
 * definitions (the random stream is the library's documented {@link SplitMix64}); a
 * cancellation in the middle of seeding ends the fit at once.
 */
class SeedingThreadsTest {

    /** Gaussian blobs whose values are floats (so the float rows hold the same numbers), with weights. */
    private static double[][] rows(SplittableRandom random, int n, int d) {
        double[][] centres = new double[7][d];
        for (double[] c : centres) {
            for (int m = 0; m < d; m++) {
                c[m] = random.nextDouble(-10, 10);
            }
        }
        double[][] rows = new double[n][d];
        for (int i = 0; i < n; i++) {
            double[] c = centres[random.nextInt(centres.length)];
            for (int m = 0; m < d; m++) {
                rows[i][m] = (float) (c[m] + random.nextGaussian() * 2);
            }
        }
        return rows;
    }

    /** Weights in [0.25, 4), every tenth row (about) 0. */
    private static double[] weights(SplittableRandom random, int n) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = random.nextInt(10) == 0 ? 0 : random.nextDouble(0.25, 4);
        }
        return w;
    }

    private static List<SeedChosen> seeds(KMeans kmeans, Dataset data) {
        List<SeedChosen> seeds = new ArrayList<>();
        kmeans.toBuilder().listener(e -> {
            if (e instanceof SeedChosen s) {
                seeds.add(s);
            }
        }).build().fit(data);
        return seeds;
    }

    @Property(tries = 15)
    void greedySeeds_sameForOneToFourThreads_andEqualToTheDefinition(
            @ForAll @IntRange(min = 8200, max = 20_000) int n,
            @ForAll @IntRange(min = 1, max = 11) int d,
            @ForAll @IntRange(min = 2, max = 24) int k,
            @ForAll boolean weighted,
            @ForAll boolean floats,
            @ForAll boolean portable,
            @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] rows = rows(random, n, d);
        double[] w = weighted ? weights(random, n) : null;
        Dataset data = Dataset.of(rows);
        data = floats ? data.toFloats() : data;
        data = w != null ? data.withWeights(w) : data;
        KMeans one = KMeans.builder().k(k).seed(seed).maxIterations(1).threads(1)
                .kernel(portable ? Kernel.PORTABLE : Kernel.AUTO).build();

        List<SeedChosen> expected = seeds(one, data);
        assertThat(expected).extracting(e -> List.of((double) e.pointIndex(), e.distanceSquared(), e.probability()))
                .as("seed rows, their D² and probabilities against the definition")
                .containsExactlyElementsOf(greedyDefinition(rows, w, k, seed));
        for (int threads = 2; threads <= 4; threads++) {
            assertThat(seeds(one.toBuilder().threads(threads).build(), data)).as("%d threads", threads)
                    .isEqualTo(expected);
        }
    }

    /**
     * k-means‖ makes its candidates' passes over the same row slots, eight candidates per pass:
     * its seeds are those of k-means‖ written here from its documented steps, for 1 to 4 threads
     * and either distance loop.
     */
    @Property(tries = 10)
    void kMeansParallelSeeds_sameForOneToFourThreadsAndBothLoops_andEqualToTheDefinition(
            @ForAll @IntRange(min = 8200, max = 20_000) int n,
            @ForAll @IntRange(min = 1, max = 11) int d,
            @ForAll @IntRange(min = 2, max = 24) int k,
            @ForAll boolean weighted,
            @ForAll boolean floats,
            @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] rows = rows(random, n, d);
        Dataset data = Dataset.of(rows);
        data = floats ? data.toFloats() : data;
        data = weighted ? data.withWeights(weights(random, n)) : data;
        KMeans one = KMeans.builder().k(k).seed(seed).maxIterations(1).threads(1).kernel(Kernel.PORTABLE)
                .initializer(Initializer.kMeansParallel()).build();

        List<SeedChosen> expected = seeds(one, data);
        assertThat(expected).extracting(SeedChosen::pointIndex).as("seed rows against the definition")
                .containsExactlyElementsOf(kMeansParallelDefinition(rows, weighted ? data.weightsOrNull() : null, k,
                        seed));
        for (int threads = 1; threads <= 4; threads++) {
            assertThat(seeds(one.toBuilder().threads(threads).kernel(Kernel.AUTO).build(), data))
                    .as("%d threads", threads).isEqualTo(expected);
        }
    }

    /**
     * Greedy k-means++ as scikit-learn defines it ({@code 2 + ⌊ln k⌋} candidates per step drawn
     * by weight·D², the one of least potential kept, the first on ties), drawing from the fit's
     * documented random stream: restart 0's {@link SplitMix64}, the first row by weight (one
     * {@code nextInt(n)} unweighted), then one {@code nextDouble()} per candidate, each scaled by
     * the potential and found on the running sum of weight·D² in row order.
     */
    private static List<List<Double>> greedyDefinition(double[][] x, double[] w, int k, long seed) {
        return greedyDefinition(x, w, k, SplitMix64.forRestart(seed, 0));
    }

    /**
     * k-means‖ as {@link Initializer#kMeansParallel(int, double)} documents it (5 rounds, ℓ = 2k),
     * drawing from the fit's random stream: a first candidate by weight; per round, while the
     * potential φ is positive, every row of positive mass in row order kept with probability
     * min(1, ℓ·w·D²/φ) (no number drawn when that is 1); every row's nearest candidate, ties to
     * the earlier; candidates weighted by their rows; then greedy k-means++ on the candidates of
     * positive weight from the same stream. Returns the seeds' rows (here always more than k
     * candidates).
     */
    private static List<Integer> kMeansParallelDefinition(double[][] x, double[] w, int k, long seed) {
        SplitMix64 random = SplitMix64.forRestart(seed, 0);
        int n = x.length;
        double ell = 2.0 * k;
        List<Integer> candidates = new ArrayList<>();
        if (w == null) {
            candidates.add(random.nextInt(n));
        } else {
            double total = 0;
            for (double v : w) {
                total += v;
            }
            candidates.add(byRunningSum(w, random.nextDouble() * total));
        }
        double[] closest = new double[n];
        int[] owner = new int[n];
        for (int i = 0; i < n; i++) {
            closest[i] = Oracle.distanceSquared(x[i], x[candidates.get(0)]);
        }
        for (int round = 0; round < 5; round++) {
            double phi = 0;
            for (int i = 0; i < n; i++) {
                phi += Oracle.weight(w, i) * closest[i];
            }
            if (!(phi > 0)) {
                break;
            }
            int before = candidates.size();
            for (int i = 0; i < n; i++) {
                double mass = Oracle.weight(w, i) * closest[i];
                if (mass > 0) {
                    double p = ell * mass / phi;
                    if (p >= 1 || random.nextDouble() < p) {
                        candidates.add(i);
                    }
                }
            }
            for (int t = before; t < candidates.size(); t++) {
                for (int i = 0; i < n; i++) {
                    double dist = Oracle.distanceSquared(x[i], x[candidates.get(t)]);
                    if (dist < closest[i]) {
                        closest[i] = dist;
                        owner[i] = t;
                    }
                }
            }
        }
        double[] candidateWeight = new double[candidates.size()];
        for (int i = 0; i < n; i++) {
            candidateWeight[owner[i]] += Oracle.weight(w, i);
        }
        List<Integer> kept = new ArrayList<>();
        List<Double> keptWeight = new ArrayList<>();
        for (int t = 0; t < candidates.size(); t++) {
            if (candidateWeight[t] > 0) {
                kept.add(candidates.get(t));
                keptWeight.add(candidateWeight[t]);
            }
        }
        assertThat(kept.size()).as("distinct candidates").isGreaterThan(k);
        double[][] points = new double[kept.size()][];
        double[] weights = new double[kept.size()];
        for (int t = 0; t < kept.size(); t++) {
            points[t] = x[kept.get(t)];
            weights[t] = keptWeight.get(t);
        }
        List<Integer> seeds = new ArrayList<>();
        for (List<Double> chosen : greedyDefinition(points, weights, k, random)) {
            seeds.add(kept.get(chosen.get(0).intValue()));
        }
        return seeds;
    }

    private static List<List<Double>> greedyDefinition(double[][] x, double[] w, int k, SplitMix64 random) {
        int n = x.length;
        List<List<Double>> seeds = new ArrayList<>();   // (row, D² to the nearest earlier seed, probability)
        int first;
        double firstProbability;
        if (w == null) {
            first = random.nextInt(n);
            firstProbability = 1.0 / n;
        } else {
            double total = 0;
            for (double v : w) {
                total += v;
            }
            first = byRunningSum(w, random.nextDouble() * total);
            firstProbability = w[first] / total;
        }
        seeds.add(List.of((double) first, Double.POSITIVE_INFINITY, firstProbability));
        double[] closest = new double[n];
        for (int i = 0; i < n; i++) {
            closest[i] = Oracle.distanceSquared(x[i], x[first]);
        }
        int trials = 2 + (int) Math.log(k);
        for (int j = 1; j < k; j++) {
            double[] mass = new double[n];
            double potential = 0;
            for (int i = 0; i < n; i++) {
                mass[i] = Oracle.weight(w, i) * closest[i];
                potential += mass[i];
            }
            List<Double> bestSeed = null;
            double bestPotential = Double.POSITIVE_INFINITY;
            double[] best = null;
            for (int t = 0; t < trials; t++) {
                int candidate = byRunningSum(mass, random.nextDouble() * potential);
                double[] trial = new double[n];
                double trialPotential = 0;
                for (int i = 0; i < n; i++) {
                    trial[i] = Math.min(closest[i], Oracle.distanceSquared(x[i], x[candidate]));
                    trialPotential += Oracle.weight(w, i) * trial[i];
                }
                if (trialPotential < bestPotential) {
                    bestPotential = trialPotential;
                    bestSeed = List.of((double) candidate, closest[candidate], mass[candidate] / potential);
                    best = trial;
                }
            }
            seeds.add(bestSeed);
            closest = best;
        }
        return seeds;
    }

    /** The first row of positive mass whose running sum exceeds target; the last such row if none does. */
    private static int byRunningSum(double[] mass, double target) {
        double running = 0;
        int last = -1;
        for (int i = 0; i < mass.length; i++) {
            if (mass[i] > 0) {
                running += mass[i];
                last = i;
                if (running > target) {
                    return i;
                }
            }
        }
        return last;
    }

    /**
     * A token cancelled by another thread while seeding 300 000 rows of 64 columns into 400
     * clusters on two threads (minutes of work) ends the fit within seconds, with a cancelled
     * result: every seed after the last one drawn repeats it.
     */
    @Test
    void fit_tokenCancelledDuringSeeding_endsPromptlyAndCancelled() throws Exception {
        int n = 300_000;
        int d = 64;
        int k = 400;
        double[][] rows = rows(new SplittableRandom(5), n, d);
        Dataset data = Dataset.of(rows);
        CancellationToken token = new CancellationToken();
        List<SeedChosen> seeds = Collections.synchronizedList(new ArrayList<>());
        KMeans kmeans = KMeans.builder().k(k).seed(5).threads(2).listener((KMeansEvent e) -> {
            if (e instanceof SeedChosen s) {
                seeds.add(s);
            }
        }).build();
        ExecutorService fitting = Executors.newSingleThreadExecutor();
        try {
            Future<KMeansResult> result = fitting.submit(() -> kmeans.fit(data, token));
            while (seeds.size() < 3) {
                Thread.sleep(1);
            }
            Thread.sleep(20);   // into the next step's pass over the rows
            long cancelledAt = System.nanoTime();
            token.cancel();
            KMeansResult fit = result.get(60, TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - cancelledAt) * 1e-9;

            assertThat(fit.stopReason()).isEqualTo(StopReason.CANCELLED);
            assertThat(seconds).as("seconds from cancel() to the result").isLessThan(5.0);
            assertThat(seeds).hasSize(k);
            int drawn = 0;
            while (drawn < k && !seeds.get(drawn).reason().startsWith("seeding cancelled")) {
                drawn++;
            }
            assertThat(drawn).as("seeds drawn before the cancellation").isBetween(3, k - 1);
            for (SeedChosen s : seeds.subList(drawn, k)) {
                assertThat(s.centroid()).containsExactly(seeds.get(drawn - 1).centroid());
            }
            assertThat(fit.centroids()).hasNumberOfRows(k);
        } finally {
            fitting.shutdownNow();
        }
    }
}
