package io.github.kmeans4j;

import io.github.kmeans4j.internal.Centre;

/**
 * Refuses, before a fit starts, finite data whose sums would overflow, or whose squared distances
 * would all underflow. A fit adds up weight·x per
 * cluster (at most W·max|x| in a column, W the total weight) and weight·D² for the inertia and the
 * seeding potential (at most W·diag², diag the diagonal of the bounding box of the data and of the
 * centroids the fit starts from, since every later centroid is a weighted mean of points). A single
 * D² is at most diag², so that must be finite too, whatever the weights. If these bounds are
 * finite with a factor {@value #SPARE} to spare for rounding, no sum of the fit can reach infinity;
 * otherwise the fit would return an infinite centroid or inertia, or a NaN, or seeding would
 * fail, so the data are refused with a message that names the column, its range and the cure.
 * At the other end, when even diag² underflows to 0 (distinct points all within about 1e-162 of
 * each other), every squared distance is 0: the points would tie everywhere and clusters would
 * come back empty, so such data are refused too. Between about 1e-162 and 1e-154 the squares are
 * subnormal and keep fewer digits; such fits run, with coarser ties.
 *
 * <p>One pass over the values, O(n·d), and O(d) memory.
 */
final class Magnitudes {
    static final double SPARE = 4;

    private Magnitudes() {
    }

    /**
     * Checks a fit on {@code data} that starts from centroids drawn from the data.
     *
     * @throws IllegalArgumentException if weight·value or weight·squared-distance sums of a fit on
     *     {@code data} could overflow
     */
    static void check(Dataset data) {
        check(data, null, 0, null);
    }

    /**
     * Checks a fit on {@code data} that starts from (or continues with) the {@code count}
     * centroids in {@code extra} (row-major, {@code data.d()} values each), which count in the
     * bounding box as points of weight 0; {@code what} names them in messages.
     *
     * @throws IllegalArgumentException if weight·value or weight·squared-distance sums of the fit
     *     could overflow
     */
    static void check(Dataset data, double[] extra, int count, String what) {
        int n = data.n();
        int d = data.d();
        double total = 0;
        double[] w = data.weightsOrNull();
        if (w == null) {
            total = n;
        } else {
            for (double x : w) {
                total += x;
            }
        }
        double[][] box = data.boundingBox();   // a pass over the data the first time, kept by the data set
        double[] min = box[0];
        double[] max = box[1];
        if (extra != null) {
            for (int row = 0; row < count * d; row += d) {
                for (int m = 0; m < d; m++) {
                    min[m] = Math.min(min[m], extra[row + m]);
                    max[m] = Math.max(max[m], extra[row + m]);
                }
            }
        }
        checkBox(min, max, total, data.hasWeights(), extra == null ? "" : " (" + what + " included)");
    }

    /**
     * The checks of {@link #check(Dataset, double[], int, String)} on a bounding box already
     * measured: per column the least and largest value, and the total weight.
     *
     * @param including words that say what the box includes besides the rows, or ""
     * @throws IllegalArgumentException if the fit's sums could overflow or every squared
     *     distance underflows
     */
    static void checkBox(double[] min, double[] max, double total, boolean weighted, String including) {
        int d = min.length;
        String weights = weighted ? " or the weights" : "";
        for (int m = 0; m < d; m++) {
            double largest = Math.max(Math.abs(min[m]), Math.abs(max[m]));
            if (!Double.isFinite(SPARE * total * largest)) {
                throw new IllegalArgumentException("column " + m + " holds values in [" + min[m] + ", " + max[m] + "]"
                        + including + ": up to " + largest + " in magnitude times the total weight " + total
                        + " overflows a double, so the cluster sums would be infinite; rescale the data" + weights);
            }
        }
        // The squared diagonal, scaled by the widest half-range so that no square overflows here.
        double[] half = new double[d];
        int widest = 0;
        for (int m = 0; m < d; m++) {
            half[m] = max[m] / 2 - min[m] / 2;   // halves: max − min itself may overflow
            if (half[m] > half[widest]) {
                widest = m;
            }
        }
        double scale = half[widest];
        if (scale == 0) {
            return;
        }
        double sum = 0;
        for (double h : half) {
            sum += (h / scale) * (h / scale);
        }
        // One D² alone is at most diag², so it must stay finite even when the total weight is below 1.
        double bound = SPARE * Math.max(1, total) * 4 * sum * (scale * scale);
        if (!Double.isFinite(bound)) {
            throw new IllegalArgumentException("column " + widest + " spans [" + min[widest] + ", " + max[widest]
                    + "]" + including + ": squared distances across the data's bounding box (half its diagonal is "
                    + scale * Math.sqrt(sum) + "), times the total weight " + total + ", overflow a double, so"
                    + " the inertia and the seeding would be infinite; rescale the data" + weights);
        }
        double diagonalSquared = 4 * sum * (scale * scale);
        if (diagonalSquared == 0) {
            throw new IllegalArgumentException("column " + widest + " spans only [" + min[widest] + ", " + max[widest]
                    + "]" + including + ": the data's bounding box is only " + 2 * scale * Math.sqrt(sum)
                    + " across, so every squared distance between points underflows to 0 and distinct points could"
                    + " not be told apart; rescale the data, for example multiply it by a power of ten");
        }
    }
}
