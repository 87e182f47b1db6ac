/**
 * kmeans4j on Apache Spark: the library's fit over rows that live in the partitions of an RDD or
 * a DataFrame.
 *
 * <p>{@link io.github.kmeans4j.spark.SparkBackend} is an
 * {@link io.github.kmeans4j.AssignmentBackend}: hand it to
 * {@link io.github.kmeans4j.KMeans#fit(io.github.kmeans4j.AssignmentBackend,
 * io.github.kmeans4j.CancellationToken)} and the fit runs the local fit's seeding, loop, stop
 * rules, empty-cluster repairs, restarts and events, with each assignment pass run where the
 * rows are. The same rows in the same partitions give the same result bit for bit on any number
 * of executors and cores.
 *
 * <pre>{@code
 * try (SparkBackend rows = SparkBackend.builder().dataFrame(frame, "features", null).build()) {
 *     KMeansResult result = KMeans.builder().k(8).seed(1).listener(ProgressPrinter.toStandardError()).build()
 *             .fit(rows, null);
 * }
 * }</pre>
 *
 * <p>Spark is a provided dependency: the cluster, or the application that starts a local
 * session, supplies Spark 4.2 for Scala 2.13. The Spark ML pipeline stages built on the backend,
 * {@link io.github.kmeans4j.spark.ml.KMeans4j} and its model, are in
 * {@code io.github.kmeans4j.spark.ml}.
 *
 * <p>The package's serializable types are what its Spark tasks send between driver and
 * executors within one fit; their serialized form is no published format, hence left out of the
 * documentation.
 *
 * @serial exclude
 */
package io.github.kmeans4j.spark;
