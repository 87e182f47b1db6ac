package io.github.kmeans4j.event;

import java.util.Arrays;
import java.util.Objects;

/**
 * The initialiser chose initial centroid {@code seedIndex}.
 *
 * @param restart the restart index
 * @param seedIndex which centroid, from 0 to k−1, in the order chosen
 * @param pointIndex the row of the data point chosen, or −1 when the centroid is not a data point
 *     (given centroids, random-partition means)
 * @param centroid the chosen centroid (copied)
 * @param probability the probability with which this choice was drawn (1 for deterministic choices)
 * @param distanceSquared the squared distance from the chosen point to the nearest earlier seed;
 *     positive infinity for the first seed and for centroids that are not drawn from the data
 * @param reason a sentence saying how and why this seed was chosen, for captions and logs
 */
public record SeedChosen(int restart, int seedIndex, int pointIndex, double[] centroid, double probability,
                         double distanceSquared, String reason) implements KMeansEvent {

    /**
     * Copies the centroid.
     *
     * @param restart the restart index
     * @param seedIndex which centroid, from 0 to k−1
     * @param pointIndex the row of the data point chosen, or −1
     * @param centroid the chosen centroid; copied
     * @param probability the probability with which this choice was drawn
     * @param distanceSquared the squared distance from the chosen point to the nearest earlier seed
     * @param reason a sentence saying how and why this seed was chosen
     * @throws IllegalArgumentException if {@code centroid} or {@code reason} is null
     */
    public SeedChosen {
        centroid = Arrays2.copy(centroid, "centroid");
        if (reason == null) {
            throw new IllegalArgumentException("reason must not be null");
        }
    }

    /** Always 0. */
    @Override
    public int iteration() {
        return 0;
    }

    /** {@return a copy of the chosen centroid} */
    @Override
    public double[] centroid() {
        return centroid.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SeedChosen s && restart == s.restart && seedIndex == s.seedIndex
                && pointIndex == s.pointIndex && Arrays.equals(centroid, s.centroid)
                && Double.compare(probability, s.probability) == 0
                && Double.compare(distanceSquared, s.distanceSquared) == 0 && reason.equals(s.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(restart, seedIndex, pointIndex, Arrays.hashCode(centroid), probability,
                distanceSquared, reason);
    }

    @Override
    public String toString() {
        return "SeedChosen[restart=" + restart + ", seedIndex=" + seedIndex + ", pointIndex=" + pointIndex
                + ", centroid=" + Arrays.toString(centroid) + ", reason=" + reason + "]";
    }
}
