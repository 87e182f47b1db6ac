/**
 * Observing a fit: {@link io.github.kmeans4j.event.KMeansListener} receives one
 * {@link io.github.kmeans4j.event.KMeansEvent} per phase of every iteration.
 *
 * <p>For each restart of a fit the events come in this order:
 * {@link io.github.kmeans4j.event.RunStarted}, one {@link io.github.kmeans4j.event.SeedChosen}
 * per initial centroid, {@link io.github.kmeans4j.event.Initialized}, then per iteration
 * {@link io.github.kmeans4j.event.Assigned}, any {@link io.github.kmeans4j.event.EmptyClusterRepaired},
 * and {@link io.github.kmeans4j.event.Updated}; when the last update moved the centroids, one
 * final {@code Assigned} to those centroids (its iteration is one more than the last update's, and
 * no update follows); and {@link io.github.kmeans4j.event.RunFinished}.
 *
 * <p>Every event is an immutable snapshot: arrays are copied on the way in and on the way out,
 * so a listener may keep events for as long as it likes. Equality of events is by value.
 */
package io.github.kmeans4j.event;
