package io.github.kmeans4j.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.KMeansResult;
import io.github.kmeans4j.Kernel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * Input a Spark user hands over: DataFrames with vector or array features and a weight column,
 * and every kind of bad input refused before the fit with an IllegalArgumentException that names
 * the column and the row (its index in the whole data).
 */
class SparkInputTest {

    private static org.apache.spark.sql.Dataset<Row> vectors(double[][] rows, double[] weights, int partitions) {
        SparkSession spark = TestSpark.session("local[2]");
        List<Row> list = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            list.add(RowFactory.create(Vectors.dense(rows[i]), weights == null ? 1.0 : weights[i]));
        }
        StructType schema = new StructType().add("features", new VectorUDT()).add("w", DataTypes.DoubleType);
        return spark.createDataFrame(list, schema).coalesce(partitions);
    }

    private static org.apache.spark.sql.Dataset<Row> arrays(List<Row> rows) {
        StructType schema = new StructType().add("xs", DataTypes.createArrayType(DataTypes.DoubleType))
                .add("name", DataTypes.StringType);
        return TestSpark.session("local[2]").createDataFrame(rows, schema).coalesce(2);
    }

    @Test
    void dataFrame_weightedVectors_fitsAsTheLocalWeightedFit() {
        double[][] rows = SparkBackendTest.blobs(21, 1200, 3, 4);
        double[] weights = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            weights[i] = 1 + i % 4;
        }
        // one partition keeps the rows in order, so the sample is the local dataset in its order
        org.apache.spark.sql.Dataset<Row> frame = vectors(rows, weights, 1);
        KMeans kmeans = KMeans.builder().k(4).seed(9).kernel(Kernel.SCALAR).build();
        KMeansResult local = kmeans.fit(Dataset.of(rows).withWeights(weights));
        try (SparkBackend backend = SparkBackend.builder().dataFrame(frame, "features", "w").kernel(Kernel.SCALAR)
                .sampleSize(1200).build()) {
            KMeansResult spark = kmeans.fit(backend, null);
            assertThat(spark.labels()).isEqualTo(local.labels());
            assertThat(spark.inertia()).isCloseTo(local.inertia(), within(1e-12 * local.inertia()));
        }
    }

    @Test
    void dataFrame_arrayFeatures_areRead() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(RowFactory.create(List.of((double) (i % 2 == 0 ? 0 : 10), (double) i / 40), "r" + i));
        }
        try (SparkBackend backend = SparkBackend.builder().dataFrame(arrays(rows), "xs", null).build()) {
            assertThat(backend.n()).isEqualTo(40);
            assertThat(backend.d()).isEqualTo(2);
            KMeansResult r = KMeans.builder().k(2).seed(1).build().fit(backend, null);
            assertThat(Arrays.stream(r.centroids()).mapToDouble(c -> c[0]).sorted().toArray())
                    .containsExactly(0.0, 10.0);
        }
    }

    @Test
    void badColumns_refusedNamingTheColumn() {
        List<Row> rows = List.of(RowFactory.create(List.of(1.0, 2.0), "a"));
        assertThatThrownBy(() -> SparkBackend.builder().dataFrame(arrays(rows), "name", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column \"name\" has type string; the features must be an ML vector or an array of numbers");
        assertThatThrownBy(() -> SparkBackend.builder().dataFrame(arrays(rows), "xs", "name"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column \"name\" has type string; the weight must be a number");
        assertThatThrownBy(() -> SparkBackend.builder().dataFrame(arrays(rows), "features", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the DataFrame has no column \"features\"; its columns are [xs, name]");
    }

    @Test
    void badRows_refusedNamingTheColumnAndTheRow() {
        List<Row> mixed = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            mixed.add(RowFactory.create(i == 23 ? List.of(1.0, 2.0, 3.0) : List.of(1.0, (double) i), "r"));
        }
        assertThatThrownBy(() -> SparkBackend.builder().dataFrame(arrays(mixed), "xs", null).build())
                .isInstanceOf(IllegalArgumentException.class)
                // the row named for comparison is the first of row 23's partition, or row 0
                .hasMessageMatching("column \"xs\" at row 23: the features have 3 values but row (0|1?[0-9]|2[0-2]) has 2");

        List<Row> nan = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            nan.add(RowFactory.create(List.of(1.0, i == 17 ? Double.NaN : i), "r"));
        }
        assertThatThrownBy(() -> SparkBackend.builder().dataFrame(arrays(nan), "xs", null).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column \"xs\" at row 17: feature 1 is NaN; every value must be finite");

        double[][] rows = {{1, 2}, {3, 4}, {5, 6}};
        assertThatThrownBy(() -> KMeans.builder().k(4).build()
                .fit(SparkBackend.builder().rows(SparkBackendTest.rdd(rows, 2)).build(), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("k = 4 exceeds the number of rows n = 3");
        double[] weights = {1, -1, 1};
        assertThatThrownBy(() -> SparkBackend.builder().dataFrame(vectors(rows, weights, 1), "features", "w").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column \"features\" or \"w\" at row 1: the weight is -1.0; weights must be finite and not negative");
    }

    @Test
    void rowsWhoseSumsWouldOverflow_refusedAsALocalFitRefusesThem() {
        double[][] rows = {{1e300, 0}, {-1e300, 1}, {0, 2}, {5, 3}};
        assertThatThrownBy(() -> SparkBackend.builder().rows(SparkBackendTest.rdd(rows, 2)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("column 0 spans [-1.0E300, 1.0E300]: squared distances across the data's"
                        + " bounding box");
        double[][] tiny = {{0}, {1e-170}, {2e-170}};
        assertThatThrownBy(() -> SparkBackend.builder().rows(SparkBackendTest.rdd(tiny, 2)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("underflows to 0");
    }

    @Test
    void aSampleWithFewerDistinctRowsThanK_refusedNamingTheCure() {
        double[][] rows = new double[100][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[] {i % 3, 0};
        }
        try (SparkBackend backend = SparkBackend.builder().rows(SparkBackendTest.rdd(rows, 2)).build()) {
            assertThatThrownBy(() -> KMeans.builder().k(4).build().fit(backend, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("k = 4 but the sample of 100 rows that seeding draws from has only 3 distinct row(s);"
                            + " take a larger sample, or lower k if the data have no more distinct points");
        }
    }
}
