package io.github.kmeans4j;

import io.github.kmeans4j.internal.CentroidDistances;
import io.github.kmeans4j.internal.Nearest;
import java.util.Arrays;
import java.util.concurrent.Executor;

/**
 * What Hamerly's and Elkan's assignments share: bounds on Euclidean distances kept across passes,
 * moved by each centroid's shift, and the safety margin that makes a skipped search give exactly
 * the label Lloyd's exact search ({@code ScalarKernel}) would give.
 *
 * <h2>Why a skip never changes a label</h2>
 * The exact search compares the computed squared distances δ_j = fl(Σ_m (x_m − c_jm)²), summed in
 * column order, and keeps the lowest index among the smallest. A point keeps its label a without
 * that search only when its bounds prove that every other centroid j has δ_j &gt; δ_a
 * <em>strictly</em>; then a is that search's unique answer. The proof has to survive rounding in
 * both the distances and the bounds, and it does with a relative margin ε and an absolute margin:
 * <ul>
 *   <li>All terms of δ_j are non-negative, so δ_j is within a factor 1 ± γ of the true squared
 *       distance D_j², γ = (d + 2)·u (u = 2⁻⁵³; float data are widened exactly), as long as no term
 *       underflows; underflow adds at most d·2⁻¹⁰⁷⁴, which is below {@link #TINY}² for any
 *       practical d. Hence D_j &gt; D_a·(1 + 2γ) + {@link #TINY} implies δ_j &gt; δ_a.</li>
 *   <li>When a listener or a stopping rule watches the fit, the upper bound is always fresh: the
 *       exact δ_a is computed for every point in every pass anyway (each pass's inertia needs
 *       it), so u = √δ_a is within a factor 1 ± γ of D_a; the test inflates it by 1 + ε. When
 *       nobody watches, the pass {@linkplain #defersDistances() defers} δ_a: the upper bound is
 *       √δ_a from the last pass that computed it plus the computed shifts of the centroid since,
 *       a sum of non-negative rounded terms, within (m + d + 4)·u of its true value after m
 *       passes, which the same inflation covers; δ_a is computed when that bound does not prove
 *       the label, and for every point only by {@link #settle}, for a repair and the result.</li>
 *   <li>A lower bound is set to √δ_j in an exact search and then lowered by the computed shift of
 *       the centroid in each later pass. Each subtraction and each shift is rounded; the error
 *       after m passes is at most (m + d + 4)·u·(D_j + Σ shifts). A lower bound that still
 *       exceeds the (non-negative) upper bound has Σ shifts &lt; D_j, so the error is at most
 *       2·(m + d + 4)·u·(‖x‖ + ‖c_j‖) ≤ ε·S, with S = 2·(max‖x‖ + max‖c‖), the maxima over the
 *       data and over every centroid of the run; the test deflates lower bounds by ε·S. Bounds are
 *       recomputed from scratch every {@link #RESET_PERIOD} passes, so m never exceeds it.</li>
 *   <li>Half the distance between two centroids is computed to within 1 ± γ; the test deflates it
 *       by 1 − ε.</li>
 * </ul>
 * With ε = 10⁻¹⁰ + 4·(d + {@link #RESET_PERIOD} + 8)·u, far above γ and the bound errors, every
 * skip is proven, and only points whose nearest and second-nearest centroids are within about
 * 10⁻¹⁰ relative of a tie pay a full search. Data or centroids of norm 10¹⁵⁰ or more (where
 * squares could overflow) disable skipping altogether: every point then takes the full search.
 */
abstract class BoundedPass extends AssignmentPass {
    /** Passes after which every bound is recomputed, capping the rounding error a bound accumulates. */
    static final int RESET_PERIOD = 1000;
    /** The absolute margin, in data units: far above √(d · 2⁻¹⁰⁷⁴), the reach of underflow. */
    static final double TINY = 1e-150;
    /** Points decided before they are accounted (see {@link AssignmentPass#slot}). */
    static final int BLOCK = 256;
    /** Above this scale squares may overflow; bounds are not used. */
    private static final double HUGE = 1e150;

    /** The relative margin ε. */
    final double eps;
    /** 1 + ε. */
    final double inflate;
    /** The largest norm of a data point. */
    private final double pointNorm;
    /** Each centroid as the latest pass saw it (k · d; after {@link #prepare}, this pass's). */
    final double[] seen;
    /** How far each centroid moved since the previous pass (Euclidean, data units). */
    final double[] shift;
    /** Per pair (a, j), row-major k · k: half their distance, deflated by the margin; null unless pairwise. */
    final double[] halfGap;
    /** Per centroid a: the smallest {@link #halfGap} to another centroid, deflated (+∞ when k = 1). */
    final double[] nearestHalfGap;
    /** What a lower bound is deflated by: ε·S plus twice {@link #TINY}. */
    double lowerSlack;
    /** Whether this pass may skip, using the bounds left by the previous pass. */
    boolean useBounds;
    private boolean established;
    private int passesSinceReset;
    private double centroidNorm;

    /**
     * Per point, when distances are {@linkplain #defersDistances() deferred}: an upper bound on the
     * distance to its own centroid, moved by that centroid's shift in each pass and set to the
     * exact distance whenever that is computed; null otherwise.
     */
    final double[] upper;

    /** The full search's distances (any implementation gives the same bits). */
    private final CentroidDistances search;
    /** This pass's centroids in {@link #search}'s layout; null for one or two dimensions in double. */
    private CentroidDistances.Centroids prepared;
    /** The data's values when stored in double, else null. */
    private final double[] x;
    /** The data's values when stored in float, else null. */
    private final float[] xf;

    /**
     * @param search computes the full search's distances
     * @param pairwise whether {@link #halfGap} is kept for every pair (Elkan), not only the nearest (Hamerly)
     * @param defer whether to {@linkplain #defersDistances() defer distances}: true only for a fit
     *     that no listener and no stopping rule watches
     */
    BoundedPass(Dataset data, int k, Executor executor, int threads, CentroidDistances search, boolean pairwise,
                boolean defer) {
        super(Rows.of(data), data.weightsOrNull(), k, executor, threads, BLOCK, true);
        this.search = search;
        this.upper = defer ? new double[n] : null;
        this.x = data.values();
        this.xf = x == null ? data.floatValues() : null;
        this.eps = 1e-10 + 4.0 * (d + RESET_PERIOD + 8) * Math.scalb(1.0, -53);
        this.inflate = 1 + eps;
        this.pointNorm = Math.sqrt(largestSquaredNorm(rows));
        this.seen = new double[k * d];
        this.shift = new double[k];
        this.halfGap = pairwise ? new double[k * k] : null;
        this.nearestHalfGap = new double[k];
    }

    /**
     * At least the largest squared norm of a row, as {@link Rows#distanceSquared} to the origin
     * computes it. From the rows' kept bounding box when there is one, without reading them: the
     * corner farthest from the origin, {@code b_m = max(|min_m|, |max_m|)}, has {@code b_m² ≥ x_m²}
     * for every row, and rounding is monotone, so its computed sum is at least every row's.
     */
    static double largestSquaredNorm(Rows rows) {
        double[][] box = rows.knownBox();
        double norm = 0;
        if (box != null) {
            for (int m = 0; m < rows.d; m++) {
                double b = Math.max(Math.abs(box[0][m]), Math.abs(box[1][m]));
                norm += b * b;
            }
            return norm;
        }
        double[] origin = new double[rows.d];
        for (int i = 0; i < rows.n; i++) {
            norm = Math.max(norm, rows.distanceSquared(i, origin, 0));
        }
        return norm;
    }

    /**
     * The squared distance from point {@code i} to the centroid at {@code c[offset..offset+d)}, bit
     * for bit {@link Rows#distanceSquared} (differences squared and summed in column order from 0),
     * with the loop unrolled for one and two dimensions, where the bounded passes are at their best.
     */
    final double distance(int i, double[] c, int offset) {
        int row = i * d;
        if (x != null) {
            if (d == 2) {
                double a = x[row] - c[offset];
                double b = x[row + 1] - c[offset + 1];
                return a * a + b * b;
            }
            if (d == 1) {
                double a = x[row] - c[offset];
                return a * a;
            }
            double sum = 0;
            for (int m = 0; m < d; m++) {
                double diff = x[row + m] - c[offset + m];
                sum += diff * diff;
            }
            return sum;
        }
        double sum = 0;
        for (int m = 0; m < d; m++) {
            double diff = xf[row + m] - c[offset + m];
            sum += diff * diff;
        }
        return sum;
    }

    /**
     * Every centroid of this pass: its squared distance from point {@code i} into
     * {@code out[0..k)}, each bit for bit {@link #distance}.
     */
    final void distances(int i, double[] out) {
        if (prepared == null) {
            small(i, out, 0);
        } else {
            distances(new int[] {i}, 1, out);
        }
    }

    /**
     * For every {@code p < count}: every centroid's squared distance from point {@code points[p]}
     * into {@code out[p·k .. p·k + k)}, each bit for bit {@link #distance}: by
     * {@link CentroidDistances}, or spelt out for one and two dimensions, where a search is
     * cheapest and most frequent.
     */
    final void distances(int[] points, int count, double[] out) {
        if (prepared != null) {
            if (x != null) {
                search.distances(x, points, count, prepared, out);
            } else {
                search.distances(xf, points, count, prepared, out);
            }
            return;
        }
        for (int p = 0; p < count; p++) {
            small(points[p], out, p * k);
        }
    }

    /** {@link #distances} of point {@code i} for one or two dimensions in double, into {@code out[at..at+k)}. */
    private void small(int i, double[] out, int at) {
        double[] c = seen;   // this pass's centroids
        int row = i * d;
        double v0 = x[row];
        if (d == 2) {
            double v1 = x[row + 1];
            for (int j = 0, o = 0; j < k; j++, o += 2) {
                double a = v0 - c[o];
                double b = v1 - c[o + 1];
                out[at + j] = a * a + b * b;
            }
        } else {
            for (int j = 0; j < k; j++) {
                double a = v0 - c[j];
                out[at + j] = a * a;
            }
        }
    }

    @Override
    final void restart() {
        established = false;
        centroidNorm = 0;
    }

    @Override
    final long prepare(double[] centroids) {
        for (int j = 0; j < k; j++) {
            double s = 0;
            for (int m = 0; m < d; m++) {
                double v = centroids[j * d + m];
                s += v * v;
            }
            centroidNorm = Math.max(centroidNorm, Math.sqrt(s));
        }
        double scale = 2 * (pointNorm + centroidNorm);
        boolean usable = scale < HUGE;   // also false for NaN
        useBounds = established && usable && passesSinceReset < RESET_PERIOD;
        passesSinceReset = useBounds ? passesSinceReset + 1 : 0;
        for (int j = 0; j < k; j++) {
            shift[j] = useBounds ? Math.sqrt(Nearest.distanceSquared(seen, j * d, centroids, j * d, d)) : 0;
        }
        System.arraycopy(centroids, 0, seen, 0, k * d);
        prepared = d <= 2 && x != null ? null : search.centroids(centroids, k, d);
        lowerSlack = eps * scale + 2 * TINY;
        long between = 0;
        Arrays.fill(nearestHalfGap, Double.POSITIVE_INFINITY);
        double deflate = 1 - eps;
        for (int a = 0; a < k; a++) {
            if (halfGap != null) {
                halfGap[a * k + a] = Double.NEGATIVE_INFINITY;
            }
            for (int j = a + 1; j < k; j++) {
                double gap = 0.5 * Math.sqrt(Nearest.distanceSquared(centroids, a * d, centroids, j * d, d))
                        * deflate - 2 * TINY;
                if (halfGap != null) {
                    halfGap[a * k + j] = gap;
                    halfGap[j * k + a] = gap;
                }
                nearestHalfGap[a] = Math.min(nearestHalfGap[a], gap);
                nearestHalfGap[j] = Math.min(nearestHalfGap[j], gap);
            }
        }
        between += (long) k * (k - 1) / 2;
        prepared();
        established = true;   // this pass leaves bounds for the labels it gives
        return between;
    }

    @Override
    final boolean defersDistances() {
        return upper != null;
    }

    /**
     * Accounts the points {@code [from, to)} of a block in order, with the labels a slot decided
     * into {@code p.scratch} and, unless distances are deferred, the squared distances it put in
     * {@code p.scratchDistance}.
     */
    final void account(Partial p, int from, int to, int[] labels, double[] nearestDistance) {
        if (upper != null) {
            for (int i = from; i < to; i++) {
                p.add(this, i, p.scratch[i - from], labels);
            }
        } else {
            for (int i = from; i < to; i++) {
                p.add(this, i, p.scratch[i - from], p.scratchDistance[i - from], labels, nearestDistance);
            }
        }
    }

    @Override
    final double[] latestCentroids() {
        return seen;
    }

    /** Called at the end of {@link #prepare}, on the calling thread, once shifts and gaps are set. */
    void prepared() {
    }

    @Override
    final void invalidate(int j) {
        established = false;
    }
}
