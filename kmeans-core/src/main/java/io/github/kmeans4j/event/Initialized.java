package io.github.kmeans4j.event;

import java.util.Arrays;

/**
 * All k initial centroids are chosen.
 *
 * @param restart the restart index
 * @param centroids the initial centroids, k rows of d values (copied)
 */
public record Initialized(int restart, double[][] centroids) implements KMeansEvent {

    /**
     * Copies the centroids.
     *
     * @param restart the restart index
     * @param centroids the initial centroids, k rows of d values; copied
     * @throws IllegalArgumentException if {@code centroids} is null
     */
    public Initialized {
        centroids = Arrays2.copy(centroids, "centroids");
    }

    /** Always 0. */
    @Override
    public int iteration() {
        return 0;
    }

    /** {@return a copy of the initial centroids} */
    @Override
    public double[][] centroids() {
        return Arrays2.copy(centroids, "centroids");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Initialized i && restart == i.restart && Arrays.deepEquals(centroids, i.centroids);
    }

    @Override
    public int hashCode() {
        return 31 * restart + Arrays.deepHashCode(centroids);
    }

    @Override
    public String toString() {
        return "Initialized[restart=" + restart + ", centroids=" + Arrays2.toString(centroids) + "]";
    }
}
