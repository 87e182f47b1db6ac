package io.github.kmeans4j.metrics;

import io.github.kmeans4j.internal.ParallelSlots;
import io.github.kmeans4j.internal.WorkerPool;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Runs numbered blocks of work on a few threads, the library's own (see {@link WorkerPool}). Which thread runs a block never changes what
 * the block computes: each block writes only its own part of the output.
 */
final class Parallel {
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
        int helpers = Math.max(0, Math.min(threads, blocks) - 1);
        try (WorkerPool pool = WorkerPool.of(null, helpers, "kmeans4j-metrics")) {
            ParallelSlots.run(blocks, helpers, pool.executor(), workers);
        }
    }
}
