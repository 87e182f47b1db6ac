package io.github.kmeans4j;

import io.github.kmeans4j.internal.SplitMix64;
import java.util.Arrays;

/**
 * What an initialiser works with in one restart: the data, the weights, k, the restart's own
 * random generator, and where to announce each seed.
 */
final class Seeding {
    /** Receives each seed as it is chosen. */
    interface SeedSink {
        void seedChosen(int seedIndex, int pointIndex, double[] centroid, double probability,
                        double distanceSquared, String reason);
    }

    final Rows rows;
    final double[] weights;   // null: all ones
    final int n;
    final int d;
    final int k;
    final SplitMix64 random;
    private final SeedSink sink;   // null: nobody listens
    final double[] centroids;

    Seeding(Rows rows, double[] weights, int n, int d, int k, SplitMix64 random, SeedSink sink) {
        this.rows = rows;
        this.weights = weights;
        this.n = n;
        this.d = d;
        this.k = k;
        this.random = random;
        this.sink = sink;
        this.centroids = new double[k * d];
    }

    double weight(int i) {
        return weights == null ? 1.0 : weights[i];
    }

    /** Makes data row {@code point} centroid {@code seedIndex} and announces it. */
    void choosePoint(int seedIndex, int point, double probability, double distanceSquared, String reason) {
        rows.copyRow(point, centroids, seedIndex * d);
        announce(seedIndex, point, probability, distanceSquared, reason);
    }

    /** Announces centroid {@code seedIndex}, already written into {@link #centroids}. */
    void announce(int seedIndex, int point, double probability, double distanceSquared, String reason) {
        if (sink != null) {
            sink.seedChosen(seedIndex, point,
                    Arrays.copyOfRange(centroids, seedIndex * d, seedIndex * d + d),
                    probability, distanceSquared, reason);
        }
    }

    boolean listening() {
        return sink != null;
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
