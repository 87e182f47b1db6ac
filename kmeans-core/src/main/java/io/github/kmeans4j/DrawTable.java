package io.github.kmeans4j;

/**
 * The running sum of {@code weight·D²} over the rows in row order, kept at the end of every
 * block of {@value #BLOCK} rows, for one array of D² values: its total is the k-means++
 * potential, and a draw by D² rescans one block instead of every row before the drawn one.
 *
 * <p>The sums are the sequential ones, one addition per row in row order (rows of zero mass add
 * +0, which changes no sum), so a total and a draw are bit for bit those of a single loop over
 * every row: the draws do not depend on how the D² values were computed in parallel.
 */
final class DrawTable {
    static final int BLOCK = 1024;

    /** {@code at[b]}: the sum over rows {@code [0, min(n, (b + 1)·BLOCK))}. */
    private final double[] at;
    private double[] values;

    private DrawTable(int n) {
        this.at = new double[Math.max(1, (n + BLOCK - 1) / BLOCK)];
    }

    /** The potential: the weighted sum of every row's D². */
    double total() {
        return at[at.length - 1];
    }

    /** The D² values the table sums (not a copy). */
    double[] values() {
        return values;
    }

    /** The tables of {@code count} arrays of D² values, summed four at a time. */
    static DrawTable[] of(Seeding s, double[][] arrays, int count) {
        DrawTable[] tables = new DrawTable[count];
        int t = 0;
        for (; t + 4 <= count; t += 4) {
            sum4(s, arrays, t, tables);
        }
        for (; t < count; t++) {
            tables[t] = of(s, arrays[t]);
        }
        return tables;
    }

    /** The table of one array of D² values. */
    static DrawTable of(Seeding s, double[] values) {
        DrawTable table = new DrawTable(s.n);
        table.values = values;
        double[] w = s.weights;
        double sum = 0;
        for (int b = 0; b < table.at.length; b++) {
            int end = Math.min(s.n, (b + 1) * BLOCK);
            for (int i = b * BLOCK; i < end; i++) {
                sum += w == null ? values[i] : w[i] * values[i];
            }
            table.at[b] = sum;
        }
        return table;
    }

    /** Four tables in one loop: four independent sums, each in row order. */
    private static void sum4(Seeding s, double[][] arrays, int t, DrawTable[] tables) {
        double[] v0 = arrays[t];
        double[] v1 = arrays[t + 1];
        double[] v2 = arrays[t + 2];
        double[] v3 = arrays[t + 3];
        DrawTable t0 = new DrawTable(s.n);
        DrawTable t1 = new DrawTable(s.n);
        DrawTable t2 = new DrawTable(s.n);
        DrawTable t3 = new DrawTable(s.n);
        t0.values = v0;
        t1.values = v1;
        t2.values = v2;
        t3.values = v3;
        double[] w = s.weights;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        for (int b = 0; b < t0.at.length; b++) {
            int end = Math.min(s.n, (b + 1) * BLOCK);
            if (w == null) {
                for (int i = b * BLOCK; i < end; i++) {
                    s0 += v0[i];
                    s1 += v1[i];
                    s2 += v2[i];
                    s3 += v3[i];
                }
            } else {
                for (int i = b * BLOCK; i < end; i++) {
                    double wi = w[i];
                    s0 += wi * v0[i];
                    s1 += wi * v1[i];
                    s2 += wi * v2[i];
                    s3 += wi * v3[i];
                }
            }
            t0.at[b] = s0;
            t1.at[b] = s1;
            t2.at[b] = s2;
            t3.at[b] = s3;
        }
        tables[t] = t0;
        tables[t + 1] = t1;
        tables[t + 2] = t2;
        tables[t + 3] = t3;
    }

    /**
     * The first row of positive mass whose running sum exceeds {@code target}, or, when rounding
     * leaves the total at or below it, the last row of positive mass: the row a single loop
     * drawing with probability {@code weight·D² / total} returns for that target.
     */
    int draw(Seeding s, double target) {
        int lo = 0;
        int hi = at.length;   // the first block whose sum exceeds target, by binary search
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (at[mid] > target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        if (lo < at.length) {
            double running = lo == 0 ? 0 : at[lo - 1];
            int end = Math.min(s.n, (lo + 1) * BLOCK);
            for (int i = lo * BLOCK; i < end; i++) {
                double mass = s.weight(i) * values[i];
                if (mass > 0) {
                    running += mass;
                    if (running > target) {
                        return i;
                    }
                }
            }
        }
        for (int i = s.n - 1; i >= 0; i--) {
            if (s.weight(i) * values[i] > 0) {
                return i;
            }
        }
        throw new IllegalStateException("no row has positive mass to draw from");
    }
}
