package io.github.kmeans4j.viz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.data.Generators;
import io.github.kmeans4j.data.LabeledData;
import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.metrics.Score;
import io.github.kmeans4j.metrics.ScorePoint;
import io.github.kmeans4j.metrics.ScoreTracker;
import io.github.kmeans4j.recording.Recording;
import io.github.kmeans4j.recording.RunRecorder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One scoring path: the painter's charts show what the core's ScoreTracker reports when it
 * listens to the same fit (the painter used to compute its own silhouette, 0.3605 against the
 * tracker's 0.3700 at n = 3 000), and a live view's growing recording gives the same charts as a
 * painter built on the whole run.
 */
class ScorePathTest {
    @Test
    void defaultCharts_equalTheTrackersSeries_everyIteration() {
        LabeledData blobs = Generators.blobs().centers(4).spread(2.5).n(3000).seed(3).generate();
        RunRecorder recorder = new RunRecorder();
        ScoreTracker tracker = ScoreTracker.builder().scores(Score.INERTIA, Score.SILHOUETTE).build();
        KMeans.builder().k(4).seed(2).restarts(2).listener(recorder).listener(tracker).build().fit(blobs.data());
        FramePainter painter = FramePainter.of(recorder.recording());
        assertThat(painter.scores).extracting(ScoreSeries::name).containsExactly("inertia", "silhouette");
        int compared = 0;
        for (int restart = 0; restart < 2; restart++) {
            List<ScorePoint> silhouette = tracker.series(restart, Score.SILHOUETTE);
            assertThat(silhouette).isNotEmpty();
            for (ScorePoint p : silhouette) {
                assertThat(painter.scores.get(1).value(restart, p.iteration())).isEqualTo(p.value());
                compared++;
            }
            for (ScorePoint p : tracker.series(restart, Score.INERTIA)) {
                assertThat(painter.scores.get(0).value(restart, p.iteration())).isEqualTo(p.value());
            }
        }
        assertThat(compared).isGreaterThan(4);
    }

    @Test
    void liveView_growingRecording_sameChartsAsTheWholeRun() {
        LabeledData blobs = Generators.blobs().centers(3).spread(1.5).n(600).seed(5).generate();
        RunRecorder recorder = new RunRecorder();
        KMeans.builder().k(3).seed(4).listener(recorder).build().fit(blobs.data());
        List<KMeansEvent> events = recorder.recording().events();
        FramePainter live = FramePainter.of(Recording.of(events.subList(0, 3)));
        for (int end = 4; end <= events.size(); end++) {
            live = live.withRecording(Recording.of(events.subList(0, end)));
        }
        FramePainter whole = FramePainter.of(recorder.recording());
        for (int it = 1; it <= 20; it++) {
            for (int s = 0; s < 2; s++) {
                double a = live.scores.get(s).value(0, it);
                double b = whole.scores.get(s).value(0, it);
                assertThat(Double.compare(a, b)).as("series %d iteration %d: %s vs %s", s, it, a, b).isZero();
            }
        }
    }
}
