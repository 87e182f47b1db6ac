package io.github.kmeans4j.event;

/**
 * Receives the events of a fit.
 *
 * <p>Threading: events are delivered synchronously on the thread that called
 * {@code KMeans.fit}, in the order of {@link KMeansEvent}'s sequence, to the listeners in the order
 * they were registered, each after the state it describes is complete. The fit waits while a
 * listener runs, so a slow listener slows the fit; hand work to another thread if that matters.
 * A listener registered on a {@code KMeans} used by several threads at once receives the events of
 * all their fits interleaved, and must then be thread-safe.
 *
 * <p>Exceptions: an exception thrown by a listener ends the fit and propagates to the caller of
 * {@code fit}; later listeners do not see that event.
 *
 * <p>Cost: when no listener is registered, no event object or snapshot is made.
 */
@FunctionalInterface
public interface KMeansListener {

    /**
     * Called once per event, on the fitting thread.
     *
     * @param event the step the fit has just taken
     */
    void onEvent(KMeansEvent event);
}
