package io.github.kmeans4j.metrics;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.event.Assigned;
import io.github.kmeans4j.event.Initialized;
import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.event.KMeansListener;
import io.github.kmeans4j.event.RunStarted;
import io.github.kmeans4j.event.Updated;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A listener that scores every assignment of a fit as it happens and keeps one series per
 * restart and score, so that a panel can plot the scores live.
 *
 * <pre>{@code
 * ScoreTracker tracker = ScoreTracker.of(Score.INERTIA, Score.SILHOUETTE);
 * KMeans.builder().k(3).seed(1).listener(tracker).build().fit(data);
 * List<ScorePoint> silhouette = tracker.snapshot().series(0, Score.SILHOUETTE);
 * }</pre>
 *
 * <p>What is scored: each {@code Assigned} event, with the data of the preceding
 * {@code RunStarted}. {@link Score#INERTIA} is the event's own; {@link Score#SIMPLIFIED_SILHOUETTE}
 * uses the centroids in force at that assignment, those of the preceding {@code Initialized} or
 * {@code Updated} event; {@link Score#DAVIES_BOULDIN} and {@link Score#CALINSKI_HARABASZ} are
 * computed from the labels, as {@link ClusterScores} defines them. {@link Score#SILHOUETTE} costs
 * O(n²·d) per iteration, so it is exact only up to a cost cap ({@link Builder#exactSilhouetteUpTo},
 * default {@value #DEFAULT_EXACT_UP_TO} points); above it, it is the silhouette of a sample of
 * {@link Builder#silhouetteSampleSize} points (default {@value #DEFAULT_SAMPLE_SIZE}), drawn once
 * per fit from the tracker's seed, so every iteration is scored on the same points and the series
 * shows the clustering changing, not the sample. An iteration where a score is undefined (fewer
 * than 2 non-empty clusters, or no fewer than points) gets no point in that series.
 *
 * <p>Threads and cost: scoring runs on the fitting thread inside {@link #onEvent} (the exact
 * silhouette also on helper threads), so it slows the fit by the scores' cost. {@link #snapshot()}
 * may be called from any thread at any time, also while a fit runs, and never waits for a score
 * being computed. A {@code RunStarted} of restart 0 begins a new fit and discards the series kept;
 * one tracker follows one fit at a time.
 */
public final class ScoreTracker implements KMeansListener {
    /** The default cost cap: the silhouette is exact for at most this many points. */
    public static final int DEFAULT_EXACT_UP_TO = 4000;
    /** The default sample size of the silhouette above the cost cap. */
    public static final int DEFAULT_SAMPLE_SIZE = 1000;

    private final Set<Score> scores;
    private final int exactUpTo;
    private final int sampleSize;
    private final long seed;
    private final int threads;

    // Read and written only by the fitting thread.
    private Dataset data;
    /** The data, scaled by 2^shift (see {@link ExactScale}), as the centroids are. */
    private double[] x;
    private int shift;
    private int n;
    private int d;
    private int[] sample;
    private double[] sampleX;
    private double[] centroids;
    private int k;

    // Guarded by this.
    private final List<Map<Score, List<ScorePoint>>> series = new ArrayList<>();
    private boolean sampled;

    private ScoreTracker(Builder b) {
        this.scores = EnumSet.copyOf(b.scores);
        this.exactUpTo = b.exactUpTo;
        this.sampleSize = b.sampleSize;
        this.seed = b.seed;
        this.threads = b.threads;
    }

    /**
     * A tracker of the given scores with the default cost cap, sample size, seed 0 and all cores.
     *
     * @param scores the scores to follow, at least one
     * @return a new tracker with no series yet
     * @throws IllegalArgumentException if no score is given or one is null
     */
    public static ScoreTracker of(Score... scores) {
        return builder().scores(scores).build();
    }

    /** {@return a builder; by default every score is followed} */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void onEvent(KMeansEvent event) {
        if (event instanceof RunStarted s) {
            start(s);
        } else if (event instanceof Initialized i) {
            centroidsInForce(i.centroids());
        } else if (event instanceof Updated u) {
            centroidsInForce(u.centroids());
        } else if (event instanceof Assigned a) {
            score(a);
        }
    }

    private void start(RunStarted s) {
        if (s.data() != data) {
            data = s.data();
            x = data.toRowMajorArray();
            shift = ExactScale.shiftFor(x);
            ExactScale.apply(x, shift);
            n = data.n();
            d = data.d();
            sample = null;
            sampleX = null;
        }
        boolean useSample = scores.contains(Score.SILHOUETTE) && n > exactUpTo;
        if (useSample && sample == null) {
            sample = ClusterScores.drawSample(n, sampleSize, seed);
            sampleX = new double[sample.length * d];
            for (int q = 0; q < sample.length; q++) {
                System.arraycopy(x, sample[q] * d, sampleX, q * d, d);
            }
        }
        centroids = null;
        synchronized (this) {
            if (s.restart() == 0) {
                series.clear();
            }
            while (series.size() <= s.restart()) {
                series.add(new EnumMap<>(Score.class));
            }
            sampled = useSample;
        }
    }

    private void centroidsInForce(double[][] c) {
        if (!scores.contains(Score.SIMPLIFIED_SILHOUETTE)) {
            return;
        }
        k = c.length;
        centroids = new double[k * d];
        for (int j = 0; j < k; j++) {
            System.arraycopy(c[j], 0, centroids, j * d, d);
        }
        ExactScale.apply(centroids, shift);
    }

    private void score(Assigned a) {
        if (data == null) {
            throw new IllegalStateException("ScoreTracker received an Assigned event before any RunStarted;"
                    + " register it on the KMeans before the fit starts");
        }
        int[] labels = a.labels();
        Map<Score, Double> values = new EnumMap<>(Score.class);
        boolean needsLabels = scores.size() > (scores.contains(Score.INERTIA) ? 1 : 0);
        Labels l = needsLabels ? Labels.of("ScoreTracker", "labels", labels, n) : null;
        for (Score score : scores) {
            switch (score) {
                case INERTIA -> values.put(score, a.inertia());
                case SILHOUETTE -> {
                    Double v = silhouette(labels, l);
                    if (v != null) {
                        values.put(score, v);
                    }
                }
                case SIMPLIFIED_SILHOUETTE -> {
                    if (centroids != null && l.internalScoreDefined()) {
                        values.put(score, ClusterScores.simplified("simplifiedSilhouette", x, n, d, labels,
                                centroids, k).mean());
                    }
                }
                case DAVIES_BOULDIN -> {
                    if (l.internalScoreDefined()) {
                        values.put(score, ClusterScores.daviesBouldin(x, n, d, l, shift));
                    }
                }
                case CALINSKI_HARABASZ -> {
                    if (l.internalScoreDefined()) {
                        values.put(score, ClusterScores.calinskiHarabasz(x, n, d, l));
                    }
                }
                default -> throw new AssertionError(score);
            }
        }
        synchronized (this) {
            while (series.size() <= a.restart()) {
                series.add(new EnumMap<>(Score.class));
            }
            Map<Score, List<ScorePoint>> r = series.get(a.restart());
            for (Map.Entry<Score, Double> e : values.entrySet()) {
                r.computeIfAbsent(e.getKey(), key -> new ArrayList<>()).add(new ScorePoint(a.iteration(), e.getValue()));
            }
        }
    }

    /** The mean silhouette, exact or on the fit's sample; null where undefined. */
    private Double silhouette(int[] labels, Labels all) {
        if (sample == null) {
            if (!all.internalScoreDefined()) {
                return null;
            }
            return ClusterScores.silhouette(x, n, d, all, threads).mean();
        }
        int[] sampleLabels = new int[sample.length];
        for (int q = 0; q < sample.length; q++) {
            sampleLabels[q] = labels[sample[q]];
        }
        Labels l = Labels.of("ScoreTracker", "labels", sampleLabels, sample.length);
        if (!l.internalScoreDefined()) {
            return null;
        }
        return ClusterScores.silhouette(sampleX, sample.length, d, l, threads).mean();
    }

    /** {@return an immutable copy of every series kept so far} */
    public synchronized ScoreHistory snapshot() {
        return new ScoreHistory(scores, series, sampled);
    }

    /**
     * A copy of one series kept so far; shorthand for {@code snapshot().series(restart, score)}.
     *
     * @param restart the restart, from 0
     * @param score a followed score
     * @return the points of that series, in iteration order
     * @throws IllegalArgumentException if the restart has not begun or the score is not followed
     */
    public List<ScorePoint> series(int restart, Score score) {
        return snapshot().series(restart, score);
    }

    /** {@return the scores followed} */
    public Set<Score> scores() {
        return EnumSet.copyOf(scores);
    }

    /** Forgets every series kept. */
    public synchronized void clear() {
        series.clear();
    }

    @Override
    public String toString() {
        return "ScoreTracker[scores=" + scores + ", exactSilhouetteUpTo=" + exactUpTo + ", silhouetteSampleSize="
                + sampleSize + ", seed=" + seed + ", threads=" + threads + "]";
    }

    /** Configures a {@link ScoreTracker}. Not thread-safe. */
    public static final class Builder {
        private Set<Score> scores = EnumSet.allOf(Score.class);
        private int exactUpTo = DEFAULT_EXACT_UP_TO;
        private int sampleSize = DEFAULT_SAMPLE_SIZE;
        private long seed;
        private int threads = Parallel.allCores();

        private Builder() {
        }

        /**
         * The scores to follow (default: all).
         *
         * @param chosen the scores, at least one
         * @return this builder
         * @throws IllegalArgumentException if none is given or one is null
         */
        public Builder scores(Score... chosen) {
            if (chosen == null || chosen.length == 0) {
                throw new IllegalArgumentException("ScoreTracker: choose at least one score, got none");
            }
            for (int i = 0; i < chosen.length; i++) {
                if (chosen[i] == null) {
                    throw new IllegalArgumentException("ScoreTracker: scores[" + i + "] is null");
                }
            }
            this.scores = EnumSet.copyOf(Arrays.asList(chosen));
            return this;
        }

        /**
         * The cost cap: the silhouette is exact when the data has at most this many points, and
         * computed on a sample otherwise (default {@value ScoreTracker#DEFAULT_EXACT_UP_TO}).
         *
         * @param points the largest number of points scored exactly, 0 or more
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder exactSilhouetteUpTo(int points) {
            if (points < 0) {
                throw new IllegalArgumentException("ScoreTracker: exactSilhouetteUpTo must be 0 or more, was " + points);
            }
            this.exactUpTo = points;
            return this;
        }

        /**
         * How many points the silhouette's sample holds above the cost cap (default
         * {@value ScoreTracker#DEFAULT_SAMPLE_SIZE}).
         *
         * @param points the number of points sampled, at least 2
         * @return this builder
         * @throws IllegalArgumentException if below 2
         */
        public Builder silhouetteSampleSize(int points) {
            if (points < 2) {
                throw new IllegalArgumentException("ScoreTracker: silhouetteSampleSize must be at least 2, was " + points);
            }
            this.sampleSize = points;
            return this;
        }

        /**
         * The seed of the silhouette's sample (default 0).
         *
         * @param seed the seed
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Threads for the silhouette (default: all cores); any count gives the same values.
         *
         * @param threads the most threads to use, at least 1
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder threads(int threads) {
            this.threads = Parallel.checkThreads("ScoreTracker", threads);
            return this;
        }

        /** {@return a new tracker with this builder's settings} */
        public ScoreTracker build() {
            return new ScoreTracker(this);
        }
    }
}
