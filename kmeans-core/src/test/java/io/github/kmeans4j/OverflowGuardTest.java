package io.github.kmeans4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Finite inputs that would give an infinite or NaN result are refused up front, or computed in a
 * form that does not overflow (REPORT.md item 8); EXACT_1D's memory is checked before it is
 * allocated and its dynamic programme can be cancelled (item 10).
 */
class OverflowGuardTest {

    // ------------------------------------------------------------------ KMeans

    @Test
    void fit_givenCentroidsWhoseDistancesToTheDataOverflow_rejectedNamingThem() {
        // The data are small, but their squared distances to the given centroids are infinite.
        KMeans kmeans = KMeans.builder().k(2).seed(1).initializer(Initializer.given(new double[][] {{-1e300}, {1e300}}))
                .build();
        assertThatThrownBy(() -> kmeans.fit(Dataset.ofValues(0, 1, 2, 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("given centroids")
                .hasMessageContaining("rescale");
    }

    @Test
    void fit_tinyWeightsButSquaredSpreadOverflows_rejected() {
        // W·spread² = 2e-300·4e600 is finite in exact arithmetic, but each D² alone (4e600) is not.
        Dataset data = Dataset.ofValues(-1e300, 1e300).withWeights(new double[] {1e-300, 1e-300});
        assertThatThrownBy(() -> KMeans.builder().k(1).seed(1).build().fit(data))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("column 0")
                .hasMessageContaining("overflow");
    }

    @Test
    void fit_oneColumnTooLarge_messageNamesThatColumnAndItsRange() {
        double max = Double.MAX_VALUE;
        Dataset data = Dataset.of(new double[][] {{0, 1, max / 2}, {1, 2, max / 3}, {2, 3, 0}});
        assertThatThrownBy(() -> KMeans.builder().k(2).seed(1).build().fit(data))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("column 2")
                .hasMessageContaining(Double.toString(max / 2)).hasMessageContaining("total weight 3.0");
    }

    // ------------------------------------------------------------------ mini-batch

    /**
     * Counts grow with every batch, so count·centroid overflows long before any one batch's sums
     * do: every centroid, a running weighted mean, must stay within the data's range [0, 3].
     */
    @Test
    void partialFit_heavyBatchRepeated_centroidsStayWithinTheData() {
        Dataset heavy = Dataset.ofValues(0, 1, 2, 3).withWeights(new double[] {1e306, 1e306, 1e306, 1e306});
        MiniBatchKMeans model = MiniBatchKMeans.builder().k(2).seed(1).initializer(Initializer.randomPoints()).build();
        for (int batch = 0; batch < 200; batch++) {
            model.partialFit(heavy);
        }
        for (double[] c : model.centroids()) {
            assertThat(c[0]).isBetween(0.0, 3.0);
        }
        assertThat(model.inertia(heavy)).isFinite();
    }

    @Test
    void fit_heavyDataOverManyEpochs_centroidsAndInertiaFinite() {
        // W·spread² = 6e304·121 fits; after a few hundred batches a cluster's count times its centroid does not.
        Dataset heavy = Dataset.ofValues(0, 1, 2, 3, 10, 11).withWeights(new double[] {1e304, 1e304, 1e304, 1e304,
                1e304, 1e304});
        KMeansResult result = MiniBatchKMeans.builder().k(2).seed(1).batchSize(6).maxNoImprovement(0).build()
                .fit(heavy, 3000);
        for (double[] c : result.centroids()) {
            assertThat(c[0]).isBetween(0.0, 11.0);
        }
        assertThat(result.inertia()).isFinite();
    }

    @Test
    void partialFit_batchWhoseDistancesToTheModelOverflow_rejectedNamingTheCentroids() {
        MiniBatchKMeans model = MiniBatchKMeans.builder().k(2).seed(1).build();
        model.partialFit(Dataset.ofValues(1e150, 1.5e150, 2e150));
        // Fine on its own, but its squared distances to the centroids near 1e150 add up past the double range.
        assertThatThrownBy(() -> model.partialFit(Dataset.ofValues(-1e154, -1e154 + 1e138)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("model's centroids");
    }

    // ------------------------------------------------------------------ Exact1D

    /**
     * Scaling every weight by the same factor does not change the optimum: {0, 1, 2}·1e10 and
     * {10, 11}·1e10, centroids 1e10 and 1.05e11, inertia (2 + 0.5)·1e20 times the weight. With
     * weights 1e180, (weight·value)² overflows although weight·value² does not.
     */
    @Test
    void exact1D_weightTimesValueSquaredOverflows_stillOptimal() {
        Dataset data = Dataset.ofValues(0, 1e10, 2e10, 10e10, 11e10)
                .withWeights(new double[] {1e180, 1e180, 1e180, 1e180, 1e180});
        KMeansResult result = Exact1D.fit(data, 2);
        assertThat(result.stopReason()).isEqualTo(StopReason.OPTIMAL);
        assertThat(result.centroids()[0][0]).isCloseTo(1e10, within(1e-3));
        assertThat(result.centroids()[1][0]).isCloseTo(1.05e11, within(1e-3));
        assertThat(result.labels()).containsExactly(0, 0, 0, 1, 1);
        assertThat(result.inertia() / 2.5e200).isCloseTo(1, within(1e-12));

        KMeansResult viaKMeans = KMeans.builder().k(2).seed(1).algorithm(Algorithm.EXACT_1D).build().fit(data);
        assertThat(viaKMeans.labels()).containsExactly(0, 0, 0, 1, 1);
        assertThat(viaKMeans.iterations()).isEqualTo(1);
    }

    @Test
    void exact1D_tableLargerThanTheHeap_refusedUpFrontNamingKAndN() {
        int n = 100_000;
        int k = 99_999;
        assumeTrue(4.0 * (k - 1) * n > Runtime.getRuntime().maxMemory(), "a heap of more than 40 GB");
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        Dataset data = Dataset.ofValues(values);
        assertThatThrownBy(() -> Exact1D.fit(data, k)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("k = " + k).hasMessageContaining("n = " + n).hasMessageContaining("MB");
        assertThatThrownBy(() -> KMeans.builder().k(k).seed(1).algorithm(Algorithm.EXACT_1D).build().fit(data))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k = " + k);
    }

    @Test
    void exact1D_cancelledAtTheThirdLayer_asksOncePerLayerAndGivesUp() {
        double[] values = new double[500];
        for (int i = 0; i < values.length; i++) {
            values[i] = i * i % 97 + i;
        }
        AtomicInteger asked = new AtomicInteger();
        KMeansResult result = Exact1D.fit(Dataset.ofValues(values), 20, () -> asked.incrementAndGet() >= 3);
        assertThat(result).isNull();
        assertThat(asked).hasValue(3);
        // Not cancelled: asked once before each of the k − 1 layers after the first.
        AtomicInteger layers = new AtomicInteger();
        assertThat(Exact1D.fit(Dataset.ofValues(values), 20, () -> layers.incrementAndGet() < 0)).isNotNull();
        assertThat(layers).hasValue(19);
    }
}
