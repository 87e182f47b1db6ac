package io.github.kmeans4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kmeans4j.recording.Frame;
import io.github.kmeans4j.recording.Recording;
import io.github.kmeans4j.event.Initialized;
import io.github.kmeans4j.event.KMeansEvent;
import org.junit.jupiter.api.Test;

/** The explorer's state and actions, without a display. */
class ExplorerModelTest {

    @Test
    void go_drawsTheAskedNumberOfPointsAndRecordsARunFromFrameZero() {
        ExplorerModel model = new ExplorerModel(5);
        model.setN(120);
        model.setK(4);
        model.go();
        assertThat(model.data().n()).isEqualTo(120);
        assertThat(model.data().classCount()).isEqualTo(4);
        assertThat(model.frame()).isZero();
        assertThat(model.recording().isComplete()).isTrue();
        assertThat(model.recording().data()).isEqualTo(model.data().data());
        assertThat(model.recording().frame(model.recording().size() - 1).phase()).isEqualTo(Frame.Phase.FINISHED);
    }

    @Test
    void goTwice_drawsOtherData_retry_keepsTheDataButStartsElsewhere() {
        ExplorerModel model = new ExplorerModel(5);
        model.setK(5);
        model.setInit(ExplorerModel.Init.RANDOM_POINTS);
        model.go();
        var first = model.data();
        double[][] firstStart = initial(model.recording());
        model.retry();
        assertThat(model.data()).isSameAs(first);
        assertThat(initial(model.recording())).isNotEqualTo(firstStart);
        model.go();
        assertThat(model.data().data()).isNotEqualTo(first.data());
    }

    @Test
    void placedCentroids_startTheRunOnceThereAreK() {
        ExplorerModel model = new ExplorerModel(1);
        model.setK(2);
        model.setInit(ExplorerModel.Init.PLACED);
        model.go();
        assertThat(model.recording()).isNull();
        assertThat(model.iterationLabel()).isEqualTo("Click 2 more centroid(s)");
        model.place(-3, 4);
        assertThat(model.recording()).isNull();
        model.place(7, -1);
        assertThat(initial(model.recording())).isDeepEqualTo(new double[][] {{-3, 4}, {7, -1}});
        model.place(0, 0);   // a third click starts a new placement
        assertThat(model.placed()).hasSize(1);
    }

    @Test
    void step_walksEveryFrameThenStops_seekClamps() {
        ExplorerModel model = new ExplorerModel(3);
        model.go();
        int frames = model.recording().size();
        int steps = 0;
        while (model.step()) {
            steps++;
        }
        assertThat(steps).isEqualTo(frames - 1);
        assertThat(model.atEnd()).isTrue();
        assertThat(model.iterationLabel()).startsWith("Iteration ").endsWith("finished");
        model.seek(-5);
        assertThat(model.frame()).isZero();
        model.seek(frames + 10);
        assertThat(model.frame()).isEqualTo(frames - 1);
    }

    @Test
    void everyPresetAndInitialiserRuns() {
        ExplorerModel model = new ExplorerModel(9);
        model.setN(60);
        for (ExplorerModel.Preset preset : ExplorerModel.Preset.values()) {
            for (ExplorerModel.Init init : ExplorerModel.Init.values()) {
                if (init == ExplorerModel.Init.PLACED) {
                    continue;
                }
                model.setPreset(preset);
                model.setInit(init);
                model.go();
                assertThat(model.recording().isComplete()).as(preset + " / " + init).isTrue();
            }
        }
    }

    @Test
    void badSettingsAndActionsAreRefusedWithTheirReason() {
        ExplorerModel model = new ExplorerModel(1);
        assertThatThrownBy(() -> model.setN(5)).hasMessage("points must be between 20 and 5000, not 5");
        assertThatThrownBy(() -> model.setK(11)).hasMessage("K must be between 1 and 10, not 11");
        assertThatThrownBy(() -> model.setSpread(Double.NaN)).hasMessageContaining("spread must be between");
        assertThatThrownBy(model::retry).isInstanceOf(IllegalStateException.class).hasMessageContaining("press GO");
        assertThatThrownBy(() -> model.place(0, 0)).isInstanceOf(IllegalStateException.class);
        model.go();
        assertThatThrownBy(() -> model.place(Double.NaN, 0)).hasMessageContaining("finite");
    }

    @Test
    void markers_showPlacedCentroidsUntilARunStartsFromThem() {
        ExplorerModel model = new ExplorerModel(2);
        model.setK(2);
        model.setInit(ExplorerModel.Init.PLACED);
        model.go();
        model.place(1, 2);
        assertThat(model.markers()).containsExactly(new double[] {1, 2});
        model.place(3, 4);
        assertThat(model.markers()).isEmpty();
        assertThat(model.placed()).hasSize(2);
        model.retry();
        assertThat(initial(model.recording())).isDeepEqualTo(new double[][] {{1, 2}, {3, 4}});
        model.place(5, 6);
        assertThat(model.markers()).containsExactly(new double[] {5, 6});
        model.setK(3);
        assertThatThrownBy(model::retry).isInstanceOf(IllegalStateException.class)
                .hasMessage("RETRY from placed centroids needs 3 of them: click 2 more in the plot");
    }

    @Test
    void placingOverAnEarlierRun_showsTheStartAlone_stepsNothing_andAnotherInitialiserAbandonsIt() {
        ExplorerModel model = new ExplorerModel(6);
        model.setK(2);
        model.go();
        Recording first = model.recording();
        model.step();
        model.setInit(ExplorerModel.Init.PLACED);
        model.place(1, 1);
        assertThat(model.placing()).isTrue();
        assertThat(model.shown().size()).isEqualTo(1);
        assertThat(model.shownFrame()).isZero();
        assertThat(model.step()).isFalse();
        assertThat(model.iterationLabel()).isEqualTo("Click 1 more centroid(s)");
        model.setInit(ExplorerModel.Init.RANDOM_POINTS);
        model.retry();
        assertThat(model.placing()).isFalse();
        assertThat(model.markers()).isEmpty();
        assertThat(model.recording()).isNotSameAs(first);
        assertThat(model.shown()).isSameAs(model.recording());
        model.step();
        assertThat(model.shownFrame()).isEqualTo(1);
    }

    @Test
    void shown_isNullBeforeGo_theStartAloneWhileCentroidsAreAwaited_thenTheRun() {
        ExplorerModel model = new ExplorerModel(4);
        assertThat(model.shown()).isNull();
        model.setInit(ExplorerModel.Init.PLACED);
        model.setK(1);
        model.go();
        Recording waiting = model.shown();
        assertThat(waiting.size()).isEqualTo(1);
        assertThat(waiting.data()).isEqualTo(model.data().data());
        assertThat(waiting.frame(0).phase()).isEqualTo(Frame.Phase.STARTED);
        model.place(0, 0);
        assertThat(model.shown()).isSameAs(model.recording());
        assertThat(model.recording().isComplete()).isTrue();
    }

    @Test
    void nullChoicesAreRefusedWithIllegalArgument() {
        ExplorerModel model = new ExplorerModel(1);
        assertThatThrownBy(() -> model.setPreset(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("preset must not be null");
        assertThatThrownBy(() -> model.setInit(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("init must not be null");
    }

    private static double[][] initial(Recording recording) {
        for (KMeansEvent e : recording.events()) {
            if (e instanceof Initialized i) {
                return i.centroids();
            }
        }
        throw new AssertionError("no Initialized event");
    }
}
