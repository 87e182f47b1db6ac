package io.github.kmeans4j.recording;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.KMeansFormatException;
import io.github.kmeans4j.KMeansResult;
import io.github.kmeans4j.event.Assigned;
import io.github.kmeans4j.event.EmptyClusterRepaired;
import io.github.kmeans4j.event.Initialized;
import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.event.KMeansListener;
import io.github.kmeans4j.event.RunFinished;
import io.github.kmeans4j.event.RunStarted;
import io.github.kmeans4j.event.SeedChosen;
import io.github.kmeans4j.event.Updated;
import io.github.kmeans4j.internal.EventArrays;
import io.github.kmeans4j.internal.Numbers;
import io.github.kmeans4j.internal.format.CoreAccess;
import io.github.kmeans4j.internal.format.FormatFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The events of one fit (all its restarts), kept so the run can be replayed, scrubbed frame by
 * frame, saved to a file and loaded elsewhere. Made by {@link RunRecorder}, or by
 * {@link #load(Path)}. Immutable and thread-safe.
 *
 * <p>A recording holds the data (shared with the fit, not copied) and the events, whose arrays
 * are the only copies: the frames share the events' label and centroid arrays rather than copying
 * them. Memory is therefore what the events hold (see {@link RunRecorder}: about 4·n bytes per
 * assignment plus k·d values per update), plus one flattened k·d array per frame that shows new
 * centroids.
 *
 * <p>Events must follow the order of a fit; {@link #of}, {@link #with} and {@link #load(Path)}
 * refuse an event that refers to something the events before it have not created: a seed chosen
 * out of turn, a repair or an assignment before every centroid it refers to exists.
 */
public final class Recording {
    private final List<KMeansEvent> events;
    private final Dataset data;
    private final List<Frame> frames;
    /** What the last frame shows, from which the frame of a further event is built. */
    private final State end;

    private Recording(List<KMeansEvent> events) {
        this.events = events;
        this.data = ((RunStarted) events.get(0)).data();
        List<Frame> built = new ArrayList<>(events.size());
        State state = State.EMPTY;
        for (int i = 0; i < events.size(); i++) {
            state = state.next(i, events.get(i), data.d());
            appendFrame(built, state);
        }
        this.frames = Collections.unmodifiableList(built);
        this.end = state;
    }

    private Recording(List<KMeansEvent> events, Dataset data, List<Frame> frames, State end) {
        this.events = events;
        this.data = data;
        this.frames = frames;
        this.end = end;
    }

    /**
     * A recording of the given events, which must be those of one fit in the order a fit emits
     * them: starting with {@link RunStarted}, every run on the same data, and every event's
     * arrays shaped for that data and its run's k.
     *
     * @param events the events of one fit, in order; the list is copied
     * @return the recording, with one frame per event
     * @throws IllegalArgumentException if the list is null or empty, holds null, does not start
     *     with {@code RunStarted}, mixes data sets, or an event's shape does not fit (the message
     *     names the event's position)
     */
    public static Recording of(List<? extends KMeansEvent> events) {
        if (events == null || events.isEmpty()) {
            throw new IllegalArgumentException("a recording needs at least one event");
        }
        List<KMeansEvent> copy = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            KMeansEvent e = events.get(i);
            if (e == null) {
                throw new IllegalArgumentException("event " + i + " is null");
            }
            copy.add(e);
        }
        if (!(copy.get(0) instanceof RunStarted first)) {
            throw new IllegalArgumentException("a recording must start with RunStarted, not "
                    + copy.get(0).getClass().getSimpleName());
        }
        int k = first.k();
        for (int i = 1; i < copy.size(); i++) {
            KMeansEvent e = copy.get(i);
            if (e instanceof RunStarted s) {
                if (!s.data().equals(first.data())) {
                    throw new IllegalArgumentException("event " + i + " starts a run on other data: a recording holds one fit");
                }
                k = s.k();
            }
            checkShape(i, e, first.data(), k);
        }
        return new Recording(Collections.unmodifiableList(copy));
    }

    /**
     * This recording followed by one more event, for a viewer that follows a fit as it runs: the
     * event is checked as {@link #of} checks it, and only its frame is built (O(n) for an
     * assignment), where building the recording of all events again would cost O(n) for each
     * assignment so far. This recording is not changed.
     *
     * @param event the next event of the fit
     * @return a new recording with one more event and frame
     * @throws IllegalArgumentException if the event is null, starts a run on other data, or its
     *     shape does not fit (the message names the event's position)
     */
    public Recording with(KMeansEvent event) {
        int index = events.size();
        if (event == null) {
            throw new IllegalArgumentException("event " + index + " is null");
        }
        if (event instanceof RunStarted s && !s.data().equals(data)) {
            throw new IllegalArgumentException("event " + index + " starts a run on other data: a recording holds one fit");
        }
        checkShape(index, event, data, event instanceof RunStarted s ? s.k() : end.k);
        State next = end.next(index, event, data.d());
        List<KMeansEvent> moreEvents = new ArrayList<>(index + 1);
        moreEvents.addAll(events);
        moreEvents.add(event);
        List<Frame> moreFrames = new ArrayList<>(index + 1);
        moreFrames.addAll(frames);
        appendFrame(moreFrames, next);
        return new Recording(Collections.unmodifiableList(moreEvents), data,
                Collections.unmodifiableList(moreFrames), next);
    }

    private static void checkShape(int index, KMeansEvent e, Dataset data, int k) {
        int d = data.d();
        String where = "event " + index + " (" + e.getClass().getSimpleName() + ")";
        if (e instanceof SeedChosen s) {
            check(s.seedIndex() >= 0 && s.seedIndex() < k, where, "seed index " + s.seedIndex() + " is outside [0, " + k + ")");
            check(s.pointIndex() >= -1 && s.pointIndex() < data.n(), where, "point index " + s.pointIndex() + " is not a row");
            check(s.centroid().length == d, where, "centroid has " + s.centroid().length + " values for d = " + d);
        } else if (e instanceof Initialized s) {
            checkMatrix(where, s.centroids(), k, d);
        } else if (e instanceof Assigned a) {
            int[] labels = EventArrays.labels(a);   // read only: a copy would cost n labels per event
            check(labels.length == data.n(), where, labels.length + " labels for " + data.n() + " points");
            check(a.clusterSizes().length == k, where, a.clusterSizes().length + " cluster sizes for k = " + k);
            for (int label : labels) {
                if (label < 0 || label >= k) {   // the message is built only for a bad label: n may be millions
                    check(false, where, "label " + label + " is outside [0, " + k + ")");
                }
            }
        } else if (e instanceof EmptyClusterRepaired r) {
            check(r.cluster() >= 0 && r.cluster() < k, where, "cluster " + r.cluster() + " is outside [0, " + k + ")");
            check(r.pointIndex() >= -1 && r.pointIndex() < data.n(), where, "point index " + r.pointIndex()
                    + " is not a row");
            check(r.donorCluster() >= -1 && r.donorCluster() < k, where, "donor cluster " + r.donorCluster()
                    + " is outside [0, " + k + ")");
            check(r.centroid().length == d, where, "centroid has " + r.centroid().length + " values for d = " + d);
        } else if (e instanceof Updated u) {
            checkMatrix(where, u.centroids(), k, d);
            check(u.shifts().length == k, where, u.shifts().length + " shifts for k = " + k);
        } else if (e instanceof RunFinished f) {
            KMeansResult r = f.result();
            check(r.k() == k && r.d() == d && r.n() == data.n(), where, "result is " + r.k() + " centroids of "
                    + r.d() + " values for " + r.n() + " points, expected k = " + k + ", d = " + d + ", n = " + data.n());
        }
    }

    private static void checkMatrix(String where, double[][] rows, int k, int d) {
        check(rows.length == k, where, rows.length + " centroids for k = " + k);
        for (double[] row : rows) {
            check(row.length == d, where, "a centroid has " + row.length + " values for d = " + d);
        }
    }

    private static void check(boolean ok, String where, String problem) {
        if (!ok) {
            throw new IllegalArgumentException(where + ": " + problem);
        }
    }

    /** {@return the clustered data} */
    public Dataset data() {
        return data;
    }

    /** {@return the events, in order (unmodifiable)} */
    public List<KMeansEvent> events() {
        return events;
    }

    /** {@return the number of frames: one per event} */
    public int size() {
        return frames.size();
    }

    /**
     * The frame after event {@code index}.
     *
     * @param index the event's position, in [0, {@link #size()})
     * @return the state of the run after that event
     * @throws IllegalArgumentException if the index is out of range
     */
    public Frame frame(int index) {
        if (index < 0 || index >= frames.size()) {
            throw new IllegalArgumentException("frame " + index + " is out of range [0, " + frames.size() + ")");
        }
        return frames.get(index);
    }

    /** {@return all frames, in order (unmodifiable)} */
    public List<Frame> frames() {
        return frames;
    }

    /** {@return whether the recording ends with the end of a run} */
    public boolean isComplete() {
        return events.get(events.size() - 1) instanceof RunFinished;
    }

    /** {@return the result of the best finished restart (lowest inertia, earliest on ties), if any finished} */
    public Optional<KMeansResult> result() {
        KMeansResult best = null;
        for (KMeansEvent e : events) {
            if (e instanceof RunFinished f && (best == null || f.result().inertia() < best.inertia())) {
                best = f.result();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Sends every event, in order, to {@code listener} on the calling thread, as the fit did.
     * An exception from the listener stops the replay and propagates.
     *
     * @param listener the listener to send the events to
     * @throws IllegalArgumentException if {@code listener} is null
     */
    public void replay(KMeansListener listener) {
        if (listener == null) {
            throw new IllegalArgumentException("listener must not be null");
        }
        for (KMeansEvent e : events) {
            listener.onEvent(e);
        }
    }

    /**
     * Writes this recording in the kmeans4j recording format (see {@code FORMAT.md}).
     *
     * @param out the stream to write to; it is not closed
     * @throws IOException if writing to the stream fails
     */
    public void save(OutputStream out) throws IOException {
        RecordingFormat.writeRecording(this, out);
    }

    /**
     * Writes this recording to a file, replacing it.
     *
     * @param file the file to create or replace
     * @throws IOException if the file cannot be written
     */
    public void save(Path file) throws IOException {
        FormatFiles.writeFile(file, out -> RecordingFormat.writeRecording(this, out));
    }

    /**
     * Reads a recording written by {@link #save(OutputStream)}, reading the stream to its end.
     *
     * @param in the stream to read; it is not closed
     * @return the recording that was saved
     * @throws IOException if reading the stream fails
     * @throws KMeansFormatException if the content is not a complete, intact recording of a supported version
     */
    public static Recording load(InputStream in) throws IOException {
        return RecordingFormat.readRecording(in);
    }

    /**
     * Reads a recording file written by {@link #save(Path)}.
     *
     * @param file the file to read
     * @return the recording that was saved
     * @throws IOException if the file cannot be read
     * @throws KMeansFormatException if the content is not a complete, intact recording of a supported version
     */
    public static Recording load(Path file) throws IOException {
        return FormatFiles.readFile(file, RecordingFormat::readRecording);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Recording r && events.equals(r.events);
    }

    @Override
    public int hashCode() {
        return events.hashCode();
    }

    @Override
    public String toString() {
        return "Recording[" + events.size() + " events, " + data + "]";
    }

    // ------------------------------------------------------------------ frames

    /**
     * Adds the frame of {@code state}'s event. A run's final assignment (one after its last
     * update) is told apart from an ordinary one only by the event after it, so when that event
     * ends the run, the frame before it is captioned again.
     */
    private static void appendFrame(List<Frame> frames, State state) {
        int last = frames.size() - 1;
        if (state.frame.event() instanceof RunFinished f && last >= 0
                && frames.get(last).event() instanceof Assigned a && f.iteration() < a.iteration()) {
            Frame before = frames.get(last);
            frames.set(last, new Frame(before.index(), a, before.phase(), before.sharedCentroids(), before.d(),
                    before.sharedLabels(), a.inertia(), "Final assignment to the last centroids: "
                    + moved(a.pointsMoved()) + ", inertia " + format(a.inertia())));
        }
        frames.add(state.frame);
    }

    /**
     * What a recording shows after one event: the centroids so far, the latest labels and
     * inertia, the current run's k, and the frame itself. Immutable: its arrays are never modified.
     */
    private static final class State {
        static final State EMPTY = new State(new double[0], null, Double.NaN, 0, null);

        final double[] centroids;
        final int[] labels;
        final double inertia;
        final int k;
        final Frame frame;

        private State(double[] centroids, int[] labels, double inertia, int k, Frame frame) {
            this.centroids = centroids;
            this.labels = labels;
            this.inertia = inertia;
            this.k = k;
            this.frame = frame;
        }

        /** The state after event {@code e}, the {@code i}-th, on data of dimension d. */
        State next(int i, KMeansEvent e, int d) {
            double[] centroids = this.centroids;
            int[] labels = this.labels;
            double inertia = this.inertia;
            int k = this.k;
            Frame.Phase phase;
            String caption;
            if (e instanceof RunStarted s) {
                phase = Frame.Phase.STARTED;
                centroids = new double[0];
                labels = null;
                k = s.k();
                caption = (s.restarts() > 1 ? "Restart " + (s.restart() + 1) + " of " + s.restarts() + ": " : "")
                        + "k = " + s.k() + " on " + s.n() + " points in " + s.d()
                        + (s.d() == 1 ? " dimension" : " dimensions") + ", initial centroids by " + s.initializer();
            } else if (e instanceof SeedChosen s) {
                phase = Frame.Phase.SEED_CHOSEN;
                // Only the next seed may come: a crafted index would otherwise size the array (4 GB for 5e8).
                if (s.seedIndex() != centroids.length / d) {
                    throw new IllegalArgumentException("event " + i + ": seed " + s.seedIndex() + " is chosen where seed "
                            + centroids.length / d + " is next: seeds come in order, each once");
                }
                double[] grown = Arrays.copyOf(centroids, centroids.length + d);
                System.arraycopy(s.centroid(), 0, grown, s.seedIndex() * d, d);
                centroids = grown;
                caption = "Seed " + (s.seedIndex() + 1) + (k > 0 ? " of " + k : "") + ": " + s.reason();
            } else if (e instanceof Initialized s) {
                phase = Frame.Phase.INITIALIZED;
                centroids = flat(s.centroids(), d);
                caption = "Initial centroids: " + s.centroids().length + " chosen; no point is assigned yet";
            } else if (e instanceof Assigned a) {
                phase = Frame.Phase.ASSIGNED;
                if (centroids.length / d != k) {
                    throw new IllegalArgumentException("event " + i + ": points are assigned to " + k
                            + " clusters but only " + centroids.length / d + " centroid(s) exist yet");
                }
                boolean first = labels == null;
                labels = EventArrays.labels(a);   // shared with the event, never modified
                inertia = a.inertia();
                caption = "Iteration " + a.iteration() + " · assign: " + (first
                        ? "each point joins its nearest centroid" : moved(a.pointsMoved()))
                        + ", inertia " + format(a.inertia());
            } else if (e instanceof EmptyClusterRepaired r) {
                phase = Frame.Phase.EMPTY_CLUSTER_REPAIRED;
                if (r.cluster() >= centroids.length / d) {
                    throw new IllegalArgumentException("event " + i + ": cluster " + r.cluster() + " is repaired but only "
                            + centroids.length / d + " centroid(s) exist yet");
                }
                double[] copy = centroids.clone();
                System.arraycopy(r.centroid(), 0, copy, r.cluster() * d, d);
                centroids = copy;
                caption = "Iteration " + r.iteration() + " · cluster " + r.cluster() + " is empty: " + (r.relocated()
                        ? "its centroid moves to point " + r.pointIndex() + ", the farthest from its centroid"
                        + " (taken from cluster " + r.donorCluster() + ")"
                        : "its centroid stays where it was");
            } else if (e instanceof Updated u) {
                phase = Frame.Phase.UPDATED;
                centroids = flat(u.centroids(), d);
                caption = "Iteration " + u.iteration() + " · update: each centroid moves to the mean of its points"
                        + ", largest shift " + format(u.maxShift());
            } else {
                RunFinished f = (RunFinished) e;
                phase = Frame.Phase.FINISHED;
                centroids = CoreAccess.get().centroids(f.result());   // shared with the result, never modified
                labels = CoreAccess.get().labels(f.result());
                inertia = f.result().inertia();
                caption = finished(f);
            }
            return new State(centroids, labels, inertia, k,
                    new Frame(i, e, phase, centroids, d, labels, inertia, caption));
        }
    }

    private static String finished(RunFinished f) {
        String after = " after " + f.iteration() + (f.iteration() == 1 ? " iteration" : " iterations");
        String why = switch (f.stopReason()) {
            case LABELS_STABLE -> "Converged" + after + ": no point changed cluster";
            case CENTROID_SHIFT -> "Converged" + after + ": no centroid moved more than the tolerance";
            case MAX_ITERATIONS -> "Stopped" + after + ": the iteration limit";
            case CUSTOM_RULE -> "Stopped" + after + " by a custom stopping rule";
            case CANCELLED -> "Cancelled" + after;
            case NO_IMPROVEMENT -> "Stopped" + after + ": no improvement for a while";
            case OPTIMAL -> "Optimal";
        };
        return why + " (inertia " + format(f.result().inertia()) + ")";
    }

    private static String moved(int count) {
        return count == 0 ? "no point changed cluster"
                : count == 1 ? "1 point changed cluster" : count + " points changed cluster";
    }

    static String format(double value) {
        return Numbers.format(value);
    }

    private static double[] flat(double[][] rows, int d) {
        double[] out = new double[rows.length * d];
        for (int j = 0; j < rows.length; j++) {
            System.arraycopy(rows[j], 0, out, j * d, d);
        }
        return out;
    }
}
