package io.github.kmeans4j.viz;

import io.github.kmeans4j.viz.internal.Theme;
import io.github.kmeans4j.recording.Frame;
import io.github.kmeans4j.recording.Recording;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One picture being drawn: the frame's state, its layout, and the order of the layers, from back
 * to front (regions, points, trails and centroids, axes, header, notes, side panel). The layers
 * are parts of their own ({@link PointLayer}, {@link CentroidLayer}, {@link AxesPart},
 * {@link LegendPart}, {@link ScorePanel}); this class holds what they share. With a
 * {@link Motion}, the geometry (centroids, regions, trails, point colours) is part of the way from
 * the previous frame, and everything written (header, legend, charts) is the frame's own.
 */
final class Painting {
    final FramePainter painter;
    final Recording recording;
    final Scene scene;
    final PainterOptions options;
    final Graphics2D g;
    final Frame frame;
    final Motion motion;
    final Palette palette;
    final boolean line;
    final int[] labels;
    final double[][] centroids;
    final double[] cx;
    final double[] cy;
    final List<String> notes = new ArrayList<>();
    final FrameLayout l;
    final PlotView v;
    final boolean classView;
    final String headline;
    final FrameText text;
    final String stats;
    final List<String> captionLines;
    final FramePainter.LineLayout lineLayout;

    Painting(FramePainter painter, Graphics2D g, Frame frame, Motion motion, int width, int height) {
        this.painter = painter;
        this.recording = painter.recording;
        this.scene = painter.scene;
        this.options = painter.options;
        this.g = g;
        this.frame = frame;
        this.palette = options.palette;
        this.line = scene.projection.dimensions() == 1;
        this.classView = options.colourBy == FramePainter.ColourBy.TRUE_CLASSES;
        this.motion = classView ? null : motion;
        labels = frame.labels().orElse(null);
        centroids = this.motion != null ? this.motion.centroids() : frame.centroids();
        cx = new double[centroids.length];
        cy = new double[centroids.length];
        for (int j = 0; j < centroids.length; j++) {
            double[] xy = scene.projection.project(centroids[j]);
            cx[j] = xy[0];
            cy[j] = xy[1];
        }
        lineLayout = options.lineLayout != null ? options.lineLayout
                : scene.drawn.length <= 3000 ? FramePainter.LineLayout.STACK : FramePainter.LineLayout.JITTER;
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
            notes.add(lineLayout == FramePainter.LineLayout.STACK
                    ? "Points are stacked where they overlap; the height means nothing."
                    : "Points are spread vertically at random; the height means nothing.");
        }
        text = new FrameText(recording, frame, scene.data.n());
        headline = classView ? "True classes (k-means never sees them)" : text.headline();
        stats = classView ? Text.count(scene.data.n()) + (scene.data.n() == 1 ? " point" : " points") + " in "
                + trueClassCount() + " classes" : text.stats();
        FrameLayout probe = new FrameLayout(width, height, 2, notes, sideWanted(), line);
        FontMetrics nfm = g.getFontMetrics(probe.small);
        List<String> wrapped = new ArrayList<>();
        for (String note : notes) {
            wrapped.addAll(Text.wrap(note, nfm, probe.width - 2 * probe.margin, 2));
        }
        notes.clear();
        notes.addAll(wrapped);
        // Measure the header with a provisional layout (fonts depend only on the size).
        probe = new FrameLayout(width, height, 2, notes, sideWanted(), line);
        int textWidth = probe.width - 2 * probe.margin;
        captionLines = classView ? List.of("Each point in the colour of its true class; the clustering's own frames show"
                + " the clusters k-means found.") : Text.wrap(text.caption(), g.getFontMetrics(probe.small), textWidth, 2);
        // two caption lines reserved in every frame, so the plot never jumps when a caption wraps
        l = new FrameLayout(width, height, 1 + 2, notes, sideWanted(), line);
        v = new PlotView(l, painter.extent.minX, painter.extent.maxX, painter.extent.minY, painter.extent.maxY, scene.projection.dimensions() == 2);
    }

    /** Whether the picture wants a side panel: a legend or score charts. */
    private boolean sideWanted() {
        return options.legend || (options.scorePanel && !painter.scores.isEmpty());
    }

    void paint() {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, l.width, l.height);
        PointLayer points = new PointLayer(this);
        BufferedImage layer = new BufferedImage(l.plotW, l.plotH, BufferedImage.TYPE_INT_RGB);
        int[] raster = ((DataBufferInt) layer.getRaster().getDataBuffer()).getData();
        if (options.regions && !classView && centroids.length > 0) {
            regions(raster);
        } else {
            Arrays.fill(raster, 0xFFFFFF);
        }
        points.drawInto(raster);
        g.drawImage(layer, l.plotX, l.plotY, null);
        java.awt.Shape oldClip = g.getClip();
        g.clipRect(l.plotX, l.plotY, l.plotW, l.plotH);
        points.drawVectors();
        if (!classView) {   // the true classes alone: no k-means overlay
            CentroidLayer c = new CentroidLayer(this);
            if (options.trails) {
                c.trails();
            }
            c.centroids();
        }
        g.setClip(oldClip);
        new AxesPart(this).draw();
        header();
        notes();
        if (l.sideW > 0) {
            side();
        }
    }

    /** The size of a centroid's marker, in pixels. */
    double markerSize() {
        return Math.max(6.5, 8.5 * l.s);   // a floor keeps markers legible in small pictures
    }

    /** The height of the centroid markers in a line view. */
    double lineY() {
        return lineLayout == FramePainter.LineLayout.STACK ? l.plotY + l.plotH - markerSize() * 1.3
                : l.plotY + l.plotH / 2.0;
    }

    // -------------------------------------------------------------- text

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
        g.setColor(Theme.MUTED);
        g.drawString(counter, l.width - m - counterW, base);
        g.setFont(l.body);
        FontMetrics bm = g.getFontMetrics();
        int y = base + l.statsLine;
        g.setColor(Theme.STATS);
        g.drawString(Text.ellipsize(stats, bm, l.width - 2 * m), m, y);
        g.setFont(l.small);
        g.setColor(Theme.INK);
        for (String s : captionLines) {
            y += l.smallLine;
            g.drawString(s, m, y);
        }
    }

    private void notes() {
        g.setFont(l.small);
        g.setColor(Theme.MUTED);
        FontMetrics fm = g.getFontMetrics();
        int y = l.height - l.margin - (notes.size() - 1) * l.smallLine - fm.getDescent();
        for (String note : notes) {
            g.drawString(Text.ellipsize(note, fm, l.width - 2 * l.margin), l.margin, y);
            y += l.smallLine;
        }
    }

    // -------------------------------------------------------------- regions

    /** Fills the plot's raster with the tint of the nearest centroid of every pixel. */
    private void regions(int[] px) {
        int[] tints = new int[centroids.length];
        for (int j = 0; j < tints.length; j++) {
            tints[j] = palette.tint(j, FramePainter.REGION_TINT).getRGB() & 0xFFFFFF;
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

    // -------------------------------------------------------------- side panel

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
        List<ScoreSeries> scores = painter.scores;
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
        int last = painter.extent.lastIteration(restart);
        int current = frame.phase() == Frame.Phase.ASSIGNED || frame.phase() == Frame.Phase.UPDATED
                || frame.phase() == Frame.Phase.EMPTY_CLUSTER_REPAIRED ? frame.iteration()
                : frame.phase() == Frame.Phase.FINISHED ? last + 1 : 0;
        ScorePanel.paint(g, l.t, series, restart, last, current, x, y, w, h);
    }
}
