package io.github.kmeans4j;

import io.github.kmeans4j.internal.DistanceKernel;
import io.github.kmeans4j.internal.ParallelSlots;
import java.util.Arrays;
import java.util.concurrent.Executor;

/**
 * One assignment step fused with the sums the update step needs, spread over threads without
 * letting the thread count change a single bit of the result. The skeleton shared by every
 * assignment variant ({@link LloydPass}, {@link HamerlyPass}, {@link ElkanPass}, ...): a variant
 * only decides the label of each point of a slot, and hands each point to {@link Partial#add}.
 *
 * <p>The points are cut into {@code slots} contiguous ranges, a number that depends only on n, k
 * and d ({@link #slotsFor}). Each slot is processed by one thread into its own partial sums, taken in
 * point order; the partials are then added in slot order on the calling thread. Which thread ran
 * which slot, and when, is therefore invisible in the result: 1, 2 or 64 threads give identical
 * labels, sums and inertia. Since every variant accumulates the points through the same
 * {@link Partial}, two variants that give the same labels give bit-identical sums and inertia.
 *
 * <p>A slot's sums are a function of its rows, weights and labels alone, so a slot whose labels
 * are those its sums were last taken with keeps them without reading its rows again
 * ({@link Partial#add}). Late in a fit, when few points change cluster, most slots do: a variant
 * that proves most labels without a distance (Hamerly, Elkan, Yinyang) then leaves most rows
 * unread. That is why slots are small (a few hundred points) and many; their partial sums cost
 * at most n·d/32 values of memory.
 *
 * <p>A pass object lives for one fit and is reused by its restarts: {@link #restart()} tells it
 * that a new run begins (so bounds kept from the previous run's centroids are forgotten).
 */
abstract class AssignmentPass {
    /** A thread is given at least this many points, so small data stays on one thread. */
    static final int MIN_THREAD_POINTS = 2048;
    /** A slot has at least this many points (and at least 32·k or 8·k, so partial sums stay small). */
    static final int MIN_SLOT_POINTS = 128;
    /**
     * From this many dimensions a slot needs only 8·k points instead of 32·k. On wide rows a
     * bounded variant's pass is mostly the re-reading of slots whose labels changed, so smaller
     * slots pay: Elkan on 60 000 × 784 × 10 took 298–327 ms a fit with 128-point slots against
     * 323–386 with 320. On narrow rows the partial sums' traffic shows instead: 8·k made Lloyd on
     * 1 000 000 × 16 × 64 take 588–611 ms a fit against 539–576 (float, two threads: 235–259
     * against 201–228); on 200 000 × 64 × 256 it changed nothing beyond the noise.
     */
    static final int WIDE_D = 256;
    /**
     * A slot holds at least this many values (points · d): 390 slots of 256 two-dimensional points
     * made Lloyd on 100 000 × 2 × 8 take 1.21 ms a pass instead of 0.90 with 32 slots.
     */
    static final int MIN_SLOT_VALUES = 8192;
    /** Slot and block boundaries are multiples of this, so lane-based kernels rarely see ragged edges. */
    static final int ALIGN = 64;
    /** Points whose distances to every centroid a full search computes together. */
    static final int SEARCH_ROWS = 4;
    /** Points whose distances {@link #settle} computes together. */
    private static final int SETTLE_BLOCK = 256;

    final Rows rows;
    final double[] w;
    final int n;
    final int d;
    final int k;
    private final Executor executor;   // null: run every slot on the calling thread
    private final int threads;
    private final int slots;
    private final Partial[] partials;
    private final int scratchSize;
    private final boolean distances;

    /**
     * One slot's totals: its sums, weights, sizes and rows of positive weight, kept from pass to
     * pass with the labels they were taken with, and the counters of the latest pass.
     */
    static final class Partial {
        final double[] sums;
        final double[] weight;
        final int[] size;
        final int[] positive;
        /** The labels of the slot's points when its sums were taken. */
        private final int[] summed;
        /** Whether {@link #sums} and the rest hold the totals of {@link #summed}. */
        private boolean current;
        /** The slot's first point. */
        private int first;
        /** Whether this pass takes the sums again (a label differed from {@link #summed}). */
        private boolean summing;
        /**
         * Where the sums are taken again: the working thread's zeroed buffer, which stays in
         * cache, copied into {@link #sums} (and zeroed again) when the slot ends.
         */
        private double[] accumulator;
        double inertia;
        int moved;
        long computed;
        /** The working thread's buffers while it runs this slot (see {@link Scratch}). */
        int[] scratch;
        int[] pending;
        double[] scratchDistance;
        double[] toEach;

        Partial(int k, int d, int points) {
            sums = new double[k * d];
            weight = new double[k];
            size = new int[k];
            positive = new int[k];
            summed = new int[points];
        }

        /**
         * Starts a pass on this slot, whose first point is {@code start}, with a thread's buffers;
         * {@code keep}: whether the sums are kept while the labels stay (else they are taken again,
         * straight into {@link #sums}, as every point is accounted).
         */
        void begin(Scratch buffers, int start, boolean keep) {
            inertia = 0;
            moved = 0;
            computed = 0;
            first = start;
            if (keep) {
                summing = false;
                accumulator = buffers.sums;
            } else {
                discard();
                summing = true;
                accumulator = sums;
            }
            scratch = buffers.labels;
            pending = buffers.pending;
            scratchDistance = buffers.distance;
            toEach = buffers.toEach;
        }

        /**
         * Accounts point {@code i}, labelled {@code label} at squared distance {@code dist}: its
         * distance, its share of the inertia, and what {@link #add(AssignmentPass, int, int, int[])}
         * does.
         */
        void add(AssignmentPass pass, int i, int label, double dist, int[] labels, double[] nearestDistance) {
            nearestDistance[i] = dist;
            inertia += (pass.w == null ? 1.0 : pass.w[i]) * dist;
            add(pass, i, label, labels);
        }

        /**
         * Accounts point {@code i} with its label only: the label, the move if it changed, and
         * its row in the sums (for a pass that {@linkplain #defersDistances() defers distances},
         * which accounts the distances later). Points are accounted in order, every point of the
         * slot once. While every label so far is the one the kept sums were taken with, no row is
         * read; at the first that is not, the sums are taken again from the slot's first point.
         */
        void add(AssignmentPass pass, int i, int label, int[] labels) {
            if (labels[i] != label) {
                labels[i] = label;
                moved++;
            }
            if (summing) {
                accumulate(pass, i, label);
            } else if (!current || summed[i - first] != label) {
                sumAgain(pass, i, labels);
            }
        }

        /** The sums taken again, from the slot's first point to {@code i} (labelled already). */
        private void sumAgain(AssignmentPass pass, int i, int[] labels) {
            Arrays.fill(weight, 0);
            Arrays.fill(size, 0);
            Arrays.fill(positive, 0);
            summing = true;
            for (int q = first; q <= i; q++) {
                accumulate(pass, q, labels[q]);
            }
        }

        /** Point {@code i}'s row, weight, size and positive row into cluster {@code label}'s totals. */
        private void accumulate(AssignmentPass pass, int i, int label) {
            size[label]++;
            double weight = pass.w == null ? 1.0 : pass.w[i];
            if (weight != 0) {
                this.weight[label] += weight;
                positive[label]++;
                pass.rows.addWeighted(i, weight, accumulator, label * pass.d);
            }
        }

        /**
         * Ends the pass on the slot {@code [first, end)}: when its sums were taken again, they are
         * kept with the labels they were taken with.
         */
        void finish(int end, int[] labels) {
            if (summing && accumulator != sums) {
                System.arraycopy(accumulator, 0, sums, 0, sums.length);
                Arrays.fill(accumulator, 0);
                System.arraycopy(labels, first, summed, 0, end - first);
                current = true;
            }
        }

        /** Zeroes the totals and forgets the labels they were taken with. */
        void discard() {
            Arrays.fill(sums, 0);
            Arrays.fill(weight, 0);
            Arrays.fill(size, 0);
            Arrays.fill(positive, 0);
            current = false;
        }
    }

    /** A working thread's buffers, lent to each slot it runs. */
    static final class Scratch {
        /** Labels of a block of points, for variants that decide a block before accounting it. */
        final int[] labels;
        /**
         * Indices of the points of a block still undecided, for variants that decide in rounds
         * (empty for variants that do not need distances).
         */
        final int[] pending;
        /** Squared distances of a block of points (empty for variants that do not need them). */
        final double[] distance;
        /**
         * Up to {@link #SEARCH_ROWS} points' squared distances to every centroid, k per point
         * (empty for variants that do not need them).
         */
        final double[] toEach;

        /** Zero between slots: where a slot's sums are taken again (k · d values). */
        final double[] sums;

        Scratch(int k, int d, int size, boolean distances) {
            sums = new double[k * d];
            labels = new int[size];
            pending = new int[distances ? size : 0];
            distance = new double[distances ? size : 0];
            toEach = new double[distances ? SEARCH_ROWS * k : 0];
        }
    }

    /**
     * @param scratchSize the length of each thread's {@link Scratch#labels}
     * @param distances whether each thread also gets {@link Scratch#pending} and
     *     {@link Scratch#distance} of that length and a {@link Scratch#toEach} of length
     *     {@link #SEARCH_ROWS}·k
     */
    AssignmentPass(Rows rows, double[] w, int k, Executor executor, int threads, int scratchSize, boolean distances) {
        this.rows = rows;
        this.w = w;
        this.n = rows.n;
        this.d = rows.d;
        this.k = k;
        this.slots = slotsFor(n, k, d);
        this.threads = threadsFor(n, threads);
        this.executor = this.threads > 1 ? executor : null;
        this.scratchSize = scratchSize;
        this.distances = distances;
        this.partials = new Partial[slots];
        for (int s = 0; s < slots; s++) {
            partials[s] = new Partial(k, d, boundary(s + 1) - boundary(s));
        }
    }

    /**
     * Runs the pieces of a copy of the data on this pass's threads (the calling thread alone for
     * a pass on one thread): a kernel's copy for a fit is otherwise the one part of it that waits
     * for a single core.
     */
    DistanceKernel.Pieces pieces() {
        if (executor == null) {
            return DistanceKernel.Pieces.SEQUENTIAL;
        }
        return (count, piece) -> ParallelSlots.run(count, threads - 1, executor, () -> piece);
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
     * is {@link Rows#distanceSquared} (as the exact search computes it; taken several points at a
     * time by {@link Rows#distancesSquared}, to the same bits) and the inertia is summed per slot in
     * point order, then over slots in slot order, as {@link #run} sums it.
     *
     * @throws UnsupportedOperationException if this pass does not defer
     */
    final double settle(int[] labels, double[] nearestDistance) {
        double[] centroids = latestCentroids();
        int[] label = new int[SETTLE_BLOCK];
        double[] distance = new double[SETTLE_BLOCK];
        double total = 0;
        for (int s = 0; s < slots; s++) {
            double part = 0;
            for (int from = boundary(s), end = boundary(s + 1); from < end; from += SETTLE_BLOCK) {
                int to = Math.min(end, from + SETTLE_BLOCK);
                System.arraycopy(labels, from, label, 0, to - from);
                rows.distancesSquared(from, to, label, centroids, distance);
                for (int i = from; i < to; i++) {
                    double dist = distance[i - from];
                    nearestDistance[i] = dist;
                    part += (w == null ? 1.0 : w[i]) * dist;
                }
            }
            total = s == 0 ? part : total + part;
        }
        return total;
    }

    /**
     * The centroids of the latest pass (k rows of d values), as its exact search saw them; for
     * {@link #settle}.
     *
     * @throws UnsupportedOperationException if this pass does not defer
     */
    double[] latestCentroids() {
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

    /**
     * The slots of n points for k centroids: one below 2·{@link #MIN_THREAD_POINTS} points (data
     * that stays on one thread is summed in plain point order), else as many as keep each at
     * least {@link #MIN_SLOT_POINTS} points and 32·k points (8·k from {@link #WIDE_D} dimensions
     * on), so all partial sums together hold at most n·d/32 values (n·d/8 on wide rows), and
     * writing a changed slot's sums and adding them up cost at most a sixteenth (a quarter) of
     * reading its rows; and at least {@link #MIN_SLOT_VALUES} values, so that on
     * narrow rows what every slot costs (its call, its bookkeeping) stays small beside its work.
     */
    static int slotsFor(int n, int k, int d) {
        if (n < 2 * MIN_THREAD_POINTS) {
            return 1;
        }
        int perCluster = d >= WIDE_D ? 8 : 32;
        int points = Math.max(MIN_SLOT_POINTS, Math.max(perCluster * k, MIN_SLOT_VALUES / Math.max(1, d)));
        return Math.max(1, n / points);
    }

    /** The threads a pass over n points uses out of {@code threads}: one per {@link #MIN_THREAD_POINTS}. */
    static int threadsFor(int n, int threads) {
        return Math.max(1, Math.min(threads, n / MIN_THREAD_POINTS));
    }

    /**
     * Whether a slot keeps its sums while its labels stay: true for a variant that can then leave
     * the slot's rows unread; false for one that reads every row anyway (Lloyd), which then sums
     * straight away, without the check and the copy. Either way the sums are the same.
     */
    boolean keepsSums() {
        return true;
    }

    /**
     * Whether the sums are taken point by point as {@link Partial#add} accounts them; false for
     * a pass that writes each slot's totals itself.
     */
    boolean sumsByPoint() {
        return true;
    }

    /**
     * Labels every point with its nearest centroid, writes its exact squared distance, and fills
     * {@code totals}: per-cluster weighted coordinate sums, weights, sizes, rows of positive
     * weight, the inertia, the number of changed labels and the distances computed.
     */
    final void run(double[] centroids, int[] labels, double[] nearestDistance, ClusterTotals totals) {
        long between = prepare(centroids);
        if (executor == null) {
            Scratch buffers = new Scratch(k, d, scratchSize, distances);
            for (int s = 0; s < slots; s++) {
                slot(s, buffers, centroids, labels, nearestDistance);
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

    private void slot(int s, Scratch buffers, double[] centroids, int[] labels, double[] nearestDistance) {
        Partial p = partials[s];
        int start = boundary(s);
        int end = boundary(s + 1);
        boolean byPoint = sumsByPoint();
        p.begin(buffers, start, byPoint && keepsSums());   // not kept: zeroed
        slot(p, start, end, centroids, labels, nearestDistance);
        if (byPoint) {
            p.finish(end, labels);
        }
    }

    /**
     * The slots on the calling thread and up to {@code threads − 1} helper tasks of the executor.
     * The fit never waits for a helper that has not started (see {@link ParallelSlots}), so an
     * executor that runs the tasks late, never, or on the very threads fits run on cannot stall it.
     */
    private void runInParallel(double[] centroids, int[] labels, double[] nearestDistance) {
        ParallelSlots.run(slots, threads - 1, executor, () -> {
            Scratch buffers = new Scratch(k, d, scratchSize, distances);
            return s -> slot(s, buffers, centroids, labels, nearestDistance);
        });
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
