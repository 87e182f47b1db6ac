package io.github.kmeans4j.spark.ml;

import org.apache.spark.ml.param.DoubleArrayArrayParam;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.LongParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.Params;

/**
 * The params {@link KMeans4j} and {@link KMeans4jModel} share, and their getters. Spark finds a
 * stage's params through its public methods that take no argument and return a {@link Param},
 * so each param is such a method here; a fitted model carries the values its estimator had.
 */
public interface KMeans4jParams extends Params {

    /** {@return the param of the features column: an ML vector or an array of numbers per row (default "features")} */
    Param<String> featuresCol();

    /** {@return the param of the prediction column, the index of each row's nearest centroid (default "prediction")} */
    Param<String> predictionCol();

    /** {@return the param of the optional weight column: a number per row; unset or empty for weight 1 each} */
    Param<String> weightCol();

    /** {@return the param of the number of clusters, at least 1 (default 2)} */
    IntParam k();

    /** {@return the param of the seed of the fit's random generator (default: a fixed value)} */
    LongParam seed();

    /** {@return the param of the most iterations per run, at least 1 (default 300, the core's)} */
    IntParam maxIter();

    /** {@return the param of the centroid shift that stops a run, finite and at least 0 (default 0, the core's)} */
    DoubleParam tol();

    /** {@return the param of how many runs to make, keeping the one of lowest inertia (default 1)} */
    IntParam restarts();

    /**
     * The param of how the initial centroids are chosen: {@code "greedy-k-means++"} (the default,
     * as the core's), {@code "k-means++"}, {@code "k-means||"}, {@code "random"} (k rows drawn at
     * random), {@code "random-partition"}, {@code "farthest-point"}, or {@code "given"}, which takes
     * {@link #initialCentroids()}.
     *
     * @return the param
     */
    Param<String> initializer();

    /** {@return the param of the k initial centroids that initializer "given" starts from (no default)} */
    DoubleArrayArrayParam initialCentroids();

    /** {@return the param of the assignment pass: "lloyd" (the default) or "auto", which is Lloyd's on Spark} */
    Param<String> algorithm();

    /** {@return the param of the distance kernel of every pass: "auto" (the default), "scalar", "portable" or "vector"} */
    Param<String> kernel();

    /**
     * The param of how many rows the fit's sample holds at most (default 10 000): seeding draws
     * from these evenly spaced rows (all rows when there are no more), and the model's
     * {@link KMeans4jModel#toResult() result} labels them.
     *
     * @return the param
     */
    IntParam sampleSize();

    /** {@return the name of the features column} */
    default String getFeaturesCol() {
        return getOrDefault(featuresCol());
    }

    /** {@return the name of the prediction column} */
    default String getPredictionCol() {
        return getOrDefault(predictionCol());
    }

    /** {@return the name of the weight column, or null when rows are unweighted} */
    default String getWeightCol() {
        return isDefined(weightCol()) && !getOrDefault(weightCol()).isEmpty() ? getOrDefault(weightCol()) : null;
    }

    /** {@return the number of clusters} */
    default int getK() {
        return (Integer) getOrDefault(k());
    }

    /** {@return the seed} */
    default long getSeed() {
        return (Long) getOrDefault(seed());
    }

    /** {@return the most iterations per run} */
    default int getMaxIter() {
        return (Integer) getOrDefault(maxIter());
    }

    /** {@return the centroid shift that stops a run} */
    default double getTol() {
        return (Double) getOrDefault(tol());
    }

    /** {@return the number of runs} */
    default int getRestarts() {
        return (Integer) getOrDefault(restarts());
    }

    /** {@return the name of the initializer} */
    default String getInitializer() {
        return getOrDefault(initializer());
    }

    /** {@return a copy of the given initial centroids, or null if none were set} */
    default double[][] getInitialCentroids() {
        if (!isDefined(initialCentroids())) {
            return null;
        }
        double[][] given = getOrDefault(initialCentroids());
        double[][] copy = new double[given.length][];
        for (int j = 0; j < given.length; j++) {
            copy[j] = given[j].clone();
        }
        return copy;
    }

    /** {@return the name of the assignment pass} */
    default String getAlgorithm() {
        return getOrDefault(algorithm());
    }

    /** {@return the name of the distance kernel} */
    default String getKernel() {
        return getOrDefault(kernel());
    }

    /** {@return the most rows of the sample} */
    default int getSampleSize() {
        return (Integer) getOrDefault(sampleSize());
    }
}
