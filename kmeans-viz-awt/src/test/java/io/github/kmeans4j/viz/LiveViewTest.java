package io.github.kmeans4j.viz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.Initializer;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.KMeansResult;
import io.github.kmeans4j.StopReason;
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
        return KMeans.builder().k(3).initializer(Initializer.given(new double[][] {{0, 0}, {1, 0}, {0, 1}}))
                .threads(1).listener(view).build();
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
        LiveView view = new LiveView(UnaryOperator.identity(), updates::add, pacer);
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
        LiveView view = new LiveView(UnaryOperator.identity(), updates::add, pacer);
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
        LiveView view = new LiveView(UnaryOperator.identity(), updates::add, pacer);
        AtomicReference<KMeansResult> result = new AtomicReference<>();
        Thread fit = new Thread(() -> result.set(kmeans(view).fit(DATA)), "test-fit");
        fit.start();
        awaitSize(updates, 1);
        fit.interrupt();
        fit.join(10_000);
        assertThat(fit.isAlive()).isFalse();
        assertThat(result.get().stopReason()).isEqualTo(StopReason.CANCELLED);
    }
}
