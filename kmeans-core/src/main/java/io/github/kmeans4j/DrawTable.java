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
    private final double[] values;

    private DrawTable(double[] at, double[] values) {
        this.at = at;
        this.values = values;
    }

    /** The potential: the weighted sum of every row's D². */
    double total() {
        return at[at.length - 1];
    }

    /** The D² values the table sums (not a copy). */
    double[] values() {
        return values;
    }

    /** The tables of {@code count} arrays of D² values, summed up to eight at a time. */
    static DrawTable[] of(Seeding s, double[][] arrays, int count) {
        DrawTable[] tables = new DrawTable[count];
        for (int t = 0; t < count; t += 8) {
            sumGroup(s, arrays, t, Math.min(8, count - t), tables);
        }
        return tables;
    }

    /** The table of one array of D² values. */
    static DrawTable of(Seeding s, double[] values) {
        DrawTable[] table = new DrawTable[1];
        sumGroup(s, new double[][] {values}, 0, 1, table);
        return table[0];
    }

    /**
     * The tables of arrays {@code t..t+g−1} ({@code g} from 1 to 8) in one loop over the rows:
     * eight independent sums, each in row order, so the processor overlaps their additions
     * (lanes past {@code g} repeat the last array and are dropped).
     */
    private static void sumGroup(Seeding s, double[][] arrays, int t, int g, DrawTable[] tables) {
        double[] v0 = arrays[t];
        double[] v1 = arrays[t + Math.min(1, g - 1)];
        double[] v2 = arrays[t + Math.min(2, g - 1)];
        double[] v3 = arrays[t + Math.min(3, g - 1)];
        double[] v4 = arrays[t + Math.min(4, g - 1)];
        double[] v5 = arrays[t + Math.min(5, g - 1)];
        double[] v6 = arrays[t + Math.min(6, g - 1)];
        double[] v7 = arrays[t + Math.min(7, g - 1)];
        int blocks = Math.max(1, (s.n + BLOCK - 1) / BLOCK);
        double[][] at = new double[8][blocks];
        double[] w = s.weights;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        double s5 = 0;
        double s6 = 0;
        double s7 = 0;
        for (int b = 0; b < blocks; b++) {
            int end = Math.min(s.n, (b + 1) * BLOCK);
            if (w == null) {
                for (int i = b * BLOCK; i < end; i++) {
                    s0 += v0[i];
                    s1 += v1[i];
                    s2 += v2[i];
                    s3 += v3[i];
                    s4 += v4[i];
                    s5 += v5[i];
                    s6 += v6[i];
                    s7 += v7[i];
                }
            } else {
                for (int i = b * BLOCK; i < end; i++) {
                    double wi = w[i];
                    s0 += wi * v0[i];
                    s1 += wi * v1[i];
                    s2 += wi * v2[i];
                    s3 += wi * v3[i];
                    s4 += wi * v4[i];
                    s5 += wi * v5[i];
                    s6 += wi * v6[i];
                    s7 += wi * v7[i];
                }
            }
            at[0][b] = s0;
            at[1][b] = s1;
            at[2][b] = s2;
            at[3][b] = s3;
            at[4][b] = s4;
            at[5][b] = s5;
            at[6][b] = s6;
            at[7][b] = s7;
        }
        for (int q = 0; q < g; q++) {
            tables[t + q] = new DrawTable(at[q], arrays[t + q]);
        }
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
