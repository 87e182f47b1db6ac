package io.github.kmeans4j.examples;

import io.github.kmeans4j.EmptyClusterPolicy;
import io.github.kmeans4j.Initializer;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.recording.Recording;
import io.github.kmeans4j.recording.RunRecorder;
import io.github.kmeans4j.data.Generators;
import io.github.kmeans4j.data.LabeledData;
import io.github.kmeans4j.event.RunStarted;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The state and actions of the {@code explorer} example, without any window: the sliders'
 * values, the data set, the recorded run and which of its frames is shown. The Swing view only
 * reads this model and calls its actions, so everything the explorer does is testable headless.
 *
 * <p>Actions: {@link #go()} draws a new data set from the current settings and runs k-means on
 * it; {@link #retry()} runs it again on the same data from new initial centroids;
 * {@link #place} adds a centroid where the user clicked (with {@link Init#PLACED}, the run starts
 * from the placed centroids once there are k of them); {@link #step()} advances the animation.
 * Not thread-safe: the view calls it on the event thread only.
 */
final class ExplorerModel {
    /** Smallest and largest values the sliders allow. */
    static final int MIN_N = 20;
    static final int MAX_N = 5000;
    static final int MIN_K = 1;
    static final int MAX_K = 10;
    static final double MIN_SPREAD = 0.2;
    static final double MAX_SPREAD = 4.0;

    /** The data set shapes the explorer can draw. */
    enum Preset {
        BLOBS("Gaussian blobs"),
        ANISOTROPIC("stretched blobs"),
        UNEQUAL_VARIANCE("blobs of unequal spread"),
        MOONS("two moons"),
        CIRCLES("two circles"),
        SMILEY("smiley"),
        UNIFORM("uniform square");

        private final String label;

        Preset(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The initialisers the explorer offers. */
    enum Init {
        GREEDY_K_MEANS_PLUS_PLUS("greedy k-means++"),
        K_MEANS_PLUS_PLUS("k-means++"),
        RANDOM_POINTS("random points"),
        RANDOM_PARTITION("random partition"),
        FARTHEST_POINT("farthest point"),
        PLACED("placed by clicking");

        private final String label;

        Init(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private int n = 300;
    private int k = 3;
    private double spread = 1.0;
    private Preset preset = Preset.BLOBS;
    private Init init = Init.GREEDY_K_MEANS_PLUS_PLUS;
    private long dataSeed;
    private long fitSeed;
    private LabeledData data;
    private Recording recording;
    private int frame;
    private final List<double[]> placed = new ArrayList<>();
    /** Whether the current run started from the placed centroids (they are then no longer markers). */
    private boolean placedUsed;

    /** A model whose first {@link #go()} draws data with {@code seed}. */
    ExplorerModel(long seed) {
        this.dataSeed = seed;
        this.fitSeed = seed;
    }

    int n() {
        return n;
    }

    int k() {
        return k;
    }

    double spread() {
        return spread;
    }

    Preset preset() {
        return preset;
    }

    Init init() {
        return init;
    }

    /** Sets the number of points for the next {@link #go()}. */
    void setN(int value) {
        n = checked("points", value, MIN_N, MAX_N);
    }

    /** Sets K; placed centroids beyond the new K are dropped. */
    void setK(int value) {
        k = checked("K", value, MIN_K, MAX_K);
        while (placed.size() > k) {
            placed.remove(placed.size() - 1);
        }
        if (placed.size() < k) {
            placedUsed = false; // too few for a run: they are a placement in progress again
        }
    }

    /** Sets the cluster spread for the next {@link #go()} (blob presets only). */
    void setSpread(double value) {
        if (!(value >= MIN_SPREAD && value <= MAX_SPREAD)) {
            throw new IllegalArgumentException("spread must be between " + MIN_SPREAD + " and " + MAX_SPREAD
                    + ", not " + value);
        }
        spread = value;
    }

    void setPreset(Preset value) {
        if (value == null) {
            throw new IllegalArgumentException("preset must not be null");
        }
        preset = value;
    }

    void setInit(Init value) {
        if (value == null) {
            throw new IllegalArgumentException("init must not be null");
        }
        init = value;
    }

    private static int checked(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }

    /** The current data set, or null before the first {@link #go()}. */
    LabeledData data() {
        return data;
    }

    /** The recorded run, or null before the first run. */
    Recording recording() {
        return recording;
    }

    /** The index of the frame shown. */
    int frame() {
        return frame;
    }

    /** Whether the last frame is shown (or there is no run). */
    boolean atEnd() {
        return recording == null || frame >= recording.size() - 1;
    }

    /** Copies of the centroids placed by clicking, in order. */
    List<double[]> placed() {
        List<double[]> copy = new ArrayList<>();
        for (double[] p : placed) {
            copy.add(p.clone());
        }
        return copy;
    }

    /**
     * The centroids placed by clicking that no run has started from yet: the view draws them as
     * markers. Empty once a run starts from them.
     */
    List<double[]> markers() {
        return placedUsed ? List.of() : placed();
    }

    /** Whether centroids are being placed: some are placed and no run has started from them yet. */
    boolean placing() {
        return !placedUsed && !placed.isEmpty();
    }

    /**
     * What the view draws: the recorded run; or, when there is no run yet or centroids are being
     * {@link #placing() placed}, a recording of only a run's start on the current data (its points,
     * unassigned), so the points can be drawn and clicked; null before the first {@link #go()}.
     */
    Recording shown() {
        if (data == null) {
            return null;
        }
        if (recording != null && !placing()) {
            return recording;
        }
        return Recording.of(List.of(new RunStarted(0, 1, data.data(), k, fitSeed, "your clicks",
                EmptyClusterPolicy.FARTHEST_POINT, 300, 0)));
    }

    /** The index in {@link #shown()} of the frame to draw: {@link #frame()}, or 0 for a run's start alone. */
    int shownFrame() {
        return recording != null && !placing() ? frame : 0;
    }

    /** Draws a new data set with the current settings, then runs k-means on it from frame 0. */
    void go() {
        dataSeed++;
        data = generate();
        placed.clear();
        placedUsed = false;
        if (init != Init.PLACED) {
            run();
        } else {
            recording = null;
            frame = 0;
        }
    }

    /**
     * Runs k-means again on the same data from new initial centroids (with {@link Init#PLACED},
     * from the k placed ones).
     */
    void retry() {
        if (data == null) {
            throw new IllegalStateException("RETRY needs data: press GO first");
        }
        if (init == Init.PLACED && placed.size() < k) {
            throw new IllegalStateException("RETRY from placed centroids needs " + k + " of them: click "
                    + (k - placed.size()) + " more in the plot");
        }
        fitSeed++;
        run();
    }

    /**
     * Adds a centroid at {@code (x, y)} in data coordinates. With {@link Init#PLACED} the k-th
     * placed centroid starts a run from the placed ones; further clicks start a new placement.
     */
    void place(double x, double y) {
        if (data == null) {
            throw new IllegalStateException("place centroids on data: press GO first");
        }
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("a placed centroid needs finite coordinates, not (" + x + ", " + y + ")");
        }
        if (placed.size() >= k || placedUsed) {
            placed.clear();
            placedUsed = false;
        }
        placed.add(new double[] {x, y});
        if (init == Init.PLACED && placed.size() == k) {
            run();
        }
    }

    /** Shows the next frame; false at the end, and while centroids are being placed. */
    boolean step() {
        if (atEnd() || placing()) {
            return false;
        }
        frame++;
        return true;
    }

    /** Shows frame {@code index} (clamped to the run). */
    void seek(int index) {
        if (recording != null) {
            frame = Math.max(0, Math.min(recording.size() - 1, index));
        }
    }

    /** The label under the plot, e.g. "Iteration 3 of 7 · update". */
    String iterationLabel() {
        if (recording == null || placing()) {
            return data == null ? "Press GO" : "Click " + (k - placed.size()) + " more centroid(s)";
        }
        int last = recording.frame(recording.size() - 1).iteration();
        var f = recording.frame(frame);
        return String.format(Locale.ROOT, "Iteration %d of %d · %s", f.iteration(), last,
                f.phase().toString().toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    private LabeledData generate() {
        int count = Math.max(n, k);
        return switch (preset) {
            case BLOBS -> Generators.blobs().centers(k).dimensions(2).bounds(-10, 10).spread(spread).n(count)
                    .seed(dataSeed).generate();
            case ANISOTROPIC -> Generators.blobs().centers(k).dimensions(2).bounds(-10, 10).spread(spread).n(count)
                    .transform(new double[][] {{0.6, -0.6}, {-0.4, 0.8}}).seed(dataSeed).generate();
            case UNEQUAL_VARIANCE -> Generators.blobs().centers(k).dimensions(2).bounds(-10, 10)
                    .spreads(spreads(k, spread)).n(count).seed(dataSeed).generate();
            case MOONS -> Generators.moons(count, 0.05 * spread, dataSeed);
            case CIRCLES -> Generators.circles(count, 0.5, 0.05 * spread, dataSeed);
            case SMILEY -> Generators.smiley(count, 0.05 * spread, dataSeed);
            case UNIFORM -> Generators.uniform(count, 2, -10, 10, dataSeed);
        };
    }

    private static double[] spreads(int k, double spread) {
        double[] s = new double[k];
        for (int j = 0; j < k; j++) {
            s[j] = spread * (0.5 + 2.0 * j / Math.max(1, k - 1));
        }
        return s;
    }

    private void run() {
        RunRecorder recorder = new RunRecorder();
        KMeans.builder()
                .k(k)
                .seed(fitSeed)
                .initializer(initializer())
                .listener(recorder)
                .threads(1)
                .build()
                .fit(data.data());
        recording = recorder.recording();
        frame = 0;
        placedUsed = init == Init.PLACED;
        if (!placedUsed) {
            placed.clear(); // a run from another initialiser abandons a placement in progress
        }
    }

    private Initializer initializer() {
        return switch (init) {
            case GREEDY_K_MEANS_PLUS_PLUS -> Initializer.greedyKMeansPlusPlus();
            case K_MEANS_PLUS_PLUS -> Initializer.kMeansPlusPlus();
            case RANDOM_POINTS -> Initializer.randomPoints();
            case RANDOM_PARTITION -> Initializer.randomPartition();
            case FARTHEST_POINT -> Initializer.farthestPoint();
            case PLACED -> Initializer.given(placed.toArray(new double[0][]));
        };
    }
}
