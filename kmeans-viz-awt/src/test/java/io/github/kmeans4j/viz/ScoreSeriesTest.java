package io.github.kmeans4j.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.recording.Frame;
import io.github.kmeans4j.recording.Recording;
import io.github.kmeans4j.event.Assigned;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ScoreSeriesTest {

    private static Recording run(int n) {
        SplittableRandom random = new SplittableRandom(11);
        double[][] rows = new double[n][3];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 3; c++) {
                rows[i][c] = (i % 4) * 2.0 + random.nextDouble() * 3;
            }
        }
        return FramePainterTest.record(Dataset.of(rows), new double[][] {rows[0].clone(), rows[1].clone(), rows[2].clone()});
    }

    @Test
    void inertia_isTheSquaredDistanceToTheCentroidsOfTheFrameBefore() {
        Recording r = run(60);
        ScoreSeries inertia = ScoreSeries.inertia(r);
        Dataset data = r.data();
        int checked = 0;
        for (int f = 1; f < r.size(); f++) {
            if (r.frame(f).event() instanceof Assigned a) {
                Frame before = r.frame(f - 1);
                double[][] c = before.centroids();
                double expected = 0;
                for (int i = 0; i < data.n(); i++) {
                    double[] x = data.row(i);
                    double s = 0;
                    for (int j = 0; j < x.length; j++) {
                        s += (x[j] - c[a.label(i)][j]) * (x[j] - c[a.label(i)][j]);
                    }
                    expected += s;
                }
                assertThat(inertia.value(a.restart(), a.iteration())).isCloseTo(expected, within(1e-9 * expected));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(1);
        assertThat(inertia.value(0, 999)).isNaN();
    }

    @Test
    void silhouette_allPoints_matchesTheDefinition() {
        Recording r = run(40);
        ScoreSeries silhouette = ScoreSeries.silhouette(r, 1000, 1);
        assertThat(silhouette.referenceLines()).containsExactly(0.50, 0.75);
        Dataset data = r.data();
        for (int f = 0; f < r.size(); f++) {
            if (r.frame(f).event() instanceof Assigned a) {
                assertThat(silhouette.value(a.restart(), a.iteration()))
                        .isCloseTo(oracle(data, a.labels()), within(1e-12));
            }
        }
    }

    /** Rousseeuw's silhouette, written out directly: s(i) = (b - a) / max(a, b), 0 for singletons. */
    private static double oracle(Dataset data, int[] labels) {
        int n = data.n();
        double total = 0;
        for (int i = 0; i < n; i++) {
            double own = 0;
            int ownCount = 0;
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c <= 2; c++) {
                double sum = 0;
                int count = 0;
                for (int j = 0; j < n; j++) {
                    if (labels[j] == c && j != i) {
                        double s = 0;
                        for (int q = 0; q < data.d(); q++) {
                            double t = data.get(i, q) - data.get(j, q);
                            s += t * t;
                        }
                        sum += Math.sqrt(s);
                        count++;
                    }
                }
                if (c == labels[i]) {
                    own = sum;
                    ownCount = count;
                } else if (count > 0) {
                    b = Math.min(b, sum / count);
                }
            }
            if (ownCount > 0) {
                double a = own / ownCount;
                total += (b - a) / Math.max(a, b);
            }
        }
        return total / n;
    }

    @Test
    void of_returnsTheTableAndNanOutside() {
        ScoreSeries s = ScoreSeries.of("x", new double[][] {{1, 2}, {3}}, 0.5);
        assertThat(s.value(0, 2)).isEqualTo(2);
        assertThat(s.value(1, 1)).isEqualTo(3);
        assertThat(s.value(1, 2)).isNaN();
        assertThat(s.value(2, 1)).isNaN();
        assertThat(s.referenceLines()).containsExactly(0.5);
        assertThatIllegalArgumentException().isThrownBy(() -> ScoreSeries.of("x", new double[][] {{1}}, Double.NaN))
                .withMessageContaining("NaN");
        assertThatIllegalArgumentException().isThrownBy(() -> ScoreSeries.silhouette(run(10), 1, 0))
                .withMessageContaining("1");
    }
}
