package io.github.kmeans4j;

import java.util.concurrent.Executor;

/**
 * Elkan's assignment (C. Elkan, "Using the triangle inequality to accelerate k-means", ICML 2003),
 * made to give exactly the labels of Lloyd's exact search. Per point and centroid a lower bound on
 * their distance; per pair of centroids their distance. The exact distance to the point's own
 * centroid is computed in every pass (unless the pass {@linkplain #defersDistances() defers it});
 * a centroid j is then compared only when neither its lower bound nor half its distance to the
 * best centroid so far proves it farther, with the margins of {@link BoundedPass}. Centroids are visited in index order and a computed distance replaces the
 * best when smaller, or equal with a lower index, so the result is the scalar reference's lowest
 * index among the smallest distances: every centroid left out was proven strictly farther than one
 * already seen. Memory: n·k doubles. Cost per pass: n + k(k − 1)/2 distances, n·k bound updates,
 * plus the comparisons that are not pruned.
 */
final class ElkanPass extends BoundedPass {
    /**
     * A fit defers Elkan's distances only from this many dimensions on: there the own distances
     * it saves are dear. Measured single-threaded, deferred against watched passes: 1.16× faster on
     * (200 000, 64, 16), 1.05× on (100 000, 256, 16), 1.16× on (60 000, 784, 10); but 0.90× as
     * fast on (500 000, 16, 64) and 0.75–0.79× on one and two dimensions, where a distance costs
     * less than the branches that avoid it.
     */
    static final int DEFER_MIN_D = 64;
    /** Per point i and centroid j, at {@code i * k + j}: a lower bound on their distance. */
    private final double[] lower;

    /**
     * @param defer whether to {@linkplain #defersDistances() defer distances}: for a fit that no
     *     listener and no stopping rule watches, from {@link #DEFER_MIN_D} dimensions on
     */
    ElkanPass(Dataset data, int k, Executor executor, int threads, boolean defer) {
        super(data, k, executor, threads, true, defer);
        this.lower = new double[Math.multiplyExact(n, k)];
    }

    @Override
    Algorithm algorithm() {
        return Algorithm.ELKAN;
    }

    @Override
    void slot(Partial p, int start, int end, double[] centroids, int[] labels, double[] nearestDistance) {
        int[] label = p.scratch;
        double[] distance = p.scratchDistance;
        double[] toEach = p.toEach;
        long computed = 0;
        for (int from = start; from < end; from += BLOCK) {
            int to = Math.min(end, from + BLOCK);
            if (!useBounds) {
                for (int i = from; i < to; i++) {
                    int base = i * k;
                    distances(i, centroids, toEach);
                    int best = 0;
                    double bestDistance = toEach[0];
                    lower[base] = Math.sqrt(bestDistance);
                    for (int j = 1; j < k; j++) {
                        double dist = toEach[j];
                        lower[base + j] = Math.sqrt(dist);
                        if (dist < bestDistance) {
                            bestDistance = dist;
                            best = j;
                        }
                    }
                    label[i - from] = best;
                    distance[i - from] = bestDistance;
                    if (upper != null) {
                        upper[i] = Math.sqrt(bestDistance);
                    }
                }
                computed += (long) (to - from) * k;
            } else {
                computed += bounded(from, to, centroids, labels, label, distance);
            }
            account(p, from, to, labels, nearestDistance);
        }
        p.computed += computed;
    }

    /**
     * The bounded pass over the points {@code [from, to)}: each point's label into {@code label}
     * and, unless distances are deferred, its squared distance into {@code distance}. Watched, the
     * own distance is computed first, so the upper bound is exact from the start. Deferred, as in
     * Elkan's original, the upper bound is the last one moved by the own centroid's shift, and the
     * own distance is computed only once some other centroid survives the tests against that
     * loose bound (comparing a computed distance with the best needs the best's exact one); the
     * moved bound is covered by the inflation by 1 + ε as in {@link HamerlyPass}. Returns the
     * distances computed.
     */
    private long bounded(int from, int to, double[] centroids, int[] labels, int[] label, double[] distance) {
        long computed = 0;
        double slack = lowerSlack;
        boolean deferring = upper != null;
        for (int i = from; i < to; i++) {
            int base = i * k;
            for (int j = 0; j < k; j++) {
                lower[base + j] -= shift[j];
            }
            int a = labels[i];
            double moved = deferring ? upper[i] + shift[a] : Double.NaN;
            boolean tight = !deferring;
            double bestDistance = Double.NaN;   // the exact squared distance of best, once tight
            double bound;
            if (tight) {
                bestDistance = distance(i, centroids, a * d);
                computed++;
                double own = Math.sqrt(bestDistance);
                lower[base + a] = own;
                bound = own * inflate;
            } else {
                bound = moved * inflate;
            }
            int best = a;
            if (!(bound < nearestHalfGap[a])) {
                for (int j = 0; j < k; j++) {
                    if (j == a || bound < lower[base + j] - slack || bound < halfGap[best * k + j]) {
                        continue;
                    }
                    if (!tight) {
                        // best is still a: tighten, and look at j again with the exact bound.
                        bestDistance = distance(i, centroids, a * d);
                        computed++;
                        double own = Math.sqrt(bestDistance);
                        lower[base + a] = own;
                        bound = own * inflate;
                        tight = true;
                        if (bound < lower[base + j] - slack || bound < halfGap[a * k + j]) {
                            continue;
                        }
                    }
                    double dist = distance(i, centroids, j * d);
                    computed++;
                    double between = Math.sqrt(dist);
                    lower[base + j] = between;
                    if (dist < bestDistance || (dist == bestDistance && j < best)) {
                        best = j;
                        bestDistance = dist;
                        bound = between * inflate;
                    }
                }
            }
            label[i - from] = best;
            if (deferring) {
                upper[i] = tight ? Math.sqrt(bestDistance) : moved;
            } else {
                distance[i - from] = bestDistance;
            }
        }
        return computed;
    }
}
