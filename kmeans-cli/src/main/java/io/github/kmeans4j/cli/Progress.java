package io.github.kmeans4j.cli;

import io.github.kmeans4j.event.Assigned;
import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.event.KMeansListener;
import io.github.kmeans4j.event.RunFinished;
import io.github.kmeans4j.event.RunStarted;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of a long fit on standard error: nothing for the first second (a quick fit stays
 * silent), then at most one line a second naming the restart, the iteration, the inertia and the
 * points that moved, and a line when a restart that printed ends.
 */
final class Progress implements KMeansListener {
    private static final long QUIET_NANOS = 1_000_000_000L;

    private final PrintStream err;
    private final long start = System.nanoTime();
    private long lastLine = start;
    private boolean printed;
    private int restarts = 1;

    Progress(PrintStream err) {
        this.err = err;
    }

    @Override
    public void onEvent(KMeansEvent event) {
        if (event instanceof RunStarted s) {
            restarts = s.restarts();
        } else if (event instanceof Assigned a) {
            long now = System.nanoTime();
            if (now - lastLine >= QUIET_NANOS) {
                lastLine = now;
                printed = true;
                err.printf(Locale.ROOT, "kmeans4j: %.1f s: %siteration %d, inertia %s, %s moved%n",
                        (now - start) / 1e9, restarts > 1 ? "restart " + (a.restart() + 1) + " of " + restarts + ", " : "",
                        a.iteration(), Text.number(a.inertia()), Text.count(a.pointsMoved(), "point"));
            }
        } else if (event instanceof RunFinished f && printed) {
            err.printf(Locale.ROOT, "kmeans4j: %.1f s: %sfinished after %s (%s)%n", (System.nanoTime() - start) / 1e9,
                    restarts > 1 ? "restart " + (f.restart() + 1) + " " : "", Text.count(f.iteration(), "iteration"),
                    f.stopReason().description());
        }
    }
}
