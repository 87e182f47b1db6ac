package io.github.kmeans4j;

import io.github.kmeans4j.internal.Numbers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How a run chooses its k initial centroids. Each strategy draws only from the fit's own seeded
 * generator (so a seed fixes the outcome) and announces every seed it picks as a
 * {@link io.github.kmeans4j.event.SeedChosen} event. With sample weights, a point of weight
 * {@code w} is as likely to be drawn as {@code w} copies of it; points of weight 0 are never drawn.
 *
 * <p>Memory: besides the k·d centroids, seeding holds these buffers for n rows, freed before the
 * first iteration (a 10 M-row dataset makes one array of n doubles 80 MB):
 * <ul>
 *   <li>{@link #greedyKMeansPlusPlus()}, the default, with T = 2 + ⌊ln k⌋ candidates per step:
 *       T + 1 arrays of n doubles (8·(T + 1)·n bytes: the distance to the nearest seed and each
 *       candidate's, all measured in one pass);</li>
 *   <li>{@link #kMeansPlusPlus()} and {@code greedyKMeansPlusPlus(1)}: two arrays of n doubles
 *       (16·n bytes); {@link #farthestPoint()}: one (8·n bytes);</li>
 *   <li>{@link #kMeansParallel()}: n doubles and n ints (12·n bytes), plus O(C·d) for its C
 *       candidates; when it keeps fewer than k candidates and tops up with greedy k-means++,
 *       T more arrays of n doubles;</li>
 *   <li>with the Vector API kernel, greedy k-means++, k-means++ and k-means‖ also copy the rows,
 *       in double, into the layout of their vector loop (8·n·d bytes);</li>
 *   <li>{@link #randomPoints()}: n booleans, and a copy of the n weights when the data are
 *       weighted;</li>
 *   <li>{@link #randomPartition()}: O(k); {@link #given(double[][])}: nothing.</li>
 * </ul>
 *
 * <p>Threads: greedy k-means++, k-means++ and k-means‖ make their passes over the rows on the
 * fit's threads ({@link KMeans.Builder#threads(int)}), over fixed slots of rows; every value,
 * sum and draw is that of one thread, so the seeds do not depend on the thread count.
 *
 * <p>Cancellation: the drawing strategies look at the fit's {@link CancellationToken} (and the
 * thread's interrupt status) before each seed, between the candidates' draws, and within a pass
 * over the data before every slot of 4096 rows.
 * Once the fit is cancelled they stop; every seed not reached yet repeats the latest one (and is
 * announced so, with probability 1), and the run returns with {@link StopReason#CANCELLED} after
 * its final assignment. Mini-batch seeding cannot be cancelled.
 *
 * <p>Your own strategy: {@link #custom(String, SeedPicker)} wraps a {@link SeedPicker}, which
 * chooses seeds through a {@link SeedDraw} that gives it the rows, the fit's generator and a way
 * to choose that announces every seed, so a custom strategy keeps both promises above.
 *
 * <p>Instances are immutable and thread-safe.
 */
public abstract sealed class Initializer permits Initializer.RandomPoints, Initializer.RandomPartition,
        Initializer.KMeansPlusPlus, Initializer.KMeansParallel, Initializer.FarthestPoint, Initializer.Given,
        CustomInitializer {

    /** Package-private: the strategies are the nested classes and {@link CustomInitializer}. */
    Initializer() {
    }

    /**
     * Chooses the initial centroids into {@code seeding.centroids}.
     * The data has at least k distinct points of positive weight (checked before). May return
     * early, with seeds left unset, once {@link Seeding#cancelled()} answers true.
     */
    abstract void initialize(Seeding seeding);

    /**
     * Chooses all k initial centroids: {@link #initialize} and, if it stopped early because the
     * fit was cancelled, cheap stand-ins for the seeds it did not reach.
     */
    final void seed(Seeding seeding) {
        initialize(seeding);
        seeding.completeCancelled();
        seeding.release();
    }

    /**
     * As {@link #seed(Seeding)}, for a fit whose rows are more than the sample {@code seeding}
     * reads: k-means‖ then makes its oversampling passes over {@code all} (when not null) and
     * announces seeds by their sample row (−1 for rows outside the sample); every other
     * initialiser seeds from the sample.
     */
    final void seed(Seeding seeding, OversamplingRows all) {
        if (all == null || !(this instanceof KMeansParallel parallel)) {
            seed(seeding);
            return;
        }
        parallel.initializeFrom(all, seeding);
        seeding.completeCancelled();
        seeding.release();
    }

    /** Checks the strategy can serve data of dimension {@code d} with {@code k} clusters. */
    void check(int k, int d) {
    }

    /** A short description, used in events and logs. */
    @Override
    public abstract String toString();

    /**
     * Forgy's method: k distinct rows drawn at random (with probability proportional to weight,
     * without replacement). O(k) draws unweighted, O(n·k) weighted.
     *
     * @return Forgy's random-rows initialiser
     */
    public static Initializer randomPoints() {
        return RandomPoints.INSTANCE;
    }

    /**
     * Random partition: every point gets a uniformly random label and each centroid is the
     * weighted mean of its points; a part that receives no weight takes a random row instead.
     * The centroids all start near the overall mean. O(n·d).
     *
     * @return the random-partition initialiser
     */
    public static Initializer randomPartition() {
        return RandomPartition.INSTANCE;
    }

    /**
     * k-means++ (Arthur and Vassilvitskii, "k-means++: the advantages of careful seeding", SODA
     * 2007): the first seed is a random row, each next one a row drawn with probability
     * proportional to its weight times its squared distance to the nearest seed so far. O(n·k·d).
     *
     * @return the k-means++ initialiser, one candidate per step
     */
    public static Initializer kMeansPlusPlus() {
        return new KMeansPlusPlus(1);
    }

    /**
     * Greedy k-means++ (as in scikit-learn): at each step draw {@code 2 + ⌊ln k⌋} candidates as
     * k-means++ does and keep the one that lowers the potential (weighted sum of squared distances
     * to the nearest seed) most. O(n·k·d·log k). The default initialiser.
     *
     * @return the greedy k-means++ initialiser with {@code 2 + ⌊ln k⌋} candidates per step
     */
    public static Initializer greedyKMeansPlusPlus() {
        return new KMeansPlusPlus(0);
    }

    /**
     * Greedy k-means++ with a given number of candidates per step ({@code 1} is plain k-means++).
     *
     * @param candidates the number of candidates drawn per step, at least 1
     * @return the greedy k-means++ initialiser with that many candidates per step
     * @throws IllegalArgumentException if {@code candidates < 1}
     */
    public static Initializer greedyKMeansPlusPlus(int candidates) {
        if (candidates < 1) {
            throw new IllegalArgumentException("candidates per step must be at least 1, was " + candidates);
        }
        return new KMeansPlusPlus(candidates);
    }

    /**
     * k-means‖ with the usual settings: 5 oversampling rounds, ℓ = 2k expected candidates per
     * round. See {@link #kMeansParallel(int, double)}.
     *
     * @return the k-means‖ initialiser with 5 rounds and oversampling 2
     */
    public static Initializer kMeansParallel() {
        return new KMeansParallel(5, 2.0);
    }

    /**
     * k-means‖, "scalable k-means++" (Bahmani, Moseley, Vattani, Kumar and Vassilvitskii, VLDB
     * 2012): a few passes over the data that each oversample many candidates, then a small
     * weighted k-means++ on the candidates instead of k passes over the data.
     *
     * <ol>
     *   <li>The first candidate is a row drawn by weight.</li>
     *   <li>Each of {@code rounds} rounds keeps every row independently with probability
     *       {@code min(1, ℓ·w·D²/φ)}, where ℓ = {@code oversampling}·k, D² is the row's squared
     *       distance to its nearest candidate so far and φ the weighted sum of those; about ℓ new
     *       candidates per round. The rounds end early once φ is 0 (every row is a candidate's
     *       duplicate).</li>
     *   <li>Each candidate is weighted by the total weight of the rows nearest to it (ties to the
     *       earlier candidate, so duplicate candidates weigh 0).</li>
     *   <li>Greedy k-means++ ({@code 2 + ⌊ln k⌋} trials per step, as {@link #greedyKMeansPlusPlus()})
     *       on the weighted candidates picks the k seeds; no Lloyd iterations are run on the
     *       candidates, so every seed is a data row.</li>
     *   <li>When fewer than k distinct candidates of positive weight were drawn (small data, few
     *       distinct points, k close to n), all of them become seeds and greedy k-means++ on the
     *       whole data chooses the rest.</li>
     * </ol>
     *
     * <p>Each of the k seeds is announced once, in order, with a reason that names k-means‖; the
     * candidates are not announced. A seed's probability is that of its draw in step 4, given the
     * candidates. The same seed gives the same seeds, whatever the threads (the rounds follow one
     * another; within a round the candidates' distances are measured on the fit's threads).
     * O(n·C·d) for C ≈ 1 + rounds·ℓ candidates, plus O(C·k·d·log k) for step 4.
     *
     * @param rounds the number of oversampling rounds, at least 1 (the paper finds 5 enough)
     * @param oversampling ℓ/k, the expected number of candidates per round in units of k; finite
     *     and positive (the paper uses 0.1 to 10; 2 is a good default)
     * @return the k-means‖ initialiser with these settings
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public static Initializer kMeansParallel(int rounds, double oversampling) {
        if (rounds < 1) {
            throw new IllegalArgumentException("k-means‖ rounds must be at least 1, was " + rounds);
        }
        if (!(oversampling > 0) || Double.isInfinite(oversampling)) {
            throw new IllegalArgumentException("k-means‖ oversampling (ℓ/k) must be finite and positive, was "
                    + oversampling);
        }
        return new KMeansParallel(rounds, oversampling);
    }

    /**
     * Farthest-point seeding (Gonzalez 1985): a random first row, then each time the row farthest
     * from its nearest seed (ties to the lowest row). O(n·k·d). Sensitive to outliers by design.
     *
     * @return the farthest-point initialiser
     */
    public static Initializer farthestPoint() {
        return FarthestPoint.INSTANCE;
    }

    /**
     * A strategy of your own: {@code picker} chooses the k seeds of each restart through a
     * {@link SeedDraw} (the rows, the fit's seeded generator, and {@link SeedDraw#choose}, which
     * announces each seed as a {@link io.github.kmeans4j.event.SeedChosen} event). Unless the fit
     * is cancelled, the picker must choose exactly k seeds, else the fit fails with an
     * {@link IllegalStateException} naming it. Exceptions the picker throws end the fit.
     *
     * @param name what events, pictures and {@link #toString()} call it
     * @param picker chooses the seeds; called once per restart, possibly on another thread
     * @return the initialiser
     * @throws IllegalArgumentException if {@code name} is null or blank or {@code picker} is null
     */
    public static Initializer custom(String name, SeedPicker picker) {
        if (name == null || name.isBlank() || picker == null) {
            throw new IllegalArgumentException("a custom initializer needs a name and a SeedPicker");
        }
        return new CustomInitializer(name, picker);
    }

    /**
     * The caller's centroids, used as given (copied): {@code centroids.length} must equal k and
     * every row must have the data's dimension.
     *
     * @param centroids the initial centroids, one row of d values each
     * @return an initialiser that always starts from these centroids
     * @throws IllegalArgumentException if the array is null, empty, ragged or holds a non-finite value
     */
    public static Initializer given(double[][] centroids) {
        try {
            return new Given(Dataset.of(centroids));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("given centroids: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- shared helpers

    /** Squared distance from every row to centroid {@code seedIndex}. */
    static void distancesTo(Seeding s, int seedIndex, double[] out) {
        for (int i = 0; i < s.n; i++) {
            out[i] = s.rows.distanceSquared(i, s.centroids, seedIndex * s.d);
        }
    }

    /**
     * A row drawn with probability {@code mass[i] / total}. Rows of zero mass are never drawn, even
     * when rounding leaves the running sum short of the target.
     */
    static int drawByMass(Seeding s, double[] mass, double total) {
        double target = s.random.nextDouble() * total;
        double running = 0;
        int lastPositive = -1;
        for (int i = 0; i < mass.length; i++) {
            if (mass[i] > 0) {
                running += mass[i];
                lastPositive = i;
                if (running > target) {
                    return i;
                }
            }
        }
        if (lastPositive < 0) {
            throw new IllegalStateException("no row has positive mass to draw from");
        }
        return lastPositive;
    }

    static String format(double value) {
        return Numbers.format(value);
    }

    /** A row drawn with probability proportional to its weight (one draw from the stream). */
    static int drawByWeight(Seeding s) {
        return s.weights == null ? s.random.nextInt(s.n) : drawByMass(s, s.weights, s.totalWeight());
    }

    /** The first seed of the randomised strategies: a row drawn by weight. */
    static int firstSeed(Seeding s, String name) {
        int first = drawByWeight(s);
        double probability = s.weights == null ? 1.0 / s.n : s.weights[first] / s.totalWeight();
        s.choosePoint(0, first, probability, Double.POSITIVE_INFINITY,
                name + ": first seed, row " + first + " drawn at random (probability " + format(probability) + ")");
        return first;
    }

    // ---------------------------------------------------------------- strategies

    static final class RandomPoints extends Initializer {
        static final RandomPoints INSTANCE = new RandomPoints();

        @Override
        void initialize(Seeding s) {
            boolean[] taken = new boolean[s.n];
            double remaining = s.totalWeight();
            double[] mass = s.weights == null ? null : s.weights.clone();
            for (int j = 0; j < s.k; j++) {
                if (mass != null && s.cancelled()) {   // a weighted draw is a pass over the rows
                    return;
                }
                int row;
                double probability;
                if (mass == null) {
                    do {   // rejection keeps this O(k) expected while k <= n/2, and k <= n always
                        row = s.random.nextInt(s.n);
                    } while (taken[row]);
                    probability = 1.0 / (s.n - j);
                } else {
                    row = drawByMass(s, mass, remaining);
                    probability = mass[row] / remaining;
                    remaining -= mass[row];
                    mass[row] = 0;
                }
                taken[row] = true;
                s.choosePoint(j, row, probability, Double.POSITIVE_INFINITY,
                        "random points: row " + row + " drawn at random (probability " + format(probability) + ")");
            }
        }

        @Override
        public String toString() {
            return "random points";
        }
    }

    static final class RandomPartition extends Initializer {
        static final RandomPartition INSTANCE = new RandomPartition();

        @Override
        void initialize(Seeding s) {
            double[] sums = s.centroids;
            double[] weightOf = new double[s.k];
            int[] count = new int[s.k];
            for (int i = 0; i < s.n; i++) {
                int part = s.random.nextInt(s.k);
                double w = s.weight(i);
                weightOf[part] += w;
                count[part]++;
                s.rows.addWeighted(i, w, sums, part * s.d);
            }
            for (int j = 0; j < s.k; j++) {
                if (weightOf[j] > 0) {
                    for (int c = 0; c < s.d; c++) {
                        sums[j * s.d + c] /= weightOf[j];
                    }
                    s.announce(j, -1, 1.0, Double.POSITIVE_INFINITY,
                            "random partition: mean of the " + count[j] + " rows given label " + j + " at random");
                } else {
                    int row;
                    do {
                        row = s.random.nextInt(s.n);
                    } while (s.weight(row) == 0);
                    s.choosePoint(j, row, 1.0 / s.positiveRows(), Double.POSITIVE_INFINITY,
                            "random partition: part " + j + " received no weight, so row " + row
                                    + " drawn at random stands in");
                }
            }
        }

        @Override
        public String toString() {
            return "random partition";
        }
    }

    static final class KMeansPlusPlus extends Initializer {
        private final int candidates;   // 0: 2 + floor(ln k)

        KMeansPlusPlus(int candidates) {
            this.candidates = candidates;
        }

        private int candidatesFor(int k) {
            return candidates > 0 ? candidates : 2 + (int) Math.log(k);
        }

        @Override
        void initialize(Seeding s) {
            String name = candidates == 1 ? "k-means++" : "greedy k-means++";
            double[] closest = new double[s.n];   // squared distance to the nearest seed
            firstSeed(s, name);
            if (s.cancelled() || !PlusPlusSteps.distancesTo(s, 0, closest)) {
                return;
            }
            PlusPlusSteps.extend(s, 1, candidatesFor(s.k), name, "", closest);
        }

        @Override
        public String toString() {
            return candidates == 1 ? "k-means++"
                    : candidates == 0 ? "greedy k-means++ (2 + ln k candidates)"
                    : "greedy k-means++ (" + candidates + " candidates)";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof KMeansPlusPlus other && candidates == other.candidates;
        }

        @Override
        public int hashCode() {
            return candidates;
        }
    }

    static final class KMeansParallel extends Initializer {
        /** New candidates whose distances one pass over the rows computes. */
        private static final int CANDIDATES_PER_PASS = 8;

        private final int rounds;
        private final double oversampling;

        KMeansParallel(int rounds, double oversampling) {
            this.rounds = rounds;
            this.oversampling = oversampling;
        }

        @Override
        void initialize(Seeding s) {
            int n = s.n;
            int d = s.d;
            double ell = oversampling * s.k;
            int[] candidates = new int[Math.max(16, s.k)];
            double[] closest = new double[n];   // squared distance to the nearest candidate
            int[] owner = new int[n];           // index of that candidate, ties to the earliest
            int count = 1;
            candidates[0] = drawByWeight(s);
            double[] firstValues = new double[d];
            s.rows.copyRow(candidates[0], firstValues, 0);
            Arrays.fill(closest, Double.POSITIVE_INFINITY);
            if (!s.pass().run(firstValues, 1, closest, new double[][] {closest})) {
                return;
            }
            int roundsRun = 0;
            for (int r = 0; r < rounds; r++) {
                if (s.cancelled()) {
                    return;
                }
                double phi = 0;
                for (int i = 0; i < n; i++) {
                    phi += s.weight(i) * closest[i];
                }
                if (!(phi > 0)) {
                    break;
                }
                roundsRun++;
                int before = count;
                for (int i = 0; i < n; i++) {
                    double mass = s.weight(i) * closest[i];
                    if (mass > 0) {
                        double p = ell * mass / phi;
                        if (p >= 1 || s.random.nextDouble() < p) {
                            if (count == candidates.length) {
                                candidates = Arrays.copyOf(candidates, 2 * count);
                            }
                            candidates[count++] = i;
                        }
                    }
                }
                // About ℓ new candidates, eight per pass over the rows, on the seeding's threads.
                for (int t = before; t < count; t += CANDIDATES_PER_PASS) {
                    int group = Math.min(CANDIDATES_PER_PASS, count - t);
                    double[] values = new double[group * d];
                    for (int g = 0; g < group; g++) {
                        s.rows.copyRow(candidates[t + g], values, g * d);
                    }
                    if (!s.pass().nearest(values, group, t, closest, owner)) {
                        return;
                    }
                }
            }
            double[] candidateWeight = new double[count];
            for (int i = 0; i < n; i++) {
                candidateWeight[owner[i]] += s.weight(i);
            }
            // Candidates of positive weight are distinct points: a duplicate loses every tie.
            int m = 0;
            for (int t = 0; t < count; t++) {
                if (candidateWeight[t] > 0) {
                    candidates[m] = candidates[t];
                    candidateWeight[m++] = candidateWeight[t];
                }
            }
            String origin = m + " weighted candidates from " + roundsRun + " oversampling round"
                    + (roundsRun == 1 ? "" : "s") + " (ℓ = " + format(ell) + ")";
            int trials = 2 + (int) Math.log(s.k);
            if (m > s.k) {
                seedFromCandidates(s, Arrays.copyOf(candidates, m), Arrays.copyOf(candidateWeight, m), trials, origin);
            } else {
                keepAllAndTopUp(s, candidates, m, closest, trials, origin);
            }
        }

        /**
         * k-means‖ over rows the fit does not hold: the same steps as {@link #initialize}, each
         * round one pass of {@code all}, its random decisions drawn from this seeding's generator
         * (one seed per round). When fewer than k distinct candidates are drawn, they are kept and
         * greedy k-means++ on the sample chooses the rest.
         */
        void initializeFrom(OversamplingRows all, Seeding s) {
            double ell = oversampling * s.k;
            List<OversamplingRows.Candidate> candidates = new ArrayList<>();
            candidates.add(all.rowAtWeight(s.random.nextDouble()));
            double phi = all.startFrom(candidates.get(0).values());
            int roundsRun = 0;
            for (int r = 0; r < rounds && phi > 0; r++) {
                if (s.cancelled()) {
                    return;
                }
                OversamplingRows.Round round = all.oversample(ell, phi, s.random.nextLong());
                candidates.addAll(round.kept());
                phi = round.phi();
                roundsRun++;
            }
            double[] weight = all.candidateWeights(candidates);
            List<OversamplingRows.Candidate> kept = new ArrayList<>();
            List<Double> keptWeight = new ArrayList<>();
            for (int t = 0; t < candidates.size(); t++) {
                if (weight[t] > 0) {
                    kept.add(candidates.get(t));
                    keptWeight.add(weight[t]);
                }
            }
            int m = kept.size();
            String origin = m + " weighted candidates from " + roundsRun + " oversampling round"
                    + (roundsRun == 1 ? "" : "s") + " over all " + "rows (ℓ = " + format(ell) + ")";
            int trials = 2 + (int) Math.log(s.k);
            int d = s.d;
            double[] points = new double[m * d];
            double[] w = new double[m];
            for (int t = 0; t < m; t++) {
                System.arraycopy(kept.get(t).values(), 0, points, t * d, d);
                w[t] = keptWeight.get(t);
            }
            if (m > s.k) {
                Seeding.SeedSink relay = (j, candidate, centroid, probability, distanceSquared, reason) -> {
                    OversamplingRows.Candidate c = kept.get(candidate);
                    s.announceCentroid(j, c.sampleRow(), centroid, probability, distanceSquared, "k-means‖: row "
                            + c.row() + " (candidate weight " + format(w[candidate]) + ") drawn with probability "
                            + format(probability) + (j == 0 ? "" : " (squared distance " + format(distanceSquared)
                            + " to the nearest seed)") + " by greedy k-means++ (" + trials + " trials per step) on "
                            + origin);
                };
                Seeding inner = new Seeding(new Rows.Doubles(points, m, d), w, m, d, s.k, s.random, relay,
                        s::cancelled, s.work);
                new KMeansPlusPlus(trials).initialize(inner);
                return;
            }
            double[] nearest = new double[s.n];
            java.util.Arrays.fill(nearest, Double.POSITIVE_INFINITY);
            for (int j = 0; j < m; j++) {
                double[] c = kept.get(j).values();
                double toEarlier = Double.POSITIVE_INFINITY;
                for (int e = 0; e < j; e++) {
                    toEarlier = Math.min(toEarlier,
                            io.github.kmeans4j.internal.Nearest.distanceSquared(c, 0, points, e * d, d));
                }
                s.announceCentroid(j, kept.get(j).sampleRow(), c, 1.0, toEarlier, "k-means‖: row " + kept.get(j).row()
                        + " kept as seed, one of only " + m + " distinct candidates for k = " + s.k + " (" + origin + ")");
                if (!s.pass().run(c, 1, nearest, new double[][] {nearest})) {
                    return;
                }
            }
            PlusPlusSteps.extend(s, m, trials, "greedy k-means++", "k-means‖ topped up from the sample with ", nearest);
        }

        /** Greedy weighted k-means++ on the candidates; announces each pick as a data row. */
        private static void seedFromCandidates(Seeding s, int[] rowOf, double[] weight, int trials, String origin) {
            int m = rowOf.length;
            int d = s.d;
            double[] points = new double[m * d];
            for (int t = 0; t < m; t++) {
                s.rows.copyRow(rowOf[t], points, t * d);
            }
            Seeding.SeedSink relay = (j, candidate, centroid, probability, distanceSquared, reason) -> {
                System.arraycopy(centroid, 0, s.centroids, j * d, d);
                int row = rowOf[candidate];
                s.announce(j, row, probability, distanceSquared, "k-means‖: row " + row + " (candidate weight "
                        + format(weight[candidate]) + ") drawn with probability " + format(probability)
                        + (j == 0 ? "" : " (squared distance " + format(distanceSquared) + " to the nearest seed)")
                        + " by greedy k-means++ (" + trials + " trials per step) on " + origin);
            };
            Seeding inner = new Seeding(new Rows.Doubles(points, m, d), weight, m, d, s.k, s.random, relay,
                    s::cancelled, s.work);
            new KMeansPlusPlus(trials).initialize(inner);
        }

        /** Every candidate becomes a seed; greedy k-means++ on the data picks the rest. */
        private static void keepAllAndTopUp(Seeding s, int[] rowOf, int m, double[] closest, int trials,
                                            String origin) {
            for (int j = 0; j < m; j++) {
                if (s.cancelled()) {
                    return;
                }
                double nearest = Double.POSITIVE_INFINITY;
                for (int e = 0; e < j; e++) {
                    nearest = Math.min(nearest, s.rows.distanceBetween(rowOf[j], rowOf[e]));
                }
                s.choosePoint(j, rowOf[j], 1.0, nearest, "k-means‖: row " + rowOf[j] + " kept as seed, one of only "
                        + m + " distinct candidates for k = " + s.k + " (" + origin + ")");
            }
            // closest already holds each row's squared distance to its nearest candidate, i.e. seed.
            PlusPlusSteps.extend(s, m, trials, "greedy k-means++", "k-means‖ topped up with ", closest);
        }

        @Override
        public String toString() {
            String factor = oversampling == Math.rint(oversampling) && oversampling < 1e9
                    ? Long.toString((long) oversampling) : Double.toString(oversampling);
            return "k-means‖ (" + rounds + " rounds, ℓ = " + factor + "k)";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof KMeansParallel other && rounds == other.rounds
                    && Double.compare(oversampling, other.oversampling) == 0;
        }

        @Override
        public int hashCode() {
            return 31 * rounds + Double.hashCode(oversampling);
        }
    }

    static final class FarthestPoint extends Initializer {
        static final FarthestPoint INSTANCE = new FarthestPoint();

        @Override
        void initialize(Seeding s) {
            double[] closest = new double[s.n];   // squared distance to the nearest seed, then maybe the distance
            boolean scaled = false;               // whether closest holds distances (squares underflowed)
            firstSeed(s, "farthest point");
            distancesTo(s, 0, closest);
            for (int j = 1; j < s.k; j++) {
                if (s.cancelled()) {
                    return;
                }
                int far = farthest(s, closest);
                if (closest[far] == 0 && !scaled) {
                    // Every squared distance underflowed, yet a distinct row is left (the fit checked
                    // there are k): compare the distances themselves, computed without squaring.
                    ScaledDraw.nearestDistances(s, j, closest);
                    scaled = true;
                    far = farthest(s, closest);
                }
                double distanceSquared = scaled ? closest[far] * closest[far] : closest[far];
                s.choosePoint(j, far, 1.0, distanceSquared, "farthest point: row " + far
                        + " is the farthest from its nearest seed (" + (scaled ? "distance " + format(closest[far])
                        : "squared distance " + format(closest[far])) + ")");
                for (int i = 0; i < s.n; i++) {
                    double dist = scaled ? ScaledDraw.distanceTo(s, i, j) : s.rows.distanceSquared(i, s.centroids, j * s.d);
                    closest[i] = Math.min(closest[i], dist);
                }
            }
        }

        /** The row of positive weight farthest from its nearest seed, ties to the lowest. */
        private static int farthest(Seeding s, double[] closest) {
            int far = -1;
            for (int i = 0; i < s.n; i++) {
                if (s.weight(i) > 0 && (far < 0 || closest[i] > closest[far])) {
                    far = i;
                }
            }
            return far;
        }

        @Override
        public String toString() {
            return "farthest point";
        }
    }

    static final class Given extends Initializer {
        private final Dataset centroids;

        Given(Dataset centroids) {
            this.centroids = centroids;
        }

        @Override
        void check(int k, int d) {
            if (centroids.n() != k) {
                throw new IllegalArgumentException("given centroids have " + centroids.n() + " rows but k = " + k);
            }
            if (centroids.d() != d) {
                throw new IllegalArgumentException("given centroids have " + centroids.d()
                        + " columns but the data has " + d);
            }
        }

        @Override
        void initialize(Seeding s) {
            System.arraycopy(centroids.values(), 0, s.centroids, 0, s.k * s.d);
            for (int j = 0; j < s.k; j++) {
                s.announce(j, -1, 1.0, Double.POSITIVE_INFINITY, "given: centroid " + j + " as supplied");
            }
        }

        @Override
        public String toString() {
            return "given centroids (" + centroids.n() + " x " + centroids.d() + ")";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Given other && centroids.equals(other.centroids);
        }

        @Override
        public int hashCode() {
            return centroids.hashCode();
        }

        /** The number of centroids given. */
        int count() {
            return centroids.n();
        }
    }

    /** The number of given centroids, or -1 for the drawing strategies. */
    int givenCount() {
        return this instanceof Given g ? g.count() : -1;
    }

    /** The given centroids, row-major (not a copy: read only), or null for the drawing strategies. */
    double[] givenValuesOrNull() {
        return this instanceof Given g ? g.centroids.values() : null;
    }
}
