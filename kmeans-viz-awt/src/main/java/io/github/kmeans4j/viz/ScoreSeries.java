package io.github.kmeans4j.viz;

import io.github.kmeans4j.recording.Recording;
import io.github.kmeans4j.event.Assigned;
import io.github.kmeans4j.metrics.Score;
import io.github.kmeans4j.event.KMeansEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A score per iteration of a run, drawn as a small chart in the side panel of a frame (for
 * example the inertia, or the silhouette with reference lines at 0.50 and 0.75). The value of
 * iteration {@code i} is the score of the assignment made in iteration {@code i}; the chart of a
 * frame shows the iterations up to the frame's own.
 *
 * <p>Implementations must be immutable or at least safe to read from several threads.
 */
public interface ScoreSeries {

    /** {@return the name shown above the chart, such as "inertia"} */
    String name();

    /**
     * The score after the assignment step of an iteration.
     *
     * @param restart the restart index, from 0
     * @param iteration the iteration, from 1
     * @return the score, or {@code NaN} when it is not known for that iteration
     */
    double value(int restart, int iteration);

    /** {@return the horizontal reference lines drawn on the chart (e.g. 0.50 and 0.75); none by default} */
    default List<Double> referenceLines() {
        return List.of();
    }

    /**
     * Scores given as a table.
     *
     * @param name the chart's name
     * @param values {@code values[restart][iteration - 1]}; copied; NaN for unknown
     * @param referenceLines values at which to draw reference lines
     * @return the series of those values
     * @throws IllegalArgumentException if an argument is null or a reference line is not finite
     */
    static ScoreSeries of(String name, double[][] values, double... referenceLines) {
        if (name == null || values == null || referenceLines == null) {
            throw new IllegalArgumentException("name, values and referenceLines must not be null");
        }
        double[][] copy = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            if (values[r] == null) {
                throw new IllegalArgumentException("values[" + r + "] must not be null");
            }
            copy[r] = values[r].clone();
        }
        Double[] lines = new Double[referenceLines.length];
        for (int i = 0; i < lines.length; i++) {
            if (!Double.isFinite(referenceLines[i])) {
                throw new IllegalArgumentException("reference line " + i + " is not finite: " + referenceLines[i]);
            }
            lines[i] = referenceLines[i];
        }
        List<Double> refs = List.of(lines);
        return new ScoreSeries() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public double value(int restart, int iteration) {
                if (restart < 0 || restart >= copy.length || iteration < 1 || iteration > copy[restart].length) {
                    return Double.NaN;
                }
                return copy[restart][iteration - 1];
            }

            @Override
            public List<Double> referenceLines() {
                return refs;
            }
        };
    }

    /**
     * The inertia (weighted sum of squared distances to the assigned centroids) of each
     * assignment of a recorded run, as reported by its {@link Assigned} events.
     *
     * @param recording the run
     * @return the inertia series, named "inertia"
     * @throws IllegalArgumentException if {@code recording} is null
     */
    static ScoreSeries inertia(Recording recording) {
        if (recording == null) {
            throw new IllegalArgumentException("recording must not be null");
        }
        Map<Long, Double> values = new HashMap<>();
        for (KMeansEvent e : recording.events()) {
            if (e instanceof Assigned a) {
                values.put(TrackedScores.key(a.restart(), a.iteration()), a.inertia());
            }
        }
        return TrackedScores.table("inertia", values, List.of());
    }

    /**
     * The mean silhouette (Rousseeuw 1987) of each assignment of a recorded run, with reference
     * lines at 0.50 and 0.75, as the core's {@link io.github.kmeans4j.metrics.ScoreTracker}
     * computes it while listening to the fit: exact when the data have at most
     * {@code sampleSize} points, else on a seeded sample of that size (see
     * {@link io.github.kmeans4j.metrics.ScoreTracker.Builder#exactSilhouetteUpTo(int)}).
     *
     * @param recording the run
     * @param sampleSize the largest number of points scored exactly, and the sample size above it; at least 2
     * @param seed the seed of the sample
     * @return the silhouette series, with reference lines at 0.50 and 0.75
     * @throws IllegalArgumentException if {@code recording} is null or {@code sampleSize < 2}
     */
    static ScoreSeries silhouette(Recording recording, int sampleSize, long seed) {
        if (recording == null) {
            throw new IllegalArgumentException("recording must not be null");
        }
        if (sampleSize < 2) {
            throw new IllegalArgumentException("sampleSize must be at least 2, got " + sampleSize);
        }
        return TrackedScores.series(TrackedScores.silhouette(sampleSize, seed).follow(recording), Score.SILHOUETTE,
                "silhouette", List.of(0.50, 0.75));
    }
}
