package io.github.kmeans4j.internal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Runs numbered slots of work on the calling thread and on helper tasks handed to an executor,
 * without ever depending on those tasks being run.
 *
 * <p>Every thread, the caller included, claims the next unclaimed slot until none is left. The
 * caller therefore ends up doing every slot no helper has claimed, and then waits only for the
 * slots a helper has claimed and is still working on: work that is already running on a live
 * thread and ends by itself. A helper task that starts after every slot has been claimed (late,
 * perhaps long after {@link #run} has returned) finds nothing to claim and returns at once. So
 * {@link #run} completes whatever the executor does with its tasks: runs them at once, late or
 * never, runs them on the pool the caller itself occupies, or refuses them.
 *
 * <p>Which thread runs a slot is left to chance, so the work of a slot must not depend on it:
 * callers keep one output per slot and combine them in slot order afterwards.
 */
public final class ParallelSlots {
    private final int slots;
    private final Supplier<? extends IntConsumer> workers;
    /** The next slot to claim; values of {@code slots} and beyond mean every slot is taken. */
    private final AtomicInteger next = new AtomicInteger();
    /** Counts down once per slot: when it has run (or failed), or when it is abandoned unclaimed. */
    private final CountDownLatch settled;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    private ParallelSlots(int slots, Supplier<? extends IntConsumer> workers) {
        this.slots = slots;
        this.workers = workers;
        this.settled = new CountDownLatch(slots);
    }

    /**
     * Runs slots {@code 0..slots−1}, each exactly once, and returns when all are done. Up to
     * {@code helpers} tasks are handed to {@code executor}; the calling thread works too, and
     * alone if the executor runs none of them. Each thread that claims a slot asks
     * {@code workers} once for its own worker (so a worker may keep scratch buffers) and feeds it
     * the slot numbers it claims.
     *
     * <p>When {@code executor.execute} throws {@link RejectedExecutionException}, no more tasks
     * are offered and the calling thread does their share. When a worker or the executor throws
     * anything else, no further slot is started; once the slots already started have ended, the
     * first such throwable is rethrown. Either way no slot is running when this method returns or
     * throws. An interrupt does not stop the work (the caller's results need every slot); the
     * interrupt status is left set.
     *
     * @param slots the number of slots, at least 0
     * @param helpers the number of tasks to offer the executor at most; fewer are offered when
     *     there are fewer slots than {@code helpers + 1}
     * @param executor runs the helper tasks; not used when {@code helpers} is 0
     * @param workers gives each working thread its worker; called on that thread
     * @throws RuntimeException the first one a worker or {@code executor.execute} threw, other
     *     than a rejection
     * @throws Error the first one a worker or {@code executor.execute} threw
     * @throws IllegalStateException wrapping a checked exception a worker threw
     */
    public static void run(int slots, int helpers, Executor executor, Supplier<? extends IntConsumer> workers) {
        ParallelSlots work = new ParallelSlots(slots, workers);
        // A volatile write after the caller has prepared the slots' inputs: a helper's first claim
        // reads it, so whatever executor carries the task, the helper sees those inputs.
        work.next.set(0);
        int offered = Math.min(helpers, slots - 1);
        for (int t = 0; t < offered && work.failure.get() == null; t++) {
            try {
                executor.execute(work::claimAndRun);
            } catch (RejectedExecutionException e) {
                break;   // the calling thread takes the share of the refused helpers
            } catch (RuntimeException | Error e) {
                work.failure.compareAndSet(null, e);
            }
        }
        work.claimAndRun();
        work.finish();
    }

    /** The loop every thread runs: claim a slot, run it, until none is left or one failed. */
    private void claimAndRun() {
        IntConsumer worker = null;
        while (failure.get() == null) {
            int s = next.getAndIncrement();
            if (s >= slots) {
                return;
            }
            try {
                if (worker == null) {
                    worker = workers.get();
                }
                worker.accept(s);
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            } finally {
                settled.countDown();
            }
        }
    }

    /** On the calling thread: waits for the slots helpers still run, then reports a failure. */
    private void finish() {
        // After a failure some slots were never claimed. Claiming them all here means no helper
        // can start one later; they will never count down by themselves.
        int firstUnclaimed = Math.min(next.getAndSet(slots), slots);
        for (int s = firstUnclaimed; s < slots; s++) {
            settled.countDown();
        }
        boolean interrupted = false;
        while (true) {
            try {
                // Only slots a helper has claimed remain: each is running on a live thread.
                settled.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
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
            throw new IllegalStateException("a parallel slot failed", t);
        }
    }
}
