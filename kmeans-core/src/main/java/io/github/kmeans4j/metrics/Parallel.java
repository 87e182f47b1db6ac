package io.github.kmeans4j.metrics;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Runs numbered blocks of work on a few threads. Which thread runs a block never changes what
 * the block computes: each block writes only its own part of the output.
 */
final class Parallel {
    private static final AtomicLong THREAD_COUNT = new AtomicLong();

    private Parallel() {
    }

    /** All cores the JVM may use. */
    static int allCores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Checks a thread count given by a caller.
     *
     * @throws IllegalArgumentException if below 1
     */
    static int checkThreads(String score, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException(score + ": threads must be at least 1, was " + threads);
        }
        return threads;
    }

    /**
     * Runs blocks 0..blocks−1 on up to {@code threads} threads, the calling thread included, and
     * returns when all are done. Each thread asks {@code workers} once for its own worker (so a
     * worker may keep scratch buffers) and feeds it block numbers.
     *
     * @throws RuntimeException or Error: the first one a worker threw
     */
    static void forEachBlock(int blocks, int threads, Supplier<IntConsumer> workers) {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable loop = () -> {
            try {
                IntConsumer worker = workers.get();
                for (int b = next.getAndIncrement(); b < blocks && failure.get() == null; b = next.getAndIncrement()) {
                    worker.accept(b);
                }
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
            }
        };
        int helpers = Math.max(0, Math.min(threads, blocks) - 1);
        Thread[] started = new Thread[helpers];
        for (int t = 0; t < helpers; t++) {
            started[t] = new Thread(loop, "kmeans4j-metrics-" + THREAD_COUNT.incrementAndGet());
            started[t].setDaemon(true);
            started[t].start();
        }
        loop.run();
        boolean interrupted = false;
        for (Thread t : started) {
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    // The helpers finish their bounded work soon; wait for them, then restore the flag.
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable e = failure.get();
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error err) {
            throw err;
        }
    }
}
