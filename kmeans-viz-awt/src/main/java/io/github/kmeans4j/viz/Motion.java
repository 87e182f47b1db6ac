package io.github.kmeans4j.viz;

import io.github.kmeans4j.recording.Frame;
import java.util.Arrays;

/**
 * The picture part of the way from one frame of a run to the next: every centroid on the straight
 * line from where it was to where it goes, and every point changing colour from its old cluster's
 * to its new one's. The way is eased (slow at both ends), so a centroid glides rather than jumps.
 * Only two frames of one restart with the same number of centroids, of which the centroids or the
 * labels differ, have a motion between them.
 */
final class Motion {
    private final Frame from;
    private final Frame to;
    /** The eased share of the way covered, in (0, 1). */
    final double eased;

    private Motion(Frame from, Frame to, double progress) {
        this.from = from;
        this.to = to;
        this.eased = progress * progress * (3 - 2 * progress);
    }

    /**
     * Whether anything moves from {@code from} to {@code to}: the same restart, the same number of
     * centroids (at least one), and other centroids or other labels.
     */
    static boolean between(Frame from, Frame to) {
        if (from.restart() != to.restart()) {
            return false;
        }
        double[][] a = from.centroids();
        double[][] b = to.centroids();
        if (a.length == 0 || a.length != b.length) {
            return false;
        }
        if (!Arrays.deepEquals(a, b)) {
            return true;
        }
        int[] la = from.labels().orElse(null);
        int[] lb = to.labels().orElse(null);
        return lb != null && !Arrays.equals(la, lb);
    }

    /**
     * The motion at {@code progress} of the way from {@code from} to {@code to}, or null at the end
     * of the way (progress 1), where the picture is {@code to} itself.
     *
     * @throws IllegalArgumentException if progress is not in [0, 1]
     */
    static Motion at(Frame from, Frame to, double progress) {
        if (!(progress >= 0 && progress <= 1)) {
            throw new IllegalArgumentException("progress must be between 0 and 1, got " + progress);
        }
        return progress == 1 ? null : new Motion(from, to, progress);
    }

    /** The centroids part of the way. */
    double[][] centroids() {
        double[][] a = from.centroids();
        double[][] b = to.centroids();
        double[][] c = new double[b.length][];
        for (int j = 0; j < b.length; j++) {
            c[j] = new double[b[j].length];
            for (int q = 0; q < c[j].length; q++) {
                c[j][q] = a[j][q] + eased * (b[j][q] - a[j][q]);
            }
        }
        return c;
    }

    /** The labels at the start of the way, or null when the points were not assigned yet. */
    int[] fromLabels() {
        return from.labels().orElse(null);
    }

    /** The colour {@code eased} of the way from {@code a} to {@code b}. */
    java.awt.Color blend(java.awt.Color a, java.awt.Color b) {
        return mix(a, b, eased);
    }

    static java.awt.Color mix(java.awt.Color a, java.awt.Color b, double t) {
        return new java.awt.Color(channel(a.getRed(), b.getRed(), t), channel(a.getGreen(), b.getGreen(), t),
                channel(a.getBlue(), b.getBlue(), t));
    }

    private static int channel(int a, int b, double t) {
        return (int) Math.round(a + t * (b - a));
    }
}
