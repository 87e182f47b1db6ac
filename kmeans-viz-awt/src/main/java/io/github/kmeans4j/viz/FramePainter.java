package io.github.kmeans4j.viz;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.recording.Frame;
import io.github.kmeans4j.recording.Recording;
import io.github.kmeans4j.metrics.Score;
import io.github.kmeans4j.metrics.ScoreHistory;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws one frame of a recorded k-means run into any {@link Graphics2D}, at any size; every output
 * (window, PNG, GIF, HTML) uses it, and it needs no display.
 *
 * <p>A frame shows, from back to front: the Voronoi regions of the current centroids as light
 * tints; the points, coloured by cluster (grey before the first assignment) or by given true
 * classes; each centroid's trail across the iterations; the centroids as diamonds with a dark
 * outline; axes labelled with column names or principal components; a header naming the phase
 * with its numbers (points moved, largest centroid shift, inertia), the iteration counter and the
 * recording's own caption; and a side panel with the legend and a chart per {@link ScoreSeries}
 * (by default inertia, and the silhouette with reference lines at 0.50 and 0.75).
 *
 * <p>1-D data is drawn as points on a line, stacked like a dot plot or jittered vertically; 2-D
 * data as a scatter plot with equal units on both axes (unless their ranges differ more than
 * tenfold); more dimensions through a {@link Projection} (PCA by default). Regions are computed
 * exactly in the picture's plane: for every block of 4×4 pixels the nearest centroid is found at
 * the block's corners, and only blocks whose corners disagree are resolved pixel by pixel
 * (Voronoi cells are convex, so a block whose corners agree lies in one cell). When the picture is
 * a projection, the picture says that the regions are those of the projected centroids.
 *
 * <p>Above {@link Builder#maxPointsDrawn(int)} points (20 000 by default) a seeded random sample of
 * that size is drawn, and the picture says so; legend counts and scores still use every point.
 *
 * <p>Instances are immutable and thread-safe: several threads may paint frames at the same time.
 */
public final class FramePainter {

    /** What the colour of a point shows. */
    public enum ColourBy {
        /** The cluster the point is assigned to in the frame (grey before the first assignment). */
        CLUSTERS,
        /** The true class given to {@link Builder#trueClasses(int[])}; regions are then not shaded. */
        TRUE_CLASSES
    }

    /** How points of a one-dimensional view are spread vertically (the height means nothing). */
    public enum LineLayout {
        /** Points in the same small interval are stacked, like a dot plot. */
        STACK,
        /** Each point gets a fixed random height. */
        JITTER
    }

    /**
     * The share of a cluster's colour in the tint of its region: a region of cluster {@code j} is
     * painted {@code palette.tint(j, REGION_TINT)}.
     */
    public static final double REGION_TINT = 0.22;

    final Recording recording;
    final Scene scene;
    final PainterOptions options;
    final List<ScoreSeries> scores;   // package-private: tests compare the charts with the core's tracker
    final RunExtent extent;
    /** Scores the default charts; shared with the painters {@link #withRecording} makes. Null with given series. */
    private final TrackedScores tracked;

    private FramePainter(Recording recording, Scene scene, PainterOptions options, List<ScoreSeries> scores,
            TrackedScores tracked) {
        this.recording = recording;
        this.tracked = tracked;
        this.scene = scene;
        this.options = options;
        this.scores = scores;
        this.extent = new RunExtent(recording, scene);
    }

    /**
     * A builder for a painter of the frames of {@code recording}.
     *
     * @param recording the recorded fit whose frames are drawn
     * @return a new builder with every default
     * @throws IllegalArgumentException if {@code recording} is null
     */
    public static Builder builder(Recording recording) {
        if (recording == null) {
            throw new IllegalArgumentException("recording must not be null");
        }
        return new Builder(recording);
    }

    /**
     * A painter with every default: the natural projection, all layers, inertia and silhouette charts.
     *
     * @param recording the recorded fit whose frames are drawn
     * @return the painter
     * @throws IllegalArgumentException if {@code recording} is null
     */
    public static FramePainter of(Recording recording) {
        return builder(recording).build();
    }

    /** {@return the recording whose frames this painter draws} */
    public Recording recording() {
        return recording;
    }

    /** {@return the number of frames: one per event of the recording} */
    public int frameCount() {
        return recording.size();
    }

    /** {@return the projection that places points in the picture} */
    public Projection projection() {
        return scene.projection;
    }

    /** {@return what the colour of a point shows} */
    public ColourBy colourBy() {
        return options.colourBy;
    }

    /** {@return whether the frames shade the Voronoi regions of the centroids (in the clusters' view)} */
    public boolean regionsShown() {
        return options.regions;
    }

    /**
     * The same painter with the regions shaded or not (the HTML player's regions switch).
     *
     * @param show whether to shade the regions
     * @return a painter of the same recording; the scores already computed are shared
     */
    public FramePainter withRegions(boolean show) {
        PainterOptions o = options.copy();
        o.regions = show;
        return new FramePainter(recording, scene, o, scores, tracked);
    }

    /** {@return whether true classes were given, so that {@link ColourBy#TRUE_CLASSES} can be shown} */
    public boolean hasTrueClasses() {
        return options.trueClasses != null;
    }

    /**
     * This painter with points coloured another way.
     *
     * @param colourBy what the colour of a point shows
     * @return a copy of this painter with that colouring
     * @throws IllegalArgumentException if {@code colourBy} is null, or is {@code TRUE_CLASSES} and no
     *     true classes were given
     */
    public FramePainter withColourBy(ColourBy colourBy) {
        if (colourBy == null) {
            throw new IllegalArgumentException("colourBy must not be null");
        }
        if (colourBy == ColourBy.TRUE_CLASSES && options.trueClasses == null) {
            throw new IllegalArgumentException("TRUE_CLASSES needs the true classes: give them to Builder.trueClasses");
        }
        PainterOptions o = options.copy();
        o.colourBy = colourBy;
        return new FramePainter(recording, scene, o, scores, tracked);
    }

    /**
     * This painter, with the same options and projection, for another recording of the same data
     * (for example a longer recording of a run still going on). The projected points are reused;
     * the default score charts are recomputed for the new recording, charts given to the builder
     * are kept as they are.
     *
     * @param other a recording of a fit of the same data
     * @return a painter of the frames of {@code other}
     * @throws IllegalArgumentException if {@code other} is null or holds other data
     */
    public FramePainter withRecording(Recording other) {
        if (other == null) {
            throw new IllegalArgumentException("recording must not be null");
        }
        if (other.data() != recording.data() && !other.data().equals(recording.data())) {
            throw new IllegalArgumentException("the recording holds other data; build a new painter for it");
        }
        List<ScoreSeries> s = tracked == null ? scores : defaultScores(other, tracked);
        return new FramePainter(other, scene, options, s, tracked);
    }

    /**
     * Draws frame {@code frameIndex} into the rectangle (0, 0, width, height) of {@code g}'s user
     * space. The state of {@code g} is left as it was.
     *
     * @param g the graphics to draw with
     * @param frameIndex the frame, in [0, {@link #frameCount()})
     * @param width the width of the picture, at least 50
     * @param height the height of the picture, at least 50
     * @throws IllegalArgumentException if {@code g} is null, the index is not a frame, or a size is below 50
     */
    public void paint(Graphics2D g, int frameIndex, int width, int height) {
        paint(g, frameIndex, 1, width, height);
    }

    /**
     * Draws the picture {@code progress} of the way from frame {@code frameIndex - 1} to frame
     * {@code frameIndex}, for smooth motion: the centroids (with their regions and trails) part of
     * the way to their new places, each point's colour part of the way from its old cluster's to
     * its new one's, eased so that the motion starts and ends slowly; the header, legend and
     * charts are those of frame {@code frameIndex}. At progress 1, or when nothing
     * {@link #moves(int) moves} into the frame, it is the frame itself.
     *
     * @param g the graphics to draw with
     * @param frameIndex the frame moved to, in [0, {@link #frameCount()})
     * @param progress how far the motion has gone, from 0 (where the previous frame's geometry is)
     *     to 1 (the frame itself)
     * @param width the width of the picture, at least 50
     * @param height the height of the picture, at least 50
     * @throws IllegalArgumentException if {@code g} is null, the index is not a frame, progress is not
     *     in [0, 1], or a size is below 50
     */
    public void paint(Graphics2D g, int frameIndex, double progress, int width, int height) {
        if (g == null) {
            throw new IllegalArgumentException("graphics must not be null");
        }
        checkFrame(frameIndex);
        checkSize(width, height);
        if (!(progress >= 0 && progress <= 1)) {
            throw new IllegalArgumentException("progress must be between 0 and 1, got " + progress);
        }
        Frame to = recording.frame(frameIndex);
        Motion motion = moves(frameIndex) ? Motion.at(recording.frame(frameIndex - 1), to, progress) : null;
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            new Painting(this, g2, to, motion, width, height).paint();
        } finally {
            g2.dispose();
        }
    }

    /**
     * Whether something moves from the previous frame into frame {@code frameIndex}: within one
     * restart, with as many centroids in both, the centroids move (an update, a repair) or points
     * change cluster (an assignment). Only such frames have pictures in between; see
     * {@link #render(int, double, int, int)}. In the true-class view nothing moves.
     *
     * @param frameIndex the frame, in [0, {@link #frameCount()})
     * @return whether the frame has a motion into it
     * @throws IllegalArgumentException if the index is not a frame
     */
    public boolean moves(int frameIndex) {
        checkFrame(frameIndex);
        return frameIndex > 0 && options.colourBy == ColourBy.CLUSTERS
                && Motion.between(recording.frame(frameIndex - 1), recording.frame(frameIndex));
    }

    /**
     * Draws frame {@code frameIndex} into a new opaque image.
     *
     * @param frameIndex the frame, in [0, {@link #frameCount()})
     * @param width the width of the image in pixels, at least 50
     * @param height the height of the image in pixels, at least 50
     * @return the new image
     * @throws IllegalArgumentException if the index is not a frame or a size is below 50
     */
    public BufferedImage render(int frameIndex, int width, int height) {
        return render(frameIndex, 1, width, height);
    }

    /**
     * Draws the picture {@code progress} of the way into frame {@code frameIndex} (see
     * {@link #paint(Graphics2D, int, double, int, int)}) into a new opaque image.
     *
     * @param frameIndex the frame moved to, in [0, {@link #frameCount()})
     * @param progress how far the motion has gone, from 0 to 1 (the frame itself)
     * @param width the width of the image in pixels, at least 50
     * @param height the height of the image in pixels, at least 50
     * @return the new image
     * @throws IllegalArgumentException if the index is not a frame, progress is not in [0, 1] or a
     *     size is below 50
     */
    public BufferedImage render(int frameIndex, double progress, int width, int height) {
        checkFrame(frameIndex);
        checkSize(width, height);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            paint(g, frameIndex, progress, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Where a data point appears in frame {@code frameIndex} drawn by {@link #render(int, int, int)}
     * at the given size: {x, y} in pixels. For a line view, y is the height of the centroid markers.
     * Useful to annotate a picture or to check one.
     *
     * @param frameIndex the frame, in [0, {@link #frameCount()})
     * @param point a data point of the recording's dimension
     * @param width the width of the picture, at least 50
     * @param height the height of the picture, at least 50
     * @return the pixel coordinates {x, y}
     * @throws IllegalArgumentException if the index is not a frame, the point has the wrong
     *     dimension or a size is below 50
     */
    public double[] pixelOf(int frameIndex, double[] point, int width, int height) {
        checkFrame(frameIndex);
        checkSize(width, height);
        double[] xy = scene.projection.project(point);
        Painting p = layout(frameIndex, width, height);
        return new double[] {p.v.sx(xy[0]), scene.projection.dimensions() == 1 ? p.lineY() : p.v.sy(xy[1])};
    }

    /**
     * The inverse of {@link #pixelOf(int, double[], int, int)}: the data point drawn at pixel
     * {@code (pixelX, pixelY)} of frame {@code frameIndex} rendered at the given size, in the data's
     * own coordinates (for example where a user clicked). Pixels outside the plot area map to points
     * outside the plotted range; the mapping is affine and does not clamp.
     *
     * @param frameIndex the frame, in [0, {@link #frameCount()})
     * @param pixelX the horizontal pixel coordinate
     * @param pixelY the vertical pixel coordinate
     * @param width the width of the picture, at least 50
     * @param height the height of the picture, at least 50
     * @return the data point {x, y} drawn at that pixel
     * @throws IllegalArgumentException if the index is not a frame, a coordinate is not finite or a
     *     size is below 50
     * @throws IllegalStateException if the picture is not the data itself in a plane (a line view, or a
     *     projection of more than two dimensions, where a pixel stands for many data points)
     */
    public double[] dataOf(int frameIndex, double pixelX, double pixelY, int width, int height) {
        checkFrame(frameIndex);
        checkSize(width, height);
        if (!Double.isFinite(pixelX) || !Double.isFinite(pixelY)) {
            throw new IllegalArgumentException("pixel coordinates must be finite, got (" + pixelX + ", " + pixelY + ")");
        }
        Projection p = scene.projection;
        if (p.dimensions() != 2 || !p.isExact() || p.inputDimensions() != 2) {
            throw new IllegalStateException("pixels map back to data only for an exact 2-D view, not "
                    + p.description());
        }
        PlotView v = layout(frameIndex, width, height).v;
        double x = v.x0 + (pixelX - v.l.plotX) / v.l.plotW * (v.x1 - v.x0);
        double y = v.y1 - (pixelY - v.l.plotY) / v.l.plotH * (v.y1 - v.y0);
        // An exact 2-D view projects with a permutation of the columns: its inverse is its transpose.
        double[] point = new double[2];
        for (int i = 0; i < 2; i++) {
            double[] unit = new double[2];
            unit[i] = 1;
            double[] image = p.project(unit);
            point[i] = image[0] * x + image[1] * y;
        }
        return point;
    }

    /** The layout of frame {@code frameIndex} at a size, measured without drawing. */
    private Painting layout(int frameIndex, int width, int height) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            return new Painting(this, g, recording.frame(frameIndex), null, width, height);
        } finally {
            g.dispose();
        }
    }

    private void checkFrame(int frameIndex) {
        if (frameIndex < 0 || frameIndex >= recording.size()) {
            throw new IllegalArgumentException("frame " + frameIndex + " is out of range [0, " + recording.size() + ")");
        }
    }

    private static void checkSize(int width, int height) {
        if (width < 50 || height < 50) {
            throw new IllegalArgumentException("a frame needs at least 50×50 pixels, got " + width + "×" + height);
        }
    }

    /** The default charts, inertia and silhouette, from the core's ScoreTracker (one scoring path). */
    private static List<ScoreSeries> defaultScores(Recording recording, TrackedScores tracked) {
        ScoreHistory history = tracked.follow(recording);
        return List.of(TrackedScores.series(history, Score.INERTIA, "inertia", List.of()),
                TrackedScores.series(history, Score.SILHOUETTE, "silhouette", List.of(0.50, 0.75)));
    }

    /** Options of a {@link FramePainter}; every one has a default. Not thread-safe. */
    public static final class Builder {
        final Recording recording;
        private final PainterOptions o = new PainterOptions();

        private Builder(Recording recording) {
            this.recording = recording;
        }

        /**
         * How points are placed in the picture; {@link Projection#auto(Dataset)} by default.
         *
         * @param projection the projection, made for the data's number of dimensions
         * @return this builder
         * @throws IllegalArgumentException if null or made for another number of dimensions
         */
        public Builder projection(Projection projection) {
            if (projection == null) {
                throw new IllegalArgumentException("projection must not be null");
            }
            if (projection.inputDimensions() != recording.data().d()) {
                throw new IllegalArgumentException("the projection takes " + projection.inputDimensions()
                        + " dimensions but the data has " + recording.data().d());
            }
            o.projection = projection;
            return this;
        }

        /**
         * Whether to shade the Voronoi regions of the centroids (default true).
         *
         * @param show true to shade the regions
         * @return this builder
         */
        public Builder regions(boolean show) {
            o.regions = show;
            return this;
        }

        /**
         * Whether to draw each centroid's path across the iterations (default true).
         *
         * @param show true to draw the paths
         * @return this builder
         */
        public Builder trails(boolean show) {
            o.trails = show;
            return this;
        }

        /**
         * Whether to draw the legend in the side panel (default true).
         *
         * @param show true to draw the legend
         * @return this builder
         */
        public Builder legend(boolean show) {
            o.legend = show;
            return this;
        }

        /**
         * Whether to draw the score charts in the side panel (default true).
         *
         * @param show true to draw the charts
         * @return this builder
         */
        public Builder scorePanel(boolean show) {
            o.scorePanel = show;
            return this;
        }

        /**
         * The charts of the side panel, in order, instead of the default inertia and silhouette
         * (the silhouette on a seeded sample of 1000 points).
         *
         * @param series the charts, top to bottom
         * @return this builder
         * @throws IllegalArgumentException if the array or an element is null
         */
        public Builder scores(ScoreSeries... series) {
            if (series == null) {
                throw new IllegalArgumentException("series must not be null");
            }
            for (int i = 0; i < series.length; i++) {
                if (series[i] == null) {
                    throw new IllegalArgumentException("series[" + i + "] is null");
                }
            }
            o.scores = List.of(series);
            return this;
        }

        /**
         * The true class of every point, for {@link ColourBy#TRUE_CLASSES}; copied.
         *
         * @param classes one class per point, non-negative
         * @return this builder
         * @throws IllegalArgumentException if null, not one per point, or a class is negative
         */
        public Builder trueClasses(int[] classes) {
            int n = recording.data().n();
            if (classes == null || classes.length != n) {
                throw new IllegalArgumentException("expected " + n + " true classes, got "
                        + (classes == null ? "null" : classes.length));
            }
            for (int i = 0; i < classes.length; i++) {
                if (classes[i] < 0) {
                    throw new IllegalArgumentException("true class of point " + i + " is negative: " + classes[i]);
                }
            }
            o.trueClasses = classes.clone();
            return this;
        }

        /**
         * Names of the true classes for the legend (class {@code c} is {@code names.get(c)}); copied.
         *
         * @param names the class names, indexed by class
         * @return this builder
         * @throws IllegalArgumentException if the list or a name is null
         */
        public Builder classNames(List<String> names) {
            if (names == null) {
                throw new IllegalArgumentException("class names must not be null");
            }
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i) == null) {
                    throw new IllegalArgumentException("class name " + i + " is null");
                }
            }
            o.classNames = List.copyOf(names);
            return this;
        }

        /**
         * What the colour of a point shows (default {@link ColourBy#CLUSTERS}).
         *
         * @param colourBy the colouring
         * @return this builder
         * @throws IllegalArgumentException if null
         */
        public Builder colourBy(ColourBy colourBy) {
            if (colourBy == null) {
                throw new IllegalArgumentException("colourBy must not be null");
            }
            o.colourBy = colourBy;
            return this;
        }

        /**
         * The layout of a one-dimensional view; by default stacked up to 3000 drawn points,
         * jittered above.
         *
         * @param layout how the points of a line are spread vertically
         * @return this builder
         * @throws IllegalArgumentException if null
         */
        public Builder lineLayout(LineLayout layout) {
            if (layout == null) {
                throw new IllegalArgumentException("lineLayout must not be null");
            }
            o.lineLayout = layout;
            return this;
        }

        /**
         * Above this many points a seeded random sample of this size is drawn (default 20 000).
         *
         * @param max the most points drawn, at least 1
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder maxPointsDrawn(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxPointsDrawn must be at least 1, got " + max);
            }
            o.maxPointsDrawn = max;
            return this;
        }

        /**
         * The axis titles, instead of the projection's (the column names made readable, such as
         * "Sepal length (cm)" for {@code sepal_length_cm}, or the principal components).
         *
         * @param x the horizontal axis' title
         * @param y the vertical axis' title (unused for one-dimensional data)
         * @return this builder
         * @throws IllegalArgumentException if either is null
         */
        public Builder axisTitles(String x, String y) {
            if (x == null || y == null) {
                throw new IllegalArgumentException("axis titles must not be null");
            }
            o.xTitle = x;
            o.yTitle = y;
            return this;
        }

        /**
         * A note printed at the foot of every frame, before the painter's own notes: what the
         * picture shows that the data alone do not say, such as "a sample of 2 000 of 10 million
         * rows". Each call adds one; long notes wrap onto two lines.
         *
         * @param note the note's text, not blank
         * @return this builder
         * @throws IllegalArgumentException if null or blank
         */
        public Builder note(String note) {
            if (note == null || note.isBlank()) {
                throw new IllegalArgumentException("note must not be null or blank");
            }
            List<String> all = new ArrayList<>(o.notes);
            all.add(note.strip());
            o.notes = List.copyOf(all);
            return this;
        }

        /**
         * The palette of cluster colours (default {@link Palette#standard()}).
         *
         * @param palette the colours of the clusters
         * @return this builder
         * @throws IllegalArgumentException if null
         */
        public Builder palette(Palette palette) {
            if (palette == null) {
                throw new IllegalArgumentException("palette must not be null");
            }
            o.palette = palette;
            return this;
        }

        /**
         * The painter. Projects every point once (and fits the PCA, if that is the projection).
         *
         * @return a new painter with this builder's settings
         * @throws IllegalStateException if {@code TRUE_CLASSES} was chosen without true classes
         */
        public FramePainter build() {
            if (o.colourBy == ColourBy.TRUE_CLASSES && o.trueClasses == null) {
                throw new IllegalStateException("colourBy(TRUE_CLASSES) needs trueClasses(...)");
            }
            PainterOptions options = o.copy();
            Projection p = options.projection != null ? options.projection : Projection.auto(recording.data());
            Scene scene = new Scene(recording.data(), p, options.maxPointsDrawn);
            TrackedScores tracked = options.scores != null ? null : TrackedScores.standard();
            List<ScoreSeries> s = tracked == null ? options.scores : defaultScores(recording, tracked);
            return new FramePainter(recording, scene, options, s, tracked);
        }
    }
}
