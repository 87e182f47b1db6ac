/**
 * kmeans4j as a Spark ML pipeline stage: {@link io.github.kmeans4j.spark.ml.KMeans4j}, an
 * {@code Estimator} that fits over a DataFrame with {@link io.github.kmeans4j.spark.SparkBackend}
 * and the core's run, and {@link io.github.kmeans4j.spark.ml.KMeans4jModel}, the
 * {@code Model} it returns, which adds each row's nearest centroid as a prediction column. Both
 * take the place of MLlib's {@code KMeans} and {@code KMeansModel} in a {@code Pipeline}, and
 * both save and load with Spark ML's writers and readers.
 *
 * <p>The stages are {@code Serializable} because every Spark ML stage is, but their Java
 * serialized form is not a format this library keeps stable: save and load them with their
 * writers and readers.
 *
 * @serial exclude
 */
package io.github.kmeans4j.spark.ml;
