/**
 * Data to cluster: seeded generators of synthetic data sets ({@link io.github.kmeans4j.data.Generators}),
 * a CSV reader ({@link io.github.kmeans4j.data.CsvReader}) and three classic data sets bundled with
 * the library ({@link io.github.kmeans4j.data.BundledData}: Iris, wine and digits), and the scalers
 * that put columns of different units on one scale before a fit
 * ({@link io.github.kmeans4j.data.Scaler}, fitted as a {@link io.github.kmeans4j.data.Scaling} that
 * maps centroids back to the original units).
 *
 * <p>The sources of data return a {@link io.github.kmeans4j.data.LabeledData}: an
 * {@link io.github.kmeans4j.Dataset} together with the true class of each point when it is known,
 * the names of the classes and, for generated blobs, the centres the points were drawn around.
 * The labels are for judging a clustering afterwards (k-means never sees them).
 *
 * <p>Generators are deterministic: the same parameters and seed give bit-identical data on every
 * JDK and platform (they use the library's own SplitMix64 stream, their own normal deviates and
 * {@link java.lang.StrictMath}, never {@link java.util.Random} or {@link java.lang.Math#log}).
 *
 * <p>Throughout, {@code n} is the number of points, {@code d} the number of dimensions and
 * {@code k} the number of clusters or classes.
 */
package io.github.kmeans4j.data;
