package io.github.kmeans4j.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.KMeans;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The K sweep: it recommends the generating K on well-separated blobs; its rows hold the scores
 * of their fits; the gap rule and Kneedle pick what their definitions say on hand-made curves.
 */
class KSelectionTest {

    /**
     * {@code k} Gaussian blobs of 30 points in 3 dimensions, unit variance, centres uniform in
     * [−20, 20]³ and at least 12 apart (redrawn until they are).
     */
    static Dataset blobs(int k, long seed) {
        Random random = new Random(seed);
        double[][] centres = new double[k][];
        for (int j = 0; j < k; j++) {
            boolean apart;
            do {
                centres[j] = new double[] {40 * random.nextDouble() - 20, 40 * random.nextDouble() - 20,
                        40 * random.nextDouble() - 20};
                apart = true;
                for (int i = 0; i < j; i++) {
                    double s = 0;
                    for (int m = 0; m < 3; m++) {
                        s += (centres[i][m] - centres[j][m]) * (centres[i][m] - centres[j][m]);
                    }
                    apart &= Math.sqrt(s) >= 12;
                }
            } while (!apart);
        }
        double[][] rows = new double[30 * k][3];
        for (int i = 0; i < rows.length; i++) {
            for (int m = 0; m < 3; m++) {
                rows[i][m] = centres[i % k][m] + random.nextGaussian();
            }
        }
        return Dataset.of(rows);
    }

    @ParameterizedTest(name = "K = {0}")
    @ValueSource(ints = {2, 3, 4, 5, 6, 7, 8})
    void sweep_wellSeparatedBlobs_recommendsTheGeneratingK(int k) {
        KSelectionReport report = KSelection.builder().kRange(1, 10).seed(11).build().sweep(blobs(k, 1000 + k));

        assertThat(report.recommendedK()).as(report.toTable()).isEqualTo(k);
        assertThat(report.gapRuleMet()).isTrue();
        assertThat(report.bestSilhouetteK()).as(report.toTable()).hasValue(k);
        assertThat(report.reason()).contains("K = " + k).contains("gap").contains("silhouette agrees");
    }

    @Test
    void sweep_rowsHoldTheScoresOfTheirOwnFits() {
        Dataset data = blobs(3, 77);
        KSelectionReport report = KSelection.builder().kRange(1, 5).restarts(2).referenceSets(5).seed(3).build()
                .sweep(data);

        assertThat(report.rows()).extracting(KSelectionReport.Row::k).containsExactly(1, 2, 3, 4, 5);
        KSelectionReport.Row one = report.row(1);
        assertThat(one.silhouette()).isEmpty();
        assertThat(one.calinskiHarabasz()).isEmpty();
        assertThat(one.daviesBouldin()).isEmpty();
        for (KSelectionReport.Row r : report.rows()) {
            int[] labels = r.fit().labels();
            assertThat(r.fit().k()).isEqualTo(r.k());
            assertThat(r.inertia()).isCloseTo(ClusterScores.inertia(data, labels, r.fit().centroids()),
                    within(1e-9 * r.inertia()));
            assertThat(r.gapError()).isGreaterThanOrEqualTo(0);
            assertThat(r.silhouetteSampled()).isFalse();
            if (r.k() >= 2) {
                assertThat(r.silhouette()).hasValue(ClusterScores.silhouette(data, labels).mean());
                assertThat(r.calinskiHarabasz()).hasValue(ClusterScores.calinskiHarabasz(data, labels));
                assertThat(r.daviesBouldin()).hasValue(ClusterScores.daviesBouldin(data, labels));
            }
        }
        assertThat(report.recommendedFit()).isSameAs(report.row(report.recommendedK()).fit());
    }

    @Test
    void sweep_sameSettings_sameReport() {
        Dataset data = blobs(4, 5);
        KSelection sweep = KSelection.builder().kRange(2, 6).referenceSets(4).seed(9).build();

        assertThat(sweep.sweep(data).toTable()).isEqualTo(sweep.sweep(data).toTable());
    }

    @Test
    void sweep_aboveTheExactLimit_scoresASampleAndSaysSo() {
        Dataset data = blobs(3, 21);
        KSelectionReport report = KSelection.builder().kRange(2, 4).referenceSets(3).exactSilhouetteUpTo(50)
                .silhouetteSampleSize(60).build().sweep(data);

        KSelectionReport.Row r = report.row(3);
        assertThat(r.silhouetteSampled()).isTrue();
        assertThat(r.silhouette().getAsDouble()).isCloseTo(ClusterScores.silhouette(data, r.fit().labels()).mean(),
                within(0.05));
        assertThat(report.toTable()).contains("* silhouette of a seeded sample of 60 points");
    }

    @Test
    void toTable_listsEveryKAndTheRecommendation_inAnyLocale() {
        KSelectionReport report = KSelection.builder().kRange(2, 4).referenceSets(3).build().sweep(blobs(3, 8));
        String table = report.toTable();

        assertThat(table).startsWith("| K | inertia | silhouette | Calinski–Harabasz | Davies–Bouldin | gap | s(K) |");
        assertThat(table.lines().filter(line -> line.matches("\\| [234] \\|.*"))).hasSize(3);
        assertThat(table).contains("Recommended: K = " + report.recommendedK() + ".");
        // The test JVM runs in a German locale: a decimal comma would show here.
        assertThat(table.lines().filter(line -> line.startsWith("| 3 |")).findFirst().orElseThrow())
                .matches("\\| 3 \\| [0-9.e+]+ \\| [0-9.]+ \\| .*");
    }

    @Test
    void template_keepsItsSettingsButNotItsK() {
        KMeans template = KMeans.builder().k(7).maxIterations(1).threads(1).build();
        KSelectionReport report = KSelection.builder().kRange(2, 3).referenceSets(2).template(template).build()
                .sweep(blobs(2, 4));

        assertThat(report.row(2).fit().k()).isEqualTo(2);
        assertThat(report.row(2).fit().iterations()).isLessThanOrEqualTo(1);
    }

    @Test
    void gapRule_isTheSmallestKWhoseGapIsWithinOneErrorOfTheNext() {
        double[] gap = {0.1, 0.5, 0.9, 0.95, 0.97};
        double[] error = {0.02, 0.02, 0.02, 0.02, 0.02};
        // 0.1 < 0.5 − 0.02; 0.5 < 0.9 − 0.02; 0.9 < 0.95 − 0.02 = 0.93; 0.95 ≥ 0.97 − 0.02 = 0.95.
        assertThat(KSelectionReport.gapRule(gap, error)).isEqualTo(3);
        assertThat(KSelectionReport.gapRule(new double[] {1, 2, 3}, new double[] {0.1, 0.1, 0.1})).isEqualTo(-1);
    }

    @Test
    void kneedle_findsThePointFarthestBelowTheChord() {
        // Inertia-like curve: steep drop to x = 3, then flat. Scaled: (0,1), (.25,.4), (.5,.1), (.75,.05), (1,0);
        // distance below the line y = 1 − x: 0, .35, .4, .2, 0.
        double[] x = {1, 2, 3, 4, 5};
        double[] y = {100, 40, 10, 5, 0};
        assertThat(KSelectionReport.kneedle(x, y)).isEqualTo(OptionalInt.of(2));
        assertThat(KSelectionReport.kneedle(x, new double[] {4, 3, 2, 1, 0})).isEmpty();
        assertThat(KSelectionReport.kneedle(new double[] {1, 2}, new double[] {5, 1})).isEmpty();
    }

    @Test
    void badInput_isRejectedWithTheReason() {
        assertThatThrownBy(() -> KSelection.builder().kRange(0, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kMin must be at least 1, was 0");
        assertThatThrownBy(() -> KSelection.builder().kRange(3, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kMax = 3 must exceed kMin = 3");
        assertThatThrownBy(() -> KSelection.builder().referenceSets(1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("referenceSets must be at least 2");
        assertThatThrownBy(() -> KSelection.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("kRange");
        assertThatThrownBy(() -> KSelection.sweep(Dataset.of(new double[][] {{1}, {2}, {3}}), 1, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kMax = 3 must be below the number of points n = 3");
        assertThatThrownBy(() -> KSelection.sweep(null, 1, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("data must not be null");
    }

    @Test
    void sweep_dataWhoseSumsOverflow_isRefusedNamingTheUsersColumnNotAReferenceSet() {
        Dataset data = Dataset.ofValues(-1e308, 1e308, 0, 1, 2, 3);
        assertThatThrownBy(() -> KSelection.sweep(data, 1, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("column 0 holds values in [-1.0E308, 1.0E308]")
                .hasMessageNotContaining("Infinity");
    }

    @Test
    void sweep_valuesNear1e150_scoresLikeTheSameDataNear1() {
        double[] values = {0, 0.5, 1, 10, 10.5, 11, 20, 21, 22.5};
        double[] huge = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            huge[i] = Math.scalb(values[i], 500);   // exact; squares near 2^1000 are still finite
        }
        KSelectionReport small = KSelection.sweep(Dataset.ofValues(values), 2, 4);
        KSelectionReport big = KSelection.sweep(Dataset.ofValues(huge), 2, 4);
        for (int k = 2; k <= 4; k++) {
            assertThat(big.row(k).silhouette()).isEqualTo(small.row(k).silhouette());
            assertThat(big.row(k).daviesBouldin()).isEqualTo(small.row(k).daviesBouldin());
            assertThat(big.row(k).calinskiHarabasz()).isEqualTo(small.row(k).calinskiHarabasz());
        }
    }
}
