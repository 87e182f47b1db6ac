package io.github.kmeans4j.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.kmeans4j.Dataset;
import org.junit.jupiter.api.Test;

/** Small cases worked out by hand (the arithmetic is in the comments). */
class ContingencyAndHandCheckedTest {

    @Test
    void contingency_countsEveryPairOfLabels_withLabelsInIncreasingOrder() {
        int[] truth = {5, 5, 9, 9, 9, 2};
        int[] predicted = {1, 0, 0, 0, 4, 4};
        ContingencyTable t = LabelAgreement.contingency(truth, predicted);

        assertThat(t.classes()).containsExactly(2, 5, 9);
        assertThat(t.clusters()).containsExactly(0, 1, 4);
        assertThat(t.toArray()).isDeepEqualTo(new int[][] {{0, 0, 1}, {1, 1, 0}, {2, 0, 1}});
        assertThat(t.rowSums()).containsExactly(1, 2, 3);
        assertThat(t.columnSums()).containsExactly(3, 1, 2);
        assertThat(t.nonZeroCells()).isEqualTo(5);
        assertThat(t.count(2, 0)).isEqualTo(2);
        assertThat(t.count(0, 0)).isZero();
        assertThat(t.n()).isEqualTo(6);
    }

    @Test
    void homogeneityCompletenessVMeasure_onSplitAndMergedClasses() {
        // Splitting a class keeps every cluster pure: homogeneity 1. Completeness: H(C) = ln 2,
        // H(K) = −(½ ln ½ + 2·¼ ln ¼) = 1.5 ln 2, MI = H(C) (C is a function of K), so c = 2/3.
        int[] truth = {0, 0, 1, 1};
        int[] split = {0, 0, 1, 2};
        assertThat(LabelAgreement.homogeneity(truth, split)).isCloseTo(1.0, within(1e-15));
        assertThat(LabelAgreement.completeness(truth, split)).isCloseTo(2.0 / 3, within(1e-15));
        // V = 2·1·(2/3) / (1 + 2/3) = 0.8.
        assertThat(LabelAgreement.vMeasure(truth, split)).isCloseTo(0.8, within(1e-15));
        // Merging everything: homogeneity 0, completeness 1 (one cluster), V = 0.
        int[] merged = {3, 3, 3, 3};
        assertThat(LabelAgreement.homogeneity(truth, merged)).isZero();
        assertThat(LabelAgreement.completeness(truth, merged)).isEqualTo(1.0);
        assertThat(LabelAgreement.vMeasure(truth, merged)).isZero();
        assertThat(LabelAgreement.normalizedMutualInfo(truth, merged)).isZero();
    }

    @Test
    void adjustedRand_ofAHandCountedPair() {
        // truth {0,0,0,1,1,1}, predicted {0,0,1,1,2,2}: cells 2,1,1,2 → Σ C(nij,2) = 2;
        // rows 3,3 → Σ C(a,2) = 6; columns 2,2,2 → Σ C(b,2) = 3; C(6,2) = 15.
        // Expected = 6·3/15 = 1.2; max = (6 + 3)/2 = 4.5; ARI = (2 − 1.2)/(4.5 − 1.2) = 0.8/3.3.
        assertThat(LabelAgreement.adjustedRand(new int[] {0, 0, 0, 1, 1, 1}, new int[] {0, 0, 1, 1, 2, 2}))
                .isCloseTo(0.8 / 3.3, within(1e-15));
    }

    @Test
    void mutualInformation_ofIndependentAndIdenticalLabellings() {
        // Independent: every cell holds n/4 → MI = 0. Identical halves: MI = H = ln 2.
        assertThat(LabelAgreement.mutualInformation(new int[] {0, 0, 1, 1}, new int[] {0, 1, 0, 1})).isZero();
        assertThat(LabelAgreement.mutualInformation(new int[] {0, 0, 1, 1}, new int[] {4, 4, 2, 2}))
                .isCloseTo(Math.log(2), within(1e-15));
        // The expected MI of two 2+2 labellings of 4 points: n11 ∈ {0,1,2} with probabilities
        // 1/6, 4/6, 1/6. Its MI is 0 at n11 = 1 and ln 2 at n11 ∈ {0, 2}, so E[MI] = ln 2 / 3,
        // and AMI of the independent pair = (0 − ln2/3)/(ln 2 − ln2/3) = −1/2.
        assertThat(LabelAgreement.adjustedMutualInfo(new int[] {0, 0, 1, 1}, new int[] {0, 1, 0, 1}))
                .isCloseTo(-0.5, within(1e-12));
    }

    @Test
    void silhouetteAndFriends_onTwoPairsOnALine() {
        // Points 0, 1 (cluster a) and 5, 6 (cluster b). Point 0: a = 1, b = (5 + 6)/2 = 5.5,
        // s = 4.5/5.5; point 1: a = 1, b = 4.5, s = 3.5/4.5; symmetric for the others.
        Dataset data = Dataset.of(new double[][] {{0}, {1}, {5}, {6}});
        int[] labels = {0, 0, 1, 1};
        Silhouette s = ClusterScores.silhouette(data, labels);
        assertThat(s.values()).containsExactly(new double[] {4.5 / 5.5, 3.5 / 4.5, 3.5 / 4.5, 4.5 / 5.5},
                within(1e-15));
        // Means 0.5 and 5.5, spread S = 0.5 each, distance 5: DB = (0.5 + 0.5)/5 = 0.2.
        assertThat(ClusterScores.daviesBouldin(data, labels)).isCloseTo(0.2, within(1e-15));
        // Overall mean 3: between = 2·2.5² + 2·2.5² = 25; within = 4·0.25 = 1; CH = 25·(4 − 2)/(1·1) = 50.
        assertThat(ClusterScores.calinskiHarabasz(data, labels)).isCloseTo(50.0, within(1e-12));
        assertThat(ClusterScores.inertia(data, labels)).isCloseTo(1.0, within(1e-15));
        // Simplified, centroids at the means: a = 0.5, b = 5.5 − 0 = 5.5 → 5/5.5 for 0; 4.5 → 4/4.5 for 1.
        Silhouette simple = ClusterScores.simplifiedSilhouette(data, labels, new double[][] {{0.5}, {5.5}});
        assertThat(simple.value(0)).isCloseTo(5 / 5.5, within(1e-15));
        assertThat(simple.value(1)).isCloseTo(4 / 4.5, within(1e-15));
    }

    @Test
    void silhouette_ofAPointAloneInItsCluster_isZero_andDuplicatesScoreZero() {
        Dataset data = Dataset.of(new double[][] {{0}, {1}, {9}});
        assertThat(ClusterScores.silhouette(data, new int[] {0, 0, 1}).value(2)).isZero();
        Dataset same = Dataset.of(new double[][] {{2}, {2}, {2}, {2}});
        assertThat(ClusterScores.silhouette(same, new int[] {0, 0, 1, 1}).values()).containsOnly(0.0);
    }
}
