/**
 * kmeans4j core: k-means clustering whose every step can be observed.
 *
 * <p>The exported packages are {@link io.github.kmeans4j} (data, configuration, results),
 * {@link io.github.kmeans4j.recording} (recording and replaying a run),
 * {@link io.github.kmeans4j.event} (the listener and its events),
 * {@link io.github.kmeans4j.metrics} (quality scores, per-iteration scoring, choosing K) and
 * {@link io.github.kmeans4j.data} (seeded data generators, a CSV reader and the bundled Iris,
 * wine and digits data sets). The packages {@code io.github.kmeans4j.internal} (the numeric
 * kernels) and {@code io.github.kmeans4j.internal.format} (the frame of the file formats) are not
 * exported. This module has no dependencies beyond {@code java.base}.
 */
module io.github.kmeans4j {
    exports io.github.kmeans4j;
    exports io.github.kmeans4j.event;
    exports io.github.kmeans4j.recording;
    exports io.github.kmeans4j.metrics;
    exports io.github.kmeans4j.data;
}
