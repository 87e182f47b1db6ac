package io.github.kmeans4j.viz;

import io.github.kmeans4j.viz.internal.Theme;
import java.awt.Font;
import java.util.List;

/** Pixel rectangles of one picture. */
final class FrameLayout {
    final int width;
    final int height;
    final Theme t;
    final double s;
    final Font head;
    final Font body;
    final Font small;
    final int margin;
    final int headerH;
    final int sideX;
    final int sideW;
    /** Distance between lines of small text, and between the headline and the numbers below it. */
    final int smallLine;
    final int statsLine;
    final int plotX;
    final int plotY;
    final int plotW;
    final int plotH;

    /**
     * @param side whether the picture has a side panel (legend or score charts) when wide enough
     * @param line whether the data are drawn on a line (no y axis)
     */
    FrameLayout(int width, int height, int headerLines, List<String> notes, boolean side, boolean line) {
        this.width = width;
        this.height = height;
        t = Theme.scaled(Math.min(width / 800.0, height / 600.0));
        s = t.s;
        head = t.head;
        body = t.body;
        small = t.small;
        margin = (int) Math.round(10 * s);
        smallLine = Math.max((int) Math.round(15 * s), small.getSize() + 3);
        statsLine = Math.max((int) Math.round(21 * s), body.getSize() + 6);
        headerH = headerLines == 0 ? margin
                : margin + head.getSize() + statsLine + (headerLines - 1) * smallLine;
        side = side && width >= 420;
        sideW = side ? (int) Math.min(0.4 * width, Math.max(150 * s, 0.27 * width)) : 0;
        sideX = width - sideW;
        int left = line ? margin : margin + (int) Math.round(50 * s);
        int bottom = margin + small.getSize() + body.getSize() + (int) Math.round(14 * s) + notes.size() * smallLine;
        plotX = left;
        plotY = headerH + margin;
        plotW = Math.max(10, sideX - margin - left);
        plotH = Math.max(10, height - plotY - bottom);
    }
}
