package io.github.kmeans4j.viz.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;

/** The look of every chart of this package in one place: fonts, colours, strokes, spacing. */
final class ChartStyle {
    static final Color BACKGROUND = Color.WHITE;
    static final Color INK = new Color(0x33, 0x33, 0x33);
    static final Color MUTED = new Color(0x6b, 0x6b, 0x6b);
    static final Color GRID = new Color(0xe6, 0xe6, 0xe6);
    static final Color SERIES = new Color(0x00, 0x72, 0xb2);
    /** The current or recommended value: vermillion, apart from the blue series for most readers. */
    static final Color HIGHLIGHT = new Color(0xd5, 0x5e, 0x00);
    static final Color REFERENCE = new Color(0x88, 0x88, 0x88);

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    static final Stroke AXIS = new BasicStroke(1f);
    static final Stroke LINE = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke DASHED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {6f, 4f}, 0f);

    /** Length of a tick mark, gap between a tick and its label, margin inside a chart's rectangle. */
    static final int TICK_LENGTH = 5;
    static final int GAP = 4;
    static final int MARGIN = 10;
    /** Radius of a data point's marker, and of the highlighted one. */
    static final int MARKER = 4;
    static final int HIGHLIGHT_MARKER = 7;

    private ChartStyle() {
    }
}
