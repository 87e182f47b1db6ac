package io.github.kmeans4j.viz;

import java.util.function.BooleanSupplier;

/**
 * Lets a fitting thread go one step at a time: {@link #await()} blocks until a viewer
 * {@link #release() releases} a step, or until pacing is {@link #stop() stopped}. At most one step
 * is kept in advance, so steps released while the fit is busy do not pile up. Only the fitting
 * thread ever waits here; the viewer's calls return at once.
 */
final class Pacer {
    private int permits;
    private boolean stopped;

    /** How often a waiting fit looks at {@code giveUp}: a cancellation token has no way to wake it. */
    private static final long POLL_MILLIS = 20;

    /** Blocks until a step is released or pacing stops. */
    synchronized void await() throws InterruptedException {
        await(() -> false);
    }

    /**
     * Blocks until a step is released, pacing stops, or {@code giveUp} turns true (looked at
     * every {@value #POLL_MILLIS} ms).
     */
    synchronized void await(BooleanSupplier giveUp) throws InterruptedException {
        while (!stopped && permits == 0 && !giveUp.getAsBoolean()) {
            wait(POLL_MILLIS);
        }
        if (permits > 0) {
            permits--;
        }
    }

    /** Allows one more step (at most one is kept). */
    synchronized void release() {
        permits = 1;
        notifyAll();
    }

    /** Ends pacing: every wait returns at once from now on. */
    synchronized void stop() {
        stopped = true;
        notifyAll();
    }

    synchronized boolean stopped() {
        return stopped;
    }
}
