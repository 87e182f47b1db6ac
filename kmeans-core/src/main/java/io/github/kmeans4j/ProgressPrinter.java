package io.github.kmeans4j;

import io.github.kmeans4j.internal.Numbers;
import io.github.kmeans4j.event.Assigned;
import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.event.KMeansListener;
import io.github.kmeans4j.event.RunFinished;
import io.github.kmeans4j.event.RunStarted;
import io.github.kmeans4j.event.Updated;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * A listener that writes one line per iteration (inertia, points moved, largest centroid shift)
 * and one per finished run, for following long fits on a console or in a log:
 *
 * <pre>
 * restart 0: n=150 d=4 k=3 seed=42 init=greedy k-means++ (2 + ln k candidates)
 * restart 0 iteration 1: inertia 164.4, 150 points moved, largest shift 0.5950
 * restart 0 finished after 6 iterations: LABELS_STABLE, inertia 78.86
 * </pre>
 *
 * Numbers are written in {@link Locale#ROOT}. Writing failures surface as {@link UncheckedIOException}
 * and so end the fit, as any listener exception does.
 */
public final class ProgressPrinter implements KMeansListener {
    private final Appendable out;
    private Assigned lastAssigned;

    /**
     * A printer writing to {@code out}.
     *
     * @param out where the lines go, for example a {@code StringBuilder} or a {@code Writer}
     * @throws IllegalArgumentException if {@code out} is null
     */
    public ProgressPrinter(Appendable out) {
        if (out == null) {
            throw new IllegalArgumentException("output must not be null");
        }
        this.out = out;
    }

    /** {@return a printer writing to {@link System#err}, leaving standard output to the program} */
    public static ProgressPrinter toStandardError() {
        return new ProgressPrinter(System.err);
    }

    /**
     * A printer writing to a print stream.
     *
     * @param stream where the lines go
     * @return a new printer
     * @throws IllegalArgumentException if {@code stream} is null
     */
    public static ProgressPrinter to(PrintStream stream) {
        return new ProgressPrinter(stream);
    }

    @Override
    public void onEvent(KMeansEvent event) {
        if (event instanceof RunStarted s) {
            line(String.format(Locale.ROOT, "restart %d: n=%d d=%d k=%d seed=%d init=%s",
                    s.restart(), s.n(), s.d(), s.k(), s.seed(), s.initializer()));
        } else if (event instanceof Assigned a) {
            lastAssigned = a;
        } else if (event instanceof Updated u) {
            int moved = lastAssigned == null ? 0 : lastAssigned.pointsMoved();
            line(String.format(Locale.ROOT,
                    "restart %d iteration %d: inertia %s, %d %s moved, largest shift %s",
                    u.restart(), u.iteration(), Numbers.format(lastAssigned == null ? 0.0 : lastAssigned.inertia()),
                    moved, moved == 1 ? "point" : "points", Numbers.format(u.maxShift())));
        } else if (event instanceof RunFinished f) {
            line(String.format(Locale.ROOT, "restart %d finished after %d %s: %s, inertia %s",
                    f.restart(), f.iteration(), f.iteration() == 1 ? "iteration" : "iterations",
                    f.stopReason().description(), Numbers.format(f.result().inertia())));
        }
    }

    private void line(String text) {
        try {
            out.append(text).append(System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("progress output failed", e);
        }
    }
}
