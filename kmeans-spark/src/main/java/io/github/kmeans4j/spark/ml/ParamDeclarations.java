package io.github.kmeans4j.spark.ml;

import java.io.Serializable;
import org.apache.spark.ml.param.DoubleArrayArrayParam;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.LongParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamValidators;
import org.apache.spark.ml.param.Params;

/**
 * The params of {@link KMeans4j} and {@link KMeans4jModel}, made once per owner with the owner's
 * uid (Spark ties a param to its owner by uid), and their defaults. The owner must know its uid
 * before it makes these.
 */
final class ParamDeclarations implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The accepted values of {@code initializer}, as {@link Names#initializer} reads them. */
    static final String[] INITIALIZERS = {"greedy-k-means++", "k-means++", "k-means||", "random",
            "random-partition", "farthest-point", "given"};
    /** The accepted values of {@code algorithm}: Lloyd's is the only pass a {@code SparkBackend} runs. */
    static final String[] ALGORITHMS = {"auto", "lloyd"};
    /** The accepted values of {@code kernel}. */
    static final String[] KERNELS = {"auto", "scalar", "portable", "vector"};

    final Param<String> featuresCol;
    final Param<String> predictionCol;
    final Param<String> weightCol;
    final IntParam k;
    final LongParam seed;
    final IntParam maxIter;
    final DoubleParam tol;
    final IntParam restarts;
    final Param<String> initializer;
    final DoubleArrayArrayParam initialCentroids;
    final Param<String> algorithm;
    final Param<String> kernel;
    final IntParam sampleSize;

    ParamDeclarations(Params owner) {
        featuresCol = new Param<>(owner, "featuresCol", "features column name: an ML vector or an array of numbers");
        predictionCol = new Param<>(owner, "predictionCol", "prediction column name: the nearest centroid's index");
        weightCol = new Param<>(owner, "weightCol",
                "weight column name: a number per row, finite and not negative; unset or empty for weight 1 each");
        k = new IntParam(owner, "k", "the number of clusters (>= 1)", ParamValidators.gtEq(1));
        seed = new LongParam(owner, "seed", "the seed of the fit's random generator");
        maxIter = new IntParam(owner, "maxIter", "the most iterations per run (>= 1)", ParamValidators.gtEq(1));
        tol = new DoubleParam(owner, "tol",
                "stop when no centroid moves farther than this in an update (finite, >= 0)",
                ParamValidators.inRange(0, Double.MAX_VALUE));
        restarts = new IntParam(owner, "restarts", "how many runs to make, keeping the lowest inertia (>= 1)",
                ParamValidators.gtEq(1));
        initializer = new Param<>(owner, "initializer",
                "how the initial centroids are chosen: " + String.join(", ", INITIALIZERS),
                ParamValidators.inArray(INITIALIZERS));
        initialCentroids = new DoubleArrayArrayParam(owner, "initialCentroids",
                "the k initial centroids of initializer \"given\", one array of d values each");
        algorithm = new Param<>(owner, "algorithm",
                "the assignment pass: " + String.join(", ", ALGORITHMS) + " (only Lloyd's runs on Spark)",
                ParamValidators.inArray(ALGORITHMS));
        kernel = new Param<>(owner, "kernel", "the distance kernel of every pass: " + String.join(", ", KERNELS),
                ParamValidators.inArray(KERNELS));
        sampleSize = new IntParam(owner, "sampleSize",
                "how many evenly spaced rows seeding draws from and the result labels (>= 1)", ParamValidators.gtEq(1));
    }

    /** Sets the defaults on {@code owner}, whose params these are. */
    void setDefaults(Params owner) {
        owner.setDefault(featuresCol, "features");
        owner.setDefault(predictionCol, "prediction");
        owner.setDefault(k, 2);
        owner.setDefault(seed, (long) KMeans4j.class.getName().hashCode());
        owner.setDefault(maxIter, 300);
        owner.setDefault(tol, 0.0);
        owner.setDefault(restarts, 1);
        owner.setDefault(initializer, "greedy-k-means++");
        owner.setDefault(algorithm, "lloyd");
        owner.setDefault(kernel, "auto");
        owner.setDefault(sampleSize, 10_000);
    }
}
