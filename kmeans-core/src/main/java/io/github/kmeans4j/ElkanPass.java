package io.github.kmeans4j;

import java.util.concurrent.Executor;

/**
 * Elkan's assignment (C. Elkan, "Using the triangle inequality to accelerate k-means", ICML 2003),
 * made to give exactly the labels of Lloyd's exact search. Per point and centroid a lower bound on
 * their distance; per pair of centroids their distance. The exact distance to the point's own
 * centroid is computed in every pass; a centroid j is then compared only when neither its lower
 * bound nor half its distance to the best centroid so far proves it farther, with the margins of
 * {@link BoundedPass}. Centroids are visited in index order and a computed distance replaces the
 * best when smaller, or equal with a lower index, so the result is the scalar reference's lowest
 * index among the smallest distances: every centroid left out was proven strictly farther than one
 * already seen. Memory: n·k doubles. Cost per pass: n + k(k − 1)/2 distances, n·k bound updates,
 * plus the comparisons that are not pruned.
 */
final class ElkanPass extends BoundedPass {
    /** Per point i and centroid j, at {@code i * k + j}: a lower bound on their distance. */
    private final double[] lower;

    ElkanPass(Dataset data, int k, Executor executor, int threads) {
        super(data, k, executor, threads, true);
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
        double slack = lowerSlack;
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
                }
                computed += (long) (to - from) * k;
            } else {
                for (int i = from; i < to; i++) {
                    int base = i * k;
                    for (int j = 0; j < k; j++) {
                        lower[base + j] -= shift[j];
                    }
                    int a = labels[i];
                    double own = distance(i, centroids, a * d);
                    computed++;
                    double ownDistance = Math.sqrt(own);
                    lower[base + a] = ownDistance;
                    double upper = ownDistance * inflate;
                    int best = a;
                    double bestDistance = own;
                    if (!(upper < nearestHalfGap[a])) {
                        for (int j = 0; j < k; j++) {
                            if (j == a || upper < lower[base + j] - slack || upper < halfGap[best * k + j]) {
                                continue;
                            }
                            double dist = distance(i, centroids, j * d);
                            computed++;
                            double between = Math.sqrt(dist);
                            lower[base + j] = between;
                            if (dist < bestDistance || (dist == bestDistance && j < best)) {
                                best = j;
                                bestDistance = dist;
                                upper = between * inflate;
                            }
                        }
                    }
                    label[i - from] = best;
                    distance[i - from] = bestDistance;
                }
            }
            for (int i = from; i < to; i++) {
                p.add(this, i, label[i - from], distance[i - from], labels, nearestDistance);
            }
        }
        p.computed += computed;
    }
}
