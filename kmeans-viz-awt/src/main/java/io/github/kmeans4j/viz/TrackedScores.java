package io.github.kmeans4j.viz;

import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.metrics.Score;
import io.github.kmeans4j.metrics.ScoreHistory;
import io.github.kmeans4j.metrics.ScorePoint;
import io.github.kmeans4j.metrics.ScoreTracker;
import io.github.kmeans4j.recording.Recording;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The painter's score charts, computed by the core's {@link ScoreTracker} (the one scoring path:
 * a chart shows exactly what a tracker listening to the fit reports) from a recording's events.
 * When a live view's recording grows, only the events added since the last call are scored, so
 * the cost of the live view grows with the run, not with its square.
 *
 * <p>Not thread-safe: one instance serves one succession of growing recordings; the series it
 * returns are immutable snapshots.
 */
final class TrackedScores {
    private final ScoreTracker tracker;
    private List<KMeansEvent> consumed = List.of();

    private TrackedScores(ScoreTracker tracker) {
        this.tracker = tracker;
    }

    /** Inertia and silhouette with the tracker's defaults (exact silhouette up to 4 000 points). */
    static TrackedScores standard() {
        return new TrackedScores(ScoreTracker.builder().scores(Score.INERTIA, Score.SILHOUETTE).seed(0x511L).build());
    }

    /** The silhouette exact up to {@code sampleSize} points, on a seeded sample of that size above. */
    static TrackedScores silhouette(int sampleSize, long seed) {
        return new TrackedScores(ScoreTracker.builder().scores(Score.SILHOUETTE).exactSilhouetteUpTo(sampleSize)
                .silhouetteSampleSize(sampleSize).seed(seed).build());
    }

    /**
     * Scores the events of {@code recording} not scored yet (all of them, unless it extends the
     * recording of the previous call) and returns a snapshot.
     */
    ScoreHistory follow(Recording recording) {
        List<KMeansEvent> events = recording.events();
        int from = 0;
        if (events.size() >= consumed.size() && !consumed.isEmpty()
                && events.get(consumed.size() - 1) == consumed.get(consumed.size() - 1)) {
            from = consumed.size();
        } else if (!consumed.isEmpty()) {
            tracker.clear();
        }
        for (int i = from; i < events.size(); i++) {
            tracker.onEvent(events.get(i));
        }
        consumed = events;
        return tracker.snapshot();
    }

    /** A chart's series from a snapshot: the value of each (restart, iteration) of {@code score}. */
    static ScoreSeries series(ScoreHistory history, Score score, String name, List<Double> references) {
        Map<Long, Double> values = new HashMap<>();
        for (int r = 0; r < history.restarts(); r++) {
            for (ScorePoint p : history.series(r, score)) {
                values.put(key(r, p.iteration()), p.value());
            }
        }
        return table(name, values, references);
    }

    /** The key of (restart, iteration) in the maps {@link #table} reads. */
    static long key(int restart, int iteration) {
        return ((long) restart << 32) | (iteration & 0xFFFFFFFFL);
    }

    /** A series reading its values from {@code values} (copied), keyed by {@link #key}; NaN where absent. */
    static ScoreSeries table(String name, Map<Long, Double> values, List<Double> references) {
        Map<Long, Double> copy = Map.copyOf(values);
        return new ScoreSeries() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public double value(int restart, int iteration) {
                Double v = copy.get(key(restart, iteration));
                return v == null ? Double.NaN : v;
            }

            @Override
            public List<Double> referenceLines() {
                return references;
            }
        };
    }
}
