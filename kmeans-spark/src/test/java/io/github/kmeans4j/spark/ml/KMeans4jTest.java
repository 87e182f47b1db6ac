package io.github.kmeans4j.spark.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.kmeans4j.Algorithm;
import io.github.kmeans4j.CancellationToken;
import io.github.kmeans4j.Initializer;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.KMeansResult;
import io.github.kmeans4j.Kernel;
import io.github.kmeans4j.StopReason;
import io.github.kmeans4j.event.Assigned;
import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.event.KMeansListener;
import io.github.kmeans4j.spark.TestSpark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark ML stages: in a pipeline on three separated blobs, against the core's local fit of
 * the same rows, through save and load, and on inputs they must refuse.
 */
class KMeans4jTest {
    private static final double[][] CENTRES = {{0, 0}, {20, 0}, {0, 20}};

    private static SparkSession spark() {
        return TestSpark.session("local[2]");
    }

    /** {@code perBlob} rows around each of the three centres, in turn; reproducible from the seed. */
    private static double[][] blobs(long seed, int perBlob) {
        Random random = new Random(seed);
        double[][] rows = new double[3 * perBlob][];
        for (int i = 0; i < rows.length; i++) {
            double[] c = CENTRES[i % 3];
            rows[i] = new double[] {c[0] + random.nextGaussian(), c[1] + random.nextGaussian()};
        }
        return rows;
    }

    /**
     * Columns x, y (doubles), blob (its centre's index) and features (an array of x and y), rows
     * in the order given, in {@code partitions} contiguous partitions.
     */
    private static Dataset<Row> frame(double[][] rows, int partitions) {
        StructType schema = new StructType()
                .add("x", DataTypes.DoubleType, false)
                .add("y", DataTypes.DoubleType, false)
                .add("blob", DataTypes.IntegerType, false)
                .add("features", DataTypes.createArrayType(DataTypes.DoubleType, false), false);
        List<Row> list = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            list.add(RowFactory.create(rows[i][0], rows[i][1], i % 3, rows[i].clone()));
        }
        return spark().createDataFrame(TestSpark.context("local[2]").parallelize(list, partitions), schema);
    }

    /** Only a features column (an array of the row's values), rows in the order given. */
    private static Dataset<Row> orderedFrame(double[][] rows, int partitions) {
        StructType schema = new StructType()
                .add("features", DataTypes.createArrayType(DataTypes.DoubleType, false), false);
        List<Row> list = new ArrayList<>();
        for (double[] row : rows) {
            list.add(RowFactory.create((Object) row.clone()));
        }
        return spark().createDataFrame(TestSpark.context("local[2]").parallelize(list, partitions), schema);
    }

    private static List<Integer> column(Dataset<Row> frame, String name) {
        List<Integer> out = new ArrayList<>();
        for (Row row : frame.select(name).collectAsList()) {
            out.add(row.getInt(0));
        }
        return out;
    }

    private static void assertClose(double[][] actual, double[][] expected) {
        assertThat(actual.length).isEqualTo(expected.length);
        for (int j = 0; j < expected.length; j++) {
            assertThat(actual[j].length).isEqualTo(expected[j].length);
            for (int m = 0; m < expected[j].length; m++) {
                assertThat(actual[j][m]).as("centroid %d, coordinate %d", j, m)
                        .isCloseTo(expected[j][m], within(1e-12 * Math.max(1, Math.abs(expected[j][m]))));
            }
        }
    }

    /** A listener that records the kinds of events and cancels its token at the second assignment. */
    private static KMeansListener cancelAtSecondAssignment(CancellationToken token, List<String> kinds) {
        return (KMeansEvent e) -> {
            kinds.add(e.getClass().getSimpleName());
            if (e instanceof Assigned a && a.iteration() == 2) {
                token.cancel();
            }
        };
    }

    @Test
    void fit_listenerAndToken_sameEventsAndCancelledResultAsLocalFit() {
        // one Gaussian cloud cut into 5 clusters: many iterations, so the cancellation comes first
        Random random = new Random(3);
        double[][] rows = new double[300][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[] {random.nextGaussian(), random.nextGaussian()};
        }
        CancellationToken sparkToken = new CancellationToken();
        List<String> sparkKinds = new ArrayList<>();
        KMeans4jModel model = new KMeans4j().setK(5).setSeed(9).setMaxIter(50)
                .setListener(cancelAtSecondAssignment(sparkToken, sparkKinds))
                .setCancellationToken(sparkToken)
                .fit(orderedFrame(rows, 3));

        CancellationToken localToken = new CancellationToken();
        List<String> localKinds = new ArrayList<>();
        KMeansResult local = KMeans.builder().k(5).seed(9).maxIterations(50).algorithm(Algorithm.LLOYD)
                .listener(cancelAtSecondAssignment(localToken, localKinds)).build()
                .fit(io.github.kmeans4j.Dataset.of(rows), localToken);

        assertThat(local.stopReason()).isEqualTo(StopReason.CANCELLED);
        assertThat(model.stopReason()).isEqualTo(StopReason.CANCELLED);
        assertThat(sparkKinds).isEqualTo(localKinds).contains("Updated");
        assertClose(model.toResult().centroids(), local.centroids());
    }

    @Test
    void pipeline_threeBlobs_eachBlobIsOneCluster() {
        Dataset<Row> frame = frame(blobs(1, 40), 3);
        VectorAssembler assembler = new VectorAssembler().setInputCols(new String[] {"x", "y"})
                .setOutputCol("assembled");
        KMeans4j kmeans = new KMeans4j().setK(3).setSeed(5).setFeaturesCol("assembled").setPredictionCol("cluster");
        PipelineModel model = new Pipeline().setStages(new PipelineStage[] {assembler, kmeans}).fit(frame);

        Dataset<Row> out = model.transform(frame);
        assertThat(out.schema().apply("cluster").dataType()).isEqualTo(DataTypes.IntegerType);
        List<Integer> blob = new ArrayList<>();
        List<Integer> cluster = new ArrayList<>();
        for (Row row : out.select("blob", "cluster").collectAsList()) {
            blob.add(row.getInt(0));
            cluster.add(row.getInt(1));
        }
        assertThat(cluster).hasSize(120);
        Map<Integer, Set<Integer>> clustersOfBlob = new HashMap<>();
        for (int i = 0; i < blob.size(); i++) {
            clustersOfBlob.computeIfAbsent(blob.get(i), b -> new HashSet<>()).add(cluster.get(i));
        }
        assertThat(clustersOfBlob).hasSize(3);
        Set<Integer> used = new HashSet<>();
        for (Set<Integer> clusters : clustersOfBlob.values()) {
            assertThat(clusters).hasSize(1);   // a blob is never split
            used.addAll(clusters);
        }
        assertThat(used).containsExactlyInAnyOrder(0, 1, 2);   // nor are two blobs merged
        // the centre of each cluster is its blob's centre, up to the noise of 40 points
        KMeans4jModel fitted = (KMeans4jModel) model.stages()[1];
        for (int i = 0; i < 3; i++) {
            Vector centre = fitted.clusterCenters()[cluster.get(blob.indexOf(i))];
            assertThat(centre.apply(0)).isCloseTo(CENTRES[i][0], within(0.5));
            assertThat(centre.apply(1)).isCloseTo(CENTRES[i][1], within(0.5));
        }
    }

    @Test
    void fit_sampleHoldsEveryRow_givesTheLocalFitsCentroids() {
        // k = 7 on three blobs: how the blobs split depends on the seeds, so only the same seeding
        // gives the same centroids
        double[][] rows = blobs(2, 50);
        KMeans4jModel model = new KMeans4j().setK(7).setSeed(9).setRestarts(2).setKernel("scalar")
                .setSampleSize(rows.length).fit(orderedFrame(rows, 3));
        KMeansResult local = KMeans.builder().k(7).seed(9).restarts(2).kernel(Kernel.SCALAR).algorithm(Algorithm.LLOYD)
                .build().fit(io.github.kmeans4j.Dataset.of(rows));

        assertThat(local.iterations()).isGreaterThan(2);
        assertClose(model.centroids(), local.centroids());
        KMeansResult result = model.toResult();
        assertThat(result.restart()).isEqualTo(local.restart());
        assertThat(result.restartSummaries()).hasSize(2).hasSameSizeAs(local.restartSummaries());
        assertThat(result.labels()).isEqualTo(local.labels());
        assertThat(result.iterations()).isEqualTo(local.iterations());
        assertThat(result.stopReason()).isEqualTo(local.stopReason());
        assertThat(model.inertia()).isCloseTo(local.inertia(), within(1e-12 * local.inertia()));
    }

    @Test
    void fit_givenInitialCentroids_givesTheLocalFitsCentroids() {
        double[][] rows = blobs(3, 50);
        double[][] start = {{5, 5}, {6, 5}, {5, 6}};
        KMeans4jModel model = new KMeans4j().setK(3).setInitializer("given").setInitialCentroids(start)
                .setKernel("scalar").setMaxIter(50).fit(orderedFrame(rows, 2));
        KMeansResult local = KMeans.builder().k(3).initializer(Initializer.given(start)).maxIterations(50)
                .kernel(Kernel.SCALAR).algorithm(Algorithm.LLOYD).build().fit(io.github.kmeans4j.Dataset.of(rows));

        assertClose(model.centroids(), local.centroids());
        assertThat(model.iterations()).isEqualTo(local.iterations());
    }

    @Test
    void fit_weightColumn_givesTheLocalWeightedFitsCentroids() {
        double[][] rows = blobs(6, 40);
        double[] weights = new double[rows.length];
        List<Row> list = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            weights[i] = i % 5 == 0 ? 0.0 : 1 + i % 4;
            list.add(RowFactory.create(rows[i].clone(), weights[i]));
        }
        StructType schema = new StructType()
                .add("features", DataTypes.createArrayType(DataTypes.DoubleType, false), false)
                .add("w", DataTypes.DoubleType, false);
        Dataset<Row> frame = spark().createDataFrame(TestSpark.context("local[2]").parallelize(list, 2), schema);
        KMeans4jModel model = new KMeans4j().setK(5).setSeed(3).setWeightCol("w").setKernel("scalar")
                .setSampleSize(rows.length).fit(frame);
        KMeansResult local = KMeans.builder().k(5).seed(3).kernel(Kernel.SCALAR).algorithm(Algorithm.LLOYD).build()
                .fit(io.github.kmeans4j.Dataset.of(rows).withWeights(weights));

        assertClose(model.centroids(), local.centroids());
        assertThat(model.inertia()).isCloseTo(local.inertia(), within(1e-12 * local.inertia()));
    }

    @Test
    void saveAndLoad_estimatorAndModel_keepParamsAndPredictions(@TempDir Path dir) throws Exception {
        Dataset<Row> frame = frame(blobs(4, 30), 2);
        KMeans4j kmeans = new KMeans4j().setK(3).setSeed(11).setMaxIter(40).setTol(1e-6).setRestarts(2)
                .setInitializer("k-means++").setSampleSize(500).setPredictionCol("cluster");
        kmeans.save(dir.resolve("estimator").toString());
        KMeans4j loadedEstimator = KMeans4j.load(dir.resolve("estimator").toString());
        assertThat(loadedEstimator.uid()).isEqualTo(kmeans.uid());
        assertThat(loadedEstimator.extractParamMap().toString()).isEqualTo(kmeans.extractParamMap().toString());
        assertThat(loadedEstimator.getK()).isEqualTo(3);
        assertThat(loadedEstimator.getTol()).isEqualTo(1e-6);
        assertThat(loadedEstimator.getInitializer()).isEqualTo("k-means++");

        KMeans4jModel model = kmeans.fit(frame);
        model.write().overwrite().save(dir.resolve("model").toString());
        KMeans4jModel loaded = KMeans4jModel.load(dir.resolve("model").toString());
        assertThat(loaded.uid()).isEqualTo(model.uid());
        assertThat(loaded.centroids()).isEqualTo(model.centroids());
        assertThat(loaded.toResult()).isEqualTo(model.toResult());
        assertThat(loaded.extractParamMap().toString()).isEqualTo(model.extractParamMap().toString());
        assertThat(loaded.getPredictionCol()).isEqualTo("cluster");
        assertThat(loaded.getSeed()).isEqualTo(11L);
        assertThat(column(loaded.transform(frame), "cluster")).isEqualTo(column(model.transform(frame), "cluster"));
        // the saved result is the core's format, readable without Spark
        assertThat(KMeansResult.load(dir.resolve("model").resolve(KMeans4jModel.RESULT_FILE)))
                .isEqualTo(model.toResult());
    }

    @Test
    void saveAndLoad_pipelineModel_givesTheSamePredictions(@TempDir Path dir) throws Exception {
        Dataset<Row> frame = frame(blobs(5, 30), 2);
        PipelineModel model = new Pipeline().setStages(new PipelineStage[] {
            new VectorAssembler().setInputCols(new String[] {"x", "y"}).setOutputCol("v"),
            new KMeans4j().setK(3).setFeaturesCol("v")}).fit(frame);
        model.save(dir.resolve("pipeline").toString());
        PipelineModel loaded = PipelineModel.load(dir.resolve("pipeline").toString());
        assertThat(loaded.stages()[1]).isInstanceOf(KMeans4jModel.class);
        assertThat(column(loaded.transform(frame), "prediction")).isEqualTo(column(model.transform(frame), "prediction"));
    }

    @Test
    void fromResult_aLocalFit_predictsAsTheResultAndGivesItBack() {
        double[][] rows = blobs(7, 20);
        KMeansResult local = KMeans.builder().k(4).seed(2).build().fit(io.github.kmeans4j.Dataset.of(rows));
        KMeans4jModel model = KMeans4jModel.fromResult(local);
        assertThat(model.toResult()).isEqualTo(local);
        assertThat(model.centroids()).isEqualTo(local.centroids());
        assertThat(model.getK()).isEqualTo(4);
        List<Integer> expected = new ArrayList<>();
        for (double[] row : rows) {
            expected.add(local.predict(row));
        }
        assertThat(column(model.transform(orderedFrame(rows, 2)), "prediction")).isEqualTo(expected);
    }

    @Test
    void transformSchema_stringFeatures_isRefusedNamingTheColumn() {
        StructType schema = new StructType().add("words", DataTypes.StringType);
        assertThatThrownBy(() -> new KMeans4j().setFeaturesCol("words").transformSchema(schema))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"words\"");
        KMeans4jModel model = new KMeans4j().setK(1).fit(orderedFrame(new double[][] {{1, 2}, {3, 4}}, 1));
        assertThatThrownBy(() -> model.setFeaturesCol("words").transformSchema(schema))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"words\"");
    }

    @Test
    void fit_kAboveTheNumberOfRows_isRefused() {
        Dataset<Row> frame = orderedFrame(new double[][] {{0, 0}, {1, 1}, {2, 2}}, 1);
        assertThatThrownBy(() -> new KMeans4j().setK(4).fit(frame))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k = 4");
    }

    @Test
    void setAlgorithm_anotherPassThanLloyds_isRefused() {
        assertThatThrownBy(() -> new KMeans4j().setAlgorithm("hamerly"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lloyd");
    }
}
