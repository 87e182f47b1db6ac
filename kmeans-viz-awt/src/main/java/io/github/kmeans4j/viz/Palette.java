package io.github.kmeans4j.viz;

import java.awt.Color;

/**
 * Colours for drawing clusters, safe for the common forms of colour-vision deficiency.
 *
 * <p>The first {@link #size()} colours are the eight colours proposed by Masataka Okabe and
 * Kei Ito ("Color Universal Design", 2008), in their published order: black, orange, sky blue,
 * bluish green, yellow, blue, vermillion and reddish purple. Clusters beyond those get generated
 * colours: the hue advances by the golden angle (about 137.5&deg;) from one index to the next,
 * while saturation and brightness follow two further irrational sequences, so that neighbouring
 * indices never look alike. The colours of all indices below {@value #DISTINCT_BELOW} are pairwise
 * distinct (with only 2<sup>24</sup> RGB values, repeats further on cannot be ruled out).
 * Generated colours are not guaranteed to stay distinguishable under colour-vision deficiency.
 *
 * <p>The mapping is a pure function of the cluster index: the same index always yields the same
 * colour, in every run and on every machine. Instances are immutable and thread-safe.
 */
public final class Palette {

    /**
     * Every index below this bound has a colour of its own: no two indices in
     * {@code [0, DISTINCT_BELOW)} share a colour.
     */
    public static final int DISTINCT_BELOW = 200_000;

    /** Okabe–Ito colours as 0xRRGGBB, in the order of the original publication. */
    private static final int[] OKABE_ITO_RGB = {
        0x000000, // black
        0xE69F00, // orange
        0x56B4E9, // sky blue
        0x009E73, // bluish green
        0xF0E442, // yellow
        0x0072B2, // blue
        0xD55E00, // vermillion
        0xCC79A7, // reddish purple
    };

    /** The golden angle as a fraction of a full turn, (3 - sqrt 5) / 2. */
    private static final double GOLDEN_TURN = (3.0 - Math.sqrt(5.0)) / 2.0;
    /** Step of the saturation sequence; irrational and unrelated to the golden ratio. */
    private static final double SATURATION_STEP = Math.sqrt(2.0) - 1.0;
    /** Step of the brightness sequence; irrational and unrelated to the two others. */
    private static final double BRIGHTNESS_STEP = Math.sqrt(3.0) - 1.0;
    /** Hue of the first generated colour, chosen away from the fixed colours' hues. */
    private static final double FIRST_HUE = 0.12;

    private static final Palette STANDARD = new Palette(OKABE_ITO_RGB);

    private final Color[] fixed;

    private Palette(int[] rgb) {
        fixed = new Color[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            fixed[i] = new Color(rgb[i]);
        }
    }

    /**
     * Returns the standard palette: the eight Okabe–Ito colours followed by generated colours.
     *
     * @return the shared standard palette, never {@code null}
     */
    public static Palette standard() {
        return STANDARD;
    }

    /**
     * Returns the colour of a cluster.
     *
     * <p>Indices below {@link #size()} give the fixed colours; larger indices give generated
     * colours that differ from all fixed ones and from each other (up to {@link #DISTINCT_BELOW}).
     *
     * @param cluster the cluster index, zero or greater
     * @return the opaque colour of that cluster, never {@code null}; equal for equal indices
     * @throws IllegalArgumentException if {@code cluster} is negative
     */
    public Color color(int cluster) {
        if (cluster < 0) {
            throw new IllegalArgumentException("cluster index must not be negative: " + cluster);
        }
        if (cluster < fixed.length) {
            return fixed[cluster];
        }
        return generated(cluster - fixed.length);
    }

    /**
     * Returns the number of fixed colours, that is, of the colours taken from the published palette.
     *
     * @return the number of fixed colours (8 for the standard palette)
     */
    public int size() {
        return fixed.length;
    }

    /**
     * The {@code n}-th generated colour. Saturation stays in [0.55, 0.95] and brightness in
     * [0.60, 0.95], which keeps the colours clearly visible on white and never black, so they
     * cannot coincide with the black of the fixed part.
     */
    private static Color generated(int n) {
        float hue = (float) fraction(FIRST_HUE + n * GOLDEN_TURN);
        float saturation = (float) (0.55 + 0.40 * fraction(n * SATURATION_STEP));
        float brightness = (float) (0.60 + 0.35 * fraction(0.5 + n * BRIGHTNESS_STEP));
        return new Color(Color.HSBtoRGB(hue, saturation, brightness));
    }

    private static double fraction(double x) {
        return x - Math.floor(x);
    }
}
