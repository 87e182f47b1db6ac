package io.github.kmeans4j.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.awt.Color;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaletteTest {

    private final Palette palette = Palette.standard();

    @Test
    void fixedPartIsTheOkabeItoPaletteInPublishedOrder() {
        // RGB triples as published by Okabe & Ito, "Color Universal Design" (2008).
        int[][] published = {
            {0, 0, 0},       // black
            {230, 159, 0},   // orange
            {86, 180, 233},  // sky blue
            {0, 158, 115},   // bluish green
            {240, 228, 66},  // yellow
            {0, 114, 178},   // blue
            {213, 94, 0},    // vermillion
            {204, 121, 167}, // reddish purple
        };

        assertThat(palette.size()).isEqualTo(published.length);
        for (int i = 0; i < published.length; i++) {
            Color expected = new Color(published[i][0], published[i][1], published[i][2]);
            assertThat(palette.color(i)).as("colour %d", i).isEqualTo(expected);
        }
    }

    @Test
    void first64ColoursArePairwiseDistinct() {
        Set<Color> colours = new HashSet<>();
        for (int i = 0; i < 64; i++) {
            colours.add(palette.color(i));
        }
        assertThat(colours).hasSize(64);
    }

    @Test
    void noColourRepeatsBelowTheDocumentedBound() {
        Set<Integer> rgbValues = new HashSet<>();
        for (int i = 0; i < Palette.DISTINCT_BELOW; i++) {
            rgbValues.add(palette.color(i).getRGB());
        }
        assertThat(rgbValues).hasSize(Palette.DISTINCT_BELOW);
    }

    @Test
    void sameIndexGivesSameColour() {
        for (int i = 0; i < 100; i++) {
            assertThat(palette.color(i)).isEqualTo(palette.color(i));
        }
        assertThat(Palette.standard().color(1234)).isEqualTo(palette.color(1234));
    }

    @Test
    void generatedColoursAreOpaqueAndNeverBlack() {
        for (int i = palette.size(); i < 1000; i++) {
            Color c = palette.color(i);
            assertThat(c.getAlpha()).isEqualTo(255);
            assertThat(c).isNotEqualTo(Color.BLACK);
        }
    }

    @Test
    void negativeIndexIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> palette.color(-1));
    }
}
