package io.github.kmeans4j.viz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kmeans4j.CancellationToken;
import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.Initializer;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.KMeansResult;
import io.github.kmeans4j.StopReason;
import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.event.RunFinished;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class LiveViewTest {

    private static final Dataset DATA = Dataset.of(new double[][] {
        {0, 0}, {1, 0}, {0, 1}, {5, 5}, {6, 5}, {5, 6}, {9, 0}, {9, 1}, {8, 0}});

    private static KMeans kmeans(LiveView view) {
        return kmeans(view, 1);
    }

    private static KMeans kmeans(LiveView view, int restarts) {
        return KMeans.builder().k(3).initializer(Initializer.given(new double[][] {{0, 0}, {1, 0}, {0, 1}}))
                .restarts(restarts).threads(1).listener(view).build();
    }

    private static KMeansEvent lastEvent(LiveView.Update update) {
        List<KMeansEvent> events = update.painter().recording().events();
        return events.get(events.size() - 1);
    }

    /** Releases one step per update until the update showing restart 0's end arrives; returns that update. */
    private static LiveView.Update stepToEndOfFirstRestart(List<LiveView.Update> updates, Pacer pacer)
            throws InterruptedException {
        for (int seen = 1; ; seen++) {
            awaitSize(updates, seen);
            assertThat(updates).as("update %d", seen).hasSizeGreaterThanOrEqualTo(seen);
            LiveView.Update update = updates.get(seen - 1);
            if (lastEvent(update) instanceof RunFinished) {
                return update;
            }
            pacer.release();
        }
    }

    private static void awaitSize(List<?> list, int size) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (list.size() < size && System.nanoTime() < end) {
            Thread.sleep(2);
        }
    }

    @Test
    @Timeout(30)
    void onEvent_fitWaitsForEachReleasedStep() throws Exception {
        Pacer pacer = new Pacer();
        List<LiveView.Update> updates = new CopyOnWriteArrayList<>();
        LiveView view = new LiveView(UnaryOperator.identity(), updates::add, pacer, null);
        AtomicReference<KMeansResult> result = new AtomicReference<>();
        Thread fit = new Thread(() -> result.set(kmeans(view).fit(DATA)), "test-fit");
        fit.start();
        int steps = 0;
        while (fit.isAlive() || updates.size() > steps) {
            awaitSize(updates, steps + 1);
            if (!fit.isAlive()) {
                break;
            }
            steps++;
            assertThat(updates).hasSize(steps);
            // Not released: the fit stays where it is.
            Thread.sleep(20);
            assertThat(updates).as("events before release %d", steps).hasSize(steps);
            pacer.release();
            if (updates.get(steps - 1).finished()) {
                break;
            }
        }
        fit.join(10_000);
        assertThat(fit.isAlive()).isFalse();
        assertThat(result.get()).isNotNull();
        LiveView.Update last = updates.get(updates.size() - 1);
        assertThat(last.finished()).isTrue();
        assertThat(updates).hasSize(last.painter().frameCount());
        for (int i = 0; i < updates.size(); i++) {
            assertThat(updates.get(i).painter().frameCount()).as("frames after event %d", i).isEqualTo(i + 1);
        }
    }

    @Test
    @Timeout(30)
    void stopPacing_letsTheFitRunToTheEnd() throws Exception {
        Pacer pacer = new Pacer();
        List<LiveView.Update> updates = new CopyOnWriteArrayList<>();
        LiveView view = new LiveView(UnaryOperator.identity(), updates::add, pacer, null);
        AtomicReference<KMeansResult> result = new AtomicReference<>();
        Thread fit = new Thread(() -> result.set(kmeans(view).fit(DATA)), "test-fit");
        fit.start();
        awaitSize(updates, 1);
        view.stopPacing();
        fit.join(10_000);
        assertThat(fit.isAlive()).isFalse();
        assertThat(updates.get(updates.size() - 1).finished()).isTrue();
    }

    @Test
    @Timeout(30)
    void interruptWhileWaiting_cancelsTheFit() throws Exception {
        Pacer pacer = new Pacer();
        List<LiveView.Update> updates = new CopyOnWriteArrayList<>();
        LiveView view = new LiveView(UnaryOperator.identity(), updates::add, pacer, null);
        AtomicReference<KMeansResult> result = new AtomicReference<>();
        Thread fit = new Thread(() -> result.set(kmeans(view).fit(DATA)), "test-fit");
        fit.start();
        awaitSize(updates, 1);
        fit.interrupt();
        fit.join(10_000);
        assertThat(fit.isAlive()).isFalse();
        assertThat(result.get().stopReason()).isEqualTo(StopReason.CANCELLED);
    }

    @Test
    @Timeout(60)
    void onEvent_cancelledDuringFirstOfThreeRestarts_viewEndsAndFitReturnsWithoutAnotherStep() throws Exception {
        Pacer pacer = new Pacer();
        List<LiveView.Update> updates = new CopyOnWriteArrayList<>();
        LiveView view = new LiveView(UnaryOperator.identity(), updates::add, pacer, null);
        CancellationToken token = new CancellationToken();
        AtomicReference<KMeansResult> result = new AtomicReference<>();
        Thread fit = new Thread(() -> result.set(kmeans(view, 3).fit(DATA, token)), "test-fit");
        fit.start();
        try {
            awaitSize(updates, 1);
            token.cancel();
            // The view is not told of the token: it learns of the cancellation from restart 0's end.
            LiveView.Update end = stepToEndOfFirstRestart(updates, pacer);
            fit.join(10_000);
            assertThat(fit.isAlive()).as("the fit returned without another released step").isFalse();
            assertThat(((RunFinished) lastEvent(end)).stopReason()).isEqualTo(StopReason.CANCELLED);
            assertThat(end.finished()).as("the view shows the run as ended").isTrue();
            assertThat(end.cancelled()).isTrue();
            assertThat(updates.get(updates.size() - 1)).isSameAs(end);
            assertThat(result.get().cancelled()).isTrue();
        } finally {
            view.stopPacing();
            fit.join(10_000);
        }
    }

    @Test
    @Timeout(60)
    void onEvent_tokenCancelledWhileWaitingAfterARestartsEnd_viewEndsAndFitReturnsWithoutAStep() throws Exception {
        Pacer pacer = new Pacer();
        List<LiveView.Update> updates = new CopyOnWriteArrayList<>();
        CancellationToken token = new CancellationToken();
        LiveView view = new LiveView(UnaryOperator.identity(), updates::add, pacer, token);
        AtomicReference<KMeansResult> result = new AtomicReference<>();
        Thread fit = new Thread(() -> result.set(kmeans(view, 3).fit(DATA, token)), "test-fit");
        fit.start();
        try {
            LiveView.Update end = stepToEndOfFirstRestart(updates, pacer);
            // Restart 0 converged; the fit waits for a step before restart 1 and is cancelled there,
            // so it stops with no further event.
            assertThat(((RunFinished) lastEvent(end)).stopReason()).isNotEqualTo(StopReason.CANCELLED);
            assertThat(end.finished()).isFalse();
            token.cancel();
            fit.join(10_000);
            assertThat(fit.isAlive()).as("the fit returned without a released step").isFalse();
            LiveView.Update last = updates.get(updates.size() - 1);
            assertThat(last.finished()).isTrue();
            assertThat(last.cancelled()).isTrue();
            assertThat(last.painter().frameCount()).isEqualTo(end.painter().frameCount());
            assertThat(result.get().cancelled()).isTrue();
            assertThat(result.get().restartSummaries()).hasSize(1);
        } finally {
            view.stopPacing();
            fit.join(10_000);
        }
    }

    @Test
    @Timeout(60)
    void onEvent_interruptedWhileWaitingAfterARestartsEnd_viewEndsAsCancelled() throws Exception {
        Pacer pacer = new Pacer();
        List<LiveView.Update> updates = new CopyOnWriteArrayList<>();
        LiveView view = new LiveView(UnaryOperator.identity(), updates::add, pacer, null);
        AtomicReference<KMeansResult> result = new AtomicReference<>();
        Thread fit = new Thread(() -> result.set(kmeans(view, 3).fit(DATA)), "test-fit");
        fit.start();
        try {
            LiveView.Update end = stepToEndOfFirstRestart(updates, pacer);
            assertThat(end.finished()).isFalse();
            fit.interrupt();
            fit.join(10_000);
            assertThat(fit.isAlive()).isFalse();
            LiveView.Update last = updates.get(updates.size() - 1);
            assertThat(last.finished()).isTrue();
            assertThat(last.cancelled()).isTrue();
            assertThat(result.get().restartSummaries()).hasSize(1);
        } finally {
            view.stopPacing();
            fit.join(10_000);
        }
    }

    @Test
    @Timeout(60)
    void onEvent_threeRestartsRunToTheEnd_onlyTheLastRestartsEndFinishesTheView() throws Exception {
        Pacer pacer = new Pacer();
        pacer.stop();
        List<LiveView.Update> updates = new CopyOnWriteArrayList<>();
        LiveView view = new LiveView(UnaryOperator.identity(), updates::add, pacer, new CancellationToken());
        KMeansResult result = kmeans(view, 3).fit(DATA);
        assertThat(result.cancelled()).isFalse();
        for (int i = 0; i < updates.size() - 1; i++) {
            assertThat(updates.get(i).finished()).as("update %d", i).isFalse();
        }
        LiveView.Update last = updates.get(updates.size() - 1);
        assertThat(last.finished()).isTrue();
        assertThat(last.cancelled()).isFalse();
        assertThat(lastEvent(last).restart()).isEqualTo(2);
    }

    @Test
    void status_saysRunningFinishedOrCancelled() {
        assertThat(AnimationWindow.counterText(4, 10, false, false)).isEqualTo("5 / 10 (running)");
        assertThat(AnimationWindow.counterText(9, 10, true, false)).isEqualTo("10 / 10");
        assertThat(AnimationWindow.counterText(9, 10, true, true)).isEqualTo("10 / 10 (cancelled)");
    }
}
