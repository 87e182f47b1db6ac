package io.github.kmeans4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.kmeans4j.event.Assigned;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The contract of {@link KMeans.Builder#executor}: a fit never depends on its helper tasks
 * running. Whatever the executor does with them (runs them late, never, on the very pool the fit
 * runs on, or refuses them) the fit completes with the result of a single-threaded fit, bit for
 * bit. Every test would hang or throw if the fit waited for a helper that had not started.
 */
class ExecutorContractTest {
    /** Long enough for a slow shared machine, short enough to turn a hang into a failure. */
    private static final Duration LIMIT = Duration.ofSeconds(30);

    /** 20 000 points: 9 slots, so a pass has work for several helpers. */
    private static final Dataset DATA = ParallelDeterminismTest.blobs(41, 20_000, 3, 6, false);

    private final List<ExecutorService> pools = new java.util.ArrayList<>();

    @AfterEach
    void stopPools() throws InterruptedException {
        for (ExecutorService pool : pools) {
            pool.shutdownNow();
        }
        for (ExecutorService pool : pools) {
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("test pool terminated").isTrue();
        }
    }

    /** Daemon threads, so that a fit stuck in one of them cannot keep the test JVM alive. */
    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private <T extends ExecutorService> T track(T pool) {
        pools.add(pool);
        return pool;
    }

    private static KMeans.Builder base() {
        return KMeans.builder().k(6).seed(17).restarts(2).maxIterations(25);
    }

    private static KMeansResult singleThreaded(KMeans.Builder builder) {
        return builder.threads(1).build().fit(DATA);
    }

    @Test
    void fit_executorIsTheFixedPoolBothFitsRunOn_bothCompleteWithTheSingleThreadResult() {
        ExecutorService pool = track(Executors.newFixedThreadPool(2, daemons("fixed")));
        KMeans kmeans = base().threads(4).executor(pool).build();
        KMeansResult expected = singleThreaded(base());

        List<KMeansResult> results = assertTimeoutPreemptively(LIMIT, () -> {
            Future<KMeansResult> first = pool.submit(() -> kmeans.fit(DATA));
            Future<KMeansResult> second = pool.submit(() -> kmeans.fit(DATA));
            return List.of(first.get(), second.get());
        });

        assertThat(results).containsExactly(expected, expected);
    }

    @Test
    void fit_parallelStreamInsideTheForkJoinPoolThatIsItsExecutor_everyFitCompletes() {
        // The common pool may have a parallelism of 1 on a small machine; a pool of our own
        // makes the case the same everywhere. A parallel stream started inside it runs on it.
        ForkJoinPool pool = track(new ForkJoinPool(4));
        KMeans kmeans = base().restarts(1).threads(4).executor(pool).build();
        KMeansResult expected = singleThreaded(base().restarts(1));

        List<KMeansResult> results = assertTimeoutPreemptively(LIMIT, () -> pool.submit(
                () -> IntStream.range(0, 32).parallel().mapToObj(i -> kmeans.fit(DATA)).toList()).get());

        assertThat(results).hasSize(32).allSatisfy(r -> assertThat(r).isEqualTo(expected));
    }

    @Test
    void fit_executorDropsEveryTask_completesWithTheSingleThreadResult() {
        AtomicInteger dropped = new AtomicInteger();
        Executor dropping = task -> dropped.incrementAndGet();
        KMeans kmeans = base().threads(4).executor(dropping).build();

        KMeansResult result = assertTimeoutPreemptively(LIMIT, () -> kmeans.fit(DATA));

        assertThat(result).isEqualTo(singleThreaded(base()));
        assertThat(dropped.get()).as("helper tasks handed to the executor").isPositive();
    }

    @Test
    void fit_executorRejectsAfterTheFirstTask_completesWithTheSingleThreadResult() {
        ExecutorService pool = track(Executors.newFixedThreadPool(1, daemons("accepting")));
        AtomicInteger offered = new AtomicInteger();
        Executor rejecting = task -> {
            if (offered.incrementAndGet() > 1) {
                throw new RejectedExecutionException("only one task, ever");
            }
            pool.execute(task);
        };
        KMeans kmeans = base().threads(4).executor(rejecting).build();

        KMeansResult result = assertTimeoutPreemptively(LIMIT, () -> kmeans.fit(DATA));

        assertThat(result).isEqualTo(singleThreaded(base()));
        assertThat(offered.get()).as("tasks offered, all but the first rejected").isGreaterThan(2);
    }

    @ParameterizedTest
    @EnumSource(value = Algorithm.class, names = {"LLOYD", "HAMERLY", "ELKAN", "YINYANG"})
    void fit_executorRunsTasksLate_givesTheSingleThreadResult(Algorithm algorithm) {
        // Delays of up to 3 ms: many helpers start during a later pass than their own, or after
        // the fit has returned; they must not touch that pass.
        ScheduledExecutorService pool = track(Executors.newScheduledThreadPool(3, daemons("late")));
        SplittableRandom random = new SplittableRandom(5);
        Executor late = task -> {
            long delay;
            synchronized (random) {
                delay = random.nextLong(3_000);
            }
            pool.schedule(task, delay, TimeUnit.MICROSECONDS);
        };
        KMeans kmeans = base().algorithm(algorithm).threads(4).executor(late).build();

        KMeansResult result = assertTimeoutPreemptively(LIMIT, () -> kmeans.fit(DATA));

        assertThat(result).isEqualTo(singleThreaded(base().algorithm(algorithm)));
    }

    @Test
    void fit_interruptedWhileItsExecutorRunsNothing_cancelledWithTheInterruptKept() {
        Executor dropping = task -> { };
        KMeans kmeans = base().threads(4).executor(dropping).listener(e -> {
            if (e instanceof Assigned a && a.iteration() == 2) {
                Thread.currentThread().interrupt();
            }
        }).build();

        KMeansResult result = assertTimeoutPreemptively(LIMIT, () -> {
            try {
                KMeansResult r = kmeans.fit(DATA);
                assertThat(Thread.currentThread().isInterrupted()).as("interrupt status kept").isTrue();
                return r;
            } finally {
                Thread.interrupted();
            }
        });

        assertThat(result.stopReason()).isEqualTo(StopReason.CANCELLED);
        assertThat(result.iterations()).isEqualTo(2);
    }

    @Test
    void fit_interruptedFromAnotherThreadWhileItsPoolIsBusy_endsCancelled() throws Exception {
        // The only thread of the executor is held, so no helper can start until the fit is over.
        ExecutorService pool = track(Executors.newFixedThreadPool(1, daemons("held")));
        CountDownLatch release = new CountDownLatch(1);
        pool.execute(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        // The fit holds itself in its first Assigned event until the interrupt arrives, so the
        // interrupt cannot miss it; before that event it must get through a whole pass.
        CountDownLatch started = new CountDownLatch(1);
        KMeans kmeans = base().restarts(1).threads(4).executor(pool).listener(e -> {
            started.countDown();
            if (e instanceof Assigned a && a.iteration() == 1) {
                try {
                    Thread.sleep(LIMIT.toMillis());
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            }
        }).build();
        ExecutorService fitting = track(Executors.newSingleThreadExecutor(daemons("fitting")));
        try {
            Future<KMeansResult> fit = fitting.submit(() -> kmeans.fit(DATA));
            assertThat(started.await(30, TimeUnit.SECONDS)).as("the fit started").isTrue();
            fitting.shutdownNow();   // interrupts the fitting thread

            KMeansResult result = assertTimeoutPreemptively(LIMIT, () -> fit.get());

            assertThat(result.stopReason()).isEqualTo(StopReason.CANCELLED);
        } finally {
            release.countDown();
        }
    }

    @Test
    void fit_executorThrowsSomethingElse_rethrowsIt() {
        IllegalStateException broken = new IllegalStateException("broken executor");
        KMeans kmeans = base().threads(4).executor(task -> {
            throw broken;
        }).build();

        assertTimeoutPreemptively(LIMIT, () -> assertThatThrownBy(() -> kmeans.fit(DATA)).isSameAs(broken));
    }
}
