package io.github.kmeans4j;

import io.github.kmeans4j.internal.Nearest;
import java.util.Arrays;
import io.github.kmeans4j.internal.CentroidDistances;
import java.util.concurrent.Executor;

/**
 * Yinyang's assignment (Y. Ding, Y. Zhao, X. Shen, M. Musuvathi, T. Mytkowicz, "Yinyang K-Means:
 * a drop-in replacement of the classic k-means with consistent speedup", ICML 2015), made to give
 * exactly the labels of Lloyd's exact search. The centroids are cut into t ≈ k/10 groups by a small
 * k-means on the centroids themselves, redone whenever every bound is recomputed (a run's first
 * pass, after a repair, every {@link BoundedPass#RESET_PERIOD} passes). Per point one lower bound
 * per group, on the distance to every centroid of the group but the point's own.
 *
 * <p>Per pass and point with label a: the exact distance to a is computed (it is the point's part
 * of the inertia). Global filter: if it is below half the distance from a to its nearest other
 * centroid, or below every group's bound moved by the group's largest shift, the label stays.
 * Group filter: otherwise each group whose moved bound is not above the best distance so far is
 * opened; local filter: within it, a centroid j is compared only when the group's bound from the
 * previous pass, moved by j's own shift, does not prove it farther than the best so far. A
 * computed distance replaces the best when smaller, or equal with a lower index, so the result is
 * the scalar reference's lowest index among the smallest distances; every test carries the
 * margins of {@link BoundedPass}, so every centroid left out was proven strictly farther.
 * Memory: n·t doubles. Cost per pass: n + k(k − 1)/2 distances, n·t bound updates, plus the
 * comparisons the filters do not prune.
 */
final class YinyangPass extends BoundedPass {
    /** Centroids per group, as Ding et al. advise (t = k / 10). */
    static final int GROUP_SIZE = 10;
    /** Lloyd iterations of the grouping k-means on the centroids. */
    private static final int GROUPING_ITERATIONS = 5;

    /** The number of groups the bounds are kept for: the stride of {@link #lower}. */
    private final int stride;
    /** Per point i and group g, at {@code i * stride + g}: a lower bound on the distance to g's centroids but i's label. */
    private final double[] lower;
    /** Groups in use (non-empty), at most {@link #stride}. */
    private int groups;
    /** Centroids of group g: {@code members[memberStart[g] .. memberStart[g + 1])}, in index order. */
    private final int[] members;
    private final int[] memberStart;
    /** The group of each centroid. */
    private final int[] groupOf;
    /** Per group, the largest shift of its centroids in this pass. */
    private final double[] groupShift;
    /** Per slot, the groups a point opened. */
    private final int[][] opened;

    /** The number of lower bounds kept for n points and k clusters: n·max(1, ⌊k / {@link #GROUP_SIZE}⌋). */
    static long bounds(int n, int k) {
        return (long) n * Math.max(1, k / GROUP_SIZE);
    }

    /** With t = max(1, ⌊k / {@link #GROUP_SIZE}⌋) groups; {@code search} computes the full search's distances. */
    YinyangPass(Dataset data, int k, Executor executor, int threads, CentroidDistances search) {
        this(data, k, executor, threads, search, Math.max(1, k / GROUP_SIZE));
    }

    /** With at most {@code groupCount} groups (1 to k), for tests that want many groups of few centroids. */
    YinyangPass(Dataset data, int k, Executor executor, int threads, CentroidDistances search, int groupCount) {
        super(data, k, executor, threads, search, false, false);
        if (groupCount < 1 || groupCount > k) {
            throw new IllegalArgumentException("groups must be 1 to k = " + k + ", got " + groupCount);
        }
        this.stride = groupCount;
        this.lower = new double[Math.multiplyExact(n, stride)];
        this.members = new int[k];
        this.memberStart = new int[stride + 1];
        this.groupOf = new int[k];
        this.groupShift = new double[stride];
        int slots = slotsFor(n, k, d);
        this.opened = new int[slots][stride];
    }

    @Override
    Algorithm algorithm() {
        return Algorithm.YINYANG;
    }

    @Override
    void prepared() {
        if (!useBounds) {
            group(seen);
        }
        Arrays.fill(groupShift, 0, groups, 0);
        for (int j = 0; j < k; j++) {
            int g = groupOf[j];
            groupShift[g] = Math.max(groupShift[g], shift[j]);
        }
    }

    /**
     * Cuts the centroids into {@link #stride} groups by Lloyd's iterations on the centroids,
     * started from evenly spaced ones; empty groups are dropped. On the calling thread, from the
     * centroids alone, so the groups do not depend on the thread count.
     */
    private void group(double[] centroids) {
        int t = stride;
        double[] centre = new double[t * d];
        for (int g = 0; g < t; g++) {
            System.arraycopy(centroids, (int) ((long) g * k / t) * d, centre, g * d, d);
        }
        int[] of = new int[k];
        int[] count = new int[t];
        for (int iteration = 0; iteration < GROUPING_ITERATIONS && t > 1; iteration++) {
            for (int j = 0; j < k; j++) {
                int best = 0;
                double bestDistance = Double.POSITIVE_INFINITY;
                for (int g = 0; g < t; g++) {
                    double dist = Nearest.distanceSquared(centroids, j * d, centre, g * d, d);
                    if (dist < bestDistance) {
                        bestDistance = dist;
                        best = g;
                    }
                }
                of[j] = best;
            }
            Arrays.fill(count, 0);
            double[] sums = new double[t * d];
            for (int j = 0; j < k; j++) {
                count[of[j]]++;
                for (int m = 0; m < d; m++) {
                    sums[of[j] * d + m] += centroids[j * d + m];
                }
            }
            for (int g = 0; g < t; g++) {
                for (int m = 0; count[g] > 0 && m < d; m++) {
                    centre[g * d + m] = sums[g * d + m] / count[g];
                }
            }
        }
        // Number the non-empty groups in order and list their members in index order.
        Arrays.fill(count, 0);
        for (int j = 0; j < k; j++) {
            count[of[j]]++;
        }
        int[] renumber = new int[t];
        groups = 0;
        for (int g = 0; g < t; g++) {
            renumber[g] = groups;
            if (count[g] > 0) {
                memberStart[groups + 1] = count[g];
                groups++;
            }
        }
        memberStart[0] = 0;
        for (int g = 0; g < groups; g++) {
            memberStart[g + 1] += memberStart[g];
        }
        int[] fill = Arrays.copyOf(memberStart, groups);
        for (int j = 0; j < k; j++) {
            int g = renumber[of[j]];
            groupOf[j] = g;
            members[fill[g]++] = j;
        }
    }

    @Override
    void slot(Partial p, int start, int end, double[] centroids, int[] labels, double[] nearestDistance) {
        int[] label = p.scratch;
        double[] distance = p.scratchDistance;
        double[] toEach = p.toEach;
        int[] open = opened[slotOf(start)];
        long computed = 0;
        for (int from = start; from < end; from += BLOCK) {
            int to = Math.min(end, from + BLOCK);
            for (int i = from; i < to; i++) {
                if (useBounds) {
                    computed += bounded(i, centroids, labels[i], toEach, open, label, distance, i - from);
                } else {
                    search(i, toEach, label, distance, i - from);
                    computed += k;
                }
            }
            account(p, from, to, labels, nearestDistance);
        }
        p.computed += computed;
    }

    /** The slot whose first point is {@code start}. */
    private int slotOf(int start) {
        int s = 0;
        while (boundary(s) != start) {
            s++;
        }
        return s;
    }

    /**
     * The filters for point {@code i} with label {@code a}: its label and squared distance at
     * {@code at}, its group bounds updated. Returns the distances computed.
     */
    private long bounded(int i, double[] centroids, int a, double[] toEach, int[] open, int[] label, double[] distance,
                         int at) {
        int base = i * stride;
        double slack = lowerSlack;
        double bestDistance = distance(i, centroids, a * d);
        double own = Math.sqrt(bestDistance);
        double bound = own * inflate;
        long computed = 1;
        label[at] = a;
        distance[at] = bestDistance;
        double globalLower = Double.POSITIVE_INFINITY;
        for (int g = 0; g < groups; g++) {
            globalLower = Math.min(globalLower, lower[base + g] - groupShift[g]);
        }
        // NaN < x is false: an unusable bound never proves a label.
        if (bound < nearestHalfGap[a] || bound < globalLower - slack) {
            for (int g = 0; g < groups; g++) {
                lower[base + g] -= groupShift[g];
            }
            return computed;
        }
        int best = a;
        int opens = 0;
        for (int g = 0; g < groups; g++) {
            double old = lower[base + g];
            double moved = old - groupShift[g];
            if (bound < moved - slack) {
                lower[base + g] = moved;
                continue;
            }
            open[opens++] = g;
            for (int q = memberStart[g]; q < memberStart[g + 1]; q++) {
                int j = members[q];
                if (j == a) {
                    toEach[j] = own;
                    continue;
                }
                double local = old - shift[j];
                if (bound < local - slack) {
                    toEach[j] = local;
                    continue;
                }
                double dist = distance(i, centroids, j * d);
                computed++;
                double between = Math.sqrt(dist);
                toEach[j] = between;
                if (dist < bestDistance || (dist == bestDistance && j < best)) {
                    best = j;
                    bestDistance = dist;
                    bound = between * inflate;
                }
            }
        }
        // The opened groups' bounds: the smallest over their centroids but the new label.
        for (int o = 0; o < opens; o++) {
            int g = open[o];
            double least = Double.POSITIVE_INFINITY;
            for (int q = memberStart[g]; q < memberStart[g + 1]; q++) {
                int j = members[q];
                if (j != best) {
                    least = Math.min(least, toEach[j]);
                }
            }
            lower[base + g] = least;
        }
        if (best != a) {
            // The old label now counts in its group's bound (already so if that group was opened).
            int g = groupOf[a];
            lower[base + g] = Math.min(lower[base + g], own);
        }
        label[at] = best;
        distance[at] = bestDistance;
        return computed;
    }

    /**
     * The exact search: every centroid's squared distance, the first strict minimum in index order
     * wins (the scalar reference's rule); each group's bound is set to the smallest distance of its
     * centroids but the winner.
     */
    private void search(int i, double[] toEach, int[] label, double[] distance, int at) {
        distances(i, toEach);
        int best = 0;
        double bestDistance = toEach[0];
        for (int j = 1; j < k; j++) {
            if (toEach[j] < bestDistance) {
                bestDistance = toEach[j];
                best = j;
            }
        }
        int base = i * stride;
        for (int g = 0; g < groups; g++) {
            double least = Double.POSITIVE_INFINITY;
            for (int q = memberStart[g]; q < memberStart[g + 1]; q++) {
                int j = members[q];
                if (j != best) {
                    least = Math.min(least, toEach[j]);
                }
            }
            lower[base + g] = Math.sqrt(least);
        }
        label[at] = best;
        distance[at] = bestDistance;
    }
}
