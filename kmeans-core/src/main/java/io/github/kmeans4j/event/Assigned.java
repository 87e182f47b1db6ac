package io.github.kmeans4j.event;

import io.github.kmeans4j.internal.EventArrays;
import java.util.Arrays;
import java.util.Objects;

/**
 * The assignment step gave every point the label of its nearest centroid (ties to the lowest
 * index).
 *
 * @param restart the restart index
 * @param iteration the iteration, from 1; a final assignment after the last update carries the
 *     iteration after it
 * @param labels the label of every point, in [0, k) (copied)
 * @param inertia the weighted sum of squared distances from each point to its centroid
 * @param pointsMoved how many points changed label; in the first assignment, every point
 * @param clusterSizes how many points each cluster received (copied)
 */
public record Assigned(int restart, int iteration, int[] labels, double inertia, int pointsMoved,
                       int[] clusterSizes) implements KMeansEvent {

    static {
        // Lets Recording share this event's labels in its frames instead of copying n labels per frame.
        EventArrays.register(event -> event.labels);
    }

    /**
     * Copies the arrays.
     *
     * @param restart the restart index
     * @param iteration the iteration, from 1
     * @param labels the label of every point, in [0, k); copied
     * @param inertia the weighted sum of squared distances from each point to its centroid
     * @param pointsMoved how many points changed label
     * @param clusterSizes how many points each cluster received; copied
     * @throws IllegalArgumentException if {@code labels} or {@code clusterSizes} is null
     */
    public Assigned {
        labels = Arrays2.copy(labels, "labels");
        clusterSizes = Arrays2.copy(clusterSizes, "clusterSizes");
    }

    /** {@return a copy of the labels} */
    @Override
    public int[] labels() {
        return labels.clone();
    }

    /**
     * The label of point {@code i}.
     *
     * @param i the point's index
     * @return its cluster
     * @throws IllegalArgumentException if i is not in [0, n)
     */
    public int label(int i) {
        if (i < 0 || i >= labels.length) {
            throw new IllegalArgumentException("point " + i + " is not in [0, " + labels.length + ")");
        }
        return labels[i];
    }

    /** {@return a copy of the cluster sizes} */
    @Override
    public int[] clusterSizes() {
        return clusterSizes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Assigned a && restart == a.restart && iteration == a.iteration
                && Arrays.equals(labels, a.labels) && Double.compare(inertia, a.inertia) == 0
                && pointsMoved == a.pointsMoved && Arrays.equals(clusterSizes, a.clusterSizes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(restart, iteration, Arrays.hashCode(labels), inertia, pointsMoved,
                Arrays.hashCode(clusterSizes));
    }

    @Override
    public String toString() {
        return "Assigned[restart=" + restart + ", iteration=" + iteration + ", inertia=" + inertia
                + ", pointsMoved=" + pointsMoved + ", clusterSizes=" + Arrays.toString(clusterSizes) + "]";
    }
}
