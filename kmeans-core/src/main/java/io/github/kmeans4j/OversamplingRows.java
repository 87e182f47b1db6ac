package io.github.kmeans4j;

import java.util.List;

/**
 * The passes k-means‖ ({@link Initializer#kMeansParallel()}) makes over every row, for an
 * {@link AssignmentBackend} that holds more rows than its sample: with it, k-means‖ seeds from
 * all rows, each oversampling round being one pass where the rows live (a Spark job, say), and
 * only the few candidates it keeps come to the fitting thread, where greedy k-means++ picks the
 * k seeds among them. Without it, every initialiser seeds from the sample.
 *
 * <p>The implementation keeps, for every row, its squared distance D² to the nearest candidate
 * so far. Rows are numbered 0..n−1 in a fixed order (a distributed backend: partition by
 * partition), and every random decision about a row is a function of the round's seed and the
 * row's number alone, so the same rows give the same candidates however the work is spread.
 */
public interface OversamplingRows {

    /** {@return the total weight of all rows, positive} */
    double totalWeight();

    /**
     * The row at weight position {@code u·W}: the first row whose running weight total, in row
     * order, exceeds {@code u} times the total weight.
     *
     * @param u a number in [0, 1)
     * @return that row
     */
    Candidate rowAtWeight(double u);

    /**
     * Makes {@code first} the only candidate: every row's D² becomes its squared distance to it.
     *
     * @param first the first candidate's d values
     * @return φ, the weighted sum of every row's D²
     */
    double startFrom(double[] first);

    /**
     * One oversampling round: keeps every row with probability {@code min(1, ℓ·w·D²/φ)},
     * deciding row i by a uniform number drawn from {@code roundSeed} and i alone, then makes the
     * kept rows candidates too (lowering the D² of the rows nearer to one of them).
     *
     * @param ell ℓ, the expected number of rows kept
     * @param phi φ before this round, positive
     * @param roundSeed the seed of this round's decisions
     * @return the kept rows, in row order, and φ after the round
     */
    Round oversample(double ell, double phi, long roundSeed);

    /**
     * The weight of every candidate: the total weight of the rows nearest to it (ties to the
     * earlier candidate, so a duplicate candidate weighs 0).
     *
     * @param candidates every candidate so far, in the order they were made
     * @return one weight per candidate
     */
    double[] candidateWeights(List<Candidate> candidates);

    /**
     * The uniform number in [0, 1) that decides row {@code row} in the round of seed
     * {@code roundSeed}: every implementation draws this one, so that the same rows give the
     * same candidates whatever holds them.
     *
     * @param roundSeed the round's seed
     * @param row the row's number
     * @return a number in [0, 1)
     */
    static double uniform(long roundSeed, long row) {
        return (io.github.kmeans4j.internal.SplitMix64.mix(roundSeed + 0x9e3779b97f4a7c15L * (row + 1)) >>> 11)
                * 0x1.0p-53;
    }

    /**
     * A row that became a candidate.
     *
     * @param row its number among all rows
     * @param sampleRow its index in the backend's sample, or −1 if the sample does not hold it
     * @param values its d coordinates (not copied)
     */
    record Candidate(long row, int sampleRow, double[] values) {
    }

    /**
     * What a round kept.
     *
     * @param kept the rows kept, in row order
     * @param phi φ after they became candidates
     */
    record Round(List<Candidate> kept, double phi) {
    }
}
