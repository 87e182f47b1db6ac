package io.github.kmeans4j.viz;

import java.util.Arrays;

/**
 * The Voronoi regions of the centroids in the picture's plane, as tints of a raster: for every
 * block of 4 × 4 pixels the nearest centroid is found at the block's corners, and only blocks
 * whose corners disagree are resolved pixel by pixel (Voronoi cells are convex, so a block whose
 * corners agree lies in one cell).
 */
final class RegionLayer {
    private static final int STEP = 4;

    private final double[] cx;
    private final double[] cy;
    private final boolean line;

    /** Centroids at {@code (cx[j], cy[j])} in data units; for a line only x counts. */
    RegionLayer(double[] cx, double[] cy, boolean line) {
        this.cx = cx;
        this.cy = cy;
        this.line = line;
    }

    /**
     * Fills {@code px} (row-major, {@code xs.length} wide, {@code ys.length} high) with the tint of
     * the nearest centroid of each pixel, whose data coordinates are {@code xs[x]} and {@code ys[y]}.
     */
    void fill(int[] px, double[] xs, double[] ys, int[] tints) {
        int w = xs.length;
        int h = ys.length;
        int gw = (w - 1 + STEP - 1) / STEP + 1;
        int gh = (h - 1 + STEP - 1) / STEP + 1;
        int[] gx = new int[gw];
        int[] gy = new int[gh];
        for (int i = 0; i < gw; i++) {
            gx[i] = Math.min(i * STEP, w - 1);
        }
        for (int i = 0; i < gh; i++) {
            gy[i] = Math.min(i * STEP, h - 1);
        }
        int[] grid = new int[gw * gh];
        for (int j = 0; j < gh; j++) {
            for (int i = 0; i < gw; i++) {
                grid[j * gw + i] = nearest(xs[gx[i]], ys[gy[j]]);
            }
        }
        for (int j = 0; j + 1 < gh || (gh == 1 && j == 0); j++) {
            int yStart = gy[j];
            int yEnd = j + 1 < gh ? (j + 2 == gh ? gy[j + 1] + 1 : gy[j + 1]) : h;
            for (int i = 0; i + 1 < gw || (gw == 1 && i == 0); i++) {
                int xStart = gx[i];
                int xEnd = i + 1 < gw ? (i + 2 == gw ? gx[i + 1] + 1 : gx[i + 1]) : w;
                int a = grid[j * gw + i];
                boolean same = gw > 1 && gh > 1
                        && a == grid[j * gw + i + 1] && a == grid[(j + 1) * gw + i] && a == grid[(j + 1) * gw + i + 1];
                for (int y = yStart; y < yEnd; y++) {
                    int row = y * w;
                    if (same) {
                        Arrays.fill(px, row + xStart, row + xEnd, tints[a]);
                    } else {
                        for (int x = xStart; x < xEnd; x++) {
                            px[row + x] = tints[nearest(xs[x], ys[y])];
                        }
                    }
                }
            }
        }
    }

    /** Nearest centroid in the picture's plane (lowest index on ties); only x for a line. */
    int nearest(double x, double y) {
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int j = 0; j < cx.length; j++) {
            double dx = x - cx[j];
            double dy = line ? 0 : y - cy[j];
            double dd = dx * dx + dy * dy;
            if (dd < bestD) {
                bestD = dd;
                best = j;
            }
        }
        return best;
    }
}
