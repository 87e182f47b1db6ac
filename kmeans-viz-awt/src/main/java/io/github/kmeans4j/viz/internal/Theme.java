package io.github.kmeans4j.viz.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;

/**
 * The look of every picture of the renderer in one place: colours, fonts, strokes and spacing,
 * for the frames (scaled with the picture's size by {@link #scaled(double)}) and for the charts
 * (at their fixed size). This package is not exported.
 */
public final class Theme {
    /** The background of every picture. */
    public static final Color BACKGROUND = Color.WHITE;
    /** Text and axes. */
    public static final Color INK = new Color(0x33, 0x33, 0x33);
    /** Secondary text: notes, counters, reference labels. */
    public static final Color MUTED = new Color(0x5a, 0x5a, 0x5a);
    /** Grid lines and panel backgrounds. */
    public static final Color GRID = new Color(0xe6, 0xe6, 0xe6);
    /** The background of a frame's score panels. */
    public static final Color PANEL = new Color(0xf4, 0xf4, 0xf4);
    /** A chart's data series. */
    public static final Color SERIES = new Color(0x00, 0x72, 0xb2);
    /** The current or recommended value: vermillion, apart from the blue series for most readers. */
    public static final Color HIGHLIGHT = new Color(0xd5, 0x5e, 0x00);
    /** Dashed reference lines. */
    public static final Color REFERENCE = new Color(0x88, 0x88, 0x88);
    /** The numbers line under a frame's headline. */
    public static final Color STATS = new Color(0x1f, 0x3f, 0x66);

    /** A chart's title. */
    public static final Font CHART_TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    /** A chart's axis titles and highlighted values. */
    public static final Font CHART_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    /** A chart's tick labels. */
    public static final Font CHART_TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    /** A chart's axes. */
    public static final Stroke AXIS = new BasicStroke(1f);
    /** A chart's data line. */
    public static final Stroke LINE = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    /** A chart's reference lines. */
    public static final Stroke DASHED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);
    /** Length of a tick mark in a chart. */
    public static final int TICK_LENGTH = 5;
    /** Gap between a tick and its label in a chart. */
    public static final int GAP = 4;
    /** Margin inside a chart's rectangle. */
    public static final int MARGIN = 10;
    /** Radius of a chart's data marker. */
    public static final int MARKER = 4;
    /** Radius of a chart's highlighted marker. */
    public static final int HIGHLIGHT_MARKER = 7;

    /** The scale: 1 for an 800 × 600 frame. */
    public final double s;
    /** The frame's headline. */
    public final Font head;
    /** The frame's numbers line and axis titles: never smaller than {@link #small}. */
    public final Font body;
    /** Captions, notes, legend, tick labels and score panels. */
    public final Font small;

    private Theme(double s) {
        this.s = s;
        small = new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(9, (int) Math.round(11 * s)));
        body = new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(small.getSize() + 1, (int) Math.round(13 * s)));
        head = new Font(Font.SANS_SERIF, Font.BOLD, Math.max(body.getSize() + 2, (int) Math.round(17 * s)));
    }

    /**
     * The frame theme for a picture {@code s} times the size of 800 × 600 (fonts have a floor, so
     * small pictures stay legible, and the numbers line is never smaller than the caption).
     *
     * @param s the scale, clamped to [0.55, 3]
     * @return the theme
     */
    public static Theme scaled(double s) {
        return new Theme(Math.max(0.55, Math.min(3.0, s)));
    }

    /**
     * A length of the 800 × 600 design, scaled.
     *
     * @param length the length at scale 1
     * @return the scaled length, in pixels
     */
    public int px(double length) {
        return (int) Math.round(length * s);
    }
}
