package io.github.kmeans4j;

import io.github.kmeans4j.internal.CentroidDistances;
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
     * @param search computes the full search's distances
     * @param defer whether to {@linkplain #defersDistances() defer distances}: for a fit that no
     *     listener and no stopping rule watches, from {@link #DEFER_MIN_D} dimensions on
     */
    ElkanPass(Dataset data, int k, Executor executor, int threads, CentroidDistances search, boolean defer) {
        super(data, k, executor, threads, search, true, defer);
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
                int[] rows = p.pending;
                for (int first = from; first < to; first += SEARCH_ROWS) {
                    int count = Math.min(SEARCH_ROWS, to - first);
                    for (int q = 0; q < count; q++) {
                        rows[q] = first + q;
                    }
                    distances(rows, count, toEach);
                    for (int q = 0; q < count; q++) {
                        int i = first + q;
                        int base = i * k;
                        int at = q * k;
                        int best = 0;
                        double bestDistance = toEach[at];
                        lower[base] = Math.sqrt(bestDistance);
                        for (int j = 1; j < k; j++) {
                            double dist = toEach[at + j];
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
                }
                computed += (long) (to - from) * k;
            } else {
                computed += bounded(from, to, centroids, labels, label, distance, p.pending);
            }
            account(p, from, to, labels, nearestDistance);
        }
        p.computed += computed;
    }

    /**
     * The bounded pass over the points {@code [from, to)}: each point's label into {@code label}
     * and, unless distances are deferred, its squared distance into {@code distance}. In rounds,
     * as {@link HamerlyPass}'s deferred pass, so that the own distances, the one long sum most
     * points need, are taken several at a time ({@link Rows#distancesSquared}) instead of each
     * waiting on its own chain of additions.
     * <ol>
     *   <li>Every lower bound is moved by its centroid's shift. Deferred, as in Elkan's original,
     *       the upper bound is the last one moved by the own centroid's shift, and a point is done
     *       when no other centroid survives the tests against that loose bound; watched, every
     *       point goes on (each pass's inertia needs its own distance anyway). The moved bound is
     *       covered by the inflation by 1 + ε as in {@link HamerlyPass}.</li>
     *   <li>The own distances of the points still open.</li>
     *   <li>For each of them, with the exact upper bound, a centroid j is compared only when
     *       neither its lower bound nor half its distance to the best so far proves it farther.</li>
     * </ol>
     * A centroid left out in round 1 or 3 is proven strictly farther than the own centroid or the
     * best so far, so the label is the exact search's whichever round left it out. Returns the
     * distances computed.
     */
    private long bounded(int from, int to, double[] centroids, int[] labels, int[] label, double[] distance,
                         int[] pending) {
        double slack = lowerSlack;
        boolean deferring = upper != null;
        int open = 0;
        for (int i = from; i < to; i++) {
            int base = i * k;
            for (int j = 0; j < k; j++) {
                lower[base + j] -= shift[j];
            }
            int a = labels[i];
            label[i - from] = a;
            pending[open] = i;
            if (deferring) {
                double moved = upper[i] + shift[a];
                upper[i] = moved;
                open += survives(base, a, moved * inflate, slack) ? 1 : 0;
            } else {
                open++;
            }
        }
        // The own distances of the open points, into distance[0..open): deferred, distance is
        // otherwise unused; watched, every point is open, so distance[p] is point from + p's.
        rows.distancesSquared(pending, open, labels, centroids, distance);
        long computed = open;
        for (int p = 0; p < open; p++) {
            int i = pending[p];
            int base = i * k;
            int a = labels[i];
            double bestDistance = distance[p];
            double own = Math.sqrt(bestDistance);
            lower[base + a] = own;
            double bound = own * inflate;
            int best = a;
            if (!(bound < nearestHalfGap[a])) {
                for (int j = 0; j < k; j++) {
                    if (j == a || bound < lower[base + j] - slack || bound < halfGap[best * k + j]) {
                        continue;
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
                upper[i] = Math.sqrt(bestDistance);
            } else {
                distance[p] = bestDistance;
            }
        }
        return computed;
    }

    /**
     * Whether some centroid other than {@code a} survives the tests against the upper bound
     * {@code bound} (already inflated) of the point whose lower bounds start at {@code base}.
     * False also proves nothing for a NaN bound: NaN &lt; x is false, so every centroid survives.
     */
    private boolean survives(int base, int a, double bound, double slack) {
        if (bound < nearestHalfGap[a]) {
            return false;
        }
        for (int j = 0; j < k; j++) {
            if (j != a && !(bound < lower[base + j] - slack || bound < halfGap[a * k + j])) {
                return true;
            }
        }
        return false;
    }
}
