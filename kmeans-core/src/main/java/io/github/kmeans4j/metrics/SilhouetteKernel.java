package io.github.kmeans4j.metrics;

import java.util.function.IntConsumer;

/**
 * The exact silhouette of every point: O(n²·d) time, O(n·d + n) extra memory.
 *
 * <p>The points are sorted by cluster and copied column-major, so that the distances from one
 * point to a tile of {@value #TILE} consecutive points are computed by plain loops over the tile
 * that the JIT compiles to vector instructions, and so that the points of a cluster are
 * contiguous: the distances of a tile are summed per cluster over runs, not scattered. A block of
 * {@value #POINT_BLOCK} points shares each tile while it is in cache. Distances are exact
 * differences {@code sqrt(Σ (x − y)²)}, never the expanded {@code ‖x‖² − 2x·y + ‖y‖²}, so
 * duplicate points are at distance exactly 0.
 *
 * <p>Determinism: the value of point i depends only on the data, the labels and the fixed tile
 * size, never on which thread computed it or how many there were.
 */
final class SilhouetteKernel {
    static final int TILE = 256;
    static final int POINT_BLOCK = 32;
    /** Below this many points the work stays on the calling thread. */
    static final int PARALLEL_THRESHOLD = 1024;

    private SilhouetteKernel() {
    }

    /**
     * The silhouette of every point.
     *
     * @param x n rows of d values, row-major (not modified)
     * @param codes the cluster of every point, in [0, counts.length), every cluster non-empty
     * @param counts the size of every cluster
     * @param threads threads to use, at least 1
     */
    static double[] values(double[] x, int n, int d, int[] codes, int[] counts, int threads) {
        int k = counts.length;
        int[] start = new int[k + 1];
        for (int c = 0; c < k; c++) {
            start[c + 1] = start[c] + counts[c];
        }
        int[] fill = start.clone();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[fill[codes[i]]++] = i;
        }
        double[] xt = new double[n * d];
        for (int p = 0; p < n; p++) {
            int row = order[p] * d;
            for (int m = 0; m < d; m++) {
                xt[m * n + p] = x[row + m];
            }
        }
        double[] out = new double[n];
        int blocks = (n + POINT_BLOCK - 1) / POINT_BLOCK;
        int useThreads = n < PARALLEL_THRESHOLD ? 1 : threads;
        Parallel.forEachBlock(blocks, useThreads, () -> new Worker(x, xt, n, d, codes, counts, start, out));
        return out;
    }

    /** One thread's share: its own scratch buffers. */
    private static final class Worker implements IntConsumer {
        private final double[] x;
        private final double[] xt;
        private final int n;
        private final int d;
        private final int[] codes;
        private final int[] counts;
        private final int[] start;
        private final double[] out;
        private final int k;
        private final double[] dist = new double[TILE];
        private final double[] sums;

        Worker(double[] x, double[] xt, int n, int d, int[] codes, int[] counts, int[] start, double[] out) {
            this.x = x;
            this.xt = xt;
            this.n = n;
            this.d = d;
            this.codes = codes;
            this.counts = counts;
            this.start = start;
            this.out = out;
            this.k = counts.length;
            this.sums = new double[POINT_BLOCK * k];
        }

        @Override
        public void accept(int block) {
            int i0 = block * POINT_BLOCK;
            int i1 = Math.min(n, i0 + POINT_BLOCK);
            java.util.Arrays.fill(sums, 0.0);
            int tileCluster = 0;
            for (int t0 = 0; t0 < n; t0 += TILE) {
                int len = Math.min(TILE, n - t0);
                while (start[tileCluster + 1] <= t0) {
                    tileCluster++;
                }
                for (int i = i0; i < i1; i++) {
                    distances(i * d, t0, len);
                    sumPerCluster(t0, len, tileCluster, (i - i0) * k);
                }
            }
            for (int i = i0; i < i1; i++) {
                out[i] = silhouette(codes[i], (i - i0) * k);
            }
        }

        /** dist[0..len) = distances from the point at x[row..row+d) to sorted points t0..t0+len. */
        private void distances(int row, int t0, int len) {
            double[] acc = dist;
            double[] t = xt;
            double x0 = x[row];
            for (int p = 0; p < len; p++) {
                double diff = x0 - t[t0 + p];
                acc[p] = diff * diff;
            }
            int m = 1;
            for (; m + 1 < d; m += 2) {
                double xa = x[row + m];
                double xb = x[row + m + 1];
                int ba = m * n + t0;
                int bb = ba + n;
                for (int p = 0; p < len; p++) {
                    double da = xa - t[ba + p];
                    double db = xb - t[bb + p];
                    acc[p] += da * da + db * db;
                }
            }
            if (m < d) {
                double xa = x[row + m];
                int ba = m * n + t0;
                for (int p = 0; p < len; p++) {
                    double da = xa - t[ba + p];
                    acc[p] += da * da;
                }
            }
            for (int p = 0; p < len; p++) {
                acc[p] = Math.sqrt(acc[p]);
            }
        }

        /** Adds the tile's distances to the point's per-cluster sums at sums[base..base+k). */
        private void sumPerCluster(int t0, int len, int firstCluster, int base) {
            int t1 = t0 + len;
            int c = firstCluster;
            for (int p = t0; p < t1; c++) {
                int end = Math.min(t1, start[c + 1]);
                int q = p - t0;
                int qEnd = end - t0;
                double s0 = 0;
                double s1 = 0;
                double s2 = 0;
                double s3 = 0;
                for (; q + 3 < qEnd; q += 4) {
                    s0 += dist[q];
                    s1 += dist[q + 1];
                    s2 += dist[q + 2];
                    s3 += dist[q + 3];
                }
                for (; q < qEnd; q++) {
                    s0 += dist[q];
                }
                sums[base + c] += (s0 + s1) + (s2 + s3);
                p = end;
            }
        }

        /**
         * scikit-learn's silhouette of a point of cluster {@code own}: (b − a) / max(a, b), with
         * 0 for a point alone in its cluster and 0 when a = b = 0.
         */
        private double silhouette(int own, int base) {
            if (counts[own] == 1) {
                return 0.0;
            }
            double a = sums[base + own] / (counts[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own) {
                    b = Math.min(b, sums[base + c] / counts[c]);
                }
            }
            double max = Math.max(a, b);
            return max == 0 ? 0.0 : (b - a) / max;
        }
    }
}
