package io.github.kmeans4j;

import io.github.kmeans4j.event.SeedChosen;
import io.github.kmeans4j.internal.Nearest;
import io.github.kmeans4j.internal.SplitMix64;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Mini-batch k-means (Sculley, "Web-scale k-means clustering", WWW 2010), for data too large for
 * full passes or arriving in pieces. Each step assigns a small batch of points to the nearest
 * current centroids and moves each centroid towards the points it received with a per-centroid
 * learning rate of 1/count, where count is the total weight the centroid has received so far (as
 * scikit-learn's {@code MiniBatchKMeans}):
 * {@code c ← (count·c + Σ w·x) / (count + Σ w)} over the batch points labelled with c. A centroid
 * is thus the running mean of every point ever assigned to it, each counted with the centroid as it
 * was when the point arrived. Cost per batch: O(b·k·d) for b points; memory O(k·d) besides the batch.
 *
 * <pre>{@code
 * MiniBatchKMeans model = MiniBatchKMeans.builder().k(8).batchSize(4096).seed(7).build();
 * for (Dataset piece : pieces) {
 *     model.partialFit(piece);            // seeds from the first piece, then updates
 * }
 * int cluster = model.predict(point);
 * // or, for data in memory: KMeansResult r = model.fit(data, 10);
 * }</pre>
 *
 * <p>Initialisation: the configured {@link Initializer} seeds from the first batch given to
 * {@link #partialFit(Dataset)} (which must then hold at least k distinct points of positive
 * weight), or from a sample passed to {@link #initialize(Dataset)} beforehand; that batch is then
 * used for an ordinary update too.
 *
 * <p>Reassignment: after each batch, a centroid whose count is below {@code reassignmentRatio}
 * times the largest count (this includes a centroid that has received nothing) is moved to a point
 * of the batch drawn with probability proportional to its weight times its squared distance to its
 * nearest centroid (a k-means++ draw, without replacement, at most half the batch), and its count
 * is set to the smallest count of the centroids kept. This rescues centroids seeded far from the
 * data. A ratio of 0 turns it off.
 *
 * <p>Convergence: as counts grow, the steps shrink like 1/count, so the centroids settle; they
 * approach a fixed point of the batch updates close to a local optimum of the k-means objective
 * (not exactly Lloyd's: each centroid averages points assigned under older centroids too). On
 * well-separated clusters the final inertia is typically within a few percent of Lloyd's.
 * {@link #partialFit(Dataset)} never stops by itself; {@link #fit(Dataset, int)} stops after its
 * epochs, or earlier when the smoothed batch inertia has not improved for
 * {@code maxNoImprovement} batches in a row.
 *
 * <p>Determinism: with a seed, the same batches give bit-identical centroids and events. Not
 * thread-safe: a model holds mutable state; feed it from one thread at a time.
 */
public final class MiniBatchKMeans {
    private final int k;
    private final int batchSize;
    private final long seed;
    private final Initializer initializer;
    private final int maxNoImprovement;
    private final double reassignmentRatio;
    private final List<MiniBatchListener> listeners;
    private final boolean listening;

    private SplitMix64 random;    // the model's draws: seeding and reassignment
    private int d = -1;           // fixed by the first data seen
    private double[] centroids;   // k * d, null until initialised
    private double[] counts;
    private long batches;

    private MiniBatchKMeans(Builder b) {
        this.k = b.k;
        this.batchSize = b.batchSize;
        this.seed = b.seed != null ? b.seed : SplitMix64.mix(System.nanoTime() ^ System.identityHashCode(b));
        this.initializer = b.initializer;
        this.maxNoImprovement = b.maxNoImprovement;
        this.reassignmentRatio = b.reassignmentRatio;
        this.listeners = List.copyOf(b.listeners);
        this.listening = !listeners.isEmpty();
        reset();
    }

    /**
     * {@return a builder with the defaults: batch size 1024, greedy k-means++, 10 batches without
     * improvement, ratio 0.01}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the number of clusters} */
    public int k() {
        return k;
    }

    /** {@return the number of points per batch that {@link #fit(Dataset, int)} draws} */
    public int batchSize() {
        return batchSize;
    }

    /** {@return the seed of the model's generators (configured, or drawn when the model was built)} */
    public long seed() {
        return seed;
    }

    /** {@return the initialiser} */
    public Initializer initializer() {
        return initializer;
    }

    /**
     * {@return how many batches without improvement of the smoothed inertia stop {@link #fit(Dataset, int)} (0: never)}
     */
    public int maxNoImprovement() {
        return maxNoImprovement;
    }

    /**
     * {@return the reassignment ratio: a centroid whose count falls below this share of the largest count
     * is reassigned; 0: never}
     */
    public double reassignmentRatio() {
        return reassignmentRatio;
    }

    /** {@return whether the centroids have been seeded} */
    public boolean isInitialized() {
        return centroids != null;
    }

    /** {@return how many batches have been processed since the model was built, reset or last fitted} */
    public long batches() {
        return batches;
    }

    /**
     * Forgets the centroids and counts and restarts the generators from the seed: the model is
     * as just built.
     */
    public void reset() {
        random = SplitMix64.forRestart(seed, 0);
        d = -1;
        centroids = null;
        counts = null;
        batches = 0;
    }

    /**
     * Seeds the centroids from {@code sample} with the configured initialiser, without updating
     * them. Optional: otherwise the first batch seeds them.
     *
     * @param sample the points to seed from
     * @throws IllegalArgumentException if the sample is null, has fewer than k distinct points of
     *     positive weight, or does not suit the initialiser (given centroids of another dimension)
     * @throws IllegalStateException if the model is already initialised (call {@link #reset()} first)
     */
    public void initialize(Dataset sample) {
        if (sample == null) {
            throw new IllegalArgumentException("sample must not be null");
        }
        if (centroids != null) {
            throw new IllegalStateException("the model is already initialised; call reset() to seed it again");
        }
        seedFrom(Rows.of(sample), sample.weightsOrNull(), sample.n(), sample.d(), null, "sample");
    }

    /**
     * One mini-batch step on {@code batch}: seeds the model first if needed, assigns every point
     * to its nearest centroid, moves the centroids, reassigns starved ones, and tells the
     * listeners. O(b·k·d).
     *
     * @param batch the b points of this step
     * @throws IllegalArgumentException if the batch is null, its dimension differs from earlier
     *     data, it must seed the model and has fewer than k distinct points of positive weight, or
     *     its values or their spread (the model's centroids included), times its total weight,
     *     are so large that the step's sums would overflow a double
     */
    public void partialFit(Dataset batch) {
        if (batch == null) {
            throw new IllegalArgumentException("batch must not be null");
        }
        checkDimension(batch.d(), "batch");
        if (centroids != null) {   // the batch's distances are to the model's centroids, wherever they are
            Magnitudes.check(batch, centroids, k, "the model's centroids");
        } else {
            Magnitudes.check(batch, initializer.givenValuesOrNull(), k, "the given centroids");
        }
        Rows rows = Rows.of(batch);
        double[] w = batch.weightsOrNull();
        if (centroids == null) {
            seedFrom(rows, w, batch.n(), batch.d(), null, "first batch");
        }
        step(rows, w, null, batch.n());
    }

    /**
     * {@link #partialFit(Dataset)} on rows given as an array (copied, validated as
     * {@link Dataset#of(double[][])}).
     *
     * @param batch the points of this step, one row of d values each
     * @throws IllegalArgumentException if the batch is null, empty, ragged, holds NaN or infinity,
     *     or as {@link #partialFit(Dataset)}
     */
    public void partialFit(double[][] batch) {
        Dataset data;
        try {
            data = Dataset.of(batch);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("batch: " + e.getMessage(), e);
        }
        partialFit(data);
    }

    /**
     * Fits from scratch on data in memory: {@link #reset()}, seeds from a random sample of
     * {@code min(n, max(3·batchSize, 3·k))} rows (all the data if the sample holds fewer than k
     * distinct points), then for each epoch shuffles the rows and feeds them in consecutive batches
     * of {@link #batchSize()} (the last one may be smaller). Stops after {@code epochs} epochs
     * ({@link StopReason#MAX_ITERATIONS}), or earlier ({@link StopReason#NO_IMPROVEMENT}) when the smoothed batch inertia per unit weight has not reached a
     * new minimum for {@link #maxNoImprovement()} batches in a row; smoothing is an exponentially
     * weighted average with factor {@code min(1, 2b/(n+1))}, as scikit-learn's.
     *
     * <p>The result labels every point with its nearest final centroid (ties to the lower index)
     * and reports the inertia of that assignment; its {@code iterations()} is the number of
     * batches processed, its {@code seed()} this model's seed. The model keeps the final state, so
     * {@link #partialFit(Dataset)} may continue from it. The shuffles draw from a generator of their
     * own, so the batches fed here, replayed through {@link #partialFit(Dataset)} on a fresh model
     * with the same seed and the same initial centroids, give the same centroids.
     *
     * @param data the points to cluster
     * @param epochs the most passes over the data, at least 1
     * @return the final centroids with the label of every point and the inertia of that assignment
     * @throws IllegalArgumentException if data is null, epochs is below 1, k exceeds the number of
     *     distinct points of positive weight, the initialiser does not suit the data, or the values
     *     or their spread (given centroids included), times the total weight, are so large that
     *     the sums would overflow a double
     */
    public KMeansResult fit(Dataset data, int epochs) {
        if (data == null) {
            throw new IllegalArgumentException("data must not be null");
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, was " + epochs);
        }
        initializer.check(k, data.d());
        Magnitudes.check(data, initializer.givenValuesOrNull(), k, "the given centroids");
        reset();
        int n = data.n();
        Rows rows = Rows.of(data);
        double[] w = data.weightsOrNull();
        int distinct = distinctUpTo(rows, w, n, k);
        if (distinct < k) {
            throw tooFewDistinct(distinct, w != null, "data");
        }
        SplitMix64 shuffler = SplitMix64.forRestart(seed, 1);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int sampleSize = (int) Math.min(n, Math.max(3L * batchSize, 3L * k));
        shuffle(order, sampleSize, shuffler);
        int[] sample = Arrays.copyOf(order, sampleSize);
        Rows sampleRows = gather(rows, sample);
        double[] sampleWeights = w == null ? null : gatherWeights(w, sample);
        if (distinctUpTo(sampleRows, sampleWeights, sampleSize, k) >= k) {
            seedFrom(sampleRows, sampleWeights, sampleSize, data.d(), sample,
                    "sample of " + sampleSize + " rows");
        } else {
            seedFrom(rows, w, n, data.d(), null, "data");
        }

        double alpha = Math.min(1.0, 2.0 * batchSize / (n + 1.0));
        double smoothed = Double.NaN;
        double best = Double.POSITIVE_INFINITY;
        int withoutImprovement = 0;
        StopReason reason = StopReason.MAX_ITERATIONS;
        int[] batch = new int[Math.min(batchSize, n)];
        epochs:
        for (int epoch = 0; epoch < epochs; epoch++) {
            shuffle(order, n, shuffler);
            for (int from = 0; from < n; from += batchSize) {
                int size = Math.min(batchSize, n - from);
                System.arraycopy(order, from, batch, 0, size);
                double[] inertiaAndWeight = step(rows, w, batch, size);
                if (inertiaAndWeight[1] > 0) {
                    double perWeight = inertiaAndWeight[0] / inertiaAndWeight[1];
                    smoothed = Double.isNaN(smoothed) ? perWeight : smoothed + alpha * (perWeight - smoothed);
                    if (smoothed < best) {
                        best = smoothed;
                        withoutImprovement = 0;
                    } else {
                        withoutImprovement++;
                    }
                }
                if (maxNoImprovement > 0 && withoutImprovement >= maxNoImprovement) {
                    reason = StopReason.NO_IMPROVEMENT;
                    break epochs;
                }
            }
        }

        int[] labels = new int[n];
        int[] sizes = new int[k];
        double inertia = 0;
        for (int i = 0; i < n; i++) {
            int label = nearest(rows, i);
            labels[i] = label;
            sizes[label]++;
            inertia += (w == null ? 1.0 : w[i]) * rows.distanceSquared(i, centroids, label * d);
        }
        int iterations = (int) Math.min(Integer.MAX_VALUE, batches);
        return new KMeansResult(k, d, centroids.clone(), labels, sizes, inertia, iterations, reason, seed, 0,
                List.of(new KMeansResult.RestartSummary(0, inertia, iterations, reason)), false,
                data.columnNames());
    }

    /**
     * A copy of the centroids, k rows of d values.
     *
     * @return a copy of the current centroids
     * @throws IllegalStateException if the model is not initialised yet
     */
    public double[][] centroids() {
        checkInitialized();
        double[][] out = new double[k][];
        for (int j = 0; j < k; j++) {
            out[j] = Arrays.copyOfRange(centroids, j * d, j * d + d);
        }
        return out;
    }

    /**
     * A copy of the total weight each centroid has received (0 right after seeding).
     *
     * @return a copy of the k counts
     * @throws IllegalStateException if the model is not initialised yet
     */
    public double[] counts() {
        checkInitialized();
        return counts.clone();
    }

    /**
     * The cluster whose centroid is nearest to {@code point} (ties to the lowest index). O(k·d).
     *
     * @param point a point of d coordinates; not modified
     * @return the index of the nearest centroid, in [0, k)
     * @throws IllegalArgumentException if the point is null, of the wrong dimension or not finite
     * @throws IllegalStateException if the model is not initialised yet
     */
    public int predict(double[] point) {
        checkInitialized();
        if (point == null) {
            throw new IllegalArgumentException("point must not be null");
        }
        if (point.length != d) {
            throw new IllegalArgumentException("point has " + point.length + " dimensions but the model has " + d);
        }
        for (int m = 0; m < d; m++) {
            if (!Double.isFinite(point[m])) {
                throw new IllegalArgumentException("point has value " + point[m] + " in column " + m
                        + "; every value must be finite");
            }
        }
        return Nearest.nearest(point, 0, centroids, k, d);
    }

    /**
     * The nearest cluster of every point of {@code data}. O(n·k·d).
     *
     * @param data the points to label
     * @return one cluster index per row of {@code data}, each in [0, k)
     * @throws IllegalArgumentException if data is null or of the wrong dimension
     * @throws IllegalStateException if the model is not initialised yet
     */
    public int[] predict(Dataset data) {
        checkData(data);
        Rows rows = Rows.of(data);
        int[] out = new int[data.n()];
        for (int i = 0; i < out.length; i++) {
            out[i] = nearest(rows, i);
        }
        return out;
    }

    /**
     * The weighted sum of squared distances from every point of {@code data} to its nearest
     * centroid. O(n·k·d).
     *
     * @param data the points to measure
     * @return the weighted sum of squared distances, 0 or more
     * @throws IllegalArgumentException if data is null or of the wrong dimension
     * @throws IllegalStateException if the model is not initialised yet
     */
    public double inertia(Dataset data) {
        checkData(data);
        Rows rows = Rows.of(data);
        double[] w = data.weightsOrNull();
        double total = 0;
        for (int i = 0; i < data.n(); i++) {
            total += (w == null ? 1.0 : w[i]) * rows.distanceSquared(i, centroids, nearest(rows, i) * d);
        }
        return total;
    }

    @Override
    public String toString() {
        return "MiniBatchKMeans[k=" + k + ", batchSize=" + batchSize + ", initializer=" + initializer + ", seed="
                + seed + ", maxNoImprovement=" + maxNoImprovement + ", reassignmentRatio=" + reassignmentRatio
                + ", batches=" + batches + (centroids == null ? ", not initialised" : ", d=" + d) + "]";
    }

    // ---------------------------------------------------------------- the step

    /**
     * Assigns the b points {@code index[0..b)} of {@code rows} (or rows 0..b−1 when index is null),
     * updates and reassigns the centroids, emits the event; returns {batch inertia, batch weight}.
     */
    private double[] step(Rows rows, double[] w, int[] index, int b) {
        int[] labels = new int[b];
        double[] distance = new double[b];
        double[] sums = new double[k * d];
        double[] received = new double[k];
        double inertia = 0;
        double weight = 0;
        for (int p = 0; p < b; p++) {
            int i = index == null ? p : index[p];
            double wi = w == null ? 1.0 : w[i];
            int label = nearest(rows, i);
            double dist = rows.distanceSquared(i, centroids, label * d);
            labels[p] = label;
            distance[p] = dist;
            inertia += wi * dist;
            weight += wi;
            if (wi > 0) {
                received[label] += wi;
                rows.addWeighted(i, wi, sums, label * d);
            }
        }
        for (int j = 0; j < k; j++) {
            if (received[j] > 0) {
                double total = counts[j] + received[j];
                for (int m = 0; m < d; m++) {
                    int c = j * d + m;
                    double moved = (counts[j] * centroids[c] + sums[c]) / total;
                    if (!Double.isFinite(moved)) {
                        // Counts grow with every batch, so count·centroid can overflow where this
                        // batch's sums cannot (Magnitudes.check): the same step as a move towards
                        // the batch mean, whose terms stay within the data's range.
                        moved = centroids[c] + (sums[c] / received[j] - centroids[c]) * (received[j] / total);
                    }
                    centroids[c] = moved;
                }
                counts[j] = total;
            }
        }
        int[] reassigned = reassign(rows, w, index, b, distance);
        batches++;
        if (listening) {
            int[] rowsOfBatch = new int[b];
            for (int p = 0; p < b; p++) {
                rowsOfBatch[p] = index == null ? p : index[p];
            }
            MiniBatchListener.BatchProcessed event = new MiniBatchListener.BatchProcessed(batches, rowsOfBatch,
                    labels, inertia, weight, centroids(), counts, reassigned);
            for (MiniBatchListener listener : listeners) {
                listener.batchProcessed(event);
            }
        }
        return new double[] {inertia, weight};
    }

    /** Moves starved centroids to batch points drawn by weight times squared distance; returns which. */
    private int[] reassign(Rows rows, double[] w, int[] index, int b, double[] distance) {
        if (reassignmentRatio == 0) {
            return NONE;
        }
        double max = 0;
        for (double c : counts) {
            max = Math.max(max, c);
        }
        double threshold = reassignmentRatio * max;
        boolean[] starved = new boolean[k];
        int starving = 0;
        double keptMin = Double.POSITIVE_INFINITY;
        for (int j = 0; j < k; j++) {
            if (counts[j] < threshold) {
                starved[j] = true;
                starving++;
            } else {
                keptMin = Math.min(keptMin, counts[j]);
            }
        }
        int limit = Math.min(starving, b / 2);
        if (limit == 0) {
            return NONE;
        }
        double[] mass = new double[b];
        for (int p = 0; p < b; p++) {
            mass[p] = (w == null ? 1.0 : w[index == null ? p : index[p]]) * distance[p];
        }
        int[] moved = new int[limit];
        int done = 0;
        for (int j = 0; j < k && done < limit; j++) {
            if (!starved[j]) {
                continue;
            }
            int p = drawByMass(mass);
            if (p < 0) {
                break;   // every batch point sits on a centroid: nowhere better to go
            }
            mass[p] = 0;
            rows.copyRow(index == null ? p : index[p], centroids, j * d);
            counts[j] = keptMin;
            moved[done++] = j;
        }
        return Arrays.copyOf(moved, done);
    }

    private static final int[] NONE = new int[0];

    /** An index drawn with probability mass[p] / Σ mass, never one of zero mass; −1 if all are zero. */
    private int drawByMass(double[] mass) {
        double total = 0;
        for (double v : mass) {
            total += v;
        }
        if (!(total > 0)) {
            return -1;
        }
        double target = random.nextDouble() * total;
        double running = 0;
        int last = -1;
        for (int p = 0; p < mass.length; p++) {
            if (mass[p] > 0) {
                running += mass[p];
                last = p;
                if (running > target) {
                    return p;
                }
            }
        }
        return last;
    }

    /**
     * Seeds the centroids from {@code n} rows with the initialiser. {@code rowMap} maps those rows
     * to the rows announced (null: the same); {@code what} names the rows in messages.
     */
    private void seedFrom(Rows rows, double[] w, int n, int dim, int[] rowMap, String what) {
        checkDimension(dim, what);
        initializer.check(k, dim);
        int distinct = distinctUpTo(rows, w, n, k);
        if (distinct < k) {
            throw tooFewDistinct(distinct, w != null, what);
        }
        Seeding.SeedSink sink = null;
        if (listening) {
            sink = (j, point, centroid, probability, distanceSquared, reason) -> {
                SeedChosen event = new SeedChosen(0, j, rowMap == null || point < 0 ? point : rowMap[point], centroid,
                        probability, distanceSquared, rowMap == null ? reason : "on a " + what + ": " + reason);
                for (MiniBatchListener listener : listeners) {
                    listener.seedChosen(event);
                }
            };
        }
        Seeding seeding = new Seeding(rows, w, n, dim, k, random, sink);
        initializer.seed(seeding);
        d = dim;
        centroids = seeding.centroids;
        counts = new double[k];
    }

    private IllegalArgumentException tooFewDistinct(int distinct, boolean weighted, String what) {
        return new IllegalArgumentException("k = " + k + " but the " + what + " has only " + distinct
                + " distinct point(s)" + (weighted ? " of positive weight" : "") + "; seeding needs k distinct points"
                + (what.equals("data") ? ", so lower k" : ", so seed from more data (initialize(sample)) or lower k"));
    }

    private void checkDimension(int dim, String what) {
        if (d >= 0 && dim != d) {
            throw new IllegalArgumentException(what + " has " + dim + " columns but the model has " + d);
        }
    }

    private void checkInitialized() {
        if (centroids == null) {
            throw new IllegalStateException("the model is not initialised yet: call partialFit, initialize or fit first");
        }
    }

    private void checkData(Dataset data) {
        checkInitialized();
        if (data == null) {
            throw new IllegalArgumentException("data must not be null");
        }
        checkDimension(data.d(), "data");
    }

    /** The number of distinct rows of positive weight, counting no further than {@code limit}. */
    private static int distinctUpTo(Rows rows, double[] w, int n, int limit) {
        Set<RowKey> seen = new HashSet<>();
        for (int i = 0; i < n && seen.size() < limit; i++) {
            if (w == null || w[i] > 0) {
                seen.add(new RowKey(rows, i));
            }
        }
        return seen.size();
    }

    /** A row compared by value, as the distance sees it. */
    private record RowKey(Rows rows, int row) {
        @Override
        public boolean equals(Object o) {
            return o instanceof RowKey other && rows.sameRow(row, other.row);
        }

        @Override
        public int hashCode() {
            return rows.rowHash(row);
        }
    }

    /** Moves a uniformly random choice of {@code order}'s entries into its first {@code count} places. */
    private static void shuffle(int[] order, int count, SplitMix64 random) {
        for (int i = 0; i < count && i < order.length - 1; i++) {
            int j = i + random.nextInt(order.length - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    private static Rows gather(Rows rows, int[] which) {
        double[] x = new double[which.length * rows.d];
        for (int p = 0; p < which.length; p++) {
            rows.copyRow(which[p], x, p * rows.d);
        }
        return new Rows.Doubles(x, which.length, rows.d);
    }

    private static double[] gatherWeights(double[] w, int[] which) {
        double[] out = new double[which.length];
        for (int p = 0; p < which.length; p++) {
            out[p] = w[which[p]];
        }
        return out;
    }

    // ---------------------------------------------------------------- helpers

    private int nearest(Rows rows, int i) {
        int best = 0;
        double bestDistance = rows.distanceSquared(i, centroids, 0);
        for (int j = 1; j < k; j++) {
            double dist = rows.distanceSquared(i, centroids, j * d);
            if (dist < bestDistance) {
                bestDistance = dist;
                best = j;
            }
        }
        return best;
    }

    /**
     * Collects and validates a configuration; {@link #build()} makes a fresh, uninitialised model
     * each time. Not thread-safe.
     */
    public static final class Builder {
        private int k = -1;
        private int batchSize = 1024;
        private Long seed;
        private Initializer initializer = Initializer.greedyKMeansPlusPlus();
        private int maxNoImprovement = 10;
        private double reassignmentRatio = 0.01;
        private final List<MiniBatchListener> listeners = new ArrayList<>();

        private Builder() {
        }

        /**
         * The number of clusters, at least 1. Required.
         *
         * @param k the number of clusters
         * @return this builder
         * @throws IllegalArgumentException if {@code k} is below 1
         */
        public Builder k(int k) {
            if (k < 1) {
                throw new IllegalArgumentException("k must be at least 1, was " + k);
            }
            this.k = k;
            return this;
        }

        /**
         * Points per batch drawn by {@link MiniBatchKMeans#fit(Dataset, int)}, at least 1. Default 1024.
         *
         * @param batchSize the number of points per batch
         * @return this builder
         * @throws IllegalArgumentException if {@code batchSize} is below 1
         */
        public Builder batchSize(int batchSize) {
            if (batchSize < 1) {
                throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
            }
            this.batchSize = batchSize;
            return this;
        }

        /**
         * The seed of the model's generators. Default: one drawn when the model is built, see
         * {@link MiniBatchKMeans#seed()}.
         *
         * @param seed the seed
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * How the centroids are seeded. Default {@link Initializer#greedyKMeansPlusPlus()}.
         *
         * @param initializer the seeding strategy
         * @return this builder
         * @throws IllegalArgumentException if {@code initializer} is null
         */
        public Builder initializer(Initializer initializer) {
            if (initializer == null) {
                throw new IllegalArgumentException("initializer must not be null");
            }
            this.initializer = initializer;
            return this;
        }

        /**
         * {@link MiniBatchKMeans#fit(Dataset, int)} stops once the smoothed batch inertia has not
         * reached a new minimum for this many batches in a row; 0 turns the rule off. Default 10.
         *
         * @param batches the number of batches without improvement that stops a fit, 0 or more
         * @return this builder
         * @throws IllegalArgumentException if {@code batches} is negative
         */
        public Builder maxNoImprovement(int batches) {
            if (batches < 0) {
                throw new IllegalArgumentException("maxNoImprovement must be at least 0, was " + batches);
            }
            this.maxNoImprovement = batches;
            return this;
        }

        /**
         * A centroid whose count is below this share of the largest count is moved to a batch
         * point after a batch; in [0, 1], 0 turns reassignment off. Default 0.01.
         *
         * @param ratio the share of the largest count below which a centroid is reassigned
         * @return this builder
         * @throws IllegalArgumentException if {@code ratio} is not in [0, 1]
         */
        public Builder reassignmentRatio(double ratio) {
            if (!(ratio >= 0 && ratio <= 1)) {
                throw new IllegalArgumentException("reassignmentRatio must be in [0, 1], was " + ratio);
            }
            this.reassignmentRatio = ratio;
            return this;
        }

        /**
         * Adds a listener; listeners are called in the order added.
         *
         * @param listener the listener to add
         * @return this builder
         * @throws IllegalArgumentException if {@code listener} is null
         */
        public Builder listener(MiniBatchListener listener) {
            if (listener == null) {
                throw new IllegalArgumentException("listener must not be null");
            }
            listeners.add(listener);
            return this;
        }

        /**
         * A new, uninitialised model.
         *
         * @return a model with this builder's settings and no centroids yet
         * @throws IllegalStateException if k was not set
         * @throws IllegalArgumentException if given centroids are not k in number
         */
        public MiniBatchKMeans build() {
            if (k < 1) {
                throw new IllegalStateException("k was not set: call k(int) before build()");
            }
            int given = initializer.givenCount();
            if (given >= 0 && given != k) {
                throw new IllegalArgumentException("given centroids have " + given + " rows but k = " + k);
            }
            return new MiniBatchKMeans(this);
        }
    }
}
