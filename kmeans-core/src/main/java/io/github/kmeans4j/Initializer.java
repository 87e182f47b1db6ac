package io.github.kmeans4j;

import java.util.Locale;

/**
 * How a run chooses its k initial centroids. Each strategy draws only from the fit's own seeded
 * generator (so a seed fixes the outcome) and announces every seed it picks as a
 * {@link io.github.kmeans4j.event.SeedChosen} event. With sample weights, a point of weight
 * {@code w} is as likely to be drawn as {@code w} copies of it; points of weight 0 are never drawn.
 *
 * <p>Instances are immutable and thread-safe.
 */
public abstract sealed class Initializer {

    private Initializer() {
    }

    /**
     * Chooses the initial centroids into {@code seeding.centroids}.
     * The data has at least k distinct points of positive weight (checked before).
     */
    abstract void initialize(Seeding seeding);

    /** Checks the strategy can serve data of dimension {@code d} with {@code k} clusters. */
    void check(int k, int d) {
    }

    /** A short description, used in events and logs. */
    @Override
    public abstract String toString();

    /**
     * Forgy's method: k distinct rows drawn at random (with probability proportional to weight,
     * without replacement). O(k) draws unweighted, O(n·k) weighted.
     */
    public static Initializer randomPoints() {
        return RandomPoints.INSTANCE;
    }

    /**
     * Random partition: every point gets a uniformly random label and each centroid is the
     * weighted mean of its points; a part that receives no weight takes a random row instead.
     * The centroids all start near the overall mean. O(n·d).
     */
    public static Initializer randomPartition() {
        return RandomPartition.INSTANCE;
    }

    /**
     * k-means++ (Arthur and Vassilvitskii, "k-means++: the advantages of careful seeding", SODA
     * 2007): the first seed is a random row, each next one a row drawn with probability
     * proportional to its weight times its squared distance to the nearest seed so far. O(n·k·d).
     */
    public static Initializer kMeansPlusPlus() {
        return new KMeansPlusPlus(1);
    }

    /**
     * Greedy k-means++ (as in scikit-learn): at each step draw {@code 2 + ⌊ln k⌋} candidates as
     * k-means++ does and keep the one that lowers the potential (weighted sum of squared distances
     * to the nearest seed) most. O(n·k·d·log k). The default initialiser.
     */
    public static Initializer greedyKMeansPlusPlus() {
        return new KMeansPlusPlus(0);
    }

    /**
     * Greedy k-means++ with a given number of candidates per step ({@code 1} is plain k-means++).
     *
     * @throws IllegalArgumentException if {@code candidates < 1}
     */
    public static Initializer greedyKMeansPlusPlus(int candidates) {
        if (candidates < 1) {
            throw new IllegalArgumentException("candidates per step must be at least 1, was " + candidates);
        }
        return new KMeansPlusPlus(candidates);
    }

    /**
     * Farthest-point seeding (Gonzalez 1985): a random first row, then each time the row farthest
     * from its nearest seed (ties to the lowest row). O(n·k·d). Sensitive to outliers by design.
     */
    public static Initializer farthestPoint() {
        return FarthestPoint.INSTANCE;
    }

    /**
     * The caller's centroids, used as given (copied): {@code centroids.length} must equal k and
     * every row must have the data's dimension.
     *
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
        return String.format(Locale.ROOT, "%.4g", value);
    }

    /** The first seed of the randomised strategies: a row drawn by weight. */
    static int firstSeed(Seeding s, String name) {
        int first;
        double probability;
        if (s.weights == null) {
            first = s.random.nextInt(s.n);
            probability = 1.0 / s.n;
        } else {
            double total = s.totalWeight();
            first = drawByMass(s, s.weights, total);
            probability = s.weights[first] / total;
        }
        s.choosePoint(0, first, probability, Double.POSITIVE_INFINITY,
                name + ": first seed, row " + first + " drawn at random (probability " + format(probability) + ")");
        return first;
    }

    // ---------------------------------------------------------------- strategies

    private static final class RandomPoints extends Initializer {
        static final RandomPoints INSTANCE = new RandomPoints();

        @Override
        void initialize(Seeding s) {
            boolean[] taken = new boolean[s.n];
            double remaining = s.totalWeight();
            double[] mass = s.weights == null ? null : s.weights.clone();
            for (int j = 0; j < s.k; j++) {
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

    private static final class RandomPartition extends Initializer {
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

    private static final class KMeansPlusPlus extends Initializer {
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
            int trials = candidatesFor(s.k);
            double[] closest = new double[s.n];   // squared distance to the nearest seed
            double[] mass = new double[s.n];      // weight * closest
            double[] candidateDistances = new double[s.n];
            double[] bestDistances = new double[s.n];
            firstSeed(s, name);
            distancesTo(s, 0, closest);
            for (int j = 1; j < s.k; j++) {
                // Positive while fewer than k distinct rows of positive weight are seeds, which the
                // fit checked before seeding: there is always a row left to draw.
                double potential = massOf(s, closest, mass);
                int bestRow = -1;
                double bestPotential = Double.POSITIVE_INFINITY;
                double bestProbability = 0;
                for (int t = 0; t < trials; t++) {
                    int row = drawByMass(s, mass, potential);
                    double candidatePotential = 0;
                    for (int i = 0; i < s.n; i++) {
                        double dist = Math.min(closest[i], s.rows.distanceBetween(i, row));
                        candidateDistances[i] = dist;
                        candidatePotential += s.weight(i) * dist;
                    }
                    if (candidatePotential < bestPotential) {
                        bestPotential = candidatePotential;
                        bestRow = row;
                        bestProbability = mass[row] / potential;
                        System.arraycopy(candidateDistances, 0, bestDistances, 0, s.n);
                    }
                }
                double distanceSquared = closest[bestRow];
                s.choosePoint(j, bestRow, bestProbability, distanceSquared, name + ": row " + bestRow
                        + " drawn with probability " + format(bestProbability) + " (squared distance "
                        + format(distanceSquared) + " to the nearest seed)"
                        + (trials > 1 ? ", best of " + trials + " candidates: potential falls from "
                        + format(potential) + " to " + format(bestPotential) : ""));
                System.arraycopy(bestDistances, 0, closest, 0, s.n);
            }
        }

        private static double massOf(Seeding s, double[] closest, double[] mass) {
            double total = 0;
            for (int i = 0; i < s.n; i++) {
                mass[i] = s.weight(i) * closest[i];
                total += mass[i];
            }
            if (!(total > 0)) {
                throw new IllegalStateException("k-means++ found no point away from the seeds");
            }
            return total;
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

    private static final class FarthestPoint extends Initializer {
        static final FarthestPoint INSTANCE = new FarthestPoint();

        @Override
        void initialize(Seeding s) {
            double[] closest = new double[s.n];
            double[] next = new double[s.n];
            firstSeed(s, "farthest point");
            distancesTo(s, 0, closest);
            for (int j = 1; j < s.k; j++) {
                int far = -1;
                for (int i = 0; i < s.n; i++) {
                    if (s.weight(i) > 0 && (far < 0 || closest[i] > closest[far])) {
                        far = i;
                    }
                }
                s.choosePoint(j, far, 1.0, closest[far], "farthest point: row " + far
                        + " is the farthest from its nearest seed (squared distance " + format(closest[far]) + ")");
                distancesTo(s, j, next);
                for (int i = 0; i < s.n; i++) {
                    closest[i] = Math.min(closest[i], next[i]);
                }
            }
        }

        @Override
        public String toString() {
            return "farthest point";
        }
    }

    private static final class Given extends Initializer {
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
}
