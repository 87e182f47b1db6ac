package io.github.kmeans4j;

/**
 * A flag another thread sets to ask a running fit to stop. The fit looks at it before every
 * iteration and before every restart, while seeding (before each seed and before every slot of
 * rows of its passes over the data, see {@link Initializer}) and between the layers of {@link Algorithm#EXACT_1D}'s
 * dynamic programme; it then finishes the current run with a final assignment and returns a result
 * whose stop reason is {@link StopReason#CANCELLED}. Interrupting the fitting
 * thread has the same effect (the interrupt status is left set). Thread-safe; one token may cancel
 * several fits.
 */
public final class CancellationToken {
    private volatile boolean cancelled;

    /** A token not yet cancelled. */
    public CancellationToken() {
    }

    /** Asks every fit watching this token to stop. Idempotent. */
    public void cancel() {
        cancelled = true;
    }

    /** {@return whether {@link #cancel()} was called} */
    public boolean isCancelled() {
        return cancelled;
    }
}
