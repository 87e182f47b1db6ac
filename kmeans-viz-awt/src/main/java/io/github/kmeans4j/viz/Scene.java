package io.github.kmeans4j.viz;

import io.github.kmeans4j.Dataset;
import java.util.SplittableRandom;

/**
 * What every frame of one data set shares: the projection, the projected points, the sample of
 * points that is drawn, and the fixed vertical jitter of the 1-D view. Immutable after construction.
 */
final class Scene {
    final Dataset data;
    final Projection projection;
    final float[] xs;
    final float[] ys;
    /** Rows drawn, sorted; all rows when n ≤ the limit. */
    final int[] drawn;
    /** Jitter in [-1, 1] of each drawn point, for the 1-D jitter layout. */
    final float[] jitter;
    final double minX;
    final double maxX;
    final double minY;
    final double maxY;

    Scene(Dataset data, Projection projection, int maxPointsDrawn) {
        if (projection.inputDimensions() != data.d()) {
            throw new IllegalArgumentException("the projection takes " + projection.inputDimensions()
                    + " dimensions but the data has " + data.d());
        }
        this.data = data;
        this.projection = projection;
        float[][] p = projection.projectAll(data);
        xs = p[0];
        ys = p[1];
        drawn = Projection.sampleRows(data.n(), maxPointsDrawn, 0xD2A3L);
        jitter = new float[drawn.length];
        SplittableRandom random = new SplittableRandom(0x1177E2L);
        for (int i = 0; i < jitter.length; i++) {
            jitter[i] = (float) (2 * random.nextDouble() - 1);
        }
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xs.length; i++) {
            x0 = Math.min(x0, xs[i]);
            x1 = Math.max(x1, xs[i]);
            y0 = Math.min(y0, ys[i]);
            y1 = Math.max(y1, ys[i]);
        }
        minX = x0;
        maxX = x1;
        minY = y0;
        maxY = y1;
    }

    boolean sampled() {
        return drawn.length < data.n();
    }
}
