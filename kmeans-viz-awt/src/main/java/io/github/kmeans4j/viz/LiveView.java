package io.github.kmeans4j.viz;

import io.github.kmeans4j.Recording;
import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.event.KMeansListener;
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
 * <p>Each event extends the recording so far by one frame ({@link Recording#with}), which costs
 * O(n) for an assignment (its labels are checked and copied) and little for any other event; the
 * painter's score charts are recomputed from the recording's assignments, O(m²) each for the
 * silhouette's sample of m ≤ 1000 points.
 */
public final class LiveView implements KMeansListener {
    private final UnaryOperator<FramePainter.Builder> options;
    private final Consumer<Update> sink;
    private final Pacer pacer;
    private Recording recording;   // null until a run starts
    private FramePainter painter;

    /** A new painter for the viewer, and whether the fit has ended. */
    record Update(FramePainter painter, boolean finished) {
    }

    LiveView(UnaryOperator<FramePainter.Builder> options, Consumer<Update> sink, Pacer pacer) {
        this.options = options;
        this.sink = sink;
        this.pacer = pacer;
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
            update = new Update(painter, finished(recording));
        }
        sink.accept(update);
        if (!update.finished()) {
            try {
                pacer.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static boolean finished(Recording recording) {
        if (!recording.isComplete()) {
            return false;
        }
        KMeansEvent last = recording.events().get(recording.size() - 1);
        for (KMeansEvent e : recording.events()) {
            if (e instanceof RunStarted s) {
                return last.restart() >= s.restarts() - 1;
            }
        }
        return true;
    }

    /** Stops pacing: the fit no longer waits for the viewer. */
    public void stopPacing() {
        pacer.stop();
    }
}
