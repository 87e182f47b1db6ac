package io.github.kmeans4j.spark.ml;

import io.github.kmeans4j.Algorithm;
import io.github.kmeans4j.CancellationToken;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.KMeansResult;
import io.github.kmeans4j.event.KMeansListener;
import io.github.kmeans4j.spark.SparkBackend;
import org.apache.spark.ml.Estimator;
import org.apache.spark.ml.param.DoubleArrayArrayParam;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.LongParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.ml.util.Identifiable;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.types.StructType;

/**
 * kmeans4j's k-means as a Spark ML {@link Estimator}: it takes the place of MLlib's
 * {@code KMeans} in a {@code Pipeline}. {@link #fit(Dataset)} reads the features (and weight)
 * column into a {@link SparkBackend}, runs the core's {@link KMeans} over it (seeding, Lloyd
 * iterations, stop rules, empty-cluster repairs and restarts as in a local fit, every pass over
 * the partitions where the rows live) and returns a {@link KMeans4jModel}.
 *
 * <p>Defaults follow the core rather than MLlib: at most 300 iterations, tolerance 0 (a run stops
 * when no label changes), greedy k-means++ seeding. The seed defaults to a fixed value, so two fits
 * of the same rows in the same partitions give the same model.
 *
 * <p>Two settings are not params, because they are live objects of the driver rather than
 * configuration: a {@linkplain #setListener listener}, which receives every event of the fit on
 * the driver as a local fit's listener does, and a {@linkplain #setCancellationToken cancellation
 * token}. Neither is saved, nor carried by {@link #copy(ParamMap)}. Cancelling the token, or the
 * caller's Spark job group, ends the fit with {@link io.github.kmeans4j.StopReason#CANCELLED}: the
 * token after the closing pass a local fit makes too, the job group at once (see
 * {@link SparkBackend}).
 *
 * <p>Saves with Spark ML's default params writer ({@link #write()}, {@link #save(String)}) and
 * loads with {@link #load(String)}; a pipeline holding it saves and loads as a whole.
 */
public final class KMeans4j extends Estimator<KMeans4jModel> implements KMeans4jParams, DefaultParamsWritable {
    private static final long serialVersionUID = 1L;

    /** The unique id of this stage. */
    private final String uid;
    /** This stage's params, made with its uid. */
    private final ParamDeclarations params;
    /** Receives the fit's events on the driver; none when null. */
    private transient KMeansListener listener;
    /** Cancels the fit; none when null. */
    private transient CancellationToken token;

    /**
     * An estimator with a fresh uid and the default params.
     */
    public KMeans4j() {
        this(Identifiable.randomUID("kmeans4j"));
    }

    /**
     * An estimator with the given uid and the default params (Spark's readers and
     * {@link #copy(ParamMap)} make estimators this way).
     *
     * @param uid the unique id of this stage
     */
    public KMeans4j(String uid) {
        this.uid = uid;
        this.params = new ParamDeclarations(this);
        params.setDefaults(this);
    }

    /**
     * Sets the listener that receives every event of the next fits on the driver (seeds,
     * assignments, updates, repairs, the end of each restart), as a local fit's listener does.
     * Assignment events carry labels only for the backend's sample; see
     * {@link SparkBackend}. Not a param: it is neither saved nor copied.
     *
     * @param listener the listener, or null for none
     * @return this estimator
     */
    public KMeans4j setListener(KMeansListener listener) {
        this.listener = listener;
        return this;
    }

    /**
     * Sets the token that cancels the next fits: once it is cancelled, the running Spark job of
     * the fit is cancelled, one closing pass labels the latest centroids (as in a local fit), and
     * the fit ends with {@link io.github.kmeans4j.StopReason#CANCELLED}. Not a param: it is
     * neither saved nor copied.
     *
     * @param token the token, or null for none
     * @return this estimator
     */
    public KMeans4j setCancellationToken(CancellationToken token) {
        this.token = token;
        return this;
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
     * Sets the features column.
     *
     * @param value the column name
     * @return this estimator
     */
    public KMeans4j setFeaturesCol(String value) {
        set(params.featuresCol, value);
        return this;
    }

    /**
     * Sets the prediction column the model adds.
     *
     * @param value the column name
     * @return this estimator
     */
    public KMeans4j setPredictionCol(String value) {
        set(params.predictionCol, value);
        return this;
    }

    /**
     * Sets the weight column; an empty name means weight 1 each.
     *
     * @param value the column name
     * @return this estimator
     */
    public KMeans4j setWeightCol(String value) {
        set(params.weightCol, value);
        return this;
    }

    /**
     * Sets the number of clusters.
     *
     * @param value at least 1
     * @return this estimator
     * @throws IllegalArgumentException if value is below 1
     */
    public KMeans4j setK(int value) {
        set(params.k, value);
        return this;
    }

    /**
     * Sets the seed.
     *
     * @param value the seed
     * @return this estimator
     */
    public KMeans4j setSeed(long value) {
        set(params.seed, value);
        return this;
    }

    /**
     * Sets the most iterations per run.
     *
     * @param value at least 1
     * @return this estimator
     * @throws IllegalArgumentException if value is below 1
     */
    public KMeans4j setMaxIter(int value) {
        set(params.maxIter, value);
        return this;
    }

    /**
     * Sets the centroid shift that stops a run.
     *
     * @param value finite and at least 0
     * @return this estimator
     * @throws IllegalArgumentException if value is negative, infinite or NaN
     */
    public KMeans4j setTol(double value) {
        set(params.tol, value);
        return this;
    }

    /**
     * Sets how many runs to make.
     *
     * @param value at least 1
     * @return this estimator
     * @throws IllegalArgumentException if value is below 1
     */
    public KMeans4j setRestarts(int value) {
        set(params.restarts, value);
        return this;
    }

    /**
     * Sets the initializer by name (see {@link #initializer()}).
     *
     * @param value the initializer's name
     * @return this estimator
     * @throws IllegalArgumentException if the name is not one of those
     */
    public KMeans4j setInitializer(String value) {
        set(params.initializer, value);
        return this;
    }

    /**
     * Sets the initial centroids of initializer {@code "given"} (copied).
     *
     * @param value k rows of d finite values
     * @return this estimator
     * @throws IllegalArgumentException if value is null, empty or ragged
     */
    public KMeans4j setInitialCentroids(double[][] value) {
        if (value == null || value.length == 0 || value[0] == null) {
            throw new IllegalArgumentException("initialCentroids must hold at least one centroid");
        }
        double[][] copy = new double[value.length][];
        for (int j = 0; j < value.length; j++) {
            if (value[j] == null || value[j].length != value[0].length) {
                throw new IllegalArgumentException("initialCentroids are ragged: row " + j + " differs from row 0");
            }
            copy[j] = value[j].clone();
        }
        set(params.initialCentroids, copy);
        return this;
    }

    /**
     * Sets the assignment pass. Only Lloyd's runs on Spark.
     *
     * @param value {@code "lloyd"} or {@code "auto"}
     * @return this estimator
     * @throws IllegalArgumentException for any other value, such as {@code "hamerly"} or {@code "elkan"}
     */
    public KMeans4j setAlgorithm(String value) {
        Names.checkAlgorithm(value);
        set(params.algorithm, value);
        return this;
    }

    /**
     * Sets the distance kernel of every pass.
     *
     * @param value {@code "auto"}, {@code "scalar"}, {@code "portable"} or {@code "vector"}
     * @return this estimator
     * @throws IllegalArgumentException for any other value
     */
    public KMeans4j setKernel(String value) {
        Names.kernel(value);
        set(params.kernel, value);
        return this;
    }

    /**
     * Sets how many rows the sample holds at most.
     *
     * @param value at least 1
     * @return this estimator
     * @throws IllegalArgumentException if value is below 1
     */
    public KMeans4j setSampleSize(int value) {
        set(params.sampleSize, value);
        return this;
    }

    /**
     * Checks the input columns and gives the schema the model's output has.
     *
     * @param schema the input's schema
     * @return the schema with the integer prediction column added
     * @throws IllegalArgumentException if the features column is missing or neither an ML vector
     *     nor an array of numbers, the weight column is set but missing or not numeric, or the
     *     prediction column exists already; the message names the column
     */
    @Override
    public StructType transformSchema(StructType schema) {
        Schemas.checkFeatures(schema, getFeaturesCol());
        Schemas.checkWeight(schema, getWeightCol());
        return Schemas.withPrediction(schema, getPredictionCol());
    }

    /**
     * Fits the model: reads the rows once into a {@link SparkBackend} (cached until the fit
     * ends), runs the core's fit over it, and releases the cached rows.
     *
     * @param dataset the rows
     * @return the fitted model, with this estimator's params and this estimator as its parent
     * @throws IllegalArgumentException if the schema is not accepted ({@link #transformSchema}),
     *     a row is null, not finite, or of another dimension, a weight is negative, k exceeds the
     *     number of rows or of the sample, the params do not fit together (initializer
     *     {@code "given"} without k centroids of the data's dimension, centroids set for another
     *     initializer), or the data have fewer than k distinct points
     * @throws IllegalStateException if the fit cannot proceed (see
     *     {@link KMeans#fit(io.github.kmeans4j.AssignmentBackend, io.github.kmeans4j.CancellationToken)})
     */
    @Override
    public KMeans4jModel fit(Dataset<?> dataset) {
        transformSchema(dataset.schema(), true);
        Names.checkAlgorithm(getAlgorithm());
        KMeans.Builder builder = KMeans.builder()
                .k(getK())
                .seed(getSeed())
                .maxIterations(getMaxIter())
                .tolerance(getTol())
                .restarts(getRestarts())
                .initializer(Names.initializer(getInitializer(), getInitialCentroids()))
                .algorithm(Algorithm.LLOYD);
        if (listener != null) {
            builder.listener(listener);
        }
        KMeans kmeans = builder.build();
        KMeansResult result;
        try (SparkBackend backend = SparkBackend.builder()
                .dataFrame(dataset.toDF(), getFeaturesCol(), getWeightCol())
                .kernel(Names.kernel(getKernel()))
                .sampleSize(getSampleSize())
                .build()) {
            result = kmeans.fit(backend, token);
        }
        KMeans4jModel model = new KMeans4jModel(uid, result);
        copyValues(model, ParamMap.empty());
        return model.setParent(this);
    }

    /**
     * A copy with the same uid and params, {@code extra} applied on top.
     *
     * @param extra params to override
     * @return the copy
     */
    @Override
    public KMeans4j copy(ParamMap extra) {
        return defaultCopy(extra);
    }

    /**
     * The reader of saved estimators; Spark's pipeline reader finds it by this name.
     *
     * @return a reader of estimators saved by {@link #write()}
     */
    public static MLReader<KMeans4j> read() {
        return new DefaultParamsReader<>();
    }

    /**
     * Loads an estimator saved with {@link #save(String)}.
     *
     * @param path the directory it was saved to
     * @return the estimator, with its uid and params
     */
    public static KMeans4j load(String path) {
        return read().load(path);
    }
}
