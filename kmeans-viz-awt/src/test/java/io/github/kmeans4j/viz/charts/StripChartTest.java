package io.github.kmeans4j.viz.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.kmeans4j.viz.Palette;
import io.github.kmeans4j.viz.internal.Theme;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The strip chart on hand-built values: each group's dots in its own column, at their values' heights. */
class StripChartTest {
    private static final int W = 700;
    private static final int H = 420;

    /** Rows and columns of the pixels of exactly {@code rgb}: {minX, maxX, sumY, count}. */
    private static double[] extent(BufferedImage image, int rgb) {
        double[] e = {Double.MAX_VALUE, -1, 0, 0};
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    e[0] = Math.min(e[0], x);
                    e[1] = Math.max(e[1], x);
                    e[2] += y;
                    e[3]++;
                }
            }
        }
        return e;
    }

    @Test
    void dots_stayInTheirColumns_atTheirValuesHeights() {
        StripChart chart = StripChart.of("runs", "inertia", List.of("low", "high", "wide"),
                new double[][] {{10, 10, 10}, {20, 20}, {10, 20}});
        BufferedImage image = chart.render(W, H);
        Axes a = chart.axes;
        Palette palette = Palette.standard();
        double[] low = extent(image, palette.color(0).getRGB() & 0xFFFFFF);
        double[] high = extent(image, palette.color(1).getRGB() & 0xFFFFFF);
        double[] wide = extent(image, palette.color(2).getRGB() & 0xFFFFFF);
        for (int c = 0; c < 3; c++) {
            double[] e = c == 0 ? low : c == 1 ? high : wide;
            assertThat(e[3]).as("group %d is drawn", c).isPositive();
            assertThat(e[0]).as("group %d left of its column", c).isGreaterThanOrEqualTo(a.px(c));
            assertThat(e[1]).as("group %d right of its column", c).isLessThanOrEqualTo(a.px(c + 1));
        }
        // all of "low" at 10, all of "high" at 20: their dots' mean rows are those values' rows
        assertThat(low[2] / low[3]).isCloseTo(a.py(10), org.assertj.core.api.Assertions.within(1.5));
        assertThat(high[2] / high[3]).isCloseTo(a.py(20), org.assertj.core.api.Assertions.within(1.5));
        assertThat(a.py(20)).as("higher values higher up").isLessThan(a.py(10));
    }

    @Test
    void reference_isADashedLineAcrossThePlotAtItsValue() {
        StripChart chart = StripChart.of("", "", List.of("a", "b"), new double[][] {{1, 5}, {3, 9}})
                .withReference(2, "best");
        BufferedImage image = chart.render(W, H);
        Axes a = chart.axes;
        int row = (int) Math.round(a.py(2));
        int grey = 0;
        for (int x = a.plot.x + 1; x < a.plot.x + a.plot.width; x++) {
            for (int dy = -1; dy <= 1; dy++) {
                int rgb = image.getRGB(x, row + dy) & 0xFFFFFF;
                int r = rgb >> 16;
                int gr = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (r == gr && gr == b && Math.abs(r - Theme.REFERENCE.getRed()) < 40) {
                    grey++;
                    break;
                }
            }
        }
        // dashed 5 on, 4 off (scaled by the stroke): well over a third of the width, well under all of it
        assertThat(grey).isBetween(a.plot.width / 3, a.plot.width - 10);
    }

    @Test
    void badInput_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> StripChart.of("", "", List.of("a"), new double[][] {}));
        assertThatIllegalArgumentException().isThrownBy(() -> StripChart.of("", "", List.of("a"),
                new double[][] {{Double.NaN}}));
        assertThatIllegalArgumentException().isThrownBy(() -> StripChart.of("", "", List.of(), new double[0][]));
        assertThatIllegalArgumentException().isThrownBy(() -> StripChart.of("", "", List.of("a"), new double[][] {{1}})
                .withReference(Double.POSITIVE_INFINITY, "x"));
    }
}
