package io.github.kmeans4j.viz;

/**
 * Lets a fitting thread go one step at a time: {@link #await()} blocks until a viewer
 * {@link #release() releases} a step, or until pacing is {@link #stop() stopped}. At most one step
 * is kept in advance, so steps released while the fit is busy do not pile up. Only the fitting
 * thread ever waits here; the viewer's calls return at once.
 */
final class Pacer {
    private int permits;
    private boolean stopped;

    /** Blocks until a step is released or pacing stops. */
    synchronized void await() throws InterruptedException {
        while (!stopped && permits == 0) {
            wait();
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
