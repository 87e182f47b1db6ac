package io.github.kmeans4j;

import io.github.kmeans4j.recording.Frame;
import io.github.kmeans4j.recording.Recording;
import io.github.kmeans4j.recording.RunRecorder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kmeans4j.event.Assigned;
import io.github.kmeans4j.event.EmptyClusterRepaired;
import io.github.kmeans4j.event.Initialized;
import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.event.RunFinished;
import io.github.kmeans4j.event.RunStarted;
import io.github.kmeans4j.event.SeedChosen;
import io.github.kmeans4j.event.Updated;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Recording} and its {@link Frame}s, {@link RunRecorder}, replay, and {@link ProgressPrinter}.
 */
class RecordingTest {

    // ------------------------------------------------------------------ fixtures

    /** Points 0..99 on a line from centroids 0 and 1: 8 assignments, 7 updates, converging to 24.5 and 74.5. */
    private static Dataset line() {
        double[] values = new double[100];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        return Dataset.ofValues(values);
    }

    private static KMeans.Builder slowLine() {
        return KMeans.builder().k(2).seed(1).initializer(Initializer.given(new double[][] {{0}, {1}}));
    }

    /**
     * {0, 1, 2} from centroids 1 and 1000. Hand-worked events: RunStarted, 2 × SeedChosen,
     * Initialized, Assigned(1) labels [0, 0, 0] inertia 2, EmptyClusterRepaired(1) cluster 1 → row 0
     * (value 0), Updated(1) centroids (1.5, 0) shifts (0.5, 1000), Assigned(2) labels [1, 0, 0]
     * inertia 0.5 with 1 point moved, Updated(2) with no shift, RunFinished(2, CENTROID_SHIFT).
     */
    private static KMeans.Builder repairing() {
        return KMeans.builder().k(2).seed(7).initializer(Initializer.given(new double[][] {{1}, {1000}}));
    }

    private static Dataset blobs(long seed, int n) {
        Random random = new Random(seed);
        double[][] centers = {{0, 0}, {6, 1}, {3, 6}};
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] c = centers[i % centers.length];
            rows[i] = new double[] {c[0] + random.nextGaussian(), c[1] + random.nextGaussian()};
        }
        return Dataset.of(rows);
    }

    private static Recording record(KMeans.Builder builder, Dataset data) {
        RunRecorder recorder = new RunRecorder();
        builder.listener(recorder).build().fit(data);
        return recorder.recording();
    }

    // ------------------------------------------------------------------ frames

    @Test
    void frames_anyFit_onePerEventInOrder() {
        List<KMeansEvent> direct = new ArrayList<>();
        RunRecorder recorder = new RunRecorder();
        KMeans.builder().k(3).seed(5).restarts(2).listener(direct::add).listener(recorder).build().fit(blobs(1, 30));
        Recording recording = recorder.recording();

        assertThat(recording.events()).isEqualTo(direct);
        assertThat(recording.size()).isEqualTo(direct.size()).isEqualTo(recording.frames().size());
        for (int i = 0; i < recording.size(); i++) {
            Frame frame = recording.frame(i);
            assertThat(frame.index()).isEqualTo(i);
            assertThat(frame.event()).isSameAs(direct.get(i));
            assertThat(frame.restart()).isEqualTo(direct.get(i).restart());
            assertThat(frame.iteration()).isEqualTo(direct.get(i).iteration());
            assertThat(recording.frames().get(i)).isSameAs(frame);
        }
        assertThatThrownBy(() -> recording.frame(recording.size()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("frame " + recording.size());
        assertThatThrownBy(() -> recording.frame(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void frames_eachPhaseMatchesItsEventKind() {
        Recording recording = record(repairing(), Dataset.ofValues(0, 1, 2));

        assertThat(recording.frames()).extracting(Frame::phase).containsExactly(
                Frame.Phase.STARTED, Frame.Phase.SEED_CHOSEN, Frame.Phase.SEED_CHOSEN, Frame.Phase.INITIALIZED,
                Frame.Phase.ASSIGNED, Frame.Phase.EMPTY_CLUSTER_REPAIRED, Frame.Phase.UPDATED,
                Frame.Phase.ASSIGNED, Frame.Phase.UPDATED, Frame.Phase.FINISHED);
        assertThat(recording.isComplete()).isTrue();
    }

    @Test
    void frames_beforeFirstAssignmentOfEachRun_haveNoLabelsAndFromItOnHaveThem() {
        Recording recording = record(KMeans.builder().k(3).seed(2).restarts(3), blobs(2, 24));

        boolean assignedInThisRun = false;
        int runsSeen = 0;
        for (Frame frame : recording.frames()) {
            if (frame.event() instanceof RunStarted) {
                assignedInThisRun = false;
                runsSeen++;
            }
            if (frame.event() instanceof Assigned a) {
                assignedInThisRun = true;
                assertThat(frame.labels()).hasValueSatisfying(labels -> assertThat(labels).containsExactly(a.labels()));
                assertThat(frame.inertia()).hasValue(a.inertia());
            }
            if (assignedInThisRun) {
                assertThat(frame.labels()).as("frame %d", frame.index()).isPresent();
                assertThat(frame.inertia()).isPresent();
            } else {
                assertThat(frame.labels()).as("frame %d", frame.index()).isEmpty();
                assertThat(frame.inertia()).isEmpty();
            }
        }
        assertThat(runsSeen).isEqualTo(3);
    }

    @Test
    void frames_duringSeeding_centroidCountGrowsFromOneToK() {
        Recording recording = record(KMeans.builder().k(4).seed(3).restarts(2), blobs(3, 40));

        List<Integer> counts = new ArrayList<>();
        for (Frame frame : recording.frames()) {
            if (frame.phase() == Frame.Phase.STARTED) {
                assertThat(frame.centroidCount()).isZero();
                assertThat(frame.centroids()).isEmpty();
            } else if (frame.event() instanceof SeedChosen s) {
                counts.add(frame.centroidCount());
                assertThat(frame.centroids()[s.seedIndex()]).containsExactly(s.centroid());
            } else {
                assertThat(frame.centroidCount()).as("frame %d", frame.index()).isEqualTo(4);
            }
        }
        assertThat(counts).containsExactly(1, 2, 3, 4, 1, 2, 3, 4);
    }

    @Test
    void frames_initializedAndUpdated_showTheEventsCentroids() {
        Recording recording = record(slowLine(), line());

        for (Frame frame : recording.frames()) {
            if (frame.event() instanceof Initialized i) {
                assertThat(frame.centroids()).isDeepEqualTo(i.centroids()).isDeepEqualTo(new double[][] {{0}, {1}});
            } else if (frame.event() instanceof Updated u) {
                assertThat(frame.centroids()).isDeepEqualTo(u.centroids());
            }
        }
    }

    @Test
    void frames_emptyClusterRepaired_showTheRepairedCentroid() {
        Recording recording = record(repairing(), Dataset.ofValues(0, 1, 2));

        Frame repaired = recording.frame(5);
        assertThat(repaired.event()).isInstanceOf(EmptyClusterRepaired.class);
        EmptyClusterRepaired event = (EmptyClusterRepaired) repaired.event();
        assertThat(event.cluster()).isEqualTo(1);
        assertThat(event.relocated()).isTrue();
        // Cluster 1 now sits on row 0 (value 0); cluster 0 is still at its initial 1 until the update.
        assertThat(repaired.centroids()).isDeepEqualTo(new double[][] {{1}, {0}});
        assertThat(repaired.centroids()[event.cluster()]).containsExactly(event.centroid());
        assertThat(repaired.labels()).hasValueSatisfying(l -> assertThat(l).containsExactly(0, 0, 0));
        assertThat(repaired.caption()).contains("Iteration 1").contains("cluster 1").contains("empty");
        assertThat(recording.frame(6).centroids()).isDeepEqualTo(new double[][] {{1.5}, {0}});
    }

    @Test
    void frames_finished_holdTheResultsCentroidsAndLabels() {
        RunRecorder recorder = new RunRecorder();
        KMeansResult result = KMeans.builder().k(3).seed(8).listener(recorder).build().fit(blobs(4, 30));
        Recording recording = recorder.recording();

        Frame last = recording.frame(recording.size() - 1);
        assertThat(last.phase()).isEqualTo(Frame.Phase.FINISHED);
        assertThat(last.centroids()).isDeepEqualTo(result.centroids());
        assertThat(last.labels()).hasValueSatisfying(l -> assertThat(l).containsExactly(result.labels()));
        assertThat(last.inertia()).hasValue(result.inertia());
        assertThat(recording.result()).hasValueSatisfying(r -> {
            assertThat(r.centroids()).isDeepEqualTo(result.centroids());
            assertThat(r.labels()).containsExactly(result.labels());
        });
    }

    @Test
    void frames_returnedArraysMutated_frameUnchanged() {
        Recording recording = record(repairing(), Dataset.ofValues(0, 1, 2));
        Frame frame = recording.frame(7);   // Assigned(2): labels [1, 0, 0], centroids (1.5, 0)

        frame.centroids()[0][0] = 99;
        frame.labels().orElseThrow()[0] = 0;

        assertThat(frame.centroids()).isDeepEqualTo(new double[][] {{1.5}, {0}});
        assertThat(frame.labels()).hasValueSatisfying(l -> assertThat(l).containsExactly(1, 0, 0));
        assertThat(frame.inertia()).hasValue(0.5);
        assertThatThrownBy(() -> recording.events().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> recording.frames().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    // ------------------------------------------------------------------ captions

    @Test
    void captions_assignAndUpdateFrames_nameIterationAndPhase() {
        Recording recording = record(slowLine(), line());

        Frame assign2 = recording.frames().stream()
                .filter(f -> f.event() instanceof Assigned a && a.iteration() == 2).findFirst().orElseThrow();
        Frame update2 = recording.frames().stream()
                .filter(f -> f.event() instanceof Updated u && u.iteration() == 2).findFirst().orElseThrow();

        assertThat(assign2.caption()).contains("Iteration 2").contains("assign").contains("25 points changed cluster");
        assertThat(update2.caption()).contains("Iteration 2").contains("update");
        assertThat(recording.frame(1).caption()).contains("Seed 1 of 2");
    }

    @Test
    void captions_labelsStable_finalCaptionSaysConvergedAfterItsIterations() {
        Recording recording = record(slowLine(), line());

        String caption = recording.frame(recording.size() - 1).caption();

        assertThat(caption).contains("Converged").contains("8 iterations").contains("no point changed cluster");
    }

    @Test
    void captions_maxIterations_finalCaptionsSayStoppedAndFinalAssignment() {
        Recording recording = record(slowLine().maxIterations(2), line());

        assertThat(recording.frame(recording.size() - 1).caption()).contains("Stopped").contains("2 iterations")
                .doesNotContain("Converged");
        assertThat(recording.frame(recording.size() - 2).caption()).contains("Final assignment");
    }

    @Test
    void captions_germanDefaultLocale_numbersUseADecimalPoint() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            Recording recording = record(repairing(), Dataset.ofValues(0, 1, 2));

            assertThat(recording.frame(7).caption()).contains("0.5").doesNotContain("0,5");
        } finally {
            Locale.setDefault(saved);
        }
    }

    // ------------------------------------------------------------------ replay and recorder

    @Test
    void replay_deliversEqualEventsInOrder() {
        List<KMeansEvent> direct = new ArrayList<>();
        RunRecorder recorder = new RunRecorder();
        KMeans.builder().k(3).seed(6).restarts(2).listener(direct::add).listener(recorder).build().fit(blobs(5, 30));
        Recording recording = recorder.recording();

        List<KMeansEvent> replayed = new ArrayList<>();
        recording.replay(replayed::add);

        assertThat(replayed).isEqualTo(direct);
        assertThat(replayed.get(0)).isInstanceOf(RunStarted.class);
        assertThat(replayed.get(replayed.size() - 1)).isInstanceOf(RunFinished.class);
        assertThatThrownBy(() -> recording.replay(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void replay_afterSaveAndLoad_deliversEqualEventsInOrder() throws IOException {
        Recording recording = record(repairing(), Dataset.ofValues(0, 1, 2));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        recording.save(bytes);
        Recording loaded = Recording.load(new java.io.ByteArrayInputStream(bytes.toByteArray()));

        List<KMeansEvent> replayed = new ArrayList<>();
        loaded.replay(replayed::add);

        assertThat(replayed).isEqualTo(recording.events());
    }

    @Test
    void replay_listenerThrows_replayStopsAndPropagates() {
        Recording recording = record(repairing(), Dataset.ofValues(0, 1, 2));
        List<KMeansEvent> seen = new ArrayList<>();
        IllegalStateException boom = new IllegalStateException("stop");

        assertThatThrownBy(() -> recording.replay(e -> {
            seen.add(e);
            if (e instanceof Initialized) {
                throw boom;
            }
        })).isSameAs(boom);
        assertThat(seen).isEqualTo(recording.events().subList(0, 4));
    }

    @Test
    void runRecorder_secondFit_startsAfreshAtItsRunStarted() {
        RunRecorder recorder = new RunRecorder();
        KMeans kmeans = KMeans.builder().k(2).seed(1).restarts(2).listener(recorder).build();
        kmeans.fit(blobs(7, 20));
        int firstSize = recorder.size();

        List<KMeansEvent> second = new ArrayList<>();
        Dataset secondData = Dataset.ofValues(0, 1, 2, 10, 11, 12, 20);
        kmeans.toBuilder().listener(second::add).build().fit(secondData);

        Recording recording = recorder.recording();
        assertThat(firstSize).isGreaterThan(0);
        assertThat(recording.events()).isEqualTo(second);
        assertThat(recorder.size()).isEqualTo(second.size());
        assertThat(recording.data()).isEqualTo(secondData);
        assertThat(recording.events().get(0)).isInstanceOfSatisfying(RunStarted.class,
                s -> assertThat(s.restart()).isZero());
        assertThat(recording.events()).filteredOn(RunStarted.class::isInstance).hasSize(2);
    }

    @Test
    void runRecorder_beforeAnyFitAndAfterClear_hasNothingToRecord() {
        RunRecorder recorder = new RunRecorder();
        assertThatThrownBy(recorder::recording)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nothing recorded");

        slowLine().listener(recorder).build().fit(line());
        assertThat(recorder.size()).isGreaterThan(0);
        recorder.clear();

        assertThat(recorder.size()).isZero();
        assertThatThrownBy(recorder::recording).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void runRecorder_duringFit_recordingSoFarIsIncomplete() {
        RunRecorder recorder = new RunRecorder();
        List<Recording> partial = new ArrayList<>();
        slowLine().listener(recorder).listener(e -> {
            if (e instanceof Updated u && u.iteration() == 1) {
                partial.add(recorder.recording());
            }
        }).build().fit(line());

        assertThat(partial).singleElement().satisfies(r -> {
            assertThat(r.isComplete()).isFalse();
            assertThat(r.result()).isEmpty();
            assertThat(r.events().get(r.size() - 1)).isInstanceOf(Updated.class);
        });
        assertThat(recorder.recording().isComplete()).isTrue();
    }

    @Test
    void recordingOf_emptyOrNullList_rejected() {
        assertThatThrownBy(() -> Recording.of(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one event");
        assertThatThrownBy(() -> Recording.of(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one event");
    }

    @Test
    void recordingOf_firstEventNotRunStarted_rejectedNamingWhatItFound() {
        List<KMeansEvent> events = record(repairing(), Dataset.ofValues(0, 1, 2)).events();

        assertThatThrownBy(() -> Recording.of(events.subList(1, events.size())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RunStarted")
                .hasMessageContaining("SeedChosen");
    }

    @Test
    void recordingOf_nullEvent_rejectedNamingItsIndex() {
        List<KMeansEvent> events = new ArrayList<>(record(repairing(), Dataset.ofValues(0, 1, 2)).events());
        events.set(3, null);

        assertThatThrownBy(() -> Recording.of(events))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("event 3")
                .hasMessageContaining("null");
    }

    @Test
    void recordingOf_callerChangesListAfterwards_recordingUnchanged() {
        List<KMeansEvent> events = new ArrayList<>(record(repairing(), Dataset.ofValues(0, 1, 2)).events());
        Recording recording = Recording.of(events);
        int size = events.size();

        events.clear();

        assertThat(recording.size()).isEqualTo(size);
        assertThat(recording.events()).hasSize(size);
    }

    // ------------------------------------------------------------------ growing a recording

    /**
     * A recording grown one event at a time (as a live viewer grows it) is the recording of all
     * the events at once: same events, and frames with the same phase, caption, centroids,
     * labels and inertia. The fits cover seeding, a repair, restarts, a run stopped by the
     * iteration limit (whose last assignment is captioned as the final one only once the
     * RunFinished after it arrives) and one stopped by stable labels.
     */
    @Test
    void with_eventsOneAtATime_equalsTheRecordingOfThemAll() {
        List<Recording> whole = List.of(
                record(repairing(), Dataset.ofValues(0, 1, 2)),
                record(slowLine().maxIterations(3), line()),
                record(slowLine(), line()),
                record(KMeans.builder().k(3).seed(4).restarts(3), blobs(3, 60)));
        for (Recording expected : whole) {
            List<KMeansEvent> events = expected.events();
            Recording grown = Recording.of(events.subList(0, 1));
            for (KMeansEvent e : events.subList(1, events.size())) {
                grown = grown.with(e);
            }
            assertThat(grown).isEqualTo(expected);
            assertThat(grown.size()).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                Frame a = grown.frame(i);
                Frame b = expected.frame(i);
                String where = "frame " + i + " of " + expected;
                assertThat(a.index()).as(where).isEqualTo(i);
                assertThat(a.event()).as(where).isEqualTo(b.event());
                assertThat(a.phase()).as(where).isEqualTo(b.phase());
                assertThat(a.caption()).as(where).isEqualTo(b.caption());
                assertThat(a.centroids()).as(where).isDeepEqualTo(b.centroids());
                assertThat(a.labels().orElse(null)).as(where).isEqualTo(b.labels().orElse(null));
                assertThat(a.inertia()).as(where).isEqualTo(b.inertia());
            }
        }
        assertThat(whole.get(1).frames().get(whole.get(1).size() - 2).caption())
                .startsWith("Final assignment to the last centroids");
    }

    @Test
    void with_leavesTheRecordingItExtendsUnchanged() {
        Recording full = record(repairing(), Dataset.ofValues(0, 1, 2));
        Recording start = Recording.of(full.events().subList(0, 4));
        Recording longer = start.with(full.events().get(4));

        assertThat(start.size()).isEqualTo(4);
        assertThat(start.events()).isEqualTo(full.events().subList(0, 4));
        assertThat(longer.size()).isEqualTo(5);
    }

    @Test
    void with_badEvent_rejectedNamingItsIndex() {
        Recording full = record(repairing(), Dataset.ofValues(0, 1, 2));
        Recording start = Recording.of(full.events().subList(0, 4));
        RunStarted first = (RunStarted) full.events().get(0);
        RunStarted elsewhere = new RunStarted(1, 2, Dataset.ofValues(5, 6, 7), 2, 7, "given",
                first.emptyClusterPolicy(), first.maxIterations(), first.tolerance());

        assertThatThrownBy(() -> start.with(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("event 4 is null");
        assertThatThrownBy(() -> start.with(elsewhere))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("event 4 starts a run on other data");
        assertThatThrownBy(() -> start.with(new Assigned(0, 1, new int[] {0, 1}, 1.0, 2, new int[] {1, 1})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("event 4 (Assigned): 2 labels for 3 points");
        assertThatThrownBy(() -> start.with(new Assigned(0, 1, new int[] {0, 2, 1}, 1.0, 3, new int[] {1, 2})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("label 2 is outside [0, 2)");
        assertThatThrownBy(() -> start.with(new Updated(0, 1, new double[][] {{1, 2}, {3, 4}}, new double[] {0, 0})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("event 4 (Updated)");
    }

    // ------------------------------------------------------------------ progress printer

    @Test
    void progressPrinter_oneLinePerRunStartedUpdatedAndRunFinished() {
        StringBuilder out = new StringBuilder();
        List<KMeansEvent> events = new ArrayList<>();
        KMeans.builder().k(3).seed(9).restarts(3).listener(events::add).listener(new ProgressPrinter(out))
                .build().fit(blobs(8, 45));

        long expected = events.stream()
                .filter(e -> e instanceof RunStarted || e instanceof Updated || e instanceof RunFinished).count();
        List<String> lines = Arrays.asList(out.toString().split(System.lineSeparator()));

        assertThat(out.toString()).endsWith(System.lineSeparator());
        assertThat(lines).hasSize((int) expected);
        assertThat(lines).filteredOn(l -> l.contains(" finished after ")).hasSize(3);
        assertThat(lines).filteredOn(l -> l.matches("restart \\d: n=45 d=2 k=3 seed=9 init=.*")).hasSize(3);
        assertThat(lines).filteredOn(l -> l.matches("restart \\d iteration \\d+: .*")).hasSize(
                (int) events.stream().filter(Updated.class::isInstance).count());
    }

    @Test
    void progressPrinter_germanDefaultLocale_writesHandCheckedLinesWithDecimalPoints() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            StringBuilder out = new StringBuilder();

            repairing().listener(new ProgressPrinter(out)).build().fit(Dataset.ofValues(0, 1, 2));

            String nl = System.lineSeparator();
            String[] lines = out.toString().split(nl);
            assertThat(lines).hasSize(4);
            assertThat(lines[0]).startsWith("restart 0: n=3 d=1 k=2 seed=7 init=");
            // Iteration 1: inertia 1 + 0 + 1 = 2, all 3 points moved, centroid 1 jumps from 1000 to 0.
            assertThat(lines[1]).isEqualTo("restart 0 iteration 1: inertia 2, 3 points moved, largest shift 1000");
            // Iteration 2: inertia 0 + 0.25 + 0.25 = 0.5, point 0 moved, nothing shifts.
            assertThat(lines[2]).isEqualTo("restart 0 iteration 2: inertia 0.5, 1 point moved, largest shift 0");
            assertThat(lines[3]).isEqualTo("restart 0 finished after 2 iterations: the centroids moved less than the tolerance,"
                    + " inertia 0.5");
            assertThat(out.toString()).doesNotContain("0,5").doesNotContain("2,0");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void progressPrinter_nullOutput_rejected() {
        assertThatThrownBy(() -> new ProgressPrinter(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("output");
    }

    @Test
    void progressPrinter_failingOutput_endsTheFitWithUncheckedIOException() {
        Appendable broken = new Appendable() {
            @Override
            public Appendable append(CharSequence csq) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public Appendable append(CharSequence csq, int start, int end) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public Appendable append(char c) throws IOException {
                throw new IOException("disk full");
            }
        };
        KMeans kmeans = slowLine().listener(new ProgressPrinter(broken)).build();

        assertThatThrownBy(() -> kmeans.fit(line()))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasRootCauseMessage("disk full");
    }
}
