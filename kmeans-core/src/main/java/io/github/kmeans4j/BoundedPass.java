package io.github.kmeans4j;

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
 *   <li>The upper bound is always fresh: the exact δ_a is computed for every point in every pass
 *       anyway (the inertia and the farthest-point repair need it), so u = √δ_a is within a
 *       factor 1 ± γ of D_a; the test inflates it by 1 + ε.</li>
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
    /** Above this scale squares may overflow; bounds are not used. */
    private static final double HUGE = 1e150;

    /** The relative margin ε. */
    final double eps;
    /** 1 + ε. */
    final double inflate;
    /** The largest norm of a data point. */
    private final double pointNorm;
    /** Each centroid as the previous pass saw it (k · d). */
    private final double[] seen;
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

    /** @param pairwise whether {@link #halfGap} is kept for every pair (Elkan), not only the nearest (Hamerly) */
    BoundedPass(Rows rows, double[] w, int k, Executor executor, int threads, boolean pairwise) {
        super(rows, w, k, executor, threads, 0);
        this.eps = 1e-10 + 4.0 * (d + RESET_PERIOD + 8) * Math.scalb(1.0, -53);
        this.inflate = 1 + eps;
        double norm = 0;
        double[] origin = new double[d];
        for (int i = 0; i < n; i++) {
            norm = Math.max(norm, rows.distanceSquared(i, origin, 0));
        }
        this.pointNorm = Math.sqrt(norm);
        this.seen = new double[k * d];
        this.shift = new double[k];
        this.halfGap = pairwise ? new double[k * k] : null;
        this.nearestHalfGap = new double[k];
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

    /** Called at the end of {@link #prepare}, on the calling thread, once shifts and gaps are set. */
    void prepared() {
    }

    @Override
    final void invalidate(int j) {
        established = false;
    }
}
