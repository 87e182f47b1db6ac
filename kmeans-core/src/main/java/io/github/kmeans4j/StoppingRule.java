package io.github.kmeans4j;

/**
 * A caller's rule for ending a run early. It is consulted after every update step, on the
 * fitting thread, after the built-in rules (labels stable, centroid shift, maximum iterations)
 * did not stop the run. When it returns {@code true} the run ends with
 * {@link StopReason#CUSTOM_RULE} (after a final assignment to the last centroids). An exception
 * it throws ends the fit and propagates to the caller of {@code fit}.
 */
@FunctionalInterface
public interface StoppingRule {

    /**
     * Whether to stop after this iteration.
     *
     * @param progress the iteration just completed
     * @return true to end the run now
     */
    boolean shouldStop(Progress progress);

    /**
     * The state of a run after an update step.
     *
     * @param restart the restart index, from 0
     * @param iteration the iteration just completed, from 1
     * @param inertia the weighted sum of squared distances of the assignment of this iteration
     * @param previousInertia that of the previous iteration, or positive infinity in the first
     * @param pointsMoved how many points changed cluster in this iteration's assignment (all of
     *     them in the first)
     * @param maxShift the largest Euclidean distance a centroid moved in this iteration's update
     */
    record Progress(int restart, int iteration, double inertia, double previousInertia,
                    int pointsMoved, double maxShift) {

        /**
         * The relative decrease of inertia, {@code (previous − current) / previous}: 1 in the first
         * iteration, 0 when the previous inertia was already 0.
         *
         * @return the relative improvement; negative if the inertia rose
         */
        public double relativeImprovement() {
            if (Double.isInfinite(previousInertia)) {
                return 1.0;
            }
            return previousInertia == 0 ? 0.0 : (previousInertia - inertia) / previousInertia;
        }
    }

    /**
     * A rule that stops once the relative inertia improvement is at most {@code threshold}.
     *
     * @param threshold the improvement at or below which the run stops, finite and 0 or more
     * @return the rule
     * @throws IllegalArgumentException if {@code threshold} is negative, NaN or infinite
     */
    static StoppingRule relativeInertiaChange(double threshold) {
        if (!(threshold >= 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("relative inertia threshold must be finite and >= 0, was "
                    + threshold);
        }
        return p -> p.relativeImprovement() <= threshold;
    }

    /**
     * A rule that stops when either this rule or {@code other} does.
     *
     * @param other the second rule
     * @return a rule that asks this rule first, then {@code other}
     * @throws IllegalArgumentException if {@code other} is null
     */
    default StoppingRule or(StoppingRule other) {
        if (other == null) {
            throw new IllegalArgumentException("stopping rule must not be null");
        }
        return p -> shouldStop(p) || other.shouldStop(p);
    }
}
