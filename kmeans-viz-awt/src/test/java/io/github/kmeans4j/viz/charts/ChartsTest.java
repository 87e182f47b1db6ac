package io.github.kmeans4j.viz.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.metrics.ClusterScores;
import io.github.kmeans4j.recording.RunRecorder;
import io.github.kmeans4j.viz.FramePainter;
import io.github.kmeans4j.viz.Palette;
import io.github.kmeans4j.viz.internal.Theme;
import io.github.kmeans4j.viz.internal.Ticks;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The charts on hand-built inputs: pixels at known positions, and the placement of their labels. */
class ChartsTest {
    private static final int[] KS = {1, 2, 3, 4, 5};
    private static final double[] INERTIA = {100, 40, 20, 18, 17};
    private static final double[] SILHOUETTE = {Double.NaN, 0.6, 0.7, 0.5, 0.4};
    private static final double[] GAP = {0.2, 0.6, 0.9, 0.95, 0.97};
    private static final double[] GAP_ERROR = {0.02, 0.03, 0.02, 0.04, 0.05};

    private static Color at(BufferedImage image, double x, double y) {
        return new Color(image.getRGB((int) Math.round(x), (int) Math.round(y)));
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue()) < 30;
    }

    private static int count(BufferedImage image, Rectangle2D box, Color colour) {
        int found = 0;
        for (int y = (int) box.getMinY(); y < (int) box.getMaxY(); y++) {
            for (int x = (int) box.getMinX(); x < (int) box.getMaxX(); x++) {
                if (close(new Color(image.getRGB(x, y)), colour)) {
                    found++;
                }
            }
        }
        return found;
    }

    @Test
    void kSelection_recommendedPointHighlighted_othersInTheSeriesColour() {
        KSelectionChart chart = KSelectionChart.of(KS, INERTIA, SILHOUETTE, GAP, GAP_ERROR, 3, OptionalInt.of(3));
        BufferedImage image = chart.render(1200, 360);
        for (LineChart panel : chart.panels) {
            Axes a = panel.axes;
            assertThat(a.plot.x).isBetween(0, 1200);
        }
        Axes sil = chart.panels[1].axes;
        assertThat(close(at(image, sil.px(3), sil.py(0.7)), Theme.HIGHLIGHT)).isTrue();
        assertThat(close(at(image, sil.px(2), sil.py(0.6)), Theme.SERIES)).isTrue();
        // K = 1 has no silhouette: nothing drawn there
        assertThat(close(at(image, sil.px(1), sil.py(0.6)), Theme.SERIES)).isFalse();
        Axes inertia = chart.panels[0].axes;
        assertThat(close(at(image, inertia.px(3), inertia.py(20)), Theme.HIGHLIGHT)).isTrue();
    }

    @Test
    void kSelection_everyAxisHasTickMarksAndLabels() {
        KSelectionChart chart = KSelectionChart.of(KS, INERTIA, SILHOUETTE, GAP, GAP_ERROR, 3, OptionalInt.empty());
        BufferedImage image = chart.render(1200, 360);
        for (LineChart panel : chart.panels) {
            Axes a = panel.axes;
            assertThat(a.yTicks.length).isGreaterThanOrEqualTo(3);
            assertThat(a.xTicks).containsExactly(1, 2, 3, 4, 5);   // K values themselves
            for (double t : a.yTicks) {
                int y = (int) Math.round(a.py(t));
                // the tick mark left of the axis, and dark label pixels further left
                assertThat(close(at(image, a.plot.x - 3, y), Theme.INK)).as("tick %s", t).isTrue();
                Rectangle2D label = new Rectangle2D.Double(a.plot.x - 60, y - 6, 50, 12);
                assertThat(count(image, label, Theme.INK)).as("label of tick %s", t).isGreaterThan(3);
            }
            for (double t : a.xTicks) {
                int x = (int) Math.round(a.px(t));
                int bottom = a.plot.y + a.plot.height;
                assertThat(close(at(image, x, bottom + 3), Theme.INK)).isTrue();
            }
        }
    }

    @Test
    void kSelection_labelsClearOfTheirLinesAndOfTheData() {
        KSelectionChart chart = KSelectionChart.of(KS, INERTIA, SILHOUETTE, GAP, GAP_ERROR, 3, OptionalInt.of(3));
        BufferedImage image = chart.render(1200, 360);
        LineChart sil = chart.panels[1];
        assertThat(sil.referenceLabelBoxes).hasSize(2);
        double[] lines = {0.5, 0.75};
        for (int r = 0; r < 2; r++) {
            Rectangle2D box = sil.referenceLabelBoxes.get(r);
            double y = sil.axes.py(lines[r]);
            assertThat(box.getMaxY() < y || box.getMinY() > y).as("label %d off its line", r).isTrue();
            assertThat(count(image, box, Theme.SERIES)).as("no series under label %d", r).isZero();
            assertThat(count(image, box, Theme.MUTED)).as("label %d drawn", r).isGreaterThan(3);
        }
        for (LineChart panel : chart.panels) {
            Rectangle2D box = panel.highlightLabelBox;
            assertThat(count(image, box, Theme.HIGHLIGHT)).isGreaterThan(5);   // the value is written
            assertThat(count(image, box, Theme.SERIES)).isZero();             // and nothing crosses it
        }
    }

    @Test
    void kSelection_fromAReport_andBadInputRefused() {
        double[][] rows = new double[60][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[] {(i % 3) * 10 + 0.1 * (i % 5), 0.1 * (i % 7)};
        }
        var report = io.github.kmeans4j.metrics.KSelection.builder().kRange(1, 5).seed(1).build()
                .sweep(Dataset.of(rows));
        KSelectionChart chart = KSelectionChart.of(report);
        chart.render(900, 300);
        int k = report.recommendedK();
        Axes gap = chart.panels[2].axes;
        assertThat(chart.panels[2].highlightLabelBox).isNotNull();
        assertThat(gap.xTicks).contains(k);
        assertThatThrownBy(() -> KSelectionChart.of(KS, INERTIA, SILHOUETTE, GAP, GAP_ERROR, 7, OptionalInt.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("7");
        assertThatThrownBy(() -> KSelectionChart.of(new int[] {2, 1}, new double[2], new double[2], new double[2],
                new double[2], 1, OptionalInt.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void silhouette_blocksInClusterColours_negativeValuesLeftOfZero_meanMarked() {
        int[] labels = {0, 0, 0, 1, 1};
        double[] values = {0.9, 0.8, 0.7, -0.5, 0.2};
        SilhouettePlot plot = SilhouettePlot.of(labels, values);
        assertThat(plot.mean()).isCloseTo(0.42, org.assertj.core.api.Assertions.within(1e-12));
        BufferedImage image = plot.render(600, 400);
        Axes a = plot.axes;
        Palette palette = Palette.standard();
        // cluster 0: three bars from 0 to at least 0.7
        int mid0 = (plot.blockRows[0][0] + plot.blockRows[0][1]) / 2;
        assertThat(close(at(image, a.px(0.35), mid0), palette.color(0))).isTrue();
        assertThat(close(at(image, a.px(0.95), mid0), palette.color(0))).isFalse();
        // cluster 1: the bottom bar (lowest, -0.5) reaches left of zero, the top one (0.2) does not
        int bottom1 = plot.blockRows[1][0] - 2;
        int top1 = plot.blockRows[1][1] + 2;
        assertThat(close(at(image, a.px(-0.3), bottom1), palette.color(1))).isTrue();
        assertThat(close(at(image, a.px(0.1), top1), palette.color(1))).isTrue();
        assertThat(close(at(image, a.px(0.5), top1), palette.color(1))).isFalse();
        assertThat(plot.blockRows[1][1]).isLessThan(plot.blockRows[0][1]);   // cluster 1 above cluster 0
        // the dashed mean line: highlight pixels along x = px(0.42)
        int x = (int) Math.round(a.px(0.42));
        int highlighted = 0;
        for (int y = a.plot.y; y < a.plot.y + a.plot.height; y++) {
            Color c = new Color(image.getRGB(x, y));
            // vermillion, or vermillion blended by anti-aliasing; cluster 0's orange has much more green
            if (c.getRed() > 180 && c.getRed() - c.getGreen() > 50) {
                highlighted++;
            }
        }
        assertThat(highlighted).isGreaterThan(a.plot.height / 3);   // a dashed line: 6 on, 4 off
    }

    @Test
    void silhouette_ofData_matchesTheMetricsPackage() {
        double[][] rows = {{0, 0}, {0, 1}, {1, 0}, {10, 10}, {10, 11}, {11, 10}, {5, 5}};
        int[] labels = {0, 0, 0, 1, 1, 1, 1};
        SilhouettePlot plot = SilhouettePlot.of(Dataset.of(rows), labels);
        assertThat(plot.mean()).isCloseTo(ClusterScores.silhouette(Dataset.of(rows), labels).mean(),
                org.assertj.core.api.Assertions.within(1e-12));
        assertThatThrownBy(() -> SilhouettePlot.of(new int[] {0}, new double[] {1.5}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside [-1, 1]");
    }

    @Test
    void runGrid_cellsOfEqualSize_eachTheRunsLastFrame() {
        double[][] rows = {{0, 0}, {0, 1}, {1, 0}, {10, 10}, {10, 11}, {11, 10}};
        List<FramePainter> painters = new java.util.ArrayList<>();
        for (int seed = 1; seed <= 2; seed++) {
            RunRecorder recorder = new RunRecorder();
            KMeans.builder().k(2).seed(seed).listener(recorder).build().fit(Dataset.of(rows));
            painters.add(FramePainter.of(recorder.recording()));
        }
        RunGrid grid = RunGrid.of(painters).columns(2);
        BufferedImage image = grid.render(1000, 420);
        assertThat(grid.cells).hasSize(2);
        Rectangle c0 = grid.cells.get(0);
        Rectangle c1 = grid.cells.get(1);
        assertThat(c1.width).isEqualTo(c0.width);
        assertThat(c1.height).isEqualTo(c0.height);
        assertThat(c1.x).isGreaterThan(c0.x + c0.width);
        // the cell shows the painter's last frame: the same pixels as the painter renders alone
        BufferedImage alone = painters.get(1).render(painters.get(1).frameCount() - 1, c1.width, c1.height);
        int same = 0;
        int total = 0;
        for (int y = 0; y < c1.height; y += 7) {
            for (int x = 0; x < c1.width; x += 7) {
                total++;
                if (image.getRGB(c1.x + x, c1.y + y) == alone.getRGB(x, y)) {
                    same++;
                }
            }
        }
        assertThat(same).isGreaterThan(total * 95 / 100);
        assertThatThrownBy(() -> RunGrid.of(painters).titles(List.of("only one")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ticks_oneNumberFormat() {
        assertThat(Ticks.label(25000, 5000, 30000)).isEqualTo("25000");
        assertThat(Ticks.label(0.5, 0.1, 1)).isEqualTo("0.5");
        assertThat(Ticks.label(0.25, 0.05, 1)).isEqualTo("0.25");
        assertThat(Ticks.label(2_500_000, 500_000, 3_000_000)).isEqualTo("2500000");
        assertThat(Ticks.label(25_000_000, 5_000_000, 30_000_000)).isEqualTo("2.5e+07");
        assertThat(Ticks.value(28950)).isEqualTo("28950");   // as captions write it
        assertThat(Ticks.value(0.34239)).isEqualTo("0.3424");
        assertThat(Ticks.value(12_345_678)).isEqualTo("1.235e+07");
        assertThat(Ticks.within(0, 1, 0.25)).containsExactly(0, 0.25, 0.5, 0.75, 1);
        assertThat(Ticks.step(0, 600, 5)).isEqualTo(100);
    }

    @Test
    void paint_intoAnyGraphics_atAnOffset() {
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            SilhouettePlot.of(new int[] {0, 1}, new double[] {0.5, 0.5}).paint(g, 200, 150, 400, 300);
        } finally {
            g.dispose();
        }
        assertThat(image.getRGB(10, 10)).isEqualTo(Color.BLACK.getRGB());        // outside: untouched
        assertThat(image.getRGB(205, 155)).isEqualTo(Color.WHITE.getRGB());      // inside: the chart
    }
}
