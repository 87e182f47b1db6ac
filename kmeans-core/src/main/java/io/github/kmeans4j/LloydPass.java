package io.github.kmeans4j;

import io.github.kmeans4j.internal.DistanceKernel;
import java.util.concurrent.Executor;

/**
 * Lloyd's assignment: every point against every centroid, by the fit's {@link DistanceKernel} in
 * blocks of points, then, while the block is in cache, the exact squared distance to the chosen
 * centroid for the inertia (several points at once, {@link Rows#distancesSquared}) and the sums.
 * Computes n·k point-to-centroid distances per pass and skips none.
 */
final class LloydPass extends AssignmentPass {
    /** Values per kernel call: the block's rows stay in cache for the exact-distance and sum loop. */
    private static final int BLOCK_VALUES = 1 << 15;

    private final DistanceKernel kernel;
    private final DistanceKernel.Points points;
    private final int block;
    private DistanceKernel.Centroids prepared;

    LloydPass(Rows rows, double[] w, int k, DistanceKernel kernel, Executor executor, int threads) {
        this(rows, w, k, kernel, executor, threads, blockFor(rows.d));
    }

    private LloydPass(Rows rows, double[] w, int k, DistanceKernel kernel, Executor executor, int threads,
                      int block) {
        super(rows, w, k, executor, threads, block, true);
        this.kernel = kernel;
        this.points = rows.layout(kernel, pieces());
        this.block = block;
    }

    private static int blockFor(int d) {
        return Math.max(ALIGN, BLOCK_VALUES / d / ALIGN * ALIGN);
    }

    @Override
    Algorithm algorithm() {
        return Algorithm.LLOYD;
    }

    @Override
    boolean keepsSums() {
        return false;   // every row is read for its exact distance anyway
    }

    @Override
    long prepare(double[] centroids) {
        prepared = kernel.centroids(points, centroids, k);
        return 0;
    }

    @Override
    void slot(Partial p, int start, int end, double[] centroids, int[] labels, double[] nearestDistance) {
        DistanceKernel.Centroids c = prepared;
        for (int from = start; from < end; from += block) {
            int to = Math.min(end, from + block);
            kernel.nearest(points, c, from, to, p.scratch);
            rows.distancesSquared(from, to, p.scratch, centroids, p.scratchDistance);
            for (int i = from; i < to; i++) {
                p.add(this, i, p.scratch[i - from], p.scratchDistance[i - from], labels, nearestDistance);
            }
        }
        p.computed += (long) (end - start) * k;
    }
}
