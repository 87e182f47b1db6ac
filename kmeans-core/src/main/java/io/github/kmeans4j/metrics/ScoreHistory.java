package io.github.kmeans4j.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable snapshot of the series a {@link ScoreTracker} kept: for every restart of the fit
 * and every score followed, the points {@code (iteration, value)} in iteration order. An
 * iteration at which a score is undefined (fewer than 2 non-empty clusters, or as many as
 * points) has no point in that score's series.
 */
public final class ScoreHistory {
    private final Set<Score> scores;
    private final List<Map<Score, List<ScorePoint>>> restarts;
    private final boolean silhouetteSampled;

    ScoreHistory(Set<Score> scores, List<Map<Score, List<ScorePoint>>> restarts, boolean silhouetteSampled) {
        this.scores = Collections.unmodifiableSet(scores.isEmpty() ? Set.of() : java.util.EnumSet.copyOf(scores));
        List<Map<Score, List<ScorePoint>>> copy = new ArrayList<>();
        for (Map<Score, List<ScorePoint>> r : restarts) {
            Map<Score, List<ScorePoint>> m = new EnumMap<>(Score.class);
            for (Map.Entry<Score, List<ScorePoint>> e : r.entrySet()) {
                m.put(e.getKey(), List.copyOf(e.getValue()));
            }
            copy.add(Collections.unmodifiableMap(m));
        }
        this.restarts = List.copyOf(copy);
        this.silhouetteSampled = silhouetteSampled;
    }

    /** {@return the scores followed (unmodifiable)} */
    public Set<Score> scores() {
        return scores;
    }

    /** {@return how many restarts have begun so far} */
    public int restarts() {
        return restarts.size();
    }

    /**
     * The series of {@code score} in restart {@code restart}, in iteration order; empty if the
     * restart has not scored an assignment yet. Unmodifiable.
     *
     * @param restart the restart, from 0
     * @param score a followed score
     * @return the points of that series, in iteration order
     * @throws IllegalArgumentException if restart is out of range or the score is not followed
     */
    public List<ScorePoint> series(int restart, Score score) {
        if (restart < 0 || restart >= restarts.size()) {
            throw new IllegalArgumentException("restart " + restart + " is out of range [0, " + restarts.size() + ")");
        }
        if (score == null || !scores.contains(score)) {
            throw new IllegalArgumentException("score " + score + " is not followed; followed: " + scores);
        }
        return restarts.get(restart).getOrDefault(score, List.of());
    }

    /**
     * {@return whether the silhouette series is computed on a sample of the points (the data exceeded the cost cap)}
     */
    public boolean silhouetteSampled() {
        return silhouetteSampled;
    }

    @Override
    public String toString() {
        return "ScoreHistory[scores=" + scores + ", restarts=" + restarts.size() + "]";
    }
}
