package io.github.kmeans4j;

import io.github.kmeans4j.internal.ScalarTrials;
import io.github.kmeans4j.internal.SplitMix64;
import io.github.kmeans4j.internal.TrialDistances;
import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

/**
 * What an initialiser works with in one restart: the data, the weights, k, the restart's own
 * random generator, where to announce each seed, and whether the fit has been cancelled.
 *
 * <p>Cancellation: an initialiser asks {@link #cancelled()} between seeds and between draws, and
 * its passes over the rows ask before every slot of rows ({@link TrialPass}); it simply returns
 * when the answer is true, leaving seeds
 * {@link #chosen()}..k−1 unset; {@link #completeCancelled()} then fills them cheaply so that the
 * run can end with a valid, cancelled result.
 */
final class Seeding {
    /** Receives each seed as it is chosen. */
    interface SeedSink {
        void seedChosen(int seedIndex, int pointIndex, double[] centroid, double probability,
                        double distanceSquared, String reason);
    }

    /**
     * How the passes over the rows run: on up to {@code helpers} tasks of {@code executor} besides
     * the calling thread, with {@code trials} computing the distances. The seeds never depend on it.
     *
     * @param executor runs the helper tasks, or null for none
     * @param helpers the most helper tasks a pass offers, 0 or more
     * @param trials the distance loop
     */
    record Work(Executor executor, int helpers, TrialDistances trials) {
        /** The calling thread alone, with the plain-Java distance loop. */
        static final Work SEQUENTIAL = new Work(null, 0, ScalarTrials.INSTANCE);
    }

    final Rows rows;
    final Work work;
    final double[] weights;   // null: all ones
    final int n;
    final int d;
    final int k;
    final SplitMix64 random;
    private final SeedSink sink;   // null: nobody listens
    private final BooleanSupplier cancellation;   // null: never cancelled
    final double[] centroids;
    private TrialPass pass;      // made on first use, with the rows in the trial loop's layout
    private int chosen;          // seeds 0..chosen-1 are set and announced
    private int lastPoint = -1;  // the data row of the latest seed, or -1

    /** A seeding that cannot be cancelled (mini-batch, and k-means‖'s inner seeding of its candidates). */
    Seeding(Rows rows, double[] weights, int n, int d, int k, SplitMix64 random, SeedSink sink) {
        this(rows, weights, n, d, k, random, sink, null);
    }

    /** A seeding that stops early once {@code cancellation} (may be null) answers true. */
    Seeding(Rows rows, double[] weights, int n, int d, int k, SplitMix64 random, SeedSink sink,
            BooleanSupplier cancellation) {
        this(rows, weights, n, d, k, random, sink, cancellation, Work.SEQUENTIAL);
    }

    /** As the constructor above, its passes over the rows run by {@code work}. */
    Seeding(Rows rows, double[] weights, int n, int d, int k, SplitMix64 random, SeedSink sink,
            BooleanSupplier cancellation, Work work) {
        this.rows = rows;
        this.work = work;
        this.weights = weights;
        this.n = n;
        this.d = d;
        this.k = k;
        this.random = random;
        this.sink = sink;
        this.cancellation = cancellation;
        this.centroids = new double[k * d];
    }

    /** The pass over the rows for candidates' distances, made once per seeding (it may copy the rows). */
    TrialPass pass() {
        if (pass == null) {
            pass = new TrialPass(this);
        }
        return pass;
    }

    /** Lets the pass's copy of the rows go, once seeding is done. */
    void release() {
        pass = null;
    }

    double weight(int i) {
        return weights == null ? 1.0 : weights[i];
    }

    /** Makes data row {@code point} centroid {@code seedIndex} and announces it. */
    void choosePoint(int seedIndex, int point, double probability, double distanceSquared, String reason) {
        rows.copyRow(point, centroids, seedIndex * d);
        announce(seedIndex, point, probability, distanceSquared, reason);
    }

    /**
     * Makes {@code centroid} (d values, not necessarily a row of these rows) centroid
     * {@code seedIndex} and announces it as row {@code point} (−1 for none).
     */
    void announceCentroid(int seedIndex, int point, double[] centroid, double probability, double distanceSquared,
                          String reason) {
        System.arraycopy(centroid, 0, centroids, seedIndex * d, d);
        announce(seedIndex, point, probability, distanceSquared, reason);
    }

    /** Announces centroid {@code seedIndex}, already written into {@link #centroids}. */
    void announce(int seedIndex, int point, double probability, double distanceSquared, String reason) {
        chosen = seedIndex + 1;   // every initialiser announces its seeds in order
        lastPoint = point;
        if (sink != null) {
            sink.seedChosen(seedIndex, point,
                    Arrays.copyOfRange(centroids, seedIndex * d, seedIndex * d + d),
                    probability, distanceSquared, reason);
        }
    }

    boolean listening() {
        return sink != null;
    }

    /** Whether the fit was cancelled; initialisers ask between seeds and between passes over the data. */
    boolean cancelled() {
        return cancellation != null && cancellation.getAsBoolean();
    }

    /** How many seeds have been set and announced so far. */
    int chosen() {
        return chosen;
    }

    /**
     * After an initialiser returned early because the fit was cancelled, sets and announces the
     * missing seeds in O(k·d): each repeats the latest seed (the first repeats the first row of
     * positive weight when none was chosen). The run then ends as cancelled; duplicate seeds only
     * leave clusters empty in its final assignment. Does nothing when every seed is set.
     */
    void completeCancelled() {
        for (int j = chosen; j < k; j++) {
            if (j == 0) {
                int row = 0;
                while (weight(row) == 0) {
                    row++;
                }
                choosePoint(0, row, 1.0, Double.POSITIVE_INFINITY,
                        "seeding cancelled before its first seed: row " + row + " (the first of positive weight) stands in");
            } else {
                System.arraycopy(centroids, (j - 1) * d, centroids, j * d, d);
                int point = lastPoint;
                announce(j, point, 1.0, 0.0, "seeding cancelled: centroid " + j + " repeats centroid " + (j - 1)
                        + (point >= 0 ? " (row " + point + ")" : ""));
            }
        }
    }

    /** How many rows have positive weight. */
    int positiveRows() {
        if (weights == null) {
            return n;
        }
        int count = 0;
        for (double w : weights) {
            if (w > 0) {
                count++;
            }
        }
        return count;
    }

    /** Total weight. */
    double totalWeight() {
        if (weights == null) {
            return n;
        }
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        return total;
    }
}
