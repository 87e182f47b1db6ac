package io.github.kmeans4j;

/**
 * Seeding for distinct points whose squared distances leave the double's range. Two distinct
 * points closer than about 1e-162 have a squared distance that underflows to 0, so k-means++
 * would see no point left to draw and farthest-point seeding could pick a duplicate. The distance
 * itself stays representable (the difference of two distinct doubles is never 0), so these
 * helpers compute it without squaring, and k-means++ draws by weight·D² held as a mantissa and
 * a shared power of two. Only reached when the ordinary squares fail, so the seeds of ordinary
 * data do not change; slower (one pass per seed over every seed when it starts) and plain
 * k-means++ (one candidate per step).
 */
final class ScaledDraw {
    private ScaledDraw() {
    }

    /**
     * Seeds {@code from..k-1} by k-means++ with scaled distances, overwriting {@code nearest} with
     * every row's distance (not squared) to its nearest seed. Returns early if the fit is cancelled.
     */
    static void extend(Seeding s, int from, String name, String prefix, double[] nearest) {
        nearestDistances(s, from, nearest);
        for (int j = from; j < s.k; j++) {
            if (s.cancelled()) {
                return;
            }
            int top = Integer.MIN_VALUE;   // the largest binary exponent of weight·D² among the rows
            for (int i = 0; i < s.n; i++) {
                double w = s.weight(i);
                if (w > 0 && nearest[i] > 0) {
                    top = Math.max(top, Math.getExponent(w) + 2 * Math.getExponent(nearest[i]));
                }
            }
            if (top == Integer.MIN_VALUE) {
                throw new IllegalStateException("k-means++ found no row of positive weight away from the seeds");
            }
            double total = 0;
            for (int i = 0; i < s.n; i++) {
                total += mass(s, nearest, i, top);
            }
            double target = s.random.nextDouble() * total;
            double running = 0;
            int row = -1;
            for (int i = 0; i < s.n; i++) {
                double mass = mass(s, nearest, i, top);
                if (mass > 0) {
                    running += mass;
                    row = i;
                    if (running > target) {
                        break;
                    }
                }
            }
            double probability = mass(s, nearest, row, top) / total;
            double distance = nearest[row];
            s.choosePoint(j, row, probability, distance * distance, prefix + name + ": row " + row
                    + " drawn with probability " + Initializer.format(probability) + " (distance "
                    + Initializer.format(distance) + " to the nearest seed, whose square is too small for a double,"
                    + " so drawn by scaled squares, one candidate)");
            for (int i = 0; i < s.n; i++) {
                nearest[i] = Math.min(nearest[i], distanceTo(s, i, j));
            }
        }
    }

    /**
     * Row {@code i}'s weight·D² times 2^−top (top at least every row's binary exponent of it):
     * below 8, and positive for the row that sets top, so the sum is positive and finite.
     */
    private static double mass(Seeding s, double[] nearest, int i, int top) {
        double w = s.weight(i);
        double distance = nearest[i];
        if (!(w > 0 && distance > 0)) {
            return 0;
        }
        int ew = Math.getExponent(w);
        int ed = Math.getExponent(distance);
        double fw = Math.scalb(w, -ew);
        double fd = Math.scalb(distance, -ed);
        return Math.scalb(fw * fd * fd, ew + 2 * ed - top);
    }

    /** Fills {@code out} with every row's distance (not squared) to its nearest of seeds {@code 0..count-1}. */
    static void nearestDistances(Seeding s, int count, double[] out) {
        for (int i = 0; i < s.n; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int j = 0; j < count; j++) {
                best = Math.min(best, distanceTo(s, i, j));
            }
            out[i] = best;
        }
    }

    /**
     * The Euclidean distance from row {@code i} to seed {@code j}, scaled by the largest
     * coordinate difference so that no square under- or overflows.
     */
    static double distanceTo(Seeding s, int i, int j) {
        int d = s.d;
        double[] row = new double[d];
        s.rows.copyRow(i, row, 0);
        int c = j * d;
        double largest = 0;
        for (int m = 0; m < d; m++) {
            largest = Math.max(largest, Math.abs(row[m] - s.centroids[c + m]));
        }
        if (largest == 0) {
            return 0;
        }
        double sum = 0;
        for (int m = 0; m < d; m++) {
            double r = (row[m] - s.centroids[c + m]) / largest;
            sum += r * r;
        }
        return largest * Math.sqrt(sum);
    }
}
