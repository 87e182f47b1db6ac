package io.github.kmeans4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kmeans4j.event.Assigned;
import io.github.kmeans4j.event.EmptyClusterRepaired;
import io.github.kmeans4j.event.Initialized;
import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.event.RunFinished;
import io.github.kmeans4j.event.SeedChosen;
import io.github.kmeans4j.event.Updated;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every documented rejection of bad input: the exception type, and a message that names what is
 * wrong and where (row, column, value, parameter). Also the copy discipline: caller arrays are
 * never kept or modified, and every array handed out is a copy.
 */
class BadInputTest {

    /** Three points on a line: 0, 1, 2. */
    private static Dataset threePoints() {
        return Dataset.ofValues(0, 1, 2);
    }

    /** A fitted 2-D model to apply to bad points: centroids (0, 0) and (10, 10). */
    private static KMeansResult model2d() {
        return KMeans.builder().k(2).seed(1)
                .initializer(Initializer.given(new double[][] {{0, 0}, {10, 10}}))
                .build()
                .fit(Dataset.of(new double[][] {{0, 0}, {0, 1}, {10, 10}, {10, 11}}));
    }

    @Nested
    class DatasetFactories {

        @Test
        void of_nullData_rejectedNamingData() {
            assertThatThrownBy(() -> Dataset.of(null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("data")
                    .hasMessageContaining("null");
        }

        @Test
        void ofRowMajor_nullData_rejectedNamingData() {
            assertThatThrownBy(() -> Dataset.ofRowMajor(null, 2))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("data")
                    .hasMessageContaining("null");
        }

        @Test
        void of_emptyData_rejectedSayingEmpty() {
            assertThatThrownBy(() -> Dataset.of(new double[0][]))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("at least one row")
                    .hasMessageContaining("empty");
        }

        @Test
        void ofValues_emptyData_rejectedSayingEmpty() {
            assertThatThrownBy(() -> Dataset.ofValues())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("empty");
        }

        @Test
        void of_nullRow_rejectedNamingTheRow() {
            assertThatThrownBy(() -> Dataset.of(new double[][] {{1, 2}, {3, 4}, null}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("row 2")
                    .hasMessageContaining("null");
        }

        @Test
        void of_nullFirstRow_rejectedNamingRowZero() {
            assertThatThrownBy(() -> Dataset.of(new double[][] {null, {1}}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("row 0")
                    .hasMessageContaining("null");
        }

        @Test
        void of_raggedRows_rejectedNamingRowAndBothLengths() {
            assertThatThrownBy(() -> Dataset.of(new double[][] {{1, 2}, {3, 4}, {5, 6, 7}}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("ragged")
                    .hasMessageContaining("row 2 has 3 columns")
                    .hasMessageContaining("row 0 has 2");
        }

        @Test
        void of_shortRow_rejectedNamingRowAndBothLengths() {
            assertThatThrownBy(() -> Dataset.of(new double[][] {{1, 2, 3}, {4}}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("row 1 has 1 columns")
                    .hasMessageContaining("row 0 has 3");
        }

        @Test
        void of_nan_rejectedNamingRowColumnAndValue() {
            assertThatThrownBy(() -> Dataset.of(new double[][] {{1, 2}, {3, 4}, {5, Double.NaN}}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("row 2")
                    .hasMessageContaining("column 1")
                    .hasMessageContaining("NaN");
        }

        @Test
        void of_positiveInfinity_rejectedNamingRowColumnAndValue() {
            assertThatThrownBy(() -> Dataset.of(new double[][] {{1, 2}, {Double.POSITIVE_INFINITY, 4}}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("row 1")
                    .hasMessageContaining("column 0")
                    .hasMessageContaining("Infinity");
        }

        @Test
        void of_negativeInfinity_rejectedNamingRowColumnAndValue() {
            assertThatThrownBy(() -> Dataset.of(new double[][] {{1, Double.NEGATIVE_INFINITY}}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("row 0")
                    .hasMessageContaining("column 1")
                    .hasMessageContaining("-Infinity");
        }

        @Test
        void ofRowMajor_nan_rejectedNamingRowAndColumnOfTheFlatIndex() {
            // Flat index 5 with d = 2 is row 2, column 1.
            assertThatThrownBy(() -> Dataset.ofRowMajor(new double[] {0, 1, 2, 3, 4, Double.NaN}, 2))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("row 2")
                    .hasMessageContaining("column 1")
                    .hasMessageContaining("NaN");
        }

        @Test
        void ofRowMajor_lengthNotMultipleOfD_rejectedNamingLengthAndD() {
            assertThatThrownBy(() -> Dataset.ofRowMajor(new double[] {1, 2, 3, 4, 5}, 2))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("length 5")
                    .hasMessageContaining("2 columns");
        }

        @Test
        void ofRowMajor_dZero_rejectedNamingD() {
            assertThatThrownBy(() -> Dataset.ofRowMajor(new double[] {1, 2}, 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("d")
                    .hasMessageContaining("at least 1")
                    .hasMessageContaining("was 0");
        }

        @Test
        void ofRowMajor_dNegative_rejectedNamingValue() {
            assertThatThrownBy(() -> Dataset.ofRowMajor(new double[] {1, 2}, -3))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("was -3");
        }
    }

    @Nested
    class WeightsAndColumnNames {

        @Test
        void withWeights_wrongLength_rejectedNamingBothCounts() {
            assertThatThrownBy(() -> threePoints().withWeights(new double[] {1, 1}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("expected 3")
                    .hasMessageContaining("got 2");
        }

        @Test
        void withWeights_null_rejected() {
            assertThatThrownBy(() -> threePoints().withWeights(null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("weights")
                    .hasMessageContaining("null");
        }

        @Test
        void withWeights_negative_rejectedNamingRowAndValue() {
            assertThatThrownBy(() -> threePoints().withWeights(new double[] {1, -0.5, 1}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("row 1")
                    .hasMessageContaining("-0.5");
        }

        @Test
        void withWeights_nan_rejectedNamingRowAndValue() {
            assertThatThrownBy(() -> threePoints().withWeights(new double[] {1, 1, Double.NaN}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("row 2")
                    .hasMessageContaining("NaN");
        }

        @Test
        void withWeights_infinite_rejectedNamingRowAndValue() {
            assertThatThrownBy(() -> threePoints().withWeights(new double[] {Double.POSITIVE_INFINITY, 1, 1}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("row 0")
                    .hasMessageContaining("Infinity");
        }

        @Test
        void withWeights_allZero_rejectedSayingAllZero() {
            assertThatThrownBy(() -> threePoints().withWeights(new double[] {0, 0, 0}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("weights")
                    .hasMessageContaining("zero");
        }

        @Test
        void withColumnNames_wrongCount_rejectedNamingBothCounts() {
            Dataset twoColumns = Dataset.of(new double[][] {{1, 2}});
            assertThatThrownBy(() -> twoColumns.withColumnNames("x", "y", "z"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("expected 2")
                    .hasMessageContaining("got 3");
        }

        @Test
        void withColumnNames_nullName_rejectedNamingItsIndex() {
            Dataset twoColumns = Dataset.of(new double[][] {{1, 2}});
            assertThatThrownBy(() -> twoColumns.withColumnNames("x", null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("column name 1")
                    .hasMessageContaining("null");
        }

        @Test
        void withColumnNames_nullArray_rejected() {
            assertThatThrownBy(() -> threePoints().withColumnNames((String[]) null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("column names")
                    .hasMessageContaining("null");
        }

        @Test
        void withColumnNames_nullList_rejected() {
            assertThatThrownBy(() -> threePoints().withColumnNames((List<String>) null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("column names")
                    .hasMessageContaining("null");
        }
    }

    @Nested
    class BuilderParameters {

        @Test
        void k_zero_rejectedNamingKAndValue() {
            assertThatThrownBy(() -> KMeans.builder().k(0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("k")
                    .hasMessageContaining("at least 1")
                    .hasMessageContaining("was 0");
        }

        @Test
        void k_negative_rejectedNamingValue() {
            assertThatThrownBy(() -> KMeans.builder().k(-2))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("was -2");
        }

        @Test
        void build_withoutK_illegalStateNamingK() {
            assertThatThrownBy(() -> KMeans.builder().seed(1).build())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("k was not set");
        }

        @Test
        void tolerance_negative_rejectedNamingParameterAndValue() {
            assertThatThrownBy(() -> KMeans.builder().tolerance(-0.25))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("tolerance")
                    .hasMessageContaining("-0.25");
        }

        @Test
        void tolerance_nan_rejectedNamingParameterAndValue() {
            assertThatThrownBy(() -> KMeans.builder().tolerance(Double.NaN))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("tolerance")
                    .hasMessageContaining("NaN");
        }

        @Test
        void tolerance_infinite_rejectedNamingParameterAndValue() {
            assertThatThrownBy(() -> KMeans.builder().tolerance(Double.POSITIVE_INFINITY))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("tolerance")
                    .hasMessageContaining("Infinity");
        }

        @Test
        void maxIterations_zero_rejectedNamingParameterAndValue() {
            assertThatThrownBy(() -> KMeans.builder().maxIterations(0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("maxIterations")
                    .hasMessageContaining("was 0");
        }

        @Test
        void restarts_zero_rejectedNamingParameterAndValue() {
            assertThatThrownBy(() -> KMeans.builder().restarts(0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("restarts")
                    .hasMessageContaining("was 0");
        }

        @Test
        void listener_null_rejectedNamingListener() {
            assertThatThrownBy(() -> KMeans.builder().listener(null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("listener")
                    .hasMessageContaining("null");
        }

        @Test
        void initializer_null_rejectedNamingInitializer() {
            assertThatThrownBy(() -> KMeans.builder().initializer(null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("initializer")
                    .hasMessageContaining("null");
        }

        @Test
        void emptyClusterPolicy_null_rejectedNamingPolicy() {
            assertThatThrownBy(() -> KMeans.builder().emptyClusterPolicy(null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("emptyClusterPolicy")
                    .hasMessageContaining("null");
        }

        @Test
        void stoppingRule_null_rejectedNamingRule() {
            assertThatThrownBy(() -> KMeans.builder().stoppingRule(null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("stopping rule")
                    .hasMessageContaining("null");
        }

        @Test
        void greedyKMeansPlusPlus_zeroCandidates_rejectedNamingValue() {
            assertThatThrownBy(() -> Initializer.greedyKMeansPlusPlus(0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("candidates")
                    .hasMessageContaining("was 0");
        }
    }

    @Nested
    class GivenCentroids {

        @Test
        void build_givenRowCountDiffersFromK_rejectedNamingBothCounts() {
            Initializer three = Initializer.given(new double[][] {{0}, {1}, {2}});
            KMeans.Builder builder = KMeans.builder().k(2).initializer(three);
            assertThatThrownBy(builder::build)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("3 rows")
                    .hasMessageContaining("k = 2");
        }

        @Test
        void fit_givenColumnCountDiffersFromData_rejectedNamingBothDimensions() {
            KMeans kmeans = KMeans.builder().k(2).seed(1)
                    .initializer(Initializer.given(new double[][] {{0, 0, 0}, {1, 1, 1}}))
                    .build();
            Dataset twoD = Dataset.of(new double[][] {{0, 0}, {1, 1}, {2, 2}});
            assertThatThrownBy(() -> kmeans.fit(twoD))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("3 columns")
                    .hasMessageContaining("data has 2");
        }

        @Test
        void given_ragged_rejectedNamingGivenCentroidsAndRow() {
            assertThatThrownBy(() -> Initializer.given(new double[][] {{0, 0}, {1}}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("given centroids")
                    .hasMessageContaining("row 1 has 1 columns")
                    .hasMessageContaining("row 0 has 2");
        }

        @Test
        void given_nan_rejectedNamingGivenCentroidsRowAndColumn() {
            assertThatThrownBy(() -> Initializer.given(new double[][] {{0, 0}, {1, Double.NaN}}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("given centroids")
                    .hasMessageContaining("row 1")
                    .hasMessageContaining("column 1")
                    .hasMessageContaining("NaN");
        }

        @Test
        void given_null_rejectedNamingGivenCentroids() {
            assertThatThrownBy(() -> Initializer.given(null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("given centroids")
                    .hasMessageContaining("null");
        }
    }

    @Nested
    class Fitting {

        @Test
        void fit_nullData_rejectedNamingData() {
            KMeans kmeans = KMeans.builder().k(1).seed(1).build();
            assertThatThrownBy(() -> kmeans.fit(null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("data")
                    .hasMessageContaining("null");
        }

        @Test
        void fit_kExceedsN_rejectedNamingKAndN() {
            KMeans kmeans = KMeans.builder().k(4).seed(1).build();
            assertThatThrownBy(() -> kmeans.fit(threePoints()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("k = 4")
                    .hasMessageContaining("n = 3");
        }

        @Test
        void fit_fewerDistinctPointsThanK_rejectedSayingHowManyDistinct() {
            KMeans kmeans = KMeans.builder().k(2).seed(1).build();
            Dataset allEqual = Dataset.of(new double[][] {{5, 5}, {5, 5}, {5, 5}});
            assertThatThrownBy(() -> kmeans.fit(allEqual))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("k = 2")
                    .hasMessageContaining("only 1 distinct");
        }

        @Test
        void fit_negativeZeroAndZero_countAsOneDistinctPoint() {
            // The distance sees -0.0 and 0.0 as the same place, so they are one distinct point.
            KMeans kmeans = KMeans.builder().k(2).seed(1).build();
            Dataset zeros = Dataset.ofValues(0.0, -0.0, 0.0);
            assertThatThrownBy(() -> kmeans.fit(zeros))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("only 1 distinct");
        }

        @Test
        void fit_onlyZeroWeightRowsAreDistinct_rejectedSayingPositiveWeight() {
            KMeans kmeans = KMeans.builder().k(2).seed(1).build();
            // Rows 1 and 2 differ from row 0 but weigh nothing: one distinct point of positive weight.
            Dataset data = Dataset.ofValues(0, 1, 2, 0).withWeights(new double[] {1, 0, 0, 3});
            assertThatThrownBy(() -> kmeans.fit(data))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("only 1 distinct")
                    .hasMessageContaining("positive weight");
        }

        @Test
        void fit_failPolicyAndClusterEmpties_illegalStateNamingClusterAndIteration() {
            // Every point is nearer to 1 than to 1000, so cluster 1 is empty after the first assignment.
            KMeans kmeans = KMeans.builder().k(2).seed(1)
                    .initializer(Initializer.given(new double[][] {{1}, {1000}}))
                    .emptyClusterPolicy(EmptyClusterPolicy.FAIL)
                    .build();
            assertThatThrownBy(() -> kmeans.fit(threePoints()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("cluster 1")
                    .hasMessageContaining("iteration 1")
                    .hasMessageContaining("FAIL");
        }

        @Test
        void fit_failPolicyWithRestarts_messageNamesTheRestart() {
            KMeans kmeans = KMeans.builder().k(2).seed(1).restarts(2)
                    .initializer(Initializer.given(new double[][] {{1}, {1000}}))
                    .emptyClusterPolicy(EmptyClusterPolicy.FAIL)
                    .build();
            assertThatThrownBy(() -> kmeans.fit(threePoints()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("cluster 1")
                    .hasMessageContaining("restart 0");
        }
    }

    @Nested
    class ApplyingTheModel {

        @Test
        void predict_wrongDimension_rejectedNamingBothDimensions() {
            KMeansResult model = model2d();
            assertThatThrownBy(() -> model.predict(new double[] {1, 2, 3}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("3 dimensions")
                    .hasMessageContaining("model has 2");
        }

        @Test
        void predict_nan_rejectedNamingColumnAndValue() {
            KMeansResult model = model2d();
            assertThatThrownBy(() -> model.predict(new double[] {1, Double.NaN}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("column 1")
                    .hasMessageContaining("NaN");
        }

        @Test
        void predict_infinity_rejectedNamingColumnAndValue() {
            KMeansResult model = model2d();
            assertThatThrownBy(() -> model.predict(new double[] {Double.NEGATIVE_INFINITY, 0}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("column 0")
                    .hasMessageContaining("-Infinity");
        }

        @Test
        void predict_nullPoint_rejectedNamingPoint() {
            KMeansResult model = model2d();
            assertThatThrownBy(() -> model.predict((double[]) null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("point")
                    .hasMessageContaining("null");
        }

        @Test
        void predictDataset_wrongDimension_rejectedNamingBothDimensions() {
            KMeansResult model = model2d();
            assertThatThrownBy(() -> model.predict(Dataset.ofValues(1, 2)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("1 dimensions")
                    .hasMessageContaining("model has 2");
        }

        @Test
        void predictDataset_null_rejectedNamingData() {
            KMeansResult model = model2d();
            assertThatThrownBy(() -> model.predict((Dataset) null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("data")
                    .hasMessageContaining("null");
        }

        @Test
        void transform_wrongDimension_rejectedNamingBothDimensions() {
            KMeansResult model = model2d();
            assertThatThrownBy(() -> model.transform(new double[] {1}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("1 dimensions")
                    .hasMessageContaining("model has 2");
        }

        @Test
        void transform_nan_rejectedNamingColumnAndValue() {
            KMeansResult model = model2d();
            assertThatThrownBy(() -> model.transform(new double[] {Double.NaN, 1}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("column 0")
                    .hasMessageContaining("NaN");
        }

        @Test
        void transform_nullPoint_rejectedNamingPoint() {
            KMeansResult model = model2d();
            assertThatThrownBy(() -> model.transform((double[]) null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("point")
                    .hasMessageContaining("null");
        }

        @Test
        void transformDataset_wrongDimension_rejectedNamingBothDimensions() {
            KMeansResult model = model2d();
            Dataset threeD = Dataset.of(new double[][] {{1, 2, 3}});
            assertThatThrownBy(() -> model.transform(threeD))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("3 dimensions")
                    .hasMessageContaining("model has 2");
        }

        @Test
        void transformDataset_null_rejectedNamingData() {
            KMeansResult model = model2d();
            assertThatThrownBy(() -> model.transform((Dataset) null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("data")
                    .hasMessageContaining("null");
        }

        @Test
        void centroidAndLabel_outOfRange_rejectedNamingIndexAndRange() {
            KMeansResult model = model2d();
            assertThatThrownBy(() -> model.centroid(2))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("cluster 2")
                    .hasMessageContaining("[0, 2)");
            assertThatThrownBy(() -> model.label(-1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("row -1")
                    .hasMessageContaining("[0, 4)");
        }
    }

    @Nested
    class Copies {

        @Test
        void datasetOf_callerMutatesRowsAfterwards_datasetUnchanged() {
            double[][] rows = {{1, 2}, {3, 4}};
            Dataset data = Dataset.of(rows);
            rows[0][0] = 99;
            rows[1] = new double[] {7, 7};
            assertThat(data.toArray()).isDeepEqualTo(new double[][] {{1, 2}, {3, 4}});
        }

        @Test
        void datasetOfRowMajor_callerMutatesArrayAfterwards_datasetUnchanged() {
            double[] flat = {1, 2, 3, 4};
            Dataset data = Dataset.ofRowMajor(flat, 2);
            flat[3] = 99;
            assertThat(data.toRowMajorArray()).containsExactly(1, 2, 3, 4);
        }

        @Test
        void withWeights_callerMutatesWeightsAfterwards_weightsUnchanged() {
            double[] weights = {1, 2, 3};
            Dataset data = threePoints().withWeights(weights);
            weights[1] = 50;
            assertThat(data.weights()).containsExactly(1, 2, 3);
            assertThat(data.weight(1)).isEqualTo(2.0);
        }

        @Test
        void withColumnNames_callerMutatesArrayOrListAfterwards_namesUnchanged() {
            String[] names = {"x", "y"};
            Dataset fromArray = Dataset.of(new double[][] {{1, 2}}).withColumnNames(names);
            names[0] = "changed";
            List<String> list = new ArrayList<>(List.of("a", "b"));
            Dataset fromList = Dataset.of(new double[][] {{1, 2}}).withColumnNames(list);
            list.set(1, "changed");

            assertThat(fromArray.columnNames()).containsExactly("x", "y");
            assertThat(fromList.columnNames()).containsExactly("a", "b");
            assertThatThrownBy(() -> fromList.columnNames().add("c")).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void datasetAccessors_returnedArraysMutated_datasetUnchanged() {
            Dataset data = Dataset.of(new double[][] {{1, 2}, {3, 4}}).withWeights(new double[] {5, 6});
            data.row(0)[0] = 99;
            data.toArray()[1][1] = 99;
            data.toRowMajorArray()[2] = 99;
            data.column(1)[0] = 99;
            data.weights()[0] = 99;

            assertThat(data.toArray()).isDeepEqualTo(new double[][] {{1, 2}, {3, 4}});
            assertThat(data.weights()).containsExactly(5, 6);
        }

        @Test
        void given_callerMutatesCentroidsAfterwards_fitStartsFromTheOriginalCentroids() {
            double[][] init = {{1}, {1000}};
            Initializer given = Initializer.given(init);
            init[0][0] = 500;
            init[1] = new double[] {-5};
            List<KMeansEvent> events = new ArrayList<>();
            KMeans.builder().k(2).seed(1).initializer(given).listener(events::add).build().fit(threePoints());

            Initialized initialized = events.stream().filter(Initialized.class::isInstance)
                    .map(Initialized.class::cast).findFirst().orElseThrow();
            assertThat(initialized.centroids()).isDeepEqualTo(new double[][] {{1}, {1000}});
        }

        @Test
        void fit_callerArraysAfterFit_unchanged() {
            double[][] rows = {{0, 0}, {0, 1}, {9, 9}, {9, 10}, {4, 4}};
            double[] weights = {1, 2, 0, 1, 1};
            double[][] init = {{0, 0}, {9, 9}};
            double[][] rowsCopy = deepCopy(rows);
            Dataset data = Dataset.of(rows).withWeights(weights);
            KMeans.builder().k(2).seed(3).initializer(Initializer.given(init)).build().fit(data);

            assertThat(rows).isDeepEqualTo(rowsCopy);
            assertThat(weights).containsExactly(1, 2, 0, 1, 1);
            assertThat(init).isDeepEqualTo(new double[][] {{0, 0}, {9, 9}});
        }

        @Test
        void resultAccessors_returnedArraysMutated_resultUnchanged() {
            KMeansResult result = model2d();
            double[][] centroids = result.centroids();
            int[] labels = result.labels();
            int[] sizes = result.clusterSizes();
            String beforeText = result.toString();

            result.centroids()[0][0] = 99;
            result.centroid(1)[1] = 99;
            result.labels()[0] = 1;
            result.clusterSizes()[0] = 99;

            assertThat(result.centroids()).isDeepEqualTo(centroids);
            assertThat(result.centroids()).isDeepEqualTo(new double[][] {{0, 0.5}, {10, 10.5}});
            assertThat(result.labels()).containsExactly(labels).containsExactly(0, 0, 1, 1);
            assertThat(result.clusterSizes()).containsExactly(sizes).containsExactly(2, 2);
            assertThat(result).isEqualTo(model2d());
            assertThat(result.toString()).isEqualTo(beforeText);
            assertThatThrownBy(() -> result.columnNames().add("x")).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> result.restartSummaries().clear())
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void eventAccessors_returnedArraysMutated_eventsUnchanged() {
            List<KMeansEvent> events = new ArrayList<>();
            // {0, 1, 2} from {1, 1000}: cluster 1 empties in iteration 1 and is repaired, so every
            // kind of event occurs.
            KMeans.builder().k(2).seed(1).initializer(Initializer.given(new double[][] {{1}, {1000}}))
                    .listener(events::add).build().fit(threePoints());
            assertThat(events).hasAtLeastOneElementOfType(EmptyClusterRepaired.class);

            for (KMeansEvent e : events) {
                String before = e.toString();
                int hash = e.hashCode();
                if (e instanceof SeedChosen s) {
                    double[] c = s.centroid();
                    s.centroid()[0] = 99;
                    assertThat(s.centroid()).containsExactly(c);
                } else if (e instanceof Initialized i) {
                    double[][] c = i.centroids();
                    i.centroids()[0][0] = 99;
                    i.centroids()[1] = new double[] {99};
                    assertThat(i.centroids()).isDeepEqualTo(c);
                } else if (e instanceof Assigned a) {
                    int[] labels = a.labels();
                    int[] sizes = a.clusterSizes();
                    a.labels()[0] = 1 - labels[0];
                    a.clusterSizes()[0] = 99;
                    assertThat(a.labels()).containsExactly(labels);
                    assertThat(a.clusterSizes()).containsExactly(sizes);
                } else if (e instanceof EmptyClusterRepaired r) {
                    double[] c = r.centroid();
                    r.centroid()[0] = 99;
                    assertThat(r.centroid()).containsExactly(c);
                } else if (e instanceof Updated u) {
                    double[][] c = u.centroids();
                    double[] shifts = u.shifts();
                    u.centroids()[0][0] = 99;
                    u.shifts()[0] = 99;
                    assertThat(u.centroids()).isDeepEqualTo(c);
                    assertThat(u.shifts()).containsExactly(shifts);
                } else if (e instanceof RunFinished f) {
                    f.result().labels()[0] = 1;
                    f.result().centroids()[0][0] = 99;
                }
                assertThat(e.toString()).isEqualTo(before);
                assertThat(e.hashCode()).isEqualTo(hash);
            }
        }

        @Test
        void eventConstructors_callerMutatesArraysAfterwards_eventsUnchanged() {
            int[] labels = {0, 1, 1};
            int[] sizes = {1, 2};
            Assigned assigned = new Assigned(0, 1, labels, 3.5, 3, sizes);
            labels[0] = 1;
            sizes[0] = 0;

            double[][] centroids = {{1, 2}, {3, 4}};
            double[] shifts = {0.5, 0.25};
            Updated updated = new Updated(0, 1, centroids, shifts);
            centroids[0][0] = 99;
            shifts[1] = 99;

            assertThat(assigned.labels()).containsExactly(0, 1, 1);
            assertThat(assigned.clusterSizes()).containsExactly(1, 2);
            assertThat(updated.centroids()).isDeepEqualTo(new double[][] {{1, 2}, {3, 4}});
            assertThat(updated.shifts()).containsExactly(0.5, 0.25);
        }

        private static double[][] deepCopy(double[][] rows) {
            return Arrays.stream(rows).map(double[]::clone).toArray(double[][]::new);
        }
    }
}
