package io.github.kmeans4j.event;

import io.github.kmeans4j.KMeansResult;
import io.github.kmeans4j.StopReason;

/**
 * A run (one restart) ended.
 *
 * @param restart the restart index
 * @param iteration the number of iterations, as {@link KMeansResult#iterations()} counts them
 * @param stopReason why it stopped
 * @param result this restart's result (immutable); the fit returns the best restart's
 */
public record RunFinished(int restart, int iteration, StopReason stopReason, KMeansResult result)
        implements KMeansEvent {

    /**
     * Validates the components.
     *
     * @param restart the restart index
     * @param iteration the number of iterations
     * @param stopReason why the run stopped
     * @param result the run's result
     * @throws IllegalArgumentException if {@code stopReason} or {@code result} is null
     */
    public RunFinished {
        if (stopReason == null || result == null) {
            throw new IllegalArgumentException("stopReason and result must not be null");
        }
    }
}
