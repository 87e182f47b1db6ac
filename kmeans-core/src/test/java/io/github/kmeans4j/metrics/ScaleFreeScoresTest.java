package io.github.kmeans4j.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.metrics.ScoreLawsTest.Labelled;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The internal scores do not change when every value is multiplied by one factor, and a power of
 * two multiplies exactly: so data multiplied by 2^j, for any j that keeps them finite and normal
 * (up to about 1e300 and down to about 1e-300), score bit for bit as the data themselves, and the
 * inertia is multiplied by exactly 4^j or refused when that exceeds the largest double. Before the
 * scores scaled extreme data, values near 1e200 gave NaN.
 */
class ScaleFreeScoresTest {

    @Provide
    Arbitrary<Integer> exponents() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-1000, 1000),
                Arbitraries.integers().between(-1000, -380), Arbitraries.integers().between(380, 1000));
    }

    @Provide
    Arbitrary<Labelled> labelledData() {
        return new ScoreLawsTest().labelledData();
    }

    private static double[][] scaled(double[][] rows, int j) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i].clone();
            for (int m = 0; m < out[i].length; m++) {
                out[i][m] = Math.scalb(out[i][m], j);
            }
        }
        return out;
    }

    @Property(tries = 200, seed = "20261205")
    void internalScores_ofDataTimesAPowerOfTwo_areBitIdentical(@ForAll("labelledData") Labelled c,
            @ForAll("exponents") int j) {
        Dataset data = c.data();
        Dataset big = Dataset.of(scaled(c.rows(), j));
        int[] labels = c.labels();

        Silhouette s = ClusterScores.silhouette(data, labels, 1);
        Silhouette sj = ClusterScores.silhouette(big, labels, 1);
        assertThat(sj.values()).containsExactly(s.values());
        assertThat(sj.mean()).isEqualTo(s.mean());
        // Davies–Bouldin keeps scikit-learn's convention in the data's own units: 0 when every
        // within-cluster spread, or every distance between means, is at most 1e-8
        double[] largest = largestSpreadAndSeparation(c.rows(), labels);
        boolean degenerate = Math.scalb(largest[0], j) <= 1e-8 || Math.scalb(largest[1], j) <= 1e-8;
        boolean degenerateUnscaled = largest[0] <= 1e-8 || largest[1] <= 1e-8;
        if (degenerate) {
            assertThat(ClusterScores.daviesBouldin(big, labels)).isZero();
        } else if (!degenerateUnscaled) {
            assertThat(ClusterScores.daviesBouldin(big, labels)).isEqualTo(ClusterScores.daviesBouldin(data, labels));
        }
        assertThat(ClusterScores.calinskiHarabasz(big, labels))
                .isEqualTo(ClusterScores.calinskiHarabasz(data, labels));

        double[][] centroids = centroids(c, 7L * j);
        Silhouette simple = ClusterScores.simplifiedSilhouette(data, labels, centroids);
        Silhouette simpleJ = ClusterScores.simplifiedSilhouette(big, labels, scaled(centroids, j));
        assertThat(simpleJ.values()).containsExactly(simple.values());
    }

    @Property(tries = 200, seed = "20261206")
    void inertia_ofDataTimesTwoToTheJ_isFourToTheJTimesTheInertia_orRefused(@ForAll("labelledData") Labelled c,
            @ForAll("exponents") int j) {
        double[][] centroids = centroids(c, j);
        double inertia = ClusterScores.inertia(c.data(), c.labels(), centroids);
        double ofMeans = ClusterScores.inertia(c.data(), c.labels());
        Dataset big = Dataset.of(scaled(c.rows(), j));
        double[][] bigCentroids = scaled(centroids, j);
        double expected = Math.scalb(inertia, 2 * j);
        double expectedOfMeans = Math.scalb(ofMeans, 2 * j);
        if (Double.isFinite(expected) && (expected == 0 || expected >= Double.MIN_NORMAL)) {
            assertThat(ClusterScores.inertia(big, c.labels(), bigCentroids)).isEqualTo(expected);
        } else if (!Double.isFinite(expected)) {
            assertThatThrownBy(() -> ClusterScores.inertia(big, c.labels(), bigCentroids))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("exceeds the largest double");
        }
        if (Double.isFinite(expectedOfMeans) && (expectedOfMeans == 0 || expectedOfMeans >= Double.MIN_NORMAL)) {
            assertThat(ClusterScores.inertia(big, c.labels())).isEqualTo(expectedOfMeans);
        }
    }

    @Test
    void valuesNear1e200_scoreAsTheUnscaledData_notNaN() {
        double[][] rows = {{0, 0}, {1, 0}, {0, 1}, {10, 10}, {11, 10}, {10, 12}};
        int[] labels = {0, 0, 0, 1, 1, 1};
        double[][] huge = new double[rows.length][2];
        for (int i = 0; i < rows.length; i++) {
            huge[i][0] = rows[i][0] * 1e200;
            huge[i][1] = rows[i][1] * 1e200;
        }
        Dataset data = Dataset.of(rows);
        Dataset big = Dataset.of(huge);
        // 1e200 is not a power of two, so the products round: agreement to a few ulps, not bits
        assertThat(ClusterScores.silhouette(big, labels).mean())
                .isCloseTo(ClusterScores.silhouette(data, labels).mean(), org.assertj.core.api.Assertions.within(1e-14));
        assertThat(ClusterScores.daviesBouldin(big, labels))
                .isCloseTo(ClusterScores.daviesBouldin(data, labels), org.assertj.core.api.Assertions.within(1e-14));
        assertThat(ClusterScores.calinskiHarabasz(big, labels)).isCloseTo(ClusterScores.calinskiHarabasz(data, labels),
                org.assertj.core.api.Assertions.within(1e-12 * ClusterScores.calinskiHarabasz(data, labels)));
        double[][] c = {{1 / 3.0, 1 / 3.0}, {31 / 3.0, 32 / 3.0}};
        double[][] cBig = {{1e200 / 3, 1e200 / 3}, {31e200 / 3, 32e200 / 3}};
        assertThat(ClusterScores.simplifiedSilhouette(big, labels, cBig).mean()).isCloseTo(
                ClusterScores.simplifiedSilhouette(data, labels, c).mean(), org.assertj.core.api.Assertions.within(1e-14));
        assertThatThrownBy(() -> ClusterScores.inertia(big, labels))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("inertia: the weighted sum of squared distances exceeds the largest double ("
                        + Double.MAX_VALUE + "); rescale the data or the weights");
    }

    /**
     * The largest mean distance of a cluster's points to its mean, and the largest distance
     * between two cluster means, from the definitions.
     */
    private static double[] largestSpreadAndSeparation(double[][] rows, int[] labels) {
        java.util.Map<Integer, double[]> sums = new java.util.TreeMap<>();
        java.util.Map<Integer, Integer> counts = new java.util.TreeMap<>();
        int d = rows[0].length;
        for (int i = 0; i < rows.length; i++) {
            double[] sum = sums.computeIfAbsent(labels[i], key -> new double[d]);
            for (int m = 0; m < d; m++) {
                sum[m] += rows[i][m];
            }
            counts.merge(labels[i], 1, Integer::sum);
        }
        sums.forEach((label, sum) -> {
            for (int m = 0; m < d; m++) {
                sum[m] /= counts.get(label);
            }
        });
        java.util.Map<Integer, Double> spread = new java.util.TreeMap<>();
        for (int i = 0; i < rows.length; i++) {
            spread.merge(labels[i], distance(rows[i], sums.get(labels[i])) / counts.get(labels[i]), Double::sum);
        }
        double separation = 0;
        for (double[] a : sums.values()) {
            for (double[] b : sums.values()) {
                separation = Math.max(separation, distance(a, b));
            }
        }
        return new double[] {spread.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow(), separation};
    }

    private static double distance(double[] x, double[] y) {
        double s = 0;
        for (int m = 0; m < x.length; m++) {
            s += (x[m] - y[m]) * (x[m] - y[m]);
        }
        return Math.sqrt(s);
    }

    /** Centroids for every label, from small integers: with the spread labels most are unused. */
    private static double[][] centroids(Labelled c, long seed) {
        int k = Arrays.stream(c.labels()).max().orElseThrow() + 1;
        Random random = new Random(seed);
        double[][] centroids = new double[k][c.rows()[0].length];
        for (double[] centroid : centroids) {
            for (int m = 0; m < centroid.length; m++) {
                centroid[m] = random.nextInt(9) - 4 + random.nextInt(4) / 4.0;
            }
        }
        return centroids;
    }
}
