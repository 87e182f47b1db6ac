package io.github.kmeans4j;

import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.event.KMeansListener;
import io.github.kmeans4j.event.RunStarted;
import java.util.ArrayList;
import java.util.List;

/**
 * A listener that keeps every event of the most recent fit, so it can be turned into a
 * {@link Recording}: replayed, scrubbed, saved and loaded.
 *
 * <pre>{@code
 * RunRecorder recorder = new RunRecorder();
 * KMeans.builder().k(3).seed(1).listener(recorder).build().fit(data);
 * Recording run = recorder.recording();
 * run.save(Path.of("run.km4j"));
 * }</pre>
 *
 * <p>A {@link RunStarted} of restart 0 begins a new fit and discards what was kept. Events may be
 * recorded on one thread while {@link #recording()} is called on another; recording two fits at
 * the same time with one recorder mixes them and is not supported.
 */
public final class RunRecorder implements KMeansListener {
    private final List<KMeansEvent> events = new ArrayList<>();

    /** Creates an empty recorder. */
    public RunRecorder() {
    }

    @Override
    public synchronized void onEvent(KMeansEvent event) {
        if (event instanceof RunStarted s && s.restart() == 0) {
            events.clear();
        }
        events.add(event);
    }

    /** {@return how many events are kept} */
    public synchronized int size() {
        return events.size();
    }

    /**
     * The events kept so far as a recording (possibly of a fit still running).
     *
     * @return a recording of the events kept so far
     * @throws IllegalStateException if nothing was recorded yet
     */
    public synchronized Recording recording() {
        if (events.isEmpty()) {
            throw new IllegalStateException("nothing recorded yet: register the recorder as a listener and fit");
        }
        return Recording.of(events);
    }

    /** Forgets everything kept. */
    public synchronized void clear() {
        events.clear();
    }
}
