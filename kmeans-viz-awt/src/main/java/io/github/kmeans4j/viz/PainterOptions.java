package io.github.kmeans4j.viz;

import java.util.List;

/** The settings of a {@link FramePainter}, filled by its builder; copied, never shared while mutable. */
final class PainterOptions {
    Projection projection;
    boolean regions = true;
    boolean trails = true;
    boolean legend = true;
    boolean scorePanel = true;
    List<ScoreSeries> scores;
    int[] trueClasses;
    List<String> classNames;
    FramePainter.ColourBy colourBy = FramePainter.ColourBy.CLUSTERS;
    FramePainter.LineLayout lineLayout;
    int maxPointsDrawn = 20_000;
    Palette palette = Palette.standard();
    List<String> notes = List.of();
    String xTitle;   // null: the projection's label
    String yTitle;

    PainterOptions copy() {
        PainterOptions o = new PainterOptions();
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
