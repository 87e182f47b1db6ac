package io.github.kmeans4j;

import java.util.concurrent.Executor;

/**
 * The filtering assignment of Kanungo et al. ("An efficient k-means clustering algorithm:
 * analysis and implementation", IEEE TPAMI 24(7), 2002), made to give exactly the labels of
 * Lloyd's exact search ({@code ScalarKernel}). One {@link KdTree} over all points is built in the
 * fit's first pass and kept for the fit (its restarts included). A pass walks the tree from the
 * root with all k centroids as candidates; at every node the candidate nearest to the
 * node's box centre, z, strikes out every candidate y that is provably farther than z from every
 * point of the box, and the survivors go down to the children. When one candidate survives, it
 * is every point's label in the node; at a leaf, the survivors are compared as the exact search
 * compares all k (distances in column order, the lowest index among the smallest).
 *
 * <h2>Why striking out never changes a label</h2>
 * Over a box, D_y(x)² − D_z(x)² is linear in x and smallest at the corner v farthest along z → y;
 * the test computes M = Σ_m (y_m − v_m)² − (z_m − v_m)² and F = Σ_m max over the box of
 * (y_m − x_m)² + (z_m − x_m)², and strikes y out only when M &gt; ε·F + 10⁻³⁰⁰. M is computed
 * within (d + 4)·u·F of its true value (u = 2⁻⁵³), and the exact search's squared distances are
 * within (d + 2)·u relative of the true ones, plus d·2⁻¹⁰⁷⁴ where terms underflow; with
 * ε = 16·(d + 8)·u both are covered, so for every point of the box the computed δ_y is
 * <em>strictly</em> greater than δ_z: y can be neither the smallest nor an equal one of lower index.
 * Striking out is transitive down the tree (z may itself be struck out below, by a candidate
 * strictly nearer still), so a candidate that was struck out never is the exact search's answer,
 * and the survivors, scanned in increasing index order, give it. A comparison that overflows or
 * meets NaN proves nothing. Exact ties and near-ties are therefore never pruned, only decided at
 * the leaves.
 *
 * <h2>Sums</h2>
 * For {@link Algorithm#KD_FILTER} the tree decides labels only, walked on the calling thread. The
 * sums, sizes and inertia are then accounted point by point in point order through
 * {@link AssignmentPass.Partial#add}, as every variant does (the slots on all threads), with each
 * point's distance to its centroid computed as the exact search computes it: the labels, the
 * centroids, the inertia, the events and the stop are scalar Lloyd's bit for bit, for any number
 * of threads.
 *
 * <p>For {@link Algorithm#KD_FILTER_CELLS} each node also keeps the weighted sums, weight and
 * count of its points, and the walk accounts as it goes: a node one centroid takes adds them at
 * once (its points' labels, moves and, unless deferred, distances are still written one by one),
 * a leaf's points are added one by one. The walk runs on one thread, into the first slot's
 * totals, so the result does not depend on the thread count; the sums are added in tree order, so
 * a centroid differs from Lloyd's in its last bits: each sum of n_j terms is within (n_j − 1)·u of
 * the sum of their absolute values in any order, hence each coordinate of the mean within
 * 2·(n_j + 2)·u·Σ w·|x| / W of the exact weighted mean, Lloyd's as well as this one.
 *
 * <p>When nobody watches the fit, the distances of points labelled by a whole cell are
 * {@linkplain #defersDistances() deferred}: {@link #settle} computes them from the pass's
 * centroids, as the exact search would.
 *
 * <p>Memory: per point, its coordinates in tree order (d doubles), its row index, its label and
 * distance of the pass (an int and a double); the nodes' boxes (about 2·d doubles per 6 points).
 * Only for data of at most {@link #MAX_D} dimensions, where boxes prune well.
 */
final class FilterPass extends AssignmentPass {
    /** The most dimensions this variant accepts. */
    static final int MAX_D = 8;

    /** Over all points, built in the first pass. */
    private KdTree tree;
    /** The distances the latest walk over the tree computed. */
    private long walked;
    /** The labels and distances of the current pass, by row. */
    private final int[] next;
    private final double[] nextDistance;
    private final double eps;
    /** The centroids of the latest pass, for {@link #settle}; null unless distances are deferred. */
    private final double[] seen;
    /** Whether sums are taken per cell ({@link Algorithm#KD_FILTER_CELLS}) rather than per point in point order. */
    private final boolean cells;

    /**
     * A point-order pass ({@link Algorithm#KD_FILTER}).
     *
     * @param defer whether to {@linkplain #defersDistances() defer distances}: true only for a fit
     *     that no listener and no stopping rule watches
     */
    FilterPass(Dataset data, int k, Executor executor, int threads, boolean defer) {
        this(data, k, executor, threads, defer, false);
    }

    /**
     * @param cells whether to take the sums per cell of the trees, as {@link Algorithm#KD_FILTER_CELLS}
     */
    FilterPass(Dataset data, int k, Executor executor, int threads, boolean defer, boolean cells) {
        super(Rows.of(data), data.weightsOrNull(), k, executor, threads, 0, false);
        this.cells = cells;
        if (d > MAX_D) {
            throw new IllegalArgumentException("algorithm " + algorithm() + " supports at most " + MAX_D
                    + " dimensions, but d = " + d + "; use HAMERLY or LLOYD");
        }
        this.next = cells ? null : new int[n];
        this.nextDistance = defer || cells ? null : new double[n];
        this.seen = defer ? new double[k * d] : null;
        this.eps = 16.0 * (d + 8) * Math.scalb(1.0, -53);
    }

    @Override
    Algorithm algorithm() {
        return cells ? Algorithm.KD_FILTER_CELLS : Algorithm.KD_FILTER;
    }

    /** Walks the tree on the calling thread (with point-order sums: the labels, for the slots to account). */
    @Override
    long prepare(double[] centroids) {
        if (seen != null) {
            System.arraycopy(centroids, 0, seen, 0, k * d);
        }
        if (tree == null) {
            tree = new KdTree(rows, w, 0, n, k, cells);
        }
        if (!cells) {
            walked = tree.filter(centroids, eps, next, nextDistance);
        }
        return 0;
    }

    @Override
    boolean sumsByPoint() {
        return !cells;
    }

    @Override
    boolean defersDistances() {
        return seen != null;
    }

    @Override
    double[] latestCentroids() {
        return seen;
    }

    @Override
    void slot(Partial p, int start, int end, double[] centroids, int[] labels, double[] nearestDistance) {
        if (cells) {
            // One walk accounts every point into the first slot's totals; the other slots stay empty.
            if (start == 0) {
                p.computed += tree.account(p, centroids, eps, labels, seen == null ? nearestDistance : null);
            }
            return;
        }
        if (start == 0) {
            p.computed += walked;
        }
        if (nextDistance == null) {
            for (int i = start; i < end; i++) {
                p.add(this, i, next[i], labels);
            }
        } else {
            for (int i = start; i < end; i++) {
                p.add(this, i, next[i], nextDistance[i], labels, nearestDistance);
            }
        }
    }
}
