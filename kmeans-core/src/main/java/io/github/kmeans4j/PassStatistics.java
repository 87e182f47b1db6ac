package io.github.kmeans4j;

import java.util.List;

/**
 * How much distance work the assignment passes of one run did: which {@link Algorithm} ran and,
 * for every assignment pass in order, how many point-to-centroid distances it computed and how
 * many its bounds let it skip. Lloyd computes all n·k and skips none; Hamerly and Elkan skip those
 * their bounds prove unnecessary, giving the same labels. When nobody watches the fit and the
 * variant defers its distances (see {@link Algorithm}), the n distances it computes once more for
 * the result's inertia, and for a farthest-point repair, belong to no pass and are not counted.
 *
 * <p>Reached through {@link KMeansResult#passStatistics()}. It describes the work, not the
 * model: it is not part of {@link KMeansResult#equals(Object)} and is not saved by
 * {@link KMeansResult#save(java.nio.file.Path)} (a loaded result has none).
 *
 * @param algorithm the variant that ran (never {@link Algorithm#AUTO})
 * @param passes one entry per assignment pass, in order
 */
public record PassStatistics(Algorithm algorithm, List<Pass> passes) {

    /**
     * One assignment pass.
     *
     * @param iteration the iteration of the pass, as the {@link io.github.kmeans4j.event.Assigned}
     *     event numbers it (a final relabelling after the last update has the number after it)
     * @param computed point-to-centroid squared distances computed (the one to each point's own
     *     centroid included)
     * @param skipped point-to-centroid distances the bounds made unnecessary: n·k − computed
     * @param betweenCentroids centroid-to-centroid distances the bounds needed (0 for Lloyd and
     *     the k-d tree filters, whose tests of candidates against a cell's box are not counted
     *     anywhere; k(k − 1)/2 for Hamerly and Elkan), not counted in {@code computed}
     */
    public record Pass(int iteration, long computed, long skipped, long betweenCentroids) {
        /**
         * Validates the components.
         *
         * @param iteration the iteration of the pass, from 1
         * @param computed point-to-centroid squared distances computed
         * @param skipped point-to-centroid distances the bounds made unnecessary
         * @param betweenCentroids centroid-to-centroid distances the bounds needed
         * @throws IllegalArgumentException if {@code iteration} is below 1 or a count is negative
         */
        public Pass {
            if (iteration < 1 || computed < 0 || skipped < 0 || betweenCentroids < 0) {
                throw new IllegalArgumentException("iteration must be at least 1 and the counts non-negative, got "
                        + iteration + ", " + computed + ", " + skipped + ", " + betweenCentroids);
            }
        }

        /** {@return the fraction of the n·k point-to-centroid distances that were skipped, in [0, 1]} */
        public double skippedFraction() {
            long all = computed + skipped;
            return all == 0 ? 0 : (double) skipped / all;
        }
    }

    /**
     * Validates and copies the components.
     *
     * @param algorithm the variant that ran: Lloyd, Hamerly, Elkan, Yinyang or a k-d tree filter
     * @param passes one entry per assignment pass, in order; copied
     * @throws IllegalArgumentException if {@code algorithm} is null or {@link Algorithm#AUTO}, or
     *     {@code passes} is null
     */
    public PassStatistics {
        if (algorithm == null || algorithm == Algorithm.AUTO) {
            throw new IllegalArgumentException("algorithm must be LLOYD, HAMERLY, ELKAN, YINYANG or EXACT_1D, was " + algorithm);
        }
        if (passes == null) {
            throw new IllegalArgumentException("passes must not be null");
        }
        passes = List.copyOf(passes);
    }

    /** {@return the point-to-centroid distances computed over all passes} */
    public long computed() {
        return passes.stream().mapToLong(Pass::computed).sum();
    }

    /** {@return the point-to-centroid distances skipped over all passes} */
    public long skipped() {
        return passes.stream().mapToLong(Pass::skipped).sum();
    }

    /** {@return the fraction of all point-to-centroid distances that were skipped, in [0, 1]} */
    public double skippedFraction() {
        long all = computed() + skipped();
        return all == 0 ? 0 : (double) skipped() / all;
    }
}
