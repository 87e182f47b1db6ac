/**
 * Recording a run and replaying it: {@link io.github.kmeans4j.recording.RunRecorder} is a
 * listener that keeps every event of a fit, {@link io.github.kmeans4j.recording.Recording} holds
 * them with the data and saves or loads them in the checked binary format of
 * {@code kmeans-core/FORMAT.md}, and {@link io.github.kmeans4j.recording.Frame} is one moment of
 * the run (centroids, labels, phase) as the renderer draws it.
 */
package io.github.kmeans4j.recording;
