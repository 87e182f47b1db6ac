package io.github.kmeans4j;

/**
 * The steps of (greedy) k-means++ after the first seed, shared by {@link Initializer#kMeansPlusPlus()},
 * {@link Initializer#greedyKMeansPlusPlus()} and k-means‖'s top-up. Memory: the caller's array of
 * n squared distances, plus two more of n doubles when there is more than one candidate per step.
 */
final class PlusPlusSteps {
    private PlusPlusSteps() {
    }

    /**
     * Chooses seeds {@code from..k-1} by (greedy) k-means++, given the squared distance of every
     * row to its nearest seed among {@code 0..from-1} in {@code closest} (overwritten). Each
     * reason starts with {@code prefix}. Returns early, leaving seeds unset, once the fit is
     * cancelled (checked before every candidate's pass over the data).
     */
    static void extend(Seeding s, int from, int trials, String name, String prefix, double[] closest) {
        // Greedy: the candidate's distances and the best so far, swapped rather than copied.
        // One candidate (plain k-means++) updates closest in place and needs neither.
        double[] candidateDistances = trials > 1 ? new double[s.n] : null;
        double[] bestDistances = trials > 1 ? new double[s.n] : null;
        for (int j = from; j < s.k; j++) {
            if (s.cancelled()) {
                return;
            }
            double potential = potential(s, closest);
            if (!(potential > 0 && potential < Double.POSITIVE_INFINITY)) {
                // Squares out of the double's range: the fit's magnitude check rules out
                // overflow, so the rows left are closer to the seeds than about 1e-154 and their
                // squared distances underflow to 0. Draw the rest by scaled distances instead.
                ScaledDraw.extend(s, j, name, prefix, closest);
                return;
            }
            int bestRow = -1;
            double bestPotential = Double.POSITIVE_INFINITY;
            double bestProbability = 0;
            double distanceSquared = 0;
            for (int t = 0; t < trials; t++) {
                if (t > 0 && s.cancelled()) {
                    return;
                }
                int row = drawByPotential(s, closest, potential);
                double probability = s.weight(row) * closest[row] / potential;
                double rowDistance = closest[row];
                double[] out = trials > 1 ? candidateDistances : closest;
                double candidatePotential = 0;
                for (int i = 0; i < s.n; i++) {
                    double dist = Math.min(closest[i], s.rows.distanceBetween(i, row));
                    out[i] = dist;
                    candidatePotential += s.weight(i) * dist;
                }
                if (bestRow < 0 || candidatePotential < bestPotential) {
                    bestPotential = candidatePotential;
                    bestRow = row;
                    bestProbability = probability;
                    distanceSquared = rowDistance;
                    if (trials > 1) {
                        double[] swap = bestDistances;
                        bestDistances = candidateDistances;
                        candidateDistances = swap;
                    }
                }
            }
            s.choosePoint(j, bestRow, bestProbability, distanceSquared, prefix + name + ": row " + bestRow
                    + " drawn with probability " + Initializer.format(bestProbability) + " (squared distance "
                    + Initializer.format(distanceSquared) + " to the nearest seed)"
                    + (trials > 1 ? ", best of " + trials + " candidates: potential falls from "
                    + Initializer.format(potential) + " to " + Initializer.format(bestPotential) : ""));
            if (trials > 1) {
                double[] swap = closest;
                closest = bestDistances;
                bestDistances = swap;
            }
        }
    }

    /** The weighted sum of {@code closest}: the k-means++ potential. */
    private static double potential(Seeding s, double[] closest) {
        double total = 0;
        for (int i = 0; i < s.n; i++) {
            total += s.weight(i) * closest[i];
        }
        return total;
    }

    /**
     * A row drawn with probability {@code weight·closest / total} ({@code total} their positive
     * sum), as {@link Initializer#drawByMass} would draw from those products, without an array of them.
     */
    private static int drawByPotential(Seeding s, double[] closest, double total) {
        double target = s.random.nextDouble() * total;
        double running = 0;
        int lastPositive = -1;
        for (int i = 0; i < s.n; i++) {
            double mass = s.weight(i) * closest[i];
            if (mass > 0) {
                running += mass;
                lastPositive = i;
                if (running > target) {
                    return i;
                }
            }
        }
        return lastPositive;   // total > 0, so some row has positive mass
    }
}
