package io.github.kmeans4j.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.awt.Color;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaletteTest {

    private final Palette palette = Palette.standard();

    /**
     * Colour-vision-deficiency simulation matrices of Machado, Oliveira and Fernandes (2009),
     * severity 1.0, applied to linear RGB: normal vision, protanopia, deuteranopia, tritanopia.
     */
    private static final double[][][] VISION = {
        {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
        {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}},
        {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}},
        {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}},
    };

    @Test
    void color_firstSeven_areOkabeItoWithoutBlackInPublishedOrder() {
        // RGB triples as published by Okabe & Ito, "Color Universal Design" (2008), black left out.
        int[][] published = {
            {230, 159, 0},   // orange
            {86, 180, 233},  // sky blue
            {0, 158, 115},   // bluish green
            {240, 228, 66},  // yellow
            {0, 114, 178},   // blue
            {213, 94, 0},    // vermillion
            {204, 121, 167}, // reddish purple
        };
        for (int i = 0; i < published.length; i++) {
            Color expected = new Color(published[i][0], published[i][1], published[i][2]);
            assertThat(palette.color(i)).as("colour %d", i).isEqualTo(expected);
        }
    }

    @Test
    void color_firstTen_stayApartUnderSimulatedColourBlindness() {
        assertThat(palette.size()).isEqualTo(10);
        for (int v = 0; v < VISION.length; v++) {
            for (int i = 0; i < 10; i++) {
                for (int j = i + 1; j < 10; j++) {
                    assertThat(deltaE(palette.color(i), palette.color(j), v))
                            .as("colours %d and %d under vision %d", i, j, v).isGreaterThan(12.0);
                }
                assertThat(deltaE(palette.color(i), palette.unassigned(), v))
                        .as("colour %d and the unassigned grey under vision %d", i, v).isGreaterThan(12.0);
            }
        }
    }

    @Test
    void color_anyIndex_isNeverBlackNorDarkLikeTheOutline() {
        for (int i = 0; i < 2000; i++) {
            Color c = palette.color(i);
            assertThat(c.getAlpha()).isEqualTo(255);
            assertThat(lightness(c, 0)).as("CIELAB lightness of colour %d", i).isGreaterThan(20.0);
        }
        assertThat(lightness(palette.outline(), 0)).isLessThan(20.0);
    }

    @Test
    void color_generatedColours_areNotGrey() {
        for (int i = palette.size(); i < 2000; i++) {
            double[] lab = lab(palette.color(i), 0);
            assertThat(Math.hypot(lab[1], lab[2])).as("CIELAB chroma of colour %d", i).isGreaterThan(10.0);
        }
    }

    @Test
    void color_generatedNeighbours_lookDifferent() {
        for (int i = palette.size(); i < 2000; i++) {
            assertThat(deltaE(palette.color(i), palette.color(i + 1), 0)).as("colours %d and %d", i, i + 1)
                    .isGreaterThan(15.0);
        }
    }

    @Test
    void color_belowTheDocumentedBound_neverRepeats() {
        Set<Integer> rgbValues = new HashSet<>();
        for (int i = 0; i < Palette.DISTINCT_BELOW; i++) {
            rgbValues.add(palette.color(i).getRGB());
        }
        assertThat(rgbValues).hasSize(Palette.DISTINCT_BELOW);
    }

    @Test
    void color_sameIndex_givesSameColour() {
        for (int i = 0; i < 100; i++) {
            assertThat(palette.color(i)).isEqualTo(palette.color(i));
        }
        assertThat(Palette.standard().color(1234)).isEqualTo(palette.color(1234));
    }

    @Test
    void tint_mixesWithWhite() {
        Color c = palette.color(4);
        assertThat(palette.tint(4, 1.0)).isEqualTo(c);
        assertThat(palette.tint(4, 0.0)).isEqualTo(Color.WHITE);
        Color half = palette.tint(4, 0.5);
        assertThat(half.getRed()).isEqualTo((int) Math.round((c.getRed() + 255) / 2.0));
        assertThat(half.getBlue()).isEqualTo((int) Math.round((c.getBlue() + 255) / 2.0));
    }

    @Test
    void color_negativeIndex_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> palette.color(-1)).withMessageContaining("-1");
        assertThatIllegalArgumentException().isThrownBy(() -> palette.tint(0, 1.5)).withMessageContaining("1.5");
    }

    // ------------------------------------------------------------------ colour science oracle

    private static double deltaE(Color a, Color b, int vision) {
        double[] p = lab(a, vision);
        double[] q = lab(b, vision);
        return Math.sqrt(sq(p[0] - q[0]) + sq(p[1] - q[1]) + sq(p[2] - q[2]));
    }

    private static double lightness(Color c, int vision) {
        return lab(c, vision)[0];
    }

    private static double[] lab(Color c, int vision) {
        double r = linear(c.getRed());
        double g = linear(c.getGreen());
        double b = linear(c.getBlue());
        double[][] m = VISION[vision];
        double rr = clamp(m[0][0] * r + m[0][1] * g + m[0][2] * b);
        double gg = clamp(m[1][0] * r + m[1][1] * g + m[1][2] * b);
        double bb = clamp(m[2][0] * r + m[2][1] * g + m[2][2] * b);
        double x = 0.4124 * rr + 0.3576 * gg + 0.1805 * bb;
        double y = 0.2126 * rr + 0.7152 * gg + 0.0722 * bb;
        double z = 0.0193 * rr + 0.1192 * gg + 0.9505 * bb;
        double fx = f(x / 0.95047);
        double fy = f(y);
        double fz = f(z / 1.08883);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static double clamp(double v) {
        return Math.min(1, Math.max(0, v));
    }

    private static double sq(double v) {
        return v * v;
    }
}
