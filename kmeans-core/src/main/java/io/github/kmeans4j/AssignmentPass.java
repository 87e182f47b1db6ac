package io.github.kmeans4j;

import io.github.kmeans4j.internal.ParallelSlots;
import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;

/**
 * One assignment step fused with the sums the update step needs, spread over threads without
 * letting the thread count change a single bit of the result. The skeleton shared by every
 * assignment variant ({@link LloydPass}, {@link HamerlyPass}, {@link ElkanPass}): a variant only
 * decides the label of each point of a slot, and hands each point to {@link Partial#add}.
 *
 * <p>The points are cut into {@code slots} contiguous ranges, a number that depends only on n.
 * Each slot is processed by one thread, in point order, into its own partial sums; the partials
 * are then added in slot order on the calling thread. Which thread ran which slot, and when, is
 * therefore invisible in the result: 1, 2 or 64 threads give identical labels, sums and inertia.
 * Since every variant visits the points in the same order and accumulates them through the same
 * {@link Partial#add}, two variants that give the same labels give bit-identical sums and inertia.
 *
 * <p>A pass object lives for one fit and is reused by its restarts: {@link #restart()} tells it
 * that a new run begins (so bounds kept from the previous run's centroids are forgotten).
 */
abstract class AssignmentPass {
    /** A slot is never smaller than this many points, so small data stays on one thread. */
    static final int MIN_SLOT_POINTS = 2048;
    /** At most this many slots: enough to balance 16 or more threads, few enough partial buffers. */
    static final int MAX_SLOTS = 32;
    /** Slot and block boundaries are multiples of this, so lane-based kernels rarely see ragged edges. */
    static final int ALIGN = 64;

    final Rows rows;
    final double[] w;
    final int n;
    final int d;
    final int k;
    private final Executor executor;   // null: run every slot on the calling thread
    private final int threads;
    private final int slots;
    private final Partial[] partials;

    /** Per-slot accumulators. */
    static final class Partial {
        final double[] sums;
        final double[] weight;
        final int[] size;
        final int[] positive;
        /** Labels of a block of points, for variants that decide a block before accounting it. */
        final int[] scratch;
        /**
         * Indices of the points of a block still undecided, for variants that decide in rounds
         * (empty for variants that do not need distances).
         */
        final int[] pending;
        /** Squared distances of a block of points (empty for variants that do not need them). */
        final double[] scratchDistance;
        /** One point's squared distance to every centroid (empty for variants that do not need them). */
        final double[] toEach;
        double inertia;
        int moved;
        long computed;

        Partial(int k, int d, int scratchSize, boolean distances) {
            sums = new double[k * d];
            weight = new double[k];
            size = new int[k];
            positive = new int[k];
            scratch = new int[scratchSize];
            pending = new int[distances ? scratchSize : 0];
            scratchDistance = new double[distances ? scratchSize : 0];
            toEach = new double[distances ? k : 0];
        }

        void clear() {
            Arrays.fill(sums, 0);
            Arrays.fill(weight, 0);
            Arrays.fill(size, 0);
            Arrays.fill(positive, 0);
            inertia = 0;
            moved = 0;
            computed = 0;
        }

        /**
         * Accounts point {@code i}, labelled {@code label} at squared distance {@code dist}: the
         * one place where a point enters the sums, so every variant accumulates identically.
         */
        void add(AssignmentPass pass, int i, int label, double dist, int[] labels, double[] nearestDistance) {
            nearestDistance[i] = dist;
            inertia += (pass.w == null ? 1.0 : pass.w[i]) * dist;
            add(pass, i, label, labels);
        }

        /**
         * Accounts point {@code i} with its label only: its sums, weight, size and move, exactly
         * as {@link #add(AssignmentPass, int, int, double, int[], double[])} does, but neither its
         * distance nor the inertia (for a pass that {@linkplain #defersDistances() defers them}).
         */
        void add(AssignmentPass pass, int i, int label, int[] labels) {
            if (labels[i] != label) {
                labels[i] = label;
                moved++;
            }
            size[label]++;
            double weight = pass.w == null ? 1.0 : pass.w[i];
            if (weight != 0) {
                this.weight[label] += weight;
                positive[label]++;
                pass.rows.addWeighted(i, weight, sums, label * pass.d);
            }
        }
    }

    /**
     * @param scratchSize the length of each slot's {@link Partial#scratch}
     * @param distances whether each slot also gets a {@link Partial#scratchDistance} of that length
     *     and a {@link Partial#toEach} of length k
     */
    AssignmentPass(Rows rows, double[] w, int k, Executor executor, int threads, int scratchSize, boolean distances) {
        this.rows = rows;
        this.w = w;
        this.n = rows.n;
        this.d = rows.d;
        this.k = k;
        this.slots = slotsFor(n);
        this.threads = Math.min(threads, slots);
        this.executor = this.threads > 1 ? executor : null;
        this.partials = new Partial[slots];
        for (int s = 0; s < slots; s++) {
            partials[s] = new Partial(k, d, scratchSize, distances);
        }
    }

    /** The rows this pass reads. */
    Rows rows() {
        return rows;
    }

    /** The variant this pass runs (never {@link Algorithm#AUTO}). */
    abstract Algorithm algorithm();

    /** A new run begins: forget everything learnt from earlier centroids. */
    void restart() {
    }

    /**
     * Cluster {@code j}'s centroid was moved by a repair rather than a normal update: forget the
     * bounds that involve it (they stay valid in exact arithmetic, but a relocation is rare and a
     * fresh start costs little).
     */
    void invalidate(int j) {
    }

    /**
     * Whether {@link #run} leaves the distances out: then it writes no {@code nearestDistance}, its
     * totals' inertia is NaN, and {@link #settle} computes both when the run needs them. Only a
     * fit nobody watches defers (no listener sees the inertia of a pass, no stopping rule reads
     * it), and only a variant that can then skip the distance to a point's own centroid.
     */
    boolean defersDistances() {
        return false;
    }

    /**
     * For a pass that {@linkplain #defersDistances() defers its distances}: the squared distance of
     * every point to its centroid in the latest pass, into {@code nearestDistance}, and the inertia
     * of that pass, returned: bit for bit what {@link #run} would have given, because each distance
     * is computed as the exact search computes it and the inertia is summed per slot in point
     * order, then over slots in slot order, as {@link #run} sums it.
     *
     * @throws UnsupportedOperationException if this pass does not defer
     */
    final double settle(int[] labels, double[] nearestDistance) {
        double total = 0;
        for (int s = 0; s < slots; s++) {
            double part = 0;
            for (int i = boundary(s), end = boundary(s + 1); i < end; i++) {
                double dist = distanceInLatestPass(i, labels[i]);
                nearestDistance[i] = dist;
                part += (w == null ? 1.0 : w[i]) * dist;
            }
            total = s == 0 ? part : total + part;
        }
        return total;
    }

    /**
     * The squared distance from point {@code i} to centroid {@code label} of the latest pass, bit
     * for bit as that pass's exact search computes it; for {@link #settle}.
     *
     * @throws UnsupportedOperationException if this pass does not defer
     */
    double distanceInLatestPass(int i, int label) {
        throw new UnsupportedOperationException(algorithm() + " does not defer distances");
    }

    /**
     * Called once per pass on the calling thread, before any slot: the centroids of this pass
     * (not modified, and not modified by the caller until the pass ends). Returns the number of
     * centroid-to-centroid distances computed.
     */
    abstract long prepare(double[] centroids);

    /**
     * Labels the points {@code [start, end)} into {@code p} (cleared), calling {@link Partial#add}
     * for each point in order (best in blocks: decide the labels of a block first, then account
     * them, so that the sums' stores do not wait on each label's decision) and counting the point-to-centroid distances it computes in
     * {@code p.computed}. Runs on any thread; slots touch disjoint points.
     */
    abstract void slot(Partial p, int start, int end, double[] centroids, int[] labels, double[] nearestDistance);

    static int slotsFor(int n) {
        return Math.max(1, Math.min(MAX_SLOTS, n / MIN_SLOT_POINTS));
    }

    /**
     * Labels every point with its nearest centroid, writes its exact squared distance, and fills
     * {@code totals}: per-cluster weighted coordinate sums, weights, sizes, rows of positive
     * weight, the inertia, the number of changed labels and the distances computed.
     */
    final void run(double[] centroids, int[] labels, double[] nearestDistance, ClusterTotals totals) {
        long between = prepare(centroids);
        if (executor == null) {
            for (int s = 0; s < slots; s++) {
                slot(s, centroids, labels, nearestDistance);
            }
        } else {
            runInParallel(centroids, labels, nearestDistance);
        }
        merge(totals);
        if (defersDistances()) {
            totals.inertia = Double.NaN;
        }
        totals.betweenCentroids = between;
    }

    private void slot(int s, double[] centroids, int[] labels, double[] nearestDistance) {
        Partial p = partials[s];
        p.clear();
        slot(p, boundary(s), boundary(s + 1), centroids, labels, nearestDistance);
    }

    /**
     * The slots on the calling thread and up to {@code threads − 1} helper tasks of the executor.
     * The fit never waits for a helper that has not started (see {@link ParallelSlots}), so an
     * executor that runs the tasks late, never, or on the very threads fits run on cannot stall it.
     */
    private void runInParallel(double[] centroids, int[] labels, double[] nearestDistance) {
        IntConsumer worker = s -> slot(s, centroids, labels, nearestDistance);
        ParallelSlots.run(slots, threads - 1, executor, () -> worker);
    }

    /** The first point of slot {@code s}: a multiple of {@link #ALIGN}, or n for the end. */
    final int boundary(int s) {
        if (s >= slots) {
            return n;
        }
        return (int) ((long) n * s / slots / ALIGN * ALIGN);
    }

    private void merge(ClusterTotals t) {
        Partial first = partials[0];
        System.arraycopy(first.sums, 0, t.sums, 0, k * d);
        System.arraycopy(first.weight, 0, t.weight, 0, k);
        for (int j = 0; j < k; j++) {
            t.size[j] = first.size[j];
            t.positive[j] = first.positive[j];
        }
        t.inertia = first.inertia;
        t.moved = first.moved;
        t.computed = first.computed;
        for (int s = 1; s < slots; s++) {
            Partial p = partials[s];
            for (int i = 0; i < k * d; i++) {
                t.sums[i] += p.sums[i];
            }
            for (int j = 0; j < k; j++) {
                t.weight[j] += p.weight[j];
                t.size[j] += p.size[j];
                t.positive[j] += p.positive[j];
            }
            t.inertia += p.inertia;
            t.moved += p.moved;
            t.computed += p.computed;
        }
    }
}
