package io.github.kmeans4j.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.EmptyClusterPolicy;
import io.github.kmeans4j.Initializer;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.recording.RunRecorder;
import io.github.kmeans4j.event.Assigned;
import io.github.kmeans4j.event.Initialized;
import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.event.RunStarted;
import io.github.kmeans4j.event.Updated;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tracker's series against the same scores recomputed from a {@link RunRecorder}'s copy of
 * the events: one point per assignment, the centroids in force from the preceding Initialized or
 * Updated event, one series per restart.
 */
class ScoreTrackerTest {

    /** What the tracker should have recorded, recomputed from recorded events with ClusterScores. */
    private static List<List<ScorePoint>> expected(List<KMeansEvent> events, Dataset data, Score score) {
        List<List<ScorePoint>> perRestart = new ArrayList<>();
        double[][] centroids = null;
        for (KMeansEvent e : events) {
            if (e instanceof RunStarted) {
                perRestart.add(new ArrayList<>());
            } else if (e instanceof Initialized i) {
                centroids = i.centroids();
            } else if (e instanceof Updated u) {
                centroids = u.centroids();
            } else if (e instanceof Assigned a) {
                int[] labels = a.labels();
                long clusters = java.util.Arrays.stream(labels).distinct().count();
                if (score != Score.INERTIA && clusters < 2) {
                    continue;
                }
                double value = switch (score) {
                    case INERTIA -> a.inertia();
                    case SILHOUETTE -> ClusterScores.silhouette(data, labels).mean();
                    case SIMPLIFIED_SILHOUETTE -> ClusterScores.simplifiedSilhouette(data, labels, centroids).mean();
                    case DAVIES_BOULDIN -> ClusterScores.daviesBouldin(data, labels);
                    case CALINSKI_HARABASZ -> ClusterScores.calinskiHarabasz(data, labels);
                };
                perRestart.get(a.restart()).add(new ScorePoint(a.iteration(), value));
            }
        }
        return perRestart;
    }

    @Test
    void everyScore_ofEveryAssignment_ofEveryRestart_isKept() {
        Dataset data = KSelectionTest.blobs(4, 31);
        ScoreTracker tracker = ScoreTracker.builder().threads(2).build();
        RunRecorder recorder = new RunRecorder();
        KMeans.builder().k(4).restarts(3).seed(8).initializer(Initializer.randomPoints())
                .listener(tracker).listener(recorder).build().fit(data);
        List<KMeansEvent> events = recorder.recording().events();
        ScoreHistory history = tracker.snapshot();

        assertThat(history.restarts()).isEqualTo(3);
        assertThat(history.scores()).containsExactlyInAnyOrder(Score.values());
        assertThat(history.silhouetteSampled()).isFalse();
        for (Score score : Score.values()) {
            List<List<ScorePoint>> expected = expected(events, data, score);
            for (int r = 0; r < 3; r++) {
                assertThat(history.series(r, score)).as("%s, restart %d", score, r).isNotEmpty()
                        .isEqualTo(expected.get(r));
            }
        }
    }

    @Test
    void aboveTheCostCap_theSilhouetteIsThatOfOneFixedSample() {
        Dataset data = KSelectionTest.blobs(3, 12);
        ScoreTracker tracker = ScoreTracker.builder().scores(Score.SILHOUETTE).exactSilhouetteUpTo(50)
                .silhouetteSampleSize(40).seed(5).build();
        RunRecorder recorder = new RunRecorder();
        KMeans.builder().k(3).seed(2).initializer(Initializer.randomPoints()).listener(tracker).listener(recorder)
                .build().fit(data);
        List<ScorePoint> series = tracker.series(0, Score.SILHOUETTE);

        assertThat(tracker.snapshot().silhouetteSampled()).isTrue();
        List<ScorePoint> expected = new ArrayList<>();
        for (KMeansEvent e : recorder.recording().events()) {
            if (e instanceof Assigned a) {
                expected.add(new ScorePoint(a.iteration(),
                        ClusterScores.silhouetteSampled(data, a.labels(), 40, 5).mean()));
            }
        }
        assertThat(series).isEqualTo(expected);
    }

    @Test
    void anAssignmentWithOneCluster_hasNoSilhouetteButHasItsInertia() {
        // The second centroid is far from every point: the first assignment puts all in cluster 0,
        // then the farthest-point repair moves it, and later assignments have two clusters.
        Dataset data = Dataset.of(new double[][] {{0}, {1}, {2}, {10}, {11}, {12}});
        ScoreTracker tracker = ScoreTracker.of(Score.INERTIA, Score.SILHOUETTE, Score.SIMPLIFIED_SILHOUETTE);
        KMeans.builder().k(2).initializer(Initializer.given(new double[][] {{5}, {1000}}))
                .emptyClusterPolicy(EmptyClusterPolicy.FARTHEST_POINT).listener(tracker).build().fit(data);

        List<ScorePoint> inertia = tracker.series(0, Score.INERTIA);
        List<ScorePoint> silhouette = tracker.series(0, Score.SILHOUETTE);
        assertThat(inertia.get(0).iteration()).isEqualTo(1);
        assertThat(silhouette).isNotEmpty().allMatch(p -> p.iteration() > 1);
        assertThat(silhouette).hasSize(inertia.size() - 1);
        assertThat(tracker.series(0, Score.SIMPLIFIED_SILHOUETTE)).hasSize(inertia.size() - 1);
    }

    @Test
    void aNewFit_startsAfreshButEarlierSnapshotsStayAsTheyWere() {
        Dataset data = KSelectionTest.blobs(2, 3);
        ScoreTracker tracker = ScoreTracker.of(Score.INERTIA);
        KMeans kmeans = KMeans.builder().k(2).restarts(2).seed(1).listener(tracker).build();
        kmeans.fit(data);
        ScoreHistory first = tracker.snapshot();
        List<ScorePoint> firstSeries = first.series(1, Score.INERTIA);

        kmeans.toBuilder().restarts(1).build().fit(data);

        assertThat(tracker.snapshot().restarts()).isEqualTo(1);
        assertThat(first.restarts()).isEqualTo(2);
        assertThat(first.series(1, Score.INERTIA)).isEqualTo(firstSeries);
        assertThatThrownBy(() -> firstSeries.add(new ScorePoint(9, 9))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void badInput_isRejectedWithTheReason() {
        assertThatThrownBy(() -> ScoreTracker.of()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("choose at least one score");
        assertThatThrownBy(() -> ScoreTracker.of(Score.INERTIA, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scores[1] is null");
        assertThatThrownBy(() -> ScoreTracker.builder().silhouetteSampleSize(1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("silhouetteSampleSize must be at least 2");
        assertThatThrownBy(() -> ScoreTracker.builder().threads(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads must be at least 1, was 0");
        ScoreTracker tracker = ScoreTracker.of(Score.INERTIA);
        assertThatThrownBy(() -> tracker.onEvent(new Assigned(0, 1, new int[] {0}, 0, 1, new int[] {1})))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("before any RunStarted");
        assertThatThrownBy(() -> tracker.series(0, Score.INERTIA))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("restart 0 is out of range");
        KMeans.builder().k(1).listener(tracker).build().fit(Dataset.of(new double[][] {{1}, {2}}));
        assertThatThrownBy(() -> tracker.series(0, Score.SILHOUETTE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SILHOUETTE is not followed");
    }
}
