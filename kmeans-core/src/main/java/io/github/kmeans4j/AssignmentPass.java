package io.github.kmeans4j;

import io.github.kmeans4j.internal.DistanceKernel;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One assignment step fused with the sums the update step needs, spread over threads without
 * letting the thread count change a single bit of the result.
 *
 * <p>The points are cut into {@code slots} contiguous ranges, a number that depends only on n.
 * Each slot is processed by one thread, in point order, into its own partial sums; the partials
 * are then added in slot order on the calling thread. Which thread ran which slot, and when, is
 * therefore invisible in the result: 1, 2 or 64 threads give identical labels, sums and inertia.
 */
final class AssignmentPass {
    /** A slot is never smaller than this many points, so small data stays on one thread. */
    static final int MIN_SLOT_POINTS = 2048;
    /** At most this many slots: enough to balance 16 or more threads, few enough partial buffers. */
    static final int MAX_SLOTS = 32;
    /** Points per kernel call: the block's rows stay in cache for the exact-distance and sum loop. */
    private static final int BLOCK_VALUES = 1 << 15;
    /** Slot and block boundaries are multiples of this, so lane-based kernels rarely see ragged edges. */
    static final int ALIGN = 64;

    private final Rows rows;
    private final double[] w;
    private final int n;
    private final int d;
    private final int k;
    private final DistanceKernel kernel;
    private final DistanceKernel.Points points;
    private final Executor executor;   // null: run every slot on the calling thread
    private final int threads;
    private final int slots;
    private final int block;
    private final Partial[] partials;

    /** Per-slot accumulators. */
    private static final class Partial {
        final double[] sums;
        final double[] weight;
        final int[] size;
        final int[] positive;
        final int[] scratch;
        double inertia;
        int moved;

        Partial(int k, int d, int block) {
            sums = new double[k * d];
            weight = new double[k];
            size = new int[k];
            positive = new int[k];
            scratch = new int[block];
        }
    }

    AssignmentPass(Rows rows, double[] w, int k, DistanceKernel kernel, Executor executor, int threads) {
        this.rows = rows;
        this.w = w;
        this.n = rows.n;
        this.d = rows.d;
        this.k = k;
        this.kernel = kernel;
        this.points = rows.layout(kernel);
        this.slots = slotsFor(n);
        this.threads = Math.min(threads, slots);
        this.executor = this.threads > 1 ? executor : null;
        this.block = Math.max(ALIGN, BLOCK_VALUES / d / ALIGN * ALIGN);
        this.partials = new Partial[slots];
        for (int s = 0; s < slots; s++) {
            partials[s] = new Partial(k, d, block);
        }
    }

    /** The rows this pass reads. */
    Rows rows() {
        return rows;
    }

    static int slotsFor(int n) {
        return Math.max(1, Math.min(MAX_SLOTS, n / MIN_SLOT_POINTS));
    }

    /** The sums of one pass, merged over slots. Buffers owned by the caller (the run). */
    static final class Totals {
        final double[] sums;
        final double[] weight;
        final int[] size;
        final int[] positive;
        double inertia;
        int moved;

        Totals(int k, int d) {
            sums = new double[k * d];
            weight = new double[k];
            size = new int[k];
            positive = new int[k];
        }
    }

    /**
     * Labels every point with its nearest centroid, writes its exact squared distance, and fills
     * {@code totals}: per-cluster weighted coordinate sums, weights, sizes, rows of positive
     * weight, the inertia and the number of changed labels.
     */
    void run(double[] centroids, int[] labels, double[] nearestDistance, Totals totals) {
        DistanceKernel.Centroids prepared = kernel.centroids(points, centroids, k);
        if (executor == null) {
            for (int s = 0; s < slots; s++) {
                slot(s, prepared, centroids, labels, nearestDistance);
            }
        } else {
            runInParallel(prepared, centroids, labels, nearestDistance);
        }
        merge(totals);
    }

    private void runInParallel(DistanceKernel.Centroids prepared, double[] centroids, int[] labels,
                               double[] nearestDistance) {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch helpersDone = new CountDownLatch(threads - 1);
        Runnable worker = () -> {
            int s;
            while (failure.get() == null && (s = next.getAndIncrement()) < slots) {
                try {
                    slot(s, prepared, centroids, labels, nearestDistance);
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                }
            }
        };
        for (int t = 1; t < threads; t++) {
            executor.execute(() -> {
                try {
                    worker.run();
                } finally {
                    helpersDone.countDown();
                }
            });
        }
        worker.run();   // the calling thread works too
        boolean interrupted = false;
        while (true) {
            try {
                helpersDone.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;   // finish the pass; the run sees the interrupt and stops
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException("assignment failed", t);
        }
    }

    private void slot(int s, DistanceKernel.Centroids prepared, double[] centroids, int[] labels,
                      double[] nearestDistance) {
        Partial p = partials[s];
        Arrays.fill(p.sums, 0);
        Arrays.fill(p.weight, 0);
        Arrays.fill(p.size, 0);
        Arrays.fill(p.positive, 0);
        double inertia = 0;
        int moved = 0;
        int start = boundary(s);
        int end = boundary(s + 1);
        for (int from = start; from < end; from += block) {
            int to = Math.min(end, from + block);
            kernel.nearest(points, prepared, from, to, p.scratch);
            for (int i = from; i < to; i++) {
                int label = p.scratch[i - from];
                if (labels[i] != label) {
                    labels[i] = label;
                    moved++;
                }
                int c = label * d;
                double dist = rows.distanceSquared(i, centroids, c);
                nearestDistance[i] = dist;
                p.size[label]++;
                double weight = w == null ? 1.0 : w[i];
                inertia += weight * dist;
                if (weight != 0) {
                    p.weight[label] += weight;
                    p.positive[label]++;
                    rows.addWeighted(i, weight, p.sums, c);
                }
            }
        }
        p.inertia = inertia;
        p.moved = moved;
    }

    /** The first point of slot {@code s}: a multiple of {@link #ALIGN}, or n for the end. */
    private int boundary(int s) {
        if (s >= slots) {
            return n;
        }
        return (int) ((long) n * s / slots / ALIGN * ALIGN);
    }

    private void merge(Totals t) {
        Partial first = partials[0];
        System.arraycopy(first.sums, 0, t.sums, 0, k * d);
        System.arraycopy(first.weight, 0, t.weight, 0, k);
        System.arraycopy(first.size, 0, t.size, 0, k);
        System.arraycopy(first.positive, 0, t.positive, 0, k);
        t.inertia = first.inertia;
        t.moved = first.moved;
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
        }
    }
}
