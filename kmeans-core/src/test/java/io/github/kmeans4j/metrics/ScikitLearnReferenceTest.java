package io.github.kmeans4j.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kmeans4j.Dataset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every score of every case in {@code reference/metrics.json} (scikit-learn 1.2: Iris, Gaussian
 * blobs and a sample of the digits, each clustered with k = 2, 3 and 5) to a relative 1e-9,
 * the silhouette of every point included.
 */
class ScikitLearnReferenceTest {
    private static final double RELATIVE = 1e-9;

    private static final List<ReferenceCases.Case> CASES = ReferenceCases.load();

    static List<ReferenceCases.Case> cases() {
        return CASES;
    }

    /** Relative 1e-9, with an absolute floor of 1e-15 for values near 0 (some silhouettes are). */
    static void assertClose(double actual, double expected, String what) {
        double tolerance = RELATIVE * Math.max(Math.abs(expected), 1e-6);
        assertThat(Math.abs(actual - expected)).as("%s: %s against scikit-learn's %s", what, actual, expected)
                .isLessThanOrEqualTo(tolerance);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void silhouette_matchesScikitLearn_meanAndEveryPoint(ReferenceCases.Case c) {
        Silhouette s = ClusterScores.silhouette(Dataset.of(c.x()), c.labels());

        assertClose(s.mean(), c.number("silhouette"), "mean silhouette");
        double[] expected = c.numbers("silhouette_samples");
        assertThat(s.size()).isEqualTo(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertClose(s.value(i), expected[i], "silhouette of point " + i);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void silhouette_oneThreadAndSampleOfAllPoints_matchScikitLearn(ReferenceCases.Case c) {
        Dataset data = Dataset.of(c.x());

        assertClose(ClusterScores.silhouette(data, c.labels(), 1).mean(), c.number("silhouette"), "one thread");
        Silhouette all = ClusterScores.silhouetteSampled(data, c.labels(), data.n(), 7L);
        assertClose(all.mean(), c.number("silhouette"), "sample of every point");
        assertThat(all.sampled()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void daviesBouldin_matchesScikitLearn(ReferenceCases.Case c) {
        assertClose(ClusterScores.daviesBouldin(Dataset.of(c.x()), c.labels()), c.number("davies_bouldin"),
                "Davies–Bouldin");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void calinskiHarabasz_matchesScikitLearn(ReferenceCases.Case c) {
        assertClose(ClusterScores.calinskiHarabasz(Dataset.of(c.x()), c.labels()), c.number("calinski_harabasz"),
                "Calinski–Harabasz");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void adjustedRand_matchesScikitLearn(ReferenceCases.Case c) {
        assertClose(LabelAgreement.adjustedRand(c.truth(), c.labels()), c.number("adjusted_rand"), "ARI");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void normalizedMutualInfo_matchesScikitLearn(ReferenceCases.Case c) {
        assertClose(LabelAgreement.normalizedMutualInfo(c.truth(), c.labels()), c.number("normalized_mutual_info"),
                "NMI");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void adjustedMutualInfo_matchesScikitLearn(ReferenceCases.Case c) {
        assertClose(LabelAgreement.adjustedMutualInfo(c.truth(), c.labels()), c.number("adjusted_mutual_info"),
                "AMI");
    }

    /**
     * The V-measure is the NMI with arithmetic normalisation (Rosenberg and Hirschberg's harmonic
     * mean 2hc/(h + c) = 2·MI/(H(C) + H(K))), so scikit-learn's NMI is a reference for it too,
     * and for homogeneity and completeness through it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void vMeasure_equalsScikitLearnsNormalizedMutualInfo(ReferenceCases.Case c) {
        double nmi = c.number("normalized_mutual_info");
        assertClose(LabelAgreement.vMeasure(c.truth(), c.labels()), nmi, "V-measure");
        double h = LabelAgreement.homogeneity(c.truth(), c.labels());
        double k = LabelAgreement.completeness(c.truth(), c.labels());
        assertClose(2 * h * k / (h + k), nmi, "harmonic mean of homogeneity and completeness");
    }
}
