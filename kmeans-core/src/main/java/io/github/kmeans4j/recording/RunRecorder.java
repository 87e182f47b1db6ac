package io.github.kmeans4j.recording;

import io.github.kmeans4j.KMeans;
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
 *
 * <p><b>Memory.</b> A recorder keeps every event, and an event owns copies of its arrays (the fit
 * reuses its own). The data are shared with the fit, not copied. For n points, d dimensions and k
 * clusters a recorder holds:
 * <ul>
 *   <li>per iteration: the assignment's labels, <b>4·n bytes</b>, and its k cluster sizes; the
 *       update's k·d centroid values and k shifts (8·k·(d + 1) bytes, plus an array header per
 *       centroid); 8·d bytes per repaired empty cluster;</li>
 *   <li>per restart: k seeds of d values with a sentence each, the k·d initial centroids, a final
 *       assignment (4·n bytes) and the restart's result (another 4·n bytes of labels and k·d
 *       centroids).</li>
 * </ul>
 * When n is much larger than k·d the labels dominate: about 4·n bytes per iteration, so a fit of
 * a million points running 300 iterations keeps about 1.2 GB, some 75 times its 2-D data. Bound
 * it with {@link KMeans.Builder#maxIterations(int)}, record a sample of the data, or write a
 * listener that keeps only what it needs. {@link #recording()} adds little to this: its frames
 * share the events' label arrays and hold one k·d array for each event that moves centroids.
 * {@link Recording#save(java.nio.file.Path)} streams, so saving needs no copy of the file.
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
     * The events kept so far as a recording (possibly of a fit still running). The recording shares
     * the events, and their label arrays, with this recorder: it costs its frames, not a second
     * copy of the labels.
     *
     * @return the recording of the events so far
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
