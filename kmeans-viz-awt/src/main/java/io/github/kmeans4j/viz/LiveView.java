package io.github.kmeans4j.viz;

import io.github.kmeans4j.CancellationToken;
import io.github.kmeans4j.recording.Recording;
import io.github.kmeans4j.StopReason;
import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.event.KMeansListener;
import io.github.kmeans4j.event.RunFinished;
import io.github.kmeans4j.event.RunStarted;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A listener that shows a fit while it runs, in an {@link AnimationWindow}, one step per interval:
 * after each event the fitting thread waits until the window's timer (or the step button) lets it
 * go on, so the run advances at the viewer's pace. Obtained from
 * {@link AnimationWindow#live(java.time.Duration, UnaryOperator)}; register it on the builder.
 *
 * <p>Threading: {@link #onEvent} runs on the fitting thread and waits there, never on the Swing
 * event thread; the window only hands out steps. Closing the window ends the waiting, and the fit
 * then runs on at full speed. Interrupting the fitting thread while it waits ends the waiting
 * too, and leaves the thread interrupted (so the fit stops as cancelled). Do not fit on the
 * event thread with this listener: it would wait for a timer that cannot run.
 *
 * <p>Cancellation: the view shows the fit as ended and cancelled after a restart that ends
 * cancelled (the fit starts no other), and after any restart's end when the fitting thread is
 * interrupted or the token given to {@link AnimationWindow#live(java.time.Duration, UnaryOperator,
 * io.github.kmeans4j.CancellationToken)} is cancelled (the fit then stops before the next restart,
 * with no further event). Once the fit is asked to stop it no longer waits for the viewer.
 *
 * <p>Each event extends the recording so far by one frame ({@link Recording#with}), which costs
 * O(n) for an assignment (its labels are checked and copied) and little for any other event; the
 * painter's score charts are recomputed from the recording's assignments, O(m²) each for the
 * silhouette's sample of m ≤ 1000 points.
 */
public final class LiveView implements KMeansListener {
    private final UnaryOperator<FramePainter.Builder> options;
    private final Consumer<Update> sink;
    private final Pacer pacer;
    private final CancellationToken cancellation;
    private Recording recording;   // null until a run starts
    private FramePainter painter;

    /** A new painter for the viewer, and whether the fit has ended. */
    record Update(FramePainter painter, boolean finished, boolean cancelled) {
    }

    LiveView(UnaryOperator<FramePainter.Builder> options, Consumer<Update> sink, Pacer pacer,
             CancellationToken cancellation) {
        this.options = options;
        this.sink = sink;
        this.pacer = pacer;
        this.cancellation = cancellation;
    }

    @Override
    public void onEvent(KMeansEvent event) {
        Update update;
        synchronized (this) {
            if (event instanceof RunStarted s && s.restart() == 0) {
                recording = null;
                painter = null;
            }
            if (recording == null && !(event instanceof RunStarted)) {
                return; // registered in the middle of a fit: wait for the next one
            }
            recording = recording == null ? Recording.of(List.of(event)) : recording.with(event);
            painter = painter == null || recording.data() != painter.recording().data()
                    ? options.apply(FramePainter.builder(recording)).build()
                    : painter.withRecording(recording);
            update = update(event);
        }
        sink.accept(update);
        if (update.finished() || cancelRequested()) {
            return; // nothing follows, or the fit hurries to its end: no reason to hold it
        }
        try {
            pacer.await(this::tokenCancelled);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (event instanceof RunFinished && cancelRequested()) {
            // The fit looks for a cancellation before it starts the next restart, and stops there
            // without another event: this is the end, so say so.
            sink.accept(new Update(update.painter(), true, true));
        }
    }

    /**
     * What the viewer is told after {@code event}. A fit ends after the last restart's end, after
     * a restart that ended cancelled (the fit starts no other), or after a restart's end when a
     * cancellation is already requested (the fit checks before the next restart).
     */
    private Update update(KMeansEvent event) {
        if (!(event instanceof RunFinished f)) {
            return new Update(painter, false, false);
        }
        if (f.stopReason() == StopReason.CANCELLED) {
            return new Update(painter, true, true);
        }
        if (f.restart() >= restarts() - 1) {
            return new Update(painter, true, false);
        }
        boolean stopping = cancelRequested();
        return new Update(painter, stopping, stopping);
    }

    private int restarts() {
        for (KMeansEvent e : recording.events()) {
            if (e instanceof RunStarted s) {
                return s.restarts();
            }
        }
        return 1;
    }

    /** Whether the fit on this thread was asked to stop, by the token the view knows of or by an interrupt. */
    private boolean cancelRequested() {
        return tokenCancelled() || Thread.currentThread().isInterrupted();
    }

    private boolean tokenCancelled() {
        return cancellation != null && cancellation.isCancelled();
    }

    /** Stops pacing: the fit no longer waits for the viewer. */
    public void stopPacing() {
        pacer.stop();
    }
}
