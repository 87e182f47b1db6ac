package io.github.kmeans4j.recording;

import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.internal.Numbers;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The state of a recorded run just after one event: what a picture of that moment shows. One
 * frame per event, in order; obtained from {@link Recording#frame(int)}. Immutable; arrays
 * returned are copies.
 */
public final class Frame {

    /** Which kind of step a frame shows. */
    public enum Phase {
        /** A run (restart) begins; no centroid yet. */
        STARTED,
        /** One more initial centroid was chosen. */
        SEED_CHOSEN,
        /** All initial centroids are chosen. */
        INITIALIZED,
        /** Points were assigned to their nearest centroids. */
        ASSIGNED,
        /** An empty cluster was repaired. */
        EMPTY_CLUSTER_REPAIRED,
        /** Centroids moved to the means of their points. */
        UPDATED,
        /** The run ended. */
        FINISHED
    }

    private final int index;
    private final KMeansEvent event;
    private final Phase phase;
    private final double[] centroids;   // rows chosen so far, row-major; shared, never modified
    private final int d;
    private final int[] labels;         // shared, never modified; null before the first assignment
    private final double inertia;       // NaN before the first assignment (never exposed as NaN)
    private final String caption;

    Frame(int index, KMeansEvent event, Phase phase, double[] centroids, int d, int[] labels, double inertia,
          String caption) {
        this.index = index;
        this.event = event;
        this.phase = phase;
        this.centroids = centroids;
        this.d = d;
        this.labels = labels;
        this.inertia = inertia;
        this.caption = caption;
    }

    /** The centroids array itself, for {@link Recording} (shared: never modify). */
    double[] sharedCentroids() {
        return centroids;
    }

    /** The labels array itself, or null, for {@link Recording} (shared: never modify). */
    int[] sharedLabels() {
        return labels;
    }

    /** The dimension of the data. */
    int d() {
        return d;
    }

    /** {@return the position of this frame in its recording, from 0} */
    public int index() {
        return index;
    }

    /** {@return the event this frame follows} */
    public KMeansEvent event() {
        return event;
    }

    /** {@return the kind of step} */
    public Phase phase() {
        return phase;
    }

    /** {@return the restart the frame belongs to} */
    public int restart() {
        return event.restart();
    }

    /** {@return the iteration (0 during initialisation)} */
    public int iteration() {
        return event.iteration();
    }

    /**
     * A copy of the centroids at this moment: none at the start, the seeds chosen so far during
     * seeding, then all k.
     *
     * @return a copy of the centroids that exist at this moment, d values each
     */
    public double[][] centroids() {
        int rows = centroids.length / d;
        double[][] out = new double[rows][];
        for (int j = 0; j < rows; j++) {
            out[j] = Arrays.copyOfRange(centroids, j * d, j * d + d);
        }
        return out;
    }

    /** {@return how many centroids exist at this moment} */
    public int centroidCount() {
        return centroids.length / d;
    }

    /** {@return a copy of every point's label, or empty before the run's first assignment} */
    public Optional<int[]> labels() {
        return labels == null ? Optional.empty() : Optional.of(labels.clone());
    }

    /** {@return the inertia of the latest assignment, or empty before the first} */
    public OptionalDouble inertia() {
        return labels == null ? OptionalDouble.empty() : OptionalDouble.of(inertia);
    }

    /** {@return a sentence describing this step, for a caption under a picture of it} */
    public String caption() {
        return caption;
    }

    @Override
    public String toString() {
        return "Frame[" + index + ", " + phase + ", restart=" + restart() + ", iteration=" + iteration() + ": "
                + caption + "]";
    }

    /**
     * How captions write a number, so that a renderer writes numbers the same way: four
     * significant digits, plain between 0.001 and ten million ({@code 28950}, {@code 0.3424}),
     * scientific outside ({@code 1.235e+07}); NaN as "–" and infinities as "∞".
     *
     * @param value the number
     * @return its text
     */
    public static String formatNumber(double value) {
        return Numbers.format(value);
    }
}
