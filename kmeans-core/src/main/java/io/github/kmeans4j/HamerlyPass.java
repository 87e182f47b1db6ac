package io.github.kmeans4j;

import io.github.kmeans4j.internal.CentroidDistances;
import java.util.concurrent.Executor;

/**
 * Hamerly's assignment (G. Hamerly, "Making k-means even faster", SDM 2010), made to give exactly
 * the labels of Lloyd's exact search. Per point one lower bound on the distance to every centroid
 * but its own; per centroid half the distance to its nearest other centroid. The exact distance
 * to the point's own centroid is computed in every pass (it is the point's part of the inertia);
 * when it is below both bounds, with the margins of {@link BoundedPass}, the other k − 1
 * distances are skipped; otherwise all k are compared as the scalar reference does.
 * Memory: n doubles. Cost per pass: n + k(k − 1)/2 distances plus the searches that are not skipped.
 */
final class HamerlyPass extends BoundedPass {
    /**
     * Up to this many dimensions, a deferred pass runs its full searches in a round of their own;
     * above, right after the own distance. Measured single-threaded, deferred against watched
     * passes: the separate round made (1 000 000, 2, 8) 1.43× faster rather than 1.10×, but
     * (60 000, 784, 10) 0.62× as fast rather than 1.18× (each searched row was read again).
     */
    private static final int NARROW = 4;
    /** Per point: a lower bound on the distance to every centroid other than its label. */
    private final double[] lower;
    /** What each point's lower bound drops by in this pass: the largest shift among the other centroids. */
    private double largestShift;
    private int largestShiftIndex;
    private double secondShift;

    /**
     * @param search computes the full search's distances
     * @param defer whether to {@linkplain #defersDistances() defer distances}: true only for a fit
     *     that no listener and no stopping rule watches
     */
    HamerlyPass(Dataset data, int k, Executor executor, int threads, CentroidDistances search, boolean defer) {
        super(data, k, executor, threads, search, false, defer);
        this.lower = new double[n];
    }

    @Override
    Algorithm algorithm() {
        return Algorithm.HAMERLY;
    }

    @Override
    void prepared() {
        largestShift = 0;
        secondShift = 0;
        largestShiftIndex = -1;
        for (int j = 0; j < k; j++) {
            double s = shift[j];
            if (s > largestShift) {
                secondShift = largestShift;
                largestShift = s;
                largestShiftIndex = j;
            } else if (s > secondShift) {
                secondShift = s;
            }
        }
    }

    @Override
    void slot(Partial p, int start, int end, double[] centroids, int[] labels, double[] nearestDistance) {
        int[] label = p.scratch;
        double[] distance = p.scratchDistance;
        double[] toEach = p.toEach;
        double slack = lowerSlack;
        long computed = 0;
        for (int from = start; from < end; from += BLOCK) {
            int to = Math.min(end, from + BLOCK);
            if (!useBounds) {
                int[] rows = p.pending;
                for (int i = from; i < to; i++) {
                    rows[i - from] = i;
                }
                searchAll(rows, to - from, from, toEach, label, distance);
                computed += (long) (to - from) * k;
            } else if (upper != null) {
                computed += deferred(from, to, centroids, labels, toEach, label, p.pending, distance);
            } else {
                for (int i = from; i < to; i++) {
                    int a = labels[i];
                    double own = distance(i, centroids, a * d);
                    double bound = lower[i] - (a == largestShiftIndex ? secondShift : largestShift);
                    lower[i] = bound;
                    double upper = Math.sqrt(own) * inflate;
                    if (upper < nearestHalfGap[a] || upper < bound - slack) {
                        label[i - from] = a;
                        distance[i - from] = own;
                        computed++;
                    } else {
                        // The own distance is computed again, to the same bits: k in all.
                        search(i, toEach, label, distance, i - from);
                        computed += k;
                    }
                }
            }
            account(p, from, to, labels, nearestDistance);
        }
        p.computed += computed;
    }

    /**
     * The bounded pass over the points {@code [from, to)} when distances are deferred, as
     * Hamerly's original: the upper bound is moved by the own centroid's shift instead of being
     * recomputed, so a point whose moved bounds already prove its label costs no distance at all;
     * when they do not, the own distance tightens the upper bound, and only if that fails too are
     * all k compared. The moved upper bound is a sum of non-negative rounded terms, within
     * (m + d + 4)·u of its true value after m passes, which the inflation by 1 + ε covers as it
     * covers the lower bounds (see {@link BoundedPass}). Returns the distances computed.
     */
    private long deferred(int from, int to, double[] centroids, int[] labels, double[] toEach, int[] label,
                          int[] pending, double[] distance) {
        double slack = lowerSlack;
        // Each round decides without a branch on its outcome (data-dependent, it would mispredict)
        // and lists the points it leaves undecided. Round 1: the moved bounds.
        int open = 0;
        for (int i = from; i < to; i++) {
            int a = labels[i];
            double bound = lower[i] - (a == largestShiftIndex ? secondShift : largestShift);
            double moved = upper[i] + shift[a];
            lower[i] = bound;
            upper[i] = moved;
            label[i - from] = a;
            pending[open] = i;
            // Math.max propagates NaN, and NaN < x is false: an unusable bound never proves a label.
            open += moved * inflate < Math.max(nearestHalfGap[a], bound - slack) ? 0 : 1;
        }
        // Round 2: the own distance tightens the upper bound. If that is not enough, all k
        // distances (the own one again, to the same bits: k in all): at once, while the row is
        // in cache, for wide rows; in a round of their own, without a branch, for narrow ones.
        boolean narrow = d <= NARROW;
        int searches = 0;
        for (int p = 0; p < open; p++) {
            int i = pending[p];
            int a = labels[i];
            double own = Math.sqrt(distance(i, centroids, a * d));
            upper[i] = own;
            boolean proven = own * inflate < Math.max(nearestHalfGap[a], lower[i] - slack);
            if (narrow) {
                pending[searches] = i;
                searches += proven ? 0 : 1;
            } else if (!proven) {
                search(i, toEach, label, distance, i - from);
                searches++;
            }
        }
        // Round 3, narrow rows only.
        if (narrow) {
            searchAll(pending, searches, from, toEach, label, distance);
        }
        return open + (long) searches * (k - 1);
    }

    /**
     * The exact search: every centroid's squared distance, the first strict minimum in index order
     * wins (the scalar reference's rule). Writes the label and its squared distance at {@code at},
     * and sets the lower bound to the second smallest distance.
     */
    private void search(int i, double[] toEach, int[] label, double[] distance, int at) {
        distances(i, toEach);
        choose(i, toEach, 0, label, distance, at);
    }

    /**
     * The exact search of the points {@code points[0..count)} of the block that starts at
     * {@code from}, {@link #SEARCH_ROWS} at a time, as {@link #search}.
     */
    private void searchAll(int[] points, int count, int from, double[] toEach, int[] label, double[] distance) {
        int[] rows = new int[SEARCH_ROWS];
        for (int first = 0; first < count; first += SEARCH_ROWS) {
            int size = Math.min(SEARCH_ROWS, count - first);
            System.arraycopy(points, first, rows, 0, size);
            distances(rows, size, toEach);
            for (int q = 0; q < size; q++) {
                choose(rows[q], toEach, q * k, label, distance, rows[q] - from);
            }
        }
    }

    /**
     * Point {@code i}'s label from its distances to every centroid at {@code toEach[offset..)}:
     * the first strict minimum in index order; the label and its squared distance at {@code at},
     * the lower bound set to the second smallest distance.
     */
    private void choose(int i, double[] toEach, int offset, int[] label, double[] distance, int at) {
        int best = 0;
        double bestDistance = toEach[offset];
        double second = Double.POSITIVE_INFINITY;
        for (int j = 1; j < k; j++) {
            double dist = toEach[offset + j];
            // Written for conditional moves: which centroid wins is data-dependent and unpredictable.
            boolean closer = dist < bestDistance;
            second = closer ? bestDistance : Math.min(second, dist);
            best = closer ? j : best;
            bestDistance = closer ? dist : bestDistance;
        }
        lower[i] = Math.sqrt(second);
        if (upper != null) {
            upper[i] = Math.sqrt(bestDistance);
        }
        label[at] = best;
        distance[at] = bestDistance;
    }
}
