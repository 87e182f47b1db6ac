package io.github.kmeans4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link ParallelSlots}: every slot runs exactly once, no slot is running when {@code run} returns
 * or throws, and nothing depends on a helper task being run.
 */
class ParallelSlotsTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);

    /** Threads the tests start, joined after each test. */
    private final List<Thread> threads = new ArrayList<>();

    @AfterEach
    void joinThreads() throws InterruptedException {
        for (Thread t : threads) {
            t.join(10_000);
            assertThat(t.isAlive()).as("test thread %s ended", t.getName()).isFalse();
        }
    }

    private synchronized Thread start(Runnable task) {
        Thread t = new Thread(task, "slots-test-" + threads.size());
        t.setDaemon(true);
        threads.add(t);
        t.start();
        return t;
    }

    /** Counts, per slot, how often it ran, how many slots run now, and how many workers were made. */
    private static final class Tally implements Supplier<IntConsumer> {
        final AtomicIntegerArray runs;
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger workers = new AtomicInteger();
        final IntConsumer body;

        Tally(int slots, IntConsumer body) {
            runs = new AtomicIntegerArray(slots);
            this.body = body;
        }

        @Override
        public IntConsumer get() {
            workers.incrementAndGet();
            return s -> {
                running.incrementAndGet();
                try {
                    body.accept(s);
                    runs.incrementAndGet(s);
                } finally {
                    running.decrementAndGet();
                }
            };
        }

        void assertEachRanOnce() {
            for (int s = 0; s < runs.length(); s++) {
                assertThat(runs.get(s)).as("runs of slot %d", s).isEqualTo(1);
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(LIMIT.toSeconds(), TimeUnit.SECONDS)).as("latch opened in time").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void run_executorNeverRunsTasks_callerRunsEverySlotOnce() {
        Tally tally = new Tally(10, s -> { });
        List<Runnable> kept = new ArrayList<>();

        assertTimeoutPreemptively(LIMIT, () -> ParallelSlots.run(10, 3, kept::add, tally));

        tally.assertEachRanOnce();
        assertThat(kept).as("tasks offered").hasSize(3);
        assertThat(tally.workers.get()).as("only the caller made a worker").isEqualTo(1);
    }

    @Test
    void run_helperStartsAfterRunReturned_claimsNothing() {
        Tally tally = new Tally(10, s -> { });
        List<Runnable> kept = new ArrayList<>();
        ParallelSlots.run(10, 3, kept::add, tally);

        kept.forEach(Runnable::run);

        tally.assertEachRanOnce();
        assertThat(tally.workers.get()).as("late helpers made no worker").isEqualTo(1);
    }

    @Test
    void run_executorRejectsAfterTheFirstTask_everySlotOnceAndNoneRunningOnReturn() {
        // The accepted helper holds its first slot until the caller has done every other one, so
        // the caller must wait for it.
        CountDownLatch helperClaimed = new CountDownLatch(1);
        CountDownLatch othersDone = new CountDownLatch(7);
        Thread caller = Thread.currentThread();
        Tally tally = new Tally(8, s -> {
            if (Thread.currentThread() == caller) {
                othersDone.countDown();
            } else {
                helperClaimed.countDown();
                await(othersDone);
            }
        });
        AtomicInteger offered = new AtomicInteger();
        Executor rejecting = task -> {
            if (offered.incrementAndGet() > 1) {
                throw new RejectedExecutionException("one task only");
            }
            start(task);
            await(helperClaimed);
        };

        ParallelSlots.run(8, 4, rejecting, tally);

        assertThat(tally.running.get()).as("slots running after run returned").isZero();
        tally.assertEachRanOnce();
        assertThat(offered.get()).as("tasks offered: one accepted, one rejected").isEqualTo(2);
    }

    @Test
    void run_callerInterruptedWhileAHelperRunsASlot_waitsForItAndKeepsTheInterrupt() {
        CountDownLatch helperClaimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Tally tally = new Tally(6, s -> {
            if (s == 0) {
                helperClaimed.countDown();
                await(release);
            }
        });
        Executor oneThread = task -> {
            start(task);
            await(helperClaimed);   // the helper now holds slot 0
            Thread caller = Thread.currentThread();
            start(() -> {
                // Interrupt the caller for a while (it is soon waiting for slot 0), then let the
                // helper finish.
                for (int i = 0; i < 20; i++) {
                    caller.interrupt();
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        break;
                    }
                }
                release.countDown();
            });
        };

        boolean interruptKept = assertTimeoutPreemptively(LIMIT, () -> {
            try {
                ParallelSlots.run(6, 1, oneThread, tally);
                assertThat(release.getCount()).as("run returned only after the helper's slot ended").isZero();
                return Thread.currentThread().isInterrupted();
            } finally {
                Thread.interrupted();
            }
        });

        assertThat(interruptKept).as("interrupt status kept").isTrue();
        assertThat(tally.running.get()).isZero();
        tally.assertEachRanOnce();
    }

    @Test
    void run_workerThrows_rethrownOnceTheRunningSlotsEnded() {
        CountDownLatch helperClaimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        IllegalArgumentException failure = new IllegalArgumentException("slot 1 failed");
        Tally tally = new Tally(20, s -> {
            if (s == 0) {
                helperClaimed.countDown();
                await(release);
            } else if (s == 1) {
                start(() -> {
                    // Later, so that the helper's slot still runs when the caller has failed.
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    release.countDown();
                });
                throw failure;
            }
        });
        Executor oneThread = task -> {
            start(task);
            await(helperClaimed);
        };

        assertTimeoutPreemptively(LIMIT, () ->
                assertThatThrownBy(() -> ParallelSlots.run(20, 1, oneThread, tally)).isSameAs(failure));

        assertThat(tally.running.get()).as("slots running after run threw").isZero();
        assertThat(tally.runs.get(0)).as("the helper's slot completed").isEqualTo(1);
    }

    @Test
    void run_executorThrowsSomethingElse_rethrownWithNoSlotRunning() {
        CountDownLatch helperClaimed = new CountDownLatch(1);
        IllegalStateException broken = new IllegalStateException("broken executor");
        Tally tally = new Tally(8, s -> {
            if (Thread.currentThread().getName().startsWith("slots-test-")) {
                helperClaimed.countDown();
                try {
                    Thread.sleep(50);   // still running when the executor breaks
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        AtomicInteger offered = new AtomicInteger();
        Executor breaking = task -> {
            if (offered.incrementAndGet() > 1) {
                throw broken;
            }
            start(task);
            await(helperClaimed);
        };

        assertTimeoutPreemptively(LIMIT, () ->
                assertThatThrownBy(() -> ParallelSlots.run(8, 3, breaking, tally)).isSameAs(broken));

        assertThat(tally.running.get()).as("slots running after run threw").isZero();
    }

    /** Inline, on new threads, dropped, or rejected after some: every slot runs exactly once. */
    @Property(tries = 60)
    void run_anyExecutorBehaviour_everySlotExactlyOnce(
            @ForAll @IntRange(min = 0, max = 40) int slots,
            @ForAll @IntRange(min = 0, max = 6) int helpers,
            @ForAll @IntRange(min = 0, max = 3) int mode,
            @ForAll @IntRange(min = 0, max = 4) int acceptedBeforeRejecting) {
        Tally tally = new Tally(slots, s -> Thread.onSpinWait());
        AtomicInteger offered = new AtomicInteger();
        List<Thread> started = new ArrayList<>();
        Executor executor = task -> {
            int index = offered.getAndIncrement();
            switch (mode) {
                case 0 -> task.run();
                case 1 -> started.add(start(task));
                case 2 -> { }
                default -> {
                    if (index >= acceptedBeforeRejecting) {
                        throw new RejectedExecutionException("full");
                    }
                    started.add(start(task));
                }
            }
        };

        assertTimeoutPreemptively(LIMIT, () -> ParallelSlots.run(slots, helpers, executor, tally));

        assertThat(tally.running.get()).isZero();
        tally.assertEachRanOnce();
        assertThat(offered.get()).isLessThanOrEqualTo(Math.max(0, Math.min(helpers, slots - 1)));
        for (Thread t : started) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
