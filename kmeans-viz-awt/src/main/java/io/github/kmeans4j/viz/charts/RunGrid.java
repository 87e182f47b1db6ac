package io.github.kmeans4j.viz.charts;

import io.github.kmeans4j.viz.internal.Theme;
import io.github.kmeans4j.viz.internal.Ticks;
import io.github.kmeans4j.KMeansResult;
import io.github.kmeans4j.viz.FramePainter;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Several runs side by side, in rows: each cell is a run's last frame (its final clustering) under
 * a title, by default its inertia and iterations, so seeds, initialisers or values of K can be
 * compared at a glance. Every cell has the same size; titles use one font, whatever their length
 * (a long title is cut with an ellipsis rather than shrunk).
 *
 * <pre>{@code
 * RunGrid.of(painters).columns(3).writePng(Path.of("seeds.png"), 1560, 900);
 * }</pre>
 */
public final class RunGrid extends Chart {
    private final List<FramePainter> runs;
    private final List<String> titles;
    private final int columns;
    /** Where the last paint put each cell's picture, for tests. */
    final List<Rectangle> cells = new ArrayList<>();

    private RunGrid(List<FramePainter> runs, List<String> titles, int columns) {
        this.runs = runs;
        this.titles = titles;
        this.columns = columns;
    }

    /**
     * A grid of runs, three to a row, titled with their inertia and iterations.
     *
     * @param runs the painters of the runs, in reading order
     * @return the grid
     * @throws IllegalArgumentException if {@code runs} is null, empty or holds null
     */
    public static RunGrid of(List<FramePainter> runs) {
        if (runs == null || runs.isEmpty() || runs.contains(null)) {
            throw new IllegalArgumentException("need at least one run, and no null");
        }
        List<String> titles = new ArrayList<>();
        for (FramePainter p : runs) {
            titles.add(p.recording().result().map(RunGrid::describe).orElse("(unfinished run)"));
        }
        return new RunGrid(List.copyOf(runs), titles, Math.min(3, runs.size()));
    }

    private static String describe(KMeansResult r) {
        return String.format(Locale.ROOT, "inertia %s · %d %s", Ticks.value(r.inertia()), r.iterations(),
                r.iterations() == 1 ? "iteration" : "iterations");
    }

    /**
     * The same grid with other titles.
     *
     * @param newTitles one title per run
     * @return a new grid
     * @throws IllegalArgumentException if the count differs from the runs' or a title is null
     */
    public RunGrid titles(List<String> newTitles) {
        if (newTitles == null || newTitles.size() != runs.size() || newTitles.contains(null)) {
            throw new IllegalArgumentException("need one title per run (" + runs.size() + "), none null");
        }
        return new RunGrid(runs, List.copyOf(newTitles), columns);
    }

    /**
     * The same grid with {@code count} cells to a row.
     *
     * @param count cells per row, at least 1
     * @return a new grid
     * @throws IllegalArgumentException if {@code count} is below 1
     */
    public RunGrid columns(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("columns must be at least 1, was " + count);
        }
        return new RunGrid(runs, titles, count);
    }

    /**
     * Paints the grid into a rectangle of any {@code Graphics2D}.
     *
     * @param g where to paint
     * @param x the rectangle's left edge
     * @param y its top edge
     * @param width its width
     * @param height its height
     */
    @Override
    public void paint(Graphics2D g, int x, int y, int width, int height) {
        Charts.hints(g);
        LineChart.background(g, new Rectangle(x, y, width, height));
        int cols = Math.min(columns, runs.size());
        int rows = (runs.size() + cols - 1) / cols;
        g.setFont(Theme.CHART_TITLE);
        FontMetrics fm = g.getFontMetrics();
        int titleHeight = fm.getHeight() + Theme.GAP;
        int m = Theme.MARGIN;
        int cellW = (width - m * (cols + 1)) / cols;
        int cellH = (height - m * (rows + 1)) / rows - titleHeight;
        if (cellW < 40 || cellH < 30) {
            throw new IllegalArgumentException("a " + width + " x " + height + " grid of " + rows + " x " + cols
                    + " runs leaves cells too small to draw");
        }
        cells.clear();
        for (int i = 0; i < runs.size(); i++) {
            int cx = x + m + (i % cols) * (cellW + m);
            int cy = y + m + (i / cols) * (cellH + titleHeight + m);
            g.setColor(Theme.INK);
            g.drawString(fit(fm, titles.get(i), cellW), cx, cy + fm.getAscent());
            FramePainter painter = runs.get(i);
            Rectangle cell = new Rectangle(cx, cy + titleHeight, cellW, cellH);
            Graphics2D inner = (Graphics2D) g.create(cell.x, cell.y, cell.width, cell.height);
            try {
                painter.paint(inner, painter.frameCount() - 1, cell.width, cell.height);
            } finally {
                inner.dispose();
            }
            cells.add(cell);
        }
    }

    /** {@code text}, or as much of it as fits in {@code width} followed by an ellipsis. */
    private static String fit(FontMetrics fm, String text, int width) {
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        String s = text;
        while (!s.isEmpty() && fm.stringWidth(s + "…") > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "…";
    }
}
