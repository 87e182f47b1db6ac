package io.github.kmeans4j.spark.ml;

import io.github.kmeans4j.KMeansResult;
import io.github.kmeans4j.StopReason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.spark.ml.Model;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.ml.param.DoubleArrayArrayParam;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.LongParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.ml.util.MLWritable;
import org.apache.spark.ml.util.MLWriter;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A fitted {@link KMeans4j}: k centroids in d dimensions, and the core's {@link KMeansResult} of
 * the fit (inertia, iterations, stop reason, seed, and the labels of the fit's sample). As a
 * Spark ML {@link Model} it takes the place of MLlib's {@code KMeansModel}:
 * {@link #transform(Dataset)} adds the index of each row's nearest centroid as an integer column.
 *
 * <p>Saved with {@link #write()} to a directory: Spark ML's params metadata (as its default
 * writer makes it, under {@code metadata/}) and the result in the core's binary format
 * ({@code data/result.kmeans4j}, readable by {@link KMeansResult#load(java.io.InputStream)}).
 * {@link #load(String)} reads it back.
 */
public final class KMeans4jModel extends Model<KMeans4jModel> implements KMeans4jParams, MLWritable {
    private static final long serialVersionUID = 1L;

    /** The file under a saved model's directory that holds its result. */
    static final String RESULT_FILE = "data/result.kmeans4j";

    /** The unique id of this stage, its estimator's. */
    private final String uid;
    /** This stage's params, made with its uid. */
    private final ParamDeclarations params;
    /** The fit's result in the core's binary format (a {@link KMeansResult} is not serializable). */
    private final byte[] result;
    /** The centroids, k rows of d values one after the other. */
    private final double[] centroids;
    /** The number of clusters. */
    private final int k;
    /** The number of dimensions. */
    private final int d;

    /** A model made of {@code result}, with the default params. */
    KMeans4jModel(String uid, KMeansResult result) {
        this.uid = uid;
        this.params = new ParamDeclarations(this);
        params.setDefaults(this);
        this.result = encode(result);
        this.k = result.k();
        this.d = result.d();
        this.centroids = new double[k * d];
        double[][] c = result.centroids();
        for (int j = 0; j < k; j++) {
            System.arraycopy(c[j], 0, centroids, j * d, d);
        }
        set(params.k, k);
    }

    /**
     * A model of a result of the core's fit (for instance a local fit, or one loaded with
     * {@link KMeansResult#load(java.nio.file.Path)}), with a fresh uid and the default params but k.
     *
     * @param result the result
     * @return the model
     * @throws IllegalArgumentException if result is null
     */
    public static KMeans4jModel fromResult(KMeansResult result) {
        if (result == null) {
            throw new IllegalArgumentException("result must not be null");
        }
        return new KMeans4jModel(Identifiable.randomUID("kmeans4j"), result);
    }

    private static byte[] encode(KMeansResult result) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            result.save(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // not thrown by a stream in memory
        }
        return bytes.toByteArray();
    }

    /**
     * The result of the fit, in the core's form: what {@link KMeansResult#save(java.io.OutputStream)}
     * writes and {@link KMeansResult#predict(double[])} applies. Its labels are those of the fit's
     * sample (see {@link #sampleSize()}), not of every row.
     *
     * @return the result, a new instance on every call
     */
    public KMeansResult toResult() {
        try {
            return KMeansResult.load(new ByteArrayInputStream(result));
        } catch (IOException e) {
            throw new UncheckedIOException(e);   // not thrown by a stream in memory
        }
    }

    /** The result in the core's binary format, shared: never modified. */
    byte[] encodedResult() {
        return result;
    }

    @Override
    public String uid() {
        return uid;
    }

    @Override
    public Param<String> featuresCol() {
        return params.featuresCol;
    }

    @Override
    public Param<String> predictionCol() {
        return params.predictionCol;
    }

    @Override
    public Param<String> weightCol() {
        return params.weightCol;
    }

    @Override
    public IntParam k() {
        return params.k;
    }

    @Override
    public LongParam seed() {
        return params.seed;
    }

    @Override
    public IntParam maxIter() {
        return params.maxIter;
    }

    @Override
    public DoubleParam tol() {
        return params.tol;
    }

    @Override
    public IntParam restarts() {
        return params.restarts;
    }

    @Override
    public Param<String> initializer() {
        return params.initializer;
    }

    @Override
    public DoubleArrayArrayParam initialCentroids() {
        return params.initialCentroids;
    }

    @Override
    public Param<String> algorithm() {
        return params.algorithm;
    }

    @Override
    public Param<String> kernel() {
        return params.kernel;
    }

    @Override
    public IntParam sampleSize() {
        return params.sampleSize;
    }

    /**
     * Sets the features column that {@link #transform(Dataset)} reads.
     *
     * @param value the column name
     * @return this model
     */
    public KMeans4jModel setFeaturesCol(String value) {
        set(params.featuresCol, value);
        return this;
    }

    /**
     * Sets the prediction column that {@link #transform(Dataset)} adds.
     *
     * @param value the column name
     * @return this model
     */
    public KMeans4jModel setPredictionCol(String value) {
        set(params.predictionCol, value);
        return this;
    }

    /** {@return the number of clusters} */
    public int numClusters() {
        return k;
    }

    /** {@return the number of dimensions} */
    public int numFeatures() {
        return d;
    }

    /** {@return the centroids as ML vectors, centroid j at index j} */
    public Vector[] clusterCenters() {
        Vector[] out = new Vector[k];
        for (int j = 0; j < k; j++) {
            out[j] = Vectors.dense(java.util.Arrays.copyOfRange(centroids, j * d, j * d + d));
        }
        return out;
    }

    /** {@return a copy of the centroids, k rows of d values} */
    public double[][] centroids() {
        double[][] out = new double[k][];
        for (int j = 0; j < k; j++) {
            out[j] = java.util.Arrays.copyOfRange(centroids, j * d, j * d + d);
        }
        return out;
    }

    /** {@return the fit's inertia: the weighted sum of squared distances of all rows to their nearest centroid} */
    public double inertia() {
        return toResult().inertia();
    }

    /** {@return the iterations the kept run completed} */
    public int iterations() {
        return toResult().iterations();
    }

    /** {@return why the kept run stopped} */
    public StopReason stopReason() {
        return toResult().stopReason();
    }

    /**
     * The nearest centroid to one point, as the prediction column gives it.
     *
     * @param features d finite values
     * @return the index of the nearest centroid (ties to the lowest index)
     * @throws IllegalArgumentException if features is null, of another dimension, or not finite
     */
    public int predict(Vector features) {
        if (features == null) {
            throw new IllegalArgumentException("features must not be null");
        }
        return Nearest.index(features.toArray(), centroids, k, d);
    }

    /**
     * Checks the features column and gives the output's schema.
     *
     * @param schema the input's schema
     * @return the schema with the integer prediction column added
     * @throws IllegalArgumentException if the features column is missing or neither an ML vector
     *     nor an array of numbers, or the prediction column exists already; the message names
     *     the column
     */
    @Override
    public StructType transformSchema(StructType schema) {
        Schemas.checkFeatures(schema, getFeaturesCol());
        return Schemas.withPrediction(schema, getPredictionCol());
    }

    /**
     * Adds the prediction column: the index of the centroid nearest to each row's features (the
     * least squared Euclidean distance, ties to the lowest index), or null where the features are
     * null. The rows are read when the result is computed: there a row of another dimension or
     * with a value that is not finite fails the job.
     *
     * @param dataset the rows
     * @return the rows with the prediction column added
     * @throws IllegalArgumentException if the schema is not accepted ({@link #transformSchema})
     */
    @Override
    public Dataset<Row> transform(Dataset<?> dataset) {
        boolean vector = Schemas.checkFeatures(dataset.schema(), getFeaturesCol());
        transformSchema(dataset.schema(), true);
        double[] c = centroids;
        int clusters = k;
        int dim = d;
        UserDefinedFunction nearest = functions.udf(
                (UDF1<Object, Integer>) features -> Nearest.of(features, c, clusters, dim), DataTypes.IntegerType);
        Column features = dataset.col(getFeaturesCol());
        if (!vector) {
            features = features.cast(DataTypes.createArrayType(DataTypes.DoubleType, true));
        }
        return dataset.withColumn(getPredictionCol(), nearest.apply(features));
    }

    /**
     * A copy with the same uid, centroids and result, and this model's params with {@code extra}
     * applied on top.
     *
     * @param extra params to override
     * @return the copy, with this model's parent
     */
    @Override
    public KMeans4jModel copy(ParamMap extra) {
        KMeans4jModel copy = new KMeans4jModel(uid, toResult());
        copyValues(copy, extra);
        return copy.setParent(parent());
    }

    /**
     * A writer that saves this model: params metadata and the result (see the class comment).
     *
     * @return the writer
     */
    @Override
    public MLWriter write() {
        return new ModelWriter(this);
    }

    /**
     * The reader of saved models; Spark's pipeline reader finds it by this name.
     *
     * @return a reader of models saved by {@link #write()}
     */
    public static MLReader<KMeans4jModel> read() {
        return new ModelReader();
    }

    /**
     * Loads a model saved with {@link #save(String)}.
     *
     * @param path the directory it was saved to
     * @return the model, with its uid, params, centroids and result
     */
    public static KMeans4jModel load(String path) {
        return read().load(path);
    }

    @Override
    public String toString() {
        return "KMeans4jModel: uid=" + uid + ", k=" + k + ", d=" + d;
    }
}
