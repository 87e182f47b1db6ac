package io.github.kmeans4j.viz;

import java.awt.Color;

/**
 * Colours for drawing clusters: safe for the common forms of colour-vision deficiency for the
 * first ten clusters, distinct generated colours beyond, and never black (black and dark grey
 * are kept for outlines and text).
 *
 * <p>Clusters 0–6 get the seven chromatic colours of Masataka Okabe and Kei Ito ("Color Universal
 * Design", 2008): orange, sky blue, bluish green, yellow, blue, vermillion and reddish purple (their
 * eighth colour, black, is left out). Clusters 7–9 get indigo, wine and olive from Paul Tol's
 * "muted" scheme (SRON technical note, 2021). Under simulated protanopia, deuteranopia and
 * tritanopia (Machado, Oliveira and Fernandes 2009) these ten colours stay at least 12 CIELAB units
 * apart, and as far from the {@linkplain #unassigned() grey of unassigned points}.
 *
 * <p>Cluster 10 and beyond get generated colours: the hue turns by the golden angle (about
 * 137.5&deg;) in the OKLab perceptual space (Ottosson 2020) from one index to the next, while the
 * lightness and the chroma follow two further irrational sequences, so that neighbouring indices
 * never look alike. Generated colours are neither black nor grey, and every index below
 * {@value #DISTINCT_BELOW} has a colour of its own; they are not guaranteed to stay
 * distinguishable under colour-vision deficiency.
 *
 * <p>The mapping is a pure function of the cluster index: the same index always yields the same
 * colour, in every frame, run and machine. Instances are immutable and thread-safe.
 */
public final class Palette {

    /**
     * Every index below this bound has a colour of its own: no two indices in
     * {@code [0, DISTINCT_BELOW)} share a colour.
     */
    public static final int DISTINCT_BELOW = 3_000;

    /** Okabe–Ito without black, then three of Paul Tol's muted colours, as 0xRRGGBB. */
    private static final int[] FIXED_RGB = {
        0xE69F00, // orange (Okabe–Ito)
        0x56B4E9, // sky blue (Okabe–Ito)
        0x009E73, // bluish green (Okabe–Ito)
        0xF0E442, // yellow (Okabe–Ito)
        0x0072B2, // blue (Okabe–Ito)
        0xD55E00, // vermillion (Okabe–Ito)
        0xCC79A7, // reddish purple (Okabe–Ito)
        0x332288, // indigo (Tol muted)
        0x882255, // wine (Tol muted)
        0x999933, // olive (Tol muted)
    };

    /** The golden angle as a fraction of a full turn, (3 - sqrt 5) / 2. */
    private static final double GOLDEN_TURN = (3.0 - Math.sqrt(5.0)) / 2.0;
    /** Step of the lightness sequence; irrational and unrelated to the golden ratio. */
    private static final double LIGHTNESS_STEP = Math.sqrt(2.0) - 1.0;
    /** Step of the chroma sequence; irrational and unrelated to the two others. */
    private static final double CHROMA_STEP = Math.sqrt(3.0) - 1.0;

    private static final Color UNASSIGNED = new Color(0xB8B8B8);
    private static final Color OUTLINE = new Color(0x202020);

    private static final Palette STANDARD = new Palette();

    private final Color[] fixed;

    private Palette() {
        fixed = new Color[FIXED_RGB.length];
        for (int i = 0; i < FIXED_RGB.length; i++) {
            fixed[i] = new Color(FIXED_RGB[i]);
        }
    }

    /**
     * Returns the standard palette.
     *
     * @return the shared standard palette, never {@code null}
     */
    public static Palette standard() {
        return STANDARD;
    }

    /**
     * Returns the colour of a cluster.
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
     * Returns the light tint of a cluster's colour used to shade its region: the colour mixed
     * with white, {@code weight} parts colour to {@code 1 - weight} parts white.
     *
     * @param cluster the cluster index, zero or greater
     * @param weight the share of the colour, in [0, 1]
     * @return the opaque tint
     * @throws IllegalArgumentException if {@code cluster} is negative or {@code weight} is outside [0, 1]
     */
    public Color tint(int cluster, double weight) {
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("tint weight must be in [0, 1], got " + weight);
        }
        Color c = color(cluster);
        return new Color(mix(c.getRed(), weight), mix(c.getGreen(), weight), mix(c.getBlue(), weight));
    }

    private static int mix(int channel, double weight) {
        return (int) Math.round(channel * weight + 255 * (1 - weight));
    }

    /**
     * The grey of points not yet assigned to any cluster.
     *
     * @return a mid grey, distinct from every cluster colour
     */
    public Color unassigned() {
        return UNASSIGNED;
    }

    /**
     * The near-black used for outlines of centroid markers and for text.
     *
     * @return a very dark grey
     */
    public Color outline() {
        return OUTLINE;
    }

    /**
     * Returns the number of fixed colours, those chosen for colour-vision deficiency.
     *
     * @return the number of fixed colours (10 for the standard palette)
     */
    public int size() {
        return fixed.length;
    }

    /**
     * The {@code n}-th generated colour: OKLCh with lightness in [0.52, 0.84], chroma in
     * [0.09, 0.15] (reduced until the colour fits in sRGB) and a golden-angle hue.
     */
    private static Color generated(int n) {
        double lightness = 0.52 + 0.32 * fraction(0.5 + n * LIGHTNESS_STEP);
        double chroma = 0.09 + 0.06 * fraction(0.25 + n * CHROMA_STEP);
        double hue = 2 * Math.PI * fraction(0.08 + n * GOLDEN_TURN);
        for (int attempt = 0; attempt < 60; attempt++) {
            int[] rgb = oklabToSrgb(lightness, chroma * Math.cos(hue), chroma * Math.sin(hue));
            if (rgb != null) {
                return new Color(rgb[0], rgb[1], rgb[2]);
            }
            chroma *= 0.95;
        }
        int[] rgb = oklabToSrgb(lightness, 0.02 * Math.cos(hue), 0.02 * Math.sin(hue));
        return new Color(rgb[0], rgb[1], rgb[2]);
    }

    /** OKLab to 8-bit sRGB, or null when the colour lies outside the sRGB gamut. */
    private static int[] oklabToSrgb(double l, double a, double b) {
        double l1 = l + 0.3963377774 * a + 0.2158037573 * b;
        double m1 = l - 0.1055613458 * a - 0.0638541728 * b;
        double s1 = l - 0.0894841775 * a - 1.2914855480 * b;
        double lc = l1 * l1 * l1;
        double mc = m1 * m1 * m1;
        double sc = s1 * s1 * s1;
        double[] linear = {
            4.0767416621 * lc - 3.3077115913 * mc + 0.2309699292 * sc,
            -1.2684380046 * lc + 2.6097574011 * mc - 0.3413193965 * sc,
            -0.0041960863 * lc - 0.7034186147 * mc + 1.7076147010 * sc,
        };
        int[] out = new int[3];
        for (int c = 0; c < 3; c++) {
            double v = linear[c];
            if (v < -1e-9 || v > 1 + 1e-9) {
                return null;
            }
            v = Math.min(1, Math.max(0, v));
            double encoded = v <= 0.0031308 ? 12.92 * v : 1.055 * Math.pow(v, 1 / 2.4) - 0.055;
            out[c] = (int) Math.round(encoded * 255);
        }
        return out;
    }

    private static double fraction(double x) {
        return x - Math.floor(x);
    }
}
