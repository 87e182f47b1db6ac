package io.github.kmeans4j;

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
    /** Per point: a lower bound on the distance to every centroid other than its label. */
    private final double[] lower;
    /** What each point's lower bound drops by in this pass: the largest shift among the other centroids. */
    private double largestShift;
    private int largestShiftIndex;
    private double secondShift;

    HamerlyPass(Rows rows, double[] w, int k, Executor executor, int threads) {
        super(rows, w, k, executor, threads, false);
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
        long computed = 0;
        if (!useBounds) {
            for (int i = start; i < end; i++) {
                search(p, i, -1, 0, centroids, labels, nearestDistance);
            }
            p.computed += (long) (end - start) * k;
            return;
        }
        double slack = lowerSlack;
        for (int i = start; i < end; i++) {
            int a = labels[i];
            double own = rows.distanceSquared(i, centroids, a * d);
            double bound = lower[i] - (a == largestShiftIndex ? secondShift : largestShift);
            lower[i] = bound;
            double upper = Math.sqrt(own) * inflate;
            if (upper < nearestHalfGap[a] || upper < bound - slack) {
                p.add(this, i, a, own, labels, nearestDistance);
                computed++;
            } else {
                search(p, i, a, own, centroids, labels, nearestDistance);
                computed += k;
            }
        }
        p.computed += computed;
    }

    /**
     * The exact search: every centroid's squared distance in index order, the first strict minimum
     * wins (the scalar reference's rule); centroid {@code known}'s distance, if not −1, is
     * {@code knownDistance}, the same value recomputing it would give. Sets the lower bound to the
     * second smallest distance.
     */
    private void search(Partial p, int i, int known, double knownDistance, double[] centroids, int[] labels,
                        double[] nearestDistance) {
        int best = 0;
        double bestDistance = known == 0 ? knownDistance : rows.distanceSquared(i, centroids, 0);
        double second = Double.POSITIVE_INFINITY;
        for (int j = 1; j < k; j++) {
            double dist = j == known ? knownDistance : rows.distanceSquared(i, centroids, j * d);
            if (dist < bestDistance) {
                second = bestDistance;
                bestDistance = dist;
                best = j;
            } else if (dist < second) {
                second = dist;
            }
        }
        lower[i] = Math.sqrt(second);
        p.add(this, i, best, bestDistance, labels, nearestDistance);
    }
}
