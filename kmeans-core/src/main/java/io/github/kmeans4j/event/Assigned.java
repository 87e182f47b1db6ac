package io.github.kmeans4j.event;

import io.github.kmeans4j.internal.EventArrays;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The assignment step gave every point the label of its nearest centroid (ties to the lowest
 * index).
 *
 * <p>The labels are those of the rows the run's {@link RunStarted#data()} holds: every row of a
 * local fit, the sample of a fit whose rows live elsewhere (on Spark, say). Such a fit makes its
 * events with labels on demand: they are computed when a listener first asks for them, at a cost
 * of O(s·k·d) for a sample of s rows, once per event; a listener that never reads labels (a
 * progress printer) never pays it. A local fit's events hold their labels from the start.
 */
public final class Assigned implements KMeansEvent {
    private final int restart;
    private final int iteration;
    private final int n;
    private final double inertia;
    private final int pointsMoved;
    private final int[] clusterSizes;
    private Supplier<int[]> source;   // null once the labels are known
    private int[] labels;

    static {
        // Lets Recording share this event's labels in its frames instead of copying n labels per frame.
        EventArrays.register(Assigned::resolved);
    }

    /**
     * An event with its labels, copied.
     *
     * @param restart the restart index
     * @param iteration the iteration, from 1; a final assignment after the last update carries the
     *     iteration after it
     * @param labels the label of every point, in [0, k); copied
     * @param inertia the weighted sum of squared distances from each point to its centroid
     * @param pointsMoved how many points changed label; in the first assignment, every point
     * @param clusterSizes how many points each cluster received; copied
     * @throws IllegalArgumentException if {@code labels} or {@code clusterSizes} is null
     */
    public Assigned(int restart, int iteration, int[] labels, double inertia, int pointsMoved, int[] clusterSizes) {
        this(restart, iteration, Arrays2.copy(labels, "labels"), null, -1, inertia, pointsMoved, clusterSizes);
    }

    private Assigned(int restart, int iteration, int[] labels, Supplier<int[]> source, int n, double inertia,
                     int pointsMoved, int[] clusterSizes) {
        this.restart = restart;
        this.iteration = iteration;
        this.labels = labels;
        this.source = source;
        this.n = labels != null ? labels.length : n;
        this.inertia = inertia;
        this.pointsMoved = pointsMoved;
        this.clusterSizes = Arrays2.copy(clusterSizes, "clusterSizes");
    }

    /**
     * An event whose labels are computed when first asked for, by {@code labels}, which must
     * give {@code n} labels and give the same ones whenever it is called.
     *
     * @param restart the restart index
     * @param iteration the iteration, from 1
     * @param n the number of labels
     * @param labels computes the labels (its array is kept, not copied)
     * @param inertia the weighted sum of squared distances from each point to its centroid
     * @param pointsMoved how many points changed label
     * @param clusterSizes how many points each cluster received; copied
     * @return the event
     * @throws IllegalArgumentException if {@code labels} or {@code clusterSizes} is null, or n is negative
     */
    public static Assigned withLabelsOnDemand(int restart, int iteration, int n, Supplier<int[]> labels,
                                              double inertia, int pointsMoved, int[] clusterSizes) {
        if (labels == null || n < 0) {
            throw new IllegalArgumentException("labels must not be null and n not negative, was " + n);
        }
        return new Assigned(restart, iteration, null, labels, n, inertia, pointsMoved, clusterSizes);
    }

    /** The labels, computed now if they were left for later; never modified by the caller. */
    private synchronized int[] resolved() {
        if (labels == null) {
            int[] computed = source.get();
            if (computed == null || computed.length != n) {
                throw new IllegalStateException("the labels of " + this + " should be " + n + " values, were "
                        + (computed == null ? "null" : computed.length + " values"));
            }
            labels = computed;
            source = null;
        }
        return labels;
    }

    @Override
    public int restart() {
        return restart;
    }

    @Override
    public int iteration() {
        return iteration;
    }

    /**
     * The label of every point; computed on first request for an event made with
     * {@link #withLabelsOnDemand}.
     *
     * @return a copy of the labels
     */
    public int[] labels() {
        return resolved().clone();
    }

    /** {@return how many labels the event holds, without computing them} */
    public int n() {
        return n;
    }

    /**
     * The label of point {@code i}.
     *
     * @param i the point's index
     * @return its cluster
     * @throws IllegalArgumentException if i is not in [0, n)
     */
    public int label(int i) {
        if (i < 0 || i >= n) {
            throw new IllegalArgumentException("point " + i + " is not in [0, " + n + ")");
        }
        return resolved()[i];
    }

    /** {@return the weighted sum of squared distances from each point to its centroid} */
    public double inertia() {
        return inertia;
    }

    /** {@return how many points changed label; in the first assignment, every point} */
    public int pointsMoved() {
        return pointsMoved;
    }

    /** {@return a copy of the cluster sizes} */
    public int[] clusterSizes() {
        return clusterSizes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Assigned a && restart == a.restart && iteration == a.iteration
                && Arrays.equals(resolved(), a.resolved()) && Double.compare(inertia, a.inertia) == 0
                && pointsMoved == a.pointsMoved && Arrays.equals(clusterSizes, a.clusterSizes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(restart, iteration, Arrays.hashCode(resolved()), inertia, pointsMoved,
                Arrays.hashCode(clusterSizes));
    }

    @Override
    public String toString() {
        return "Assigned[restart=" + restart + ", iteration=" + iteration + ", inertia=" + inertia
                + ", pointsMoved=" + pointsMoved + ", clusterSizes=" + Arrays.toString(clusterSizes) + "]";
    }
}
