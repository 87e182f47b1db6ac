package io.github.kmeans4j.internal;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one way the library gets threads for {@link ParallelSlots}: the caller's executor when it
 * gave one, else a pool of daemon threads of the library's own, made for one piece of work (a
 * fit, a silhouette) and shut down when it ends, so that no thread outlives the call. Fits and
 * scores use it alike.
 */
public final class WorkerPool implements AutoCloseable {
    private static final AtomicLong THREADS = new AtomicLong();

    private final Executor executor;
    private final ExecutorService own;   // null when the caller's executor is used, or no helper is needed

    private WorkerPool(Executor executor, ExecutorService own) {
        this.executor = executor;
        this.own = own;
    }

    /**
     * Threads for up to {@code helpers} helper tasks besides the calling thread.
     *
     * @param callers the caller's executor, or null for the library's own threads
     * @param helpers how many helper tasks the work offers at most, 0 or more
     * @param name the threads' name prefix, such as {@code kmeans4j-worker}
     * @return the pool; close it when the work is done
     */
    public static WorkerPool of(Executor callers, int helpers, String name) {
        if (callers != null || helpers <= 0) {
            return new WorkerPool(callers, null);
        }
        ExecutorService own = Executors.newFixedThreadPool(helpers, task -> {
            Thread t = new Thread(task, name + "-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        return new WorkerPool(own, own);
    }

    /** {@return the executor to hand helper tasks to, or null when there is none} */
    public Executor executor() {
        return executor;
    }

    /** Stops the library's own threads; the caller's executor is left alone. */
    @Override
    public void close() {
        if (own != null) {
            own.shutdownNow();
        }
    }
}
