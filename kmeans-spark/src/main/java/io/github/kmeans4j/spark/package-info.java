/**
 * kmeans4j's fit over the partitions of a Spark RDD or DataFrame:
 * {@link io.github.kmeans4j.spark.SparkBackend}, an assignment backend that the core's
 * {@code KMeans.fit(AssignmentBackend, CancellationToken)} drives. The Spark ML pipeline stages
 * built on it are in {@code io.github.kmeans4j.spark.ml}.
 *
 * <p>The package's serializable types are what its Spark tasks send between driver and
 * executors within one fit; their serialized form is no published format, hence left out of the
 * documentation (javadoc on JDK 25 checks the serialized form of package-private types too).
 *
 * @serial exclude
 */
package io.github.kmeans4j.spark;
