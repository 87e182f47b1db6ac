package io.github.kmeans4j.viz;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.recording.Frame;
import io.github.kmeans4j.KMeansResult;
import io.github.kmeans4j.recording.Recording;
import io.github.kmeans4j.event.Assigned;
import io.github.kmeans4j.event.EmptyClusterRepaired;
import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.event.RunFinished;
import io.github.kmeans4j.event.RunStarted;
import io.github.kmeans4j.event.SeedChosen;
import io.github.kmeans4j.event.Updated;
import io.github.kmeans4j.metrics.Score;
import io.github.kmeans4j.metrics.ScoreHistory;
import io.github.kmeans4j.viz.internal.Theme;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    /** Up to this many points are drawn as vector shapes; more are stamped into a raster. */
    private static final int VECTOR_POINTS = 1500;

    private final Recording recording;
    private final Scene scene;
    private final Options options;
    final List<ScoreSeries> scores;   // package-private: tests compare the charts with the core's tracker
    private final double minX;
    private final double maxX;
    private final double minY;
    private final double maxY;
    private final Map<Integer, Integer> lastIteration;
    /** Scores the default charts; shared with the painters {@link #withRecording} makes. Null with given series. */
    private final TrackedScores tracked;

    private FramePainter(Recording recording, Scene scene, Options options, List<ScoreSeries> scores,
            TrackedScores tracked) {
        this.recording = recording;
        this.tracked = tracked;
        this.scene = scene;
        this.options = options;
        this.scores = scores;
        double x0 = scene.minX;
        double x1 = scene.maxX;
        double y0 = scene.minY;
        double y1 = scene.maxY;
        Projection p = scene.projection;
        lastIteration = new HashMap<>();
        for (Frame f : recording.frames()) {
            double[][] c = f.centroids();
            for (double[] row : c) {
                double[] xy = p.project(row);
                x0 = Math.min(x0, xy[0]);
                x1 = Math.max(x1, xy[0]);
                y0 = Math.min(y0, xy[1]);
                y1 = Math.max(y1, xy[1]);
            }
            lastIteration.merge(f.restart(), f.iteration(), Math::max);
        }
        minX = x0;
        maxX = x1;
        minY = y0;
        maxY = y1;
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
        Options o = options.copy();
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
        Options o = options.copy();
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
        if (g == null) {
            throw new IllegalArgumentException("graphics must not be null");
        }
        checkFrame(frameIndex);
        checkSize(width, height);
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            new Painting(g2, recording.frame(frameIndex), width, height).paint();
        } finally {
            g2.dispose();
        }
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
        checkFrame(frameIndex);
        checkSize(width, height);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            paint(g, frameIndex, width, height);
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
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            Painting p = new Painting(g, recording.frame(frameIndex), width, height);
            double y = scene.projection.dimensions() == 1 ? p.lineY() : p.v.sy(xy[1]);
            return new double[] {p.v.sx(xy[0]), y};
        } finally {
            g.dispose();
        }
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
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            PlotView v = new Painting(g, recording.frame(frameIndex), width, height).v;
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

    // ------------------------------------------------------------------ layout

    // ------------------------------------------------------------------ one painting

    private final class Painting {
        final Graphics2D g;
        final Frame frame;
        final Palette palette = options.palette;
        final boolean line = scene.projection.dimensions() == 1;
        final int[] labels;
        final double[][] centroids;
        final double[] cx;
        final double[] cy;
        final List<String> notes = new ArrayList<>();
        final FrameLayout l;
        final PlotView v;
        final boolean classView = options.colourBy == ColourBy.TRUE_CLASSES;
        final String headline;
        final FrameText text;
        final String stats;
        final List<String> captionLines;
        final LineLayout lineLayout;

        Painting(Graphics2D g, Frame frame, int width, int height) {
            this.g = g;
            this.frame = frame;
            labels = frame.labels().orElse(null);
            centroids = frame.centroids();
            cx = new double[centroids.length];
            cy = new double[centroids.length];
            for (int j = 0; j < centroids.length; j++) {
                double[] xy = scene.projection.project(centroids[j]);
                cx[j] = xy[0];
                cy[j] = xy[1];
            }
            lineLayout = options.lineLayout != null ? options.lineLayout
                    : scene.drawn.length <= 3000 ? LineLayout.STACK : LineLayout.JITTER;
            notes.addAll(options.notes);
            if (!scene.projection.isExact()) {
                notes.add("Picture: " + scene.projection.description() + "."
                        + (options.regions && !classView && centroids.length > 0
                        ? " Shaded regions are those of the projected centroids in this plane;"
                        + " the clustering itself uses all " + scene.data.d() + " dimensions." : ""));
            }
            if (scene.sampled()) {
                notes.add("Showing a random sample of " + Text.count(scene.drawn.length) + " of "
                        + Text.count(scene.data.n()) + " points; counts and scores use them all.");
            }
            if (line) {
                notes.add(lineLayout == LineLayout.STACK ? "Points are stacked where they overlap; the height means nothing."
                        : "Points are spread vertically at random; the height means nothing.");
            }
            FrameText text = new FrameText(recording, frame, scene.data.n());
            this.text = text;
            headline = classView ? "True classes (k-means never sees them)" : text.headline();
            stats = classView ? Text.count(scene.data.n()) + (scene.data.n() == 1 ? " point" : " points") + " in "
                    + trueClassCount() + " classes" : text.stats();
            {
                FrameLayout probeNotes = new FrameLayout(width, height, 2, notes, sideWanted(), line);
                FontMetrics nfm = g.getFontMetrics(probeNotes.small);
                List<String> wrapped = new ArrayList<>();
                for (String note : notes) {
                    wrapped.addAll(Text.wrap(note, nfm, probeNotes.width - 2 * probeNotes.margin, 2));
                }
                notes.clear();
                notes.addAll(wrapped);
            }
            // Measure the header with a provisional layout (fonts depend only on the size).
            FrameLayout probe = new FrameLayout(width, height, 2, notes, sideWanted(), line);
            g.setFont(probe.small);
            int textWidth = probe.width - 2 * probe.margin;
            captionLines = classView ? List.of("Each point in the colour of its true class; the clustering's own frames show"
                    + " the clusters k-means found.") : Text.wrap(text.caption(), g.getFontMetrics(probe.small), textWidth, 2);
            // two caption lines reserved in every frame, so the plot never jumps when a caption wraps
            l = new FrameLayout(width, height, 1 + 2, notes, sideWanted(), line);
            v = new PlotView(l, minX, maxX, minY, maxY, scene.projection.dimensions() == 2);
        }

        /** Whether the picture wants a side panel: a legend or score charts. */
        private boolean sideWanted() {
            return options.legend || (options.scorePanel && !scores.isEmpty());
        }

        void paint() {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, l.width, l.height);
            Points pts = pointPositions();
            boolean stamp = pts.order.length > VECTOR_POINTS;
            BufferedImage layer = new BufferedImage(l.plotW, l.plotH, BufferedImage.TYPE_INT_RGB);
            int[] raster = ((DataBufferInt) layer.getRaster().getDataBuffer()).getData();
            if (options.regions && !classView && centroids.length > 0) {
                regions(raster);
            } else {
                Arrays.fill(raster, 0xFFFFFF);
            }
            if (stamp) {
                stampPoints(raster, pts);
            }
            g.drawImage(layer, l.plotX, l.plotY, null);
            java.awt.Shape oldClip = g.getClip();
            g.clipRect(l.plotX, l.plotY, l.plotW, l.plotH);
            if (!stamp) {
                vectorPoints(pts);
            }
            if (!classView) {   // the true classes alone: no k-means overlay
                if (options.trails) {
                    trails();
                }
                centroids();
            }
            g.setClip(oldClip);
            axes();
            header();
            notes();
            if (l.sideW > 0) {
                side();
            }
        }

        // ---------------------------------------------------------- text

        private int trueClassCount() {
            int classes = 0;
            for (int c : options.trueClasses) {
                classes = Math.max(classes, c + 1);
            }
            return classes;
        }

        private void header() {
            int m = l.margin;
            g.setColor(palette.outline());
            g.setFont(l.head);
            FontMetrics hm = g.getFontMetrics();
            String counter = "frame " + (frame.index() + 1) + " / " + recording.size();
            g.setFont(l.small);
            FontMetrics sm = g.getFontMetrics();
            int counterW = sm.stringWidth(counter);
            g.setFont(l.head);
            int base = m + hm.getAscent();
            g.drawString(Text.ellipsize(headline, hm, l.width - 3 * m - counterW), m, base);
            g.setFont(l.small);
            g.setColor(new Color(0x555555));
            g.drawString(counter, l.width - m - counterW, base);
            g.setFont(l.body);
            FontMetrics bm = g.getFontMetrics();
            int y = base + l.statsLine;
            g.setColor(new Color(0x1F3F66));
            g.drawString(Text.ellipsize(stats, bm, l.width - 2 * m), m, y);
            g.setFont(l.small);
            g.setColor(new Color(0x444444));
            for (String s : captionLines) {
                y += l.smallLine;
                g.drawString(s, m, y);
            }
        }

        private void notes() {
            g.setFont(l.small);
            g.setColor(new Color(0x5A5A5A));
            FontMetrics fm = g.getFontMetrics();
            int y = l.height - l.margin - (notes.size() - 1) * l.smallLine - fm.getDescent();
            for (String note : notes) {
                g.drawString(Text.ellipsize(note, fm, l.width - 2 * l.margin), l.margin, y);
                y += l.smallLine;
            }
        }

        // ---------------------------------------------------------- regions

        /** Fills the plot's raster with the tint of the nearest centroid of every pixel. */
        private void regions(int[] px) {
            int[] tints = new int[centroids.length];
            for (int j = 0; j < tints.length; j++) {
                tints[j] = palette.tint(j, REGION_TINT).getRGB() & 0xFFFFFF;
            }
            double[] xs = new double[l.plotW];
            double[] ys = new double[l.plotH];
            for (int x = 0; x < xs.length; x++) {
                xs[x] = v.dataX(x);
            }
            for (int y = 0; y < ys.length; y++) {
                ys[y] = line ? 0 : v.dataY(y);
            }
            new RegionLayer(cx, cy, line).fill(px, xs, ys, tints);
        }

        // ---------------------------------------------------------- points

        private int colourIndex(int row) {
            if (classView) {
                return options.trueClasses[row];
            }
            return labels == null ? -1 : labels[row];
        }

        private Color colour(int index) {
            return index < 0 ? palette.unassigned() : palette.color(index);
        }

        private double pointRadius() {
            int count = scene.drawn.length;
            double r = count <= 300 ? (line ? 5.2 : 4.6) : count <= 3000 ? 3.4 : count <= 30000 ? 2.3 : 1.6;
            return r * l.s;
        }

        /** Where the drawn points go, in picture pixels, and the order to draw them in. */
        private final class Points {
            final double[] px;
            final double[] py;
            final int[] order;
            final double r;

            Points(double[] px, double[] py, int[] order, double r) {
                this.px = px;
                this.py = py;
                this.order = order;
                this.r = r;
            }
        }

        private Points pointPositions() {
            int[] drawn = scene.drawn;
            int count = drawn.length;
            double r = pointRadius();
            double[] px = new double[count];
            double[] py = new double[count];
            int[] order = new int[count];
            for (int i = 0; i < count; i++) {
                order[i] = i;
                px[i] = v.sx(scene.xs[drawn[i]]);
            }
            if (line) {
                double mid = l.plotY + l.plotH / 2.0;
                if (lineLayout == LineLayout.JITTER) {
                    for (int i = 0; i < count; i++) {
                        py[i] = mid + scene.jitter[i] * l.plotH * 0.33;
                    }
                } else {
                    order = byColour(drawn);
                    stack(px, py, order, r);
                }
            } else {
                for (int i = 0; i < count; i++) {
                    py[i] = v.sy(scene.ys[drawn[i]]);
                }
            }
            return new Points(px, py, order, r);
        }

        /** Few points: antialiased circles at their exact positions. */
        private void vectorPoints(Points pts) {
            Ellipse2D.Double dot = new Ellipse2D.Double();
            g.setStroke(new BasicStroke((float) Math.max(0.8, 0.9 * l.s)));
            double r = pts.r;
            for (int o : pts.order) {
                Color c = colour(colourIndex(scene.drawn[o]));
                dot.setFrame(pts.px[o] - r, pts.py[o] - r, 2 * r, 2 * r);
                g.setColor(c);
                g.fill(dot);
                g.setColor(edge(c));
                g.draw(dot);
            }
        }

        /** Many points: sprites blended into the plot's raster (see {@link PointStamp}). */
        private void stampPoints(int[] raster, Points pts) {
            int[] drawn = scene.drawn;
            new PointStamp(l.plotW, l.plotH, l.s).stamp(raster, l.plotX, l.plotY, pts.px, pts.py, pts.order, pts.r,
                    o -> colourIndex(drawn[o]) + 1, slot -> colour(slot - 1));
        }

        private int[] byColour(int[] drawn) {
            int max = 0;
            for (int row : drawn) {
                max = Math.max(max, colourIndex(row) + 1);
            }
            int[] counts = new int[max + 2];
            for (int row : drawn) {
                counts[colourIndex(row) + 2]++;
            }
            for (int c = 1; c < counts.length; c++) {
                counts[c] += counts[c - 1];
            }
            int[] order = new int[drawn.length];
            for (int i = 0; i < drawn.length; i++) {
                order[counts[colourIndex(drawn[i]) + 1]++] = i;
            }
            return order;
        }

        private void stack(double[] px, double[] py, int[] order, double r) {
            double step = 2 * r;
            double base = l.plotY + l.plotH - markerSize() * 2.6 - r;
            int bins = (int) Math.ceil(l.plotW / step) + 1;
            int[] heights = new int[bins];
            int[] level = new int[px.length];
            int tallest = 1;
            for (int o : order) {
                int b = (int) Math.max(0, Math.min(bins - 1, (px[o] - l.plotX) / step));
                level[o] = heights[b]++;
                tallest = Math.max(tallest, heights[b]);
            }
            double room = base - l.plotY - r;
            double rise = Math.min(step * 1.5, 0.8 * room / tallest);
            for (int o : order) {
                py[o] = base - level[o] * rise;
            }
        }

        private Color edge(Color c) {
            return PointStamp.edge(c);
        }

        // ---------------------------------------------------------- centroids

        private double markerSize() {
            return Math.max(6.5, 8.5 * l.s);   // a floor keeps markers legible in small pictures
        }

        private double centroidY(int j) {
            return line ? lineY() : v.sy(cy[j]);
        }

        double lineY() {
            return lineLayout == LineLayout.STACK ? l.plotY + l.plotH - markerSize() * 1.3 : l.plotY + l.plotH / 2.0;
        }

        private void trails() {
            if (centroids.length == 0) {
                return;
            }
            List<List<double[]>> paths = new ArrayList<>();
            for (int j = 0; j < centroids.length; j++) {
                paths.add(new ArrayList<>());
            }
            int start = frame.index();
            while (start > 0 && !(recording.events().get(start) instanceof RunStarted)) {
                start--;
            }
            for (int i = start; i <= frame.index(); i++) {
                Frame f = recording.frame(i);
                Frame.Phase p = f.phase();
                if (p != Frame.Phase.INITIALIZED && p != Frame.Phase.UPDATED && p != Frame.Phase.EMPTY_CLUSTER_REPAIRED
                        && p != Frame.Phase.FINISHED) {
                    continue;
                }
                double[][] c = f.centroids();
                for (int j = 0; j < Math.min(c.length, paths.size()); j++) {
                    double[] xy = scene.projection.project(c[j]);
                    List<double[]> path = paths.get(j);
                    if (path.isEmpty() || path.get(path.size() - 1)[0] != xy[0] || path.get(path.size() - 1)[1] != xy[1]) {
                        path.add(xy);
                    }
                }
            }
            Stroke old = g.getStroke();
            g.setStroke(new BasicStroke((float) (1.8 * l.s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            double dotR = 2.4 * l.s;
            for (int j = 0; j < paths.size(); j++) {
                List<double[]> path = paths.get(j);
                if (path.size() < 2) {
                    continue;
                }
                Color c = edge(palette.color(j));
                Path2D.Double shape = new Path2D.Double();
                for (int q = 0; q < path.size(); q++) {
                    double x = v.sx(path.get(q)[0]);
                    double y = line ? centroidY(j) : v.sy(path.get(q)[1]);
                    if (q == 0) {
                        shape.moveTo(x, y);
                    } else {
                        shape.lineTo(x, y);
                    }
                }
                g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 210));
                g.draw(shape);
                for (int q = 0; q + 1 < path.size(); q++) {
                    double x = v.sx(path.get(q)[0]);
                    double y = line ? centroidY(j) : v.sy(path.get(q)[1]);
                    g.setColor(Color.WHITE);
                    g.fill(new Ellipse2D.Double(x - dotR, y - dotR, 2 * dotR, 2 * dotR));
                    g.setColor(c);
                    g.draw(new Ellipse2D.Double(x - dotR, y - dotR, 2 * dotR, 2 * dotR));
                }
            }
            g.setStroke(old);
        }

        private void centroids() {
            double m = markerSize();
            int highlight = -1;
            if (frame.event() instanceof SeedChosen sc) {
                highlight = sc.seedIndex();
            } else if (frame.event() instanceof EmptyClusterRepaired r) {
                highlight = r.cluster();
            }
            Stroke old = g.getStroke();
            for (int j = 0; j < centroids.length; j++) {
                double x = v.sx(cx[j]);
                double y = centroidY(j);
                if (line) {
                    g.setStroke(new BasicStroke((float) (1.4 * l.s), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                            10f, new float[] {(float) (5 * l.s), (float) (4 * l.s)}, 0f));
                    g.setColor(edge(palette.color(j)));
                    g.draw(new Line2D.Double(x, l.plotY, x, l.plotY + l.plotH));
                }
                Path2D.Double diamond = new Path2D.Double();
                diamond.moveTo(x, y - m * 1.25);
                diamond.lineTo(x + m, y);
                diamond.lineTo(x, y + m * 1.25);
                diamond.lineTo(x - m, y);
                diamond.closePath();
                g.setStroke(new BasicStroke((float) (4.2 * l.s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.setColor(Color.WHITE);
                g.draw(diamond);
                // In the true-class view the point colours are classes, not clusters: a centroid
                // filled with a cluster colour would claim a class it has nothing to do with.
                g.setColor(classView ? Color.WHITE : palette.color(j));
                g.fill(diamond);
                g.setStroke(new BasicStroke((float) (2.0 * l.s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.setColor(palette.outline());
                g.draw(diamond);
                if (j == highlight) {
                    g.setStroke(new BasicStroke((float) (2.0 * l.s)));
                    double ring = m * 2.1;
                    g.draw(new Ellipse2D.Double(x - ring, y - ring, 2 * ring, 2 * ring));
                }
            }
            g.setStroke(old);
        }

        // ---------------------------------------------------------- axes

        private void axes() {
            g.setColor(new Color(0x8A8A8A));
            g.setStroke(new BasicStroke((float) Math.max(1, l.s)));
            g.draw(new Rectangle2D.Double(l.plotX, l.plotY, l.plotW, l.plotH));
            g.setFont(l.small);
            FontMetrics fm = g.getFontMetrics();
            g.setColor(new Color(0x333333));
            double tick = 5 * l.s;
            int labelY = l.plotY + l.plotH + (int) tick + fm.getAscent() + 1;
            for (double t : ticks(v.x0, v.x1, Math.max(2, l.plotW / (int) (90 * l.s)))) {
                double x = v.sx(t);
                g.draw(new Line2D.Double(x, l.plotY + l.plotH, x, l.plotY + l.plotH + tick));
                String s = Text.number(t);
                g.drawString(s, (float) (x - fm.stringWidth(s) / 2.0), labelY);
            }
            g.setFont(l.body);
            FontMetrics bm = g.getFontMetrics();
            String xl = options.xTitle != null ? options.xTitle : scene.projection.xLabel();
            g.drawString(Text.ellipsize(xl, bm, l.plotW), (float) (l.plotX + (l.plotW - Math.min(l.plotW, bm.stringWidth(xl))) / 2.0),
                    labelY + bm.getAscent() + (int) (4 * l.s));
            if (line) {
                return;
            }
            g.setFont(l.small);
            for (double t : ticks(v.y0, v.y1, Math.max(2, l.plotH / (int) (70 * l.s)))) {
                double y = v.sy(t);
                g.draw(new Line2D.Double(l.plotX - tick, y, l.plotX, y));
                String s = Text.number(t);
                g.drawString(s, (float) (l.plotX - tick - 2 - fm.stringWidth(s)), (float) (y + fm.getAscent() / 2.0 - 1));
            }
            g.setFont(l.body);
            String yl = Text.ellipsize(options.yTitle != null ? options.yTitle : scene.projection.yLabel(), bm, l.plotH);
            AffineTransform saved = g.getTransform();
            double yx = l.margin + bm.getAscent();
            g.translate(yx, l.plotY + l.plotH / 2.0 + bm.stringWidth(yl) / 2.0);
            g.rotate(-Math.PI / 2);
            g.drawString(yl, 0, 0);
            g.setTransform(saved);
        }

        // ---------------------------------------------------------- side panel

        private void side() {
            int m = l.margin;
            int x = l.sideX;
            int w = l.sideW - m;
            int y = l.plotY;
            int bottom = l.height - m - notes.size() * l.smallLine;
            if (options.legend) {
                int groups = Math.max(centroids.length, text.k());
                y = new LegendPart(g, l, palette, classView ? options.trueClasses : null, options.classNames, labels,
                        groups, frame.phase() != Frame.Phase.STARTED).draw(x, y, w, bottom);
            }
            if (options.scorePanel && !scores.isEmpty() && !classView) {   // scores judge the run, not the truth
                int each = Math.min((int) (170 * l.s), (bottom - y) / scores.size());
                if (each >= 60 * l.s) {
                    for (ScoreSeries series : scores) {
                        chart(series, x, y, w, each - 2 * m);
                        y += each;
                    }
                }
            }
        }

        private void chart(ScoreSeries series, int x, int y, int w, int h) {
            int restart = frame.restart();
            int last = Math.max(1, lastIteration.getOrDefault(restart, 1));
            int current = frame.phase() == Frame.Phase.ASSIGNED || frame.phase() == Frame.Phase.UPDATED
                    || frame.phase() == Frame.Phase.EMPTY_CLUSTER_REPAIRED ? frame.iteration()
                    : frame.phase() == Frame.Phase.FINISHED ? last + 1 : 0;
            ScorePanel.paint(g, l.t, series, restart, last, current, x, y, w, h);
        }
    }

    private static double[] ticks(double lo, double hi, int wanted) {
        double range = hi - lo;
        if (!(range > 0)) {
            return new double[0];
        }
        double raw = range / wanted;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double norm = raw / mag;
        double step = (norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * mag;
        double first = Math.ceil(lo / step) * step;
        List<Double> out = new ArrayList<>();
        for (double t = first; t <= hi + 1e-9 * step; t += step) {
            out.add(Math.abs(t) < step * 1e-9 ? 0 : t);
            if (out.size() > 50) {
                break;
            }
        }
        double[] a = new double[out.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = out.get(i);
        }
        return a;
    }

    // ------------------------------------------------------------------ options and builder

    private static final class Options {
        Projection projection;
        boolean regions = true;
        boolean trails = true;
        boolean legend = true;
        boolean scorePanel = true;
        List<ScoreSeries> scores;
        int[] trueClasses;
        List<String> classNames;
        ColourBy colourBy = ColourBy.CLUSTERS;
        LineLayout lineLayout;
        int maxPointsDrawn = 20_000;
        Palette palette = Palette.standard();
        List<String> notes = List.of();
        String xTitle;   // null: the projection's label
        String yTitle;

        Options copy() {
            Options o = new Options();
            o.notes = notes;
            o.xTitle = xTitle;
            o.yTitle = yTitle;
            o.projection = projection;
            o.regions = regions;
            o.trails = trails;
            o.legend = legend;
            o.scorePanel = scorePanel;
            o.scores = scores;
            o.trueClasses = trueClasses;
            o.classNames = classNames;
            o.colourBy = colourBy;
            o.lineLayout = lineLayout;
            o.maxPointsDrawn = maxPointsDrawn;
            o.palette = palette;
            return o;
        }
    }

    /** Options of a {@link FramePainter}; every one has a default. Not thread-safe. */
    public static final class Builder {
        private final Recording recording;
        private final Options o = new Options();

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
            Options options = o.copy();
            Projection p = options.projection != null ? options.projection : Projection.auto(recording.data());
            Scene scene = new Scene(recording.data(), p, options.maxPointsDrawn);
            TrackedScores tracked = options.scores != null ? null : TrackedScores.standard();
            List<ScoreSeries> s = tracked == null ? options.scores : defaultScores(recording, tracked);
            return new FramePainter(recording, scene, options, s, tracked);
        }
    }
}
