package io.github.kmeans4j;

import java.util.Arrays;

/**
 * The steps of (greedy) k-means++ after the first seed, shared by {@link Initializer#kMeansPlusPlus()},
 * {@link Initializer#greedyKMeansPlusPlus()} and k-means‖'s top-up.
 *
 * <p>Each step draws its T candidates by D² (one number from the seeding's generator each, in
 * order), then computes every row's capped distance to all T at once in one {@link TrialPass}
 * (fixed row slots, on the seeding's threads), then sums each candidate's potential in row order
 * ({@link DrawTable}) and keeps the first candidate of least potential. The values, sums and
 * draws are those of a single loop over the rows, so the seeds do not depend on the threads.
 *
 * <p>Memory: the caller's array of n squared distances plus T more (one per candidate), and
 * whatever copy of the rows the seeding's {@link io.github.kmeans4j.internal.TrialDistances} makes.
 */
final class PlusPlusSteps {
    private PlusPlusSteps() {
    }

    /**
     * Every row's squared distance to seed {@code seedIndex}, computed on the seeding's threads
     * into {@code out}; false if the fit was cancelled part way.
     */
    static boolean distancesTo(Seeding s, int seedIndex, double[] out) {
        Arrays.fill(out, Double.POSITIVE_INFINITY);
        double[] seed = Arrays.copyOfRange(s.centroids, seedIndex * s.d, seedIndex * s.d + s.d);
        return s.pass().run(seed, 1, out, new double[][] {out});
    }

    /**
     * Chooses seeds {@code from..k-1} by (greedy) k-means++, given the squared distance of every
     * row to its nearest seed among {@code 0..from-1} in {@code closest} (overwritten or replaced).
     * Each reason starts with {@code prefix}. Returns early, leaving seeds unset, once the fit is
     * cancelled (checked before every step, between the draws, and before every slot of rows).
     */
    static void extend(Seeding s, int from, int trials, String name, String prefix, double[] closest) {
        TrialPass pass = s.pass();
        double[][] out = new double[trials][];
        for (int t = 0; t < trials; t++) {
            out[t] = new double[s.n];
        }
        double[] candidates = new double[trials * s.d];
        int[] rows = new int[trials];
        double[] probability = new double[trials];
        double[] rowDistance = new double[trials];
        DrawTable table = DrawTable.of(s, closest);
        for (int j = from; j < s.k; j++) {
            if (s.cancelled()) {
                return;
            }
            double potential = table.total();
            if (!(potential > 0 && potential < Double.POSITIVE_INFINITY)) {
                // Squares out of the double's range: the fit's magnitude check rules out
                // overflow, so the rows left are closer to the seeds than about 1e-154 and their
                // squared distances underflow to 0. Draw the rest by scaled distances instead.
                ScaledDraw.extend(s, j, name, prefix, table.values());
                return;
            }
            double[] current = table.values();
            for (int t = 0; t < trials; t++) {
                if (t > 0 && s.cancelled()) {
                    return;
                }
                int row = table.draw(s, s.random.nextDouble() * potential);
                rows[t] = row;
                probability[t] = s.weight(row) * current[row] / potential;
                rowDistance[t] = current[row];
                s.rows.copyRow(row, candidates, t * s.d);
            }
            if (!pass.run(candidates, trials, current, out)) {
                return;
            }
            DrawTable[] tables = DrawTable.of(s, out, trials);
            int best = 0;
            for (int t = 1; t < trials; t++) {
                if (tables[t].total() < tables[best].total()) {
                    best = t;
                }
            }
            s.choosePoint(j, rows[best], probability[best], rowDistance[best], prefix + name + ": row " + rows[best]
                    + " drawn with probability " + Initializer.format(probability[best]) + " (squared distance "
                    + Initializer.format(rowDistance[best]) + " to the nearest seed)"
                    + (trials > 1 ? ", best of " + trials + " candidates: potential falls from "
                    + Initializer.format(potential) + " to " + Initializer.format(tables[best].total()) : ""));
            // The kept candidate's distances become the nearest-seed distances; the old ones its buffer.
            out[best] = current;
            table = tables[best];
        }
    }
}
