package io.github.kmeans4j;

import java.util.Arrays;

/**
 * A k-d tree over the points {@code [from, to)} of some rows, for {@link FilterPass}: each node
 * holds a contiguous range of the points in tree order and their tight bounding box; a node of
 * more than {@link #LEAF} points is split at the median of its widest side, so the depth is about
 * log₂(n / {@link #LEAF}) whatever the data (duplicates included). The points' coordinates are
 * copied in tree order, as doubles (float data widen exactly), so a leaf's distances read
 * consecutive memory and equal {@link Rows#distanceSquared}'s bit for bit.
 *
 * <p>Built once, then only read; {@link #filter} keeps scratch space in the tree, so one tree
 * serves one thread at a time.
 */
final class KdTree {
    /** At most this many points in a leaf. */
    static final int LEAF = 12;

    final int d;
    final int k;
    /** The row index of each point, in tree order. */
    final int[] index;
    /** The points' coordinates in tree order, d per point. */
    final double[] x;
    /** Per node: its first point, the end of its points, its children (−1 for a leaf). */
    private int[] first;
    private int[] end;
    private int[] left;
    private int[] right;
    /** Per node: the bounding box, d values each. */
    private double[] lo;
    private double[] hi;
    private int nodes;
    private int depth;

    /** Per depth: the candidates still standing, in increasing index order. */
    private int[][] candidates;
    /** Scratch for {@link #filter}'s margins. */
    private final double[] mid;

    /** For one pass: the centroids, and the outputs. */
    private double[] c;
    private int[] label;
    private double[] distance;
    private double eps;
    private boolean distances;
    private long computed;

    /**
     * For {@link #account}: per node, the weighted sums of its points of non-zero weight (d
     * values), their total weight and their number; null unless the tree was built with cells.
     */
    private double[] cellSum;
    private double[] cellWeight;
    private int[] cellPositive;
    /** The points' weights in tree order, or null for unit weights. */
    private double[] weight;

    /** For {@link #account}: where a pass's totals go, and the labels of the previous pass. */
    private AssignmentPass.Partial into;
    private int[] previous;

    KdTree(Rows rows, int from, int to, int k) {
        this(rows, null, from, to, k, false);
    }

    /**
     * @param w the rows' weights, or null; only read with {@code cells}
     * @param cells whether to keep each node's sums for {@link #account}
     */
    KdTree(Rows rows, double[] w, int from, int to, int k, boolean cells) {
        this.d = rows.d;
        this.k = k;
        int count = to - from;
        this.index = new int[count];
        for (int p = 0; p < count; p++) {
            index[p] = from + p;
        }
        int capacity = Math.max(1, 4 * count / LEAF + 3);
        first = new int[capacity];
        end = new int[capacity];
        left = new int[capacity];
        right = new int[capacity];
        lo = new double[capacity * d];
        hi = new double[capacity * d];
        // The coordinates move with their index during the build, so every pass over a node's
        // points reads consecutive memory.
        this.x = new double[count * d];
        for (int p = 0; p < count; p++) {
            rows.copyRow(from + p, x, p * d);
        }
        build(0, count, 1);
        candidates = new int[depth + 2][k];
        mid = new double[d];
        if (cells) {
            if (w != null) {
                weight = new double[count];
                for (int p = 0; p < count; p++) {
                    weight[p] = w[index[p]];
                }
            }
            cellSum = new double[nodes * d];
            cellWeight = new double[nodes];
            cellPositive = new int[nodes];
            if (count > 0) {
                cell(0);
            }
        }
    }

    /** Fills the node's {@link #cellSum}, {@link #cellWeight} and {@link #cellPositive}, its children's first. */
    private void cell(int node) {
        int o = node * d;
        if (left[node] >= 0) {
            int l = left[node];
            int r = right[node];
            cell(l);
            cell(r);
            for (int m = 0; m < d; m++) {
                cellSum[o + m] = cellSum[l * d + m] + cellSum[r * d + m];
            }
            cellWeight[node] = cellWeight[l] + cellWeight[r];
            cellPositive[node] = cellPositive[l] + cellPositive[r];
            return;
        }
        for (int p = first[node]; p < end[node]; p++) {
            double v = weight == null ? 1.0 : weight[p];
            if (v != 0) {
                cellWeight[node] += v;
                cellPositive[node]++;
                for (int m = 0; m < d; m++) {
                    cellSum[o + m] += v * x[p * d + m];
                }
            }
        }
    }

    /** Builds the node for points {@code [a, b)} of {@link #index} and {@link #x}; returns its number. */
    private int build(int a, int b, int level) {
        int node = nodes++;
        if (node >= first.length) {
            grow();
        }
        depth = Math.max(depth, level);
        first[node] = a;
        end[node] = b;
        left[node] = -1;
        right[node] = -1;
        int widest = -1;
        double width = 0;
        for (int m = 0; m < d; m++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int p = a; p < b; p++) {
                double v = x[p * d + m];
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            lo[node * d + m] = min;
            hi[node * d + m] = max;
            if (max - min > width) {
                width = max - min;
                widest = m;
            }
        }
        if (b - a <= LEAF || widest < 0) {
            return node;   // small, or every point the same
        }
        int half = (a + b) >>> 1;
        select(widest, a, b - 1, half);
        int l = build(a, half, level + 1);
        int r = build(half, b, level + 1);
        left[node] = l;
        right[node] = r;
        return node;
    }

    private void grow() {
        int capacity = first.length * 2;
        first = Arrays.copyOf(first, capacity);
        end = Arrays.copyOf(end, capacity);
        left = Arrays.copyOf(left, capacity);
        right = Arrays.copyOf(right, capacity);
        lo = Arrays.copyOf(lo, capacity * d);
        hi = Arrays.copyOf(hi, capacity * d);
    }

    /**
     * Rearranges the points {@code a..b} ({@link #x} and {@link #index} alike) so that position
     * {@code nth} holds the point it would hold sorted by coordinate {@code m}, smaller or equal
     * ones before it and greater or equal ones after (Hoare's selection, middle element as pivot:
     * duplicates split evenly).
     */
    private void select(int m, int a, int b, int nth) {
        while (a < b) {
            double pivot = x[((a + b) >>> 1) * d + m];
            int i = a;
            int j = b;
            while (i <= j) {
                while (x[i * d + m] < pivot) {
                    i++;
                }
                while (x[j * d + m] > pivot) {
                    j--;
                }
                if (i <= j) {
                    for (int t = 0; t < d; t++) {
                        double v = x[i * d + t];
                        x[i * d + t] = x[j * d + t];
                        x[j * d + t] = v;
                    }
                    int s = index[i];
                    index[i] = index[j];
                    index[j] = s;
                    i++;
                    j--;
                }
            }
            if (nth <= j) {
                b = j;
            } else if (nth >= i) {
                a = i;
            } else {
                return;
            }
        }
    }

    /**
     * Labels every point of the tree with the centroid the exact scalar search would choose
     * (smallest squared distance computed as {@link Rows#distanceSquared} does, lowest index among
     * equals), writing {@code label[row]} and, unless {@code distance} is null, the squared
     * distance to it in {@code distance[row]}; returns the point-to-centroid distances computed.
     *
     * @param eps the relative margin of a pruning proof (see {@link FilterPass})
     * @param distance where the distances go, or null to leave out those of points labelled by a
     *     whole cell (a pass that defers its distances)
     */
    long filter(double[] centroids, double eps, int[] label, double[] distance) {
        this.into = null;
        return walk(centroids, eps, label, distance);
    }

    /**
     * As {@link #filter}, but accounts the points into {@code p} on the way (built with cells
     * only): a node that one centroid takes adds its precomputed sums, weight and counts at once,
     * a leaf's points are added one by one in tree order; each point's label is written to
     * {@code labels} and counted in {@code p.moved} if it changed, and, unless {@code distance} is
     * null, its squared distance is written and added to {@code p.inertia}. Returns the
     * point-to-centroid distances computed.
     */
    long account(AssignmentPass.Partial p, double[] centroids, double eps, int[] labels, double[] distance) {
        this.into = p;
        this.previous = labels;
        try {
            return walk(centroids, eps, labels, distance);
        } finally {
            this.into = null;
            this.previous = null;
        }
    }

    private long walk(double[] centroids, double eps, int[] label, double[] distance) {
        this.c = centroids;
        this.eps = eps;
        this.distances = distance != null;
        this.label = label;
        this.distance = distance;
        this.computed = 0;
        int[] all = candidates[0];
        for (int j = 0; j < k; j++) {
            all[j] = j;
        }
        if (index.length > 0) {
            visit(0, 0, k);
        }
        this.c = null;
        this.label = null;
        this.distance = null;
        return computed;
    }

    /**
     * The node's points, with {@code count} candidates at {@code candidates[level]}; the node's
     * own survivors go to {@code candidates[level + 1]}, which its children read and leave alone
     * (their survivors go deeper).
     */
    private void visit(int node, int level, int count) {
        int[] standing = candidates[level];
        if (count > 1) {
            int[] next = candidates[level + 1];
            count = prune(node, standing, count, next);
            standing = next;
        }
        if (count == 1) {
            own(node, standing[0]);
        } else if (left[node] < 0) {
            leaf(node, standing, count);
        } else {
            visit(left[node], level + 1, count);
            visit(right[node], level + 1, count);
        }
    }

    /**
     * Copies to {@code out} (in the same order) the candidates of {@code in} that a rounding-safe
     * test cannot prove to be strictly farther, for every point of the node's box, than the
     * candidate nearest to the box's centre; returns how many.
     */
    private int prune(int node, int[] in, int count, int[] out) {
        int o = node * d;
        for (int m = 0; m < d; m++) {
            mid[m] = 0.5 * (lo[o + m] + hi[o + m]);
        }
        int best = in[0];
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int t = 0; t < count; t++) {
            int j = in[t];
            double s = 0;
            for (int m = 0; m < d; m++) {
                double e = mid[m] - c[j * d + m];
                s += e * e;
            }
            if (s < bestDistance) {
                bestDistance = s;
                best = j;
            }
        }
        int kept = 0;
        int z = best * d;
        for (int t = 0; t < count; t++) {
            int j = in[t];
            if (j == best || !dominated(o, j * d, z)) {
                out[kept++] = j;
            }
        }
        return kept;
    }

    /** Below every squared-distance difference the test accepts: far above d·2⁻¹⁰⁷⁴, underflow's reach. */
    static final double ABSOLUTE = 1e-300;

    /**
     * Whether the centroid at {@code c[y..]} is proven strictly farther than the one at
     * {@code c[z..]} from every point of the box of node offset {@code o}, in computed squared
     * distances: the smallest difference of the exact squared distances over the box (taken at
     * the corner farthest along z → y) must exceed ε times a bound on their sum, plus
     * {@link #ABSOLUTE}.
     */
    private boolean dominated(int o, int y, int z) {
        double margin = 0;
        double far = 0;
        for (int m = 0; m < d; m++) {
            double l = lo[o + m];
            double h = hi[o + m];
            double cy = c[y + m];
            double cz = c[z + m];
            double v = cy > cz ? h : l;
            double a = cy - v;
            double b = cz - v;
            margin += a * a - b * b;
            double yl = cy - l;
            double yh = cy - h;
            double zl = cz - l;
            double zh = cz - h;
            far += Math.max(yl * yl, yh * yh) + Math.max(zl * zl, zh * zh);
        }
        // NaN or infinity (overflow) never proves anything: both comparisons are then false.
        return margin > eps * far + ABSOLUTE && far < Double.POSITIVE_INFINITY;
    }

    /** Every point of the node takes centroid {@code j}, proven the exact search's answer. */
    private void own(int node, int j) {
        if (into != null) {
            ownCell(node, j);
            return;
        }
        if (!distances) {
            for (int p = first[node], stop = end[node]; p < stop; p++) {
                label[index[p]] = j;
            }
            return;
        }
        int co = j * d;
        for (int p = first[node], stop = end[node]; p < stop; p++) {
            int row = p * d;
            double s = 0;
            for (int m = 0; m < d; m++) {
                double e = x[row + m] - c[co + m];
                s += e * e;
            }
            label[index[p]] = j;
            distance[index[p]] = s;
        }
        computed += end[node] - first[node];
    }

    /** {@link #own} when accounting: the node's sums at once, each point's label, move and distance. */
    private void ownCell(int node, int j) {
        AssignmentPass.Partial p = into;
        int co = j * d;
        int o = node * d;
        for (int m = 0; m < d; m++) {
            p.sums[co + m] += cellSum[o + m];
        }
        p.weight[j] += cellWeight[node];
        p.positive[j] += cellPositive[node];
        p.size[j] += end[node] - first[node];
        int moved = 0;
        for (int q = first[node], stop = end[node]; q < stop; q++) {
            int r = index[q];
            moved += previous[r] != j ? 1 : 0;
            label[r] = j;
        }
        p.moved += moved;
        if (distances) {
            double inertia = 0;
            for (int q = first[node], stop = end[node]; q < stop; q++) {
                int row = q * d;
                double s = 0;
                for (int m = 0; m < d; m++) {
                    double e = x[row + m] - c[co + m];
                    s += e * e;
                }
                distance[index[q]] = s;
                inertia += (weight == null ? 1.0 : weight[q]) * s;
            }
            p.inertia += inertia;
            computed += end[node] - first[node];
        }
    }

    /** One point of a leaf, at tree position {@code q}, labelled {@code j} at squared distance {@code s}. */
    private void accountPoint(int q, int j, double s) {
        AssignmentPass.Partial p = into;
        int r = index[q];
        if (previous[r] != j) {
            p.moved++;
        }
        label[r] = j;
        p.size[j]++;
        double v = weight == null ? 1.0 : weight[q];
        if (v != 0) {
            p.weight[j] += v;
            p.positive[j]++;
            for (int m = 0; m < d; m++) {
                p.sums[j * d + m] += v * x[q * d + m];
            }
        }
        if (distances) {
            distance[r] = s;
            p.inertia += v * s;
        }
    }

    /** The exact search over the remaining candidates, in increasing index order, first strict minimum. */
    private void leaf(int node, int[] standing, int count) {
        for (int p = first[node], stop = end[node]; p < stop; p++) {
            int row = p * d;
            int best = -1;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int t = 0; t < count; t++) {
                int co = standing[t] * d;
                double s = 0;
                for (int m = 0; m < d; m++) {
                    double e = x[row + m] - c[co + m];
                    s += e * e;
                }
                if (best < 0 || s < bestDistance) {
                    bestDistance = s;
                    best = standing[t];
                }
            }
            if (into != null) {
                accountPoint(p, best, bestDistance);
            } else {
                label[index[p]] = best;
                if (distances) {
                    distance[index[p]] = bestDistance;
                }
            }
        }
        computed += (long) (end[node] - first[node]) * count;
    }
}
