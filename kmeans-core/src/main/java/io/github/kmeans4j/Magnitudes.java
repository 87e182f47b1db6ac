package io.github.kmeans4j;

/**
 * Refuses, before a fit starts, finite data whose sums would overflow: a fit adds up weight·x per
 * cluster (at most W·max|x|, W the total weight) and weight·D² for the inertia and the seeding
 * (at most W·diag², diag the diagonal of the data's bounding box, once the centroids are means of
 * points). If both bounds are finite with a factor 4 to spare, no sum of the fit can reach
 * infinity; otherwise the fit would return an infinite centroid or inertia, or seeding would
 * fail, so it is refused with a message that names the column and the cure.
 */
final class Magnitudes {
    private static final double SPARE = 4;

    private Magnitudes() {
    }

    /**
     * @throws IllegalArgumentException if weight·value or weight·squared-distance sums of a fit on
     *     {@code data} could overflow
     */
    static void check(Dataset data) {
        int n = data.n();
        int d = data.d();
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += data.weight(i);
        }
        double[] min = new double[d];
        double[] max = new double[d];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        double[] values = data.values();
        float[] floats = data.floatValues();
        for (int row = 0; row < n * d; row += d) {   // the backing array directly: this pass precedes every fit
            for (int m = 0; m < d; m++) {
                double v = values != null ? values[row + m] : floats[row + m];
                if (v < min[m]) {   // values are finite (Dataset checks), so no NaN handling is needed
                    min[m] = v;
                }
                if (v > max[m]) {
                    max[m] = v;
                }
            }
        }
        double maxAbs = 0;
        double[] half = new double[d];
        int widest = 0;
        for (int m = 0; m < d; m++) {
            maxAbs = Math.max(maxAbs, Math.max(Math.abs(min[m]), Math.abs(max[m])));
            half[m] = max[m] / 2 - min[m] / 2;
            if (half[m] > half[widest]) {
                widest = m;
            }
        }
        if (!Double.isFinite(SPARE * total * maxAbs)) {
            throw new IllegalArgumentException("values up to " + maxAbs + " in magnitude, times the total weight "
                    + total + ", overflow a double: the cluster sums would be infinite; rescale the data"
                    + (data.hasWeights() ? " or the weights" : ""));
        }
        double scale = half[widest];
        if (scale == 0) {
            return;
        }
        double sum = 0;
        for (double h : half) {
            sum += (h / scale) * (h / scale);
        }
        if (!Double.isFinite(SPARE * total * 4 * scale * scale * sum)) {
            throw new IllegalArgumentException("column " + widest + " spans " + 2 * scale + " (half-range " + scale
                    + "): squared distances times the total weight " + total + " overflow a double, so the"
                    + " inertia would be infinite; rescale the data" + (data.hasWeights() ? " or the weights" : ""));
        }
    }
}
