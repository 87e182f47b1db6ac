package io.github.kmeans4j.metrics;

import io.github.kmeans4j.KMeansResult;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What {@link KSelection} found: one {@link Row} per K, the elbow of the inertia curve, the K of
 * the highest mean silhouette, the K of the gap rule, and the recommended K with a sentence
 * saying why. Immutable.
 */
public final class KSelectionReport {

    /**
     * The scores of one K.
     *
     * @param k the number of clusters
     * @param fit the best fit of the data with this K
     * @param inertia its inertia, W(K)
     * @param silhouette its mean silhouette; empty for K = 1 (undefined)
     * @param silhouetteSampled whether the silhouette is that of a sample of the points
     * @param calinskiHarabasz its Calinski–Harabasz index; empty for K = 1
     * @param daviesBouldin its Davies–Bouldin index; empty for K = 1
     * @param gap the gap statistic {@code mean_b log W*_b(K) − log W(K)} (+∞ if W(K) = 0)
     * @param gapError its standard error s(K)
     */
    public record Row(int k, KMeansResult fit, double inertia, OptionalDouble silhouette, boolean silhouetteSampled,
                      OptionalDouble calinskiHarabasz, OptionalDouble daviesBouldin, double gap, double gapError) {
        /**
         * Validates the components.
         *
         * @param k the number of clusters
         * @param fit the best fit of the data with this K
         * @param inertia its inertia, W(K)
         * @param silhouette its mean silhouette, or empty
         * @param silhouetteSampled whether the silhouette is that of a sample of the points
         * @param calinskiHarabasz its Calinski–Harabasz index, or empty
         * @param daviesBouldin its Davies–Bouldin index, or empty
         * @param gap the gap statistic
         * @param gapError its standard error s(K)
         * @throws IllegalArgumentException if {@code fit} or an optional score is null
         */
        public Row {
            if (fit == null || silhouette == null || calinskiHarabasz == null || daviesBouldin == null) {
                throw new IllegalArgumentException("fit and the optional scores must not be null");
            }
        }
    }

    private final List<Row> rows;
    private final long seed;
    private final int referenceSets;
    private final int restarts;
    private final int sampleSize;
    private final int gapIndex;
    private final boolean gapRuleMet;
    private final OptionalInt elbowIndex;
    private final OptionalInt silhouetteIndex;
    private final String reason;

    KSelectionReport(List<Row> rows, long seed, int referenceSets, int restarts, int sampleSize) {
        this.rows = List.copyOf(rows);
        this.seed = seed;
        this.referenceSets = referenceSets;
        this.restarts = restarts;
        this.sampleSize = sampleSize;
        int n = rows.size();
        double[] gap = new double[n];
        double[] error = new double[n];
        double[] ks = new double[n];
        double[] inertia = new double[n];
        for (int i = 0; i < n; i++) {
            gap[i] = rows.get(i).gap();
            error[i] = rows.get(i).gapError();
            ks[i] = rows.get(i).k();
            inertia[i] = rows.get(i).inertia();
        }
        int rule = gapRule(gap, error);
        this.gapRuleMet = rule >= 0;
        this.gapIndex = rule >= 0 ? rule : n - 1;
        this.elbowIndex = kneedle(ks, inertia);
        int best = -1;
        for (int i = 0; i < n; i++) {
            OptionalDouble s = rows.get(i).silhouette();
            if (s.isPresent() && (best < 0 || s.getAsDouble() > rows.get(best).silhouette().getAsDouble())) {
                best = i;
            }
        }
        this.silhouetteIndex = best >= 0 ? OptionalInt.of(best) : OptionalInt.empty();
        this.reason = explain();
    }

    /**
     * Tibshirani's rule: the first index i with {@code gap[i] ≥ gap[i+1] − error[i+1]}, or −1
     * when none below the last satisfies it.
     */
    static int gapRule(double[] gap, double[] error) {
        for (int i = 0; i + 1 < gap.length; i++) {
            if (gap[i] >= gap[i + 1] - error[i + 1]) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The knee of a decreasing convex curve by Kneedle (Satopää, Albrecht, Irwin and Raghavan,
     * "Finding a 'kneedle' in a haystack", ICDCS workshops 2011), offline and without smoothing:
     * x and y scaled to [0, 1], the index whose scaled y lies farthest below the line from (0, 1)
     * to (1, 0); empty for fewer than 3 points, a flat curve, or no point below that line.
     */
    static OptionalInt kneedle(double[] x, double[] y) {
        int n = x.length;
        if (n < 3) {
            return OptionalInt.empty();
        }
        double xMin = x[0];
        double xMax = x[n - 1];
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            yMin = Math.min(yMin, v);
            yMax = Math.max(yMax, v);
        }
        if (!(yMax > yMin) || !(xMax > xMin) || Double.isInfinite(yMax - yMin)) {
            return OptionalInt.empty();
        }
        int best = -1;
        double bestDrop = 0;
        for (int i = 0; i < n; i++) {
            double xs = (x[i] - xMin) / (xMax - xMin);
            double ys = (y[i] - yMin) / (yMax - yMin);
            double drop = (1 - xs) - ys;
            if (drop > bestDrop) {
                bestDrop = drop;
                best = i;
            }
        }
        return best >= 0 ? OptionalInt.of(best) : OptionalInt.empty();
    }

    private String explain() {
        Row chosen = rows.get(gapIndex);
        StringBuilder s = new StringBuilder();
        if (gapRuleMet) {
            Row next = rows.get(gapIndex + 1);
            s.append(String.format(Locale.ROOT,
                    "K = %d is the smallest K with gap(K) ≥ gap(K+1) − s(K+1) (Tibshirani's gap rule): %.4f ≥ %.4f − %.4f",
                    chosen.k(), chosen.gap(), next.gap(), next.gapError()));
        } else {
            s.append(String.format(Locale.ROOT,
                    "no K below %d satisfies the gap rule gap(K) ≥ gap(K+1) − s(K+1), so the largest K swept, %d,"
                            + " is recommended; the best K may lie beyond the range",
                    chosen.k(), chosen.k()));
        }
        if (silhouetteIndex.isPresent()) {
            Row best = rows.get(silhouetteIndex.getAsInt());
            if (best.k() == chosen.k()) {
                s.append(String.format(Locale.ROOT, "; the mean silhouette agrees: it is highest there (%.4f)",
                        best.silhouette().getAsDouble()));
            } else if (chosen.silhouette().isPresent()) {
                s.append(String.format(Locale.ROOT,
                        "; the mean silhouette disagrees: it is highest at K = %d (%.4f against %.4f here)",
                        best.k(), best.silhouette().getAsDouble(), chosen.silhouette().getAsDouble()));
            } else {
                s.append(String.format(Locale.ROOT,
                        "; the silhouette is undefined for K = 1 and highest at K = %d (%.4f)",
                        best.k(), best.silhouette().getAsDouble()));
            }
        }
        if (elbowIndex.isPresent()) {
            int elbow = rows.get(elbowIndex.getAsInt()).k();
            s.append(elbow == chosen.k() ? "; the inertia elbow (Kneedle) is at the same K"
                    : "; the inertia elbow (Kneedle) is at K = " + elbow);
        }
        return s.append('.').toString();
    }

    /** {@return the rows, one per K, in increasing K (unmodifiable)} */
    public List<Row> rows() {
        return rows;
    }

    /**
     * The row of {@code k}.
     *
     * @param k a K of the swept range
     * @return the scores of that K
     * @throws IllegalArgumentException if k was not swept
     */
    public Row row(int k) {
        for (Row r : rows) {
            if (r.k() == k) {
                return r;
            }
        }
        throw new IllegalArgumentException("K = " + k + " was not swept; the range is " + rows.get(0).k() + ".."
                + rows.get(rows.size() - 1).k());
    }

    /** {@return the recommended K (see {@link KSelection} for the rule)} */
    public int recommendedK() {
        return rows.get(gapIndex).k();
    }

    /** {@return why {@link #recommendedK()} was chosen, and whether the silhouette and the elbow agree} */
    public String reason() {
        return reason;
    }

    /** {@return the fit of the recommended K} */
    public KMeansResult recommendedFit() {
        return rows.get(gapIndex).fit();
    }

    /** {@return whether some K below the largest satisfied the gap rule (otherwise the largest K is recommended)} */
    public boolean gapRuleMet() {
        return gapRuleMet;
    }

    /**
     * {@return the K of the elbow of the inertia curve by Kneedle; empty for fewer than 3 K or a curve without a knee}
     */
    public OptionalInt elbow() {
        return elbowIndex.isPresent() ? OptionalInt.of(rows.get(elbowIndex.getAsInt()).k()) : OptionalInt.empty();
    }

    /** {@return the K of the highest mean silhouette; empty if only K = 1 was swept} */
    public OptionalInt bestSilhouetteK() {
        return silhouetteIndex.isPresent() ? OptionalInt.of(rows.get(silhouetteIndex.getAsInt()).k())
                : OptionalInt.empty();
    }

    /** {@return the seed the sweep used} */
    public long seed() {
        return seed;
    }

    /** {@return B, the number of reference sets of the gap statistic} */
    public int referenceSets() {
        return referenceSets;
    }

    /**
     * The report as a Markdown table, one row per K, followed by the recommendation and its
     * reason. Numbers are formatted the same in every locale.
     *
     * @return the table and the recommendation, as Markdown text
     */
    public String toTable() {
        StringBuilder s = new StringBuilder();
        s.append("| K | inertia | silhouette | Calinski–Harabasz | Davies–Bouldin | gap | s(K) | |\n");
        s.append("|--:|--:|--:|--:|--:|--:|--:|:--|\n");
        OptionalInt elbow = elbow();
        OptionalInt bestSilhouette = bestSilhouetteK();
        for (Row r : rows) {
            StringBuilder note = new StringBuilder();
            if (r.k() == recommendedK()) {
                note.append("recommended");
            }
            if (elbow.isPresent() && elbow.getAsInt() == r.k()) {
                note.append(note.length() > 0 ? ", " : "").append("elbow");
            }
            if (bestSilhouette.isPresent() && bestSilhouette.getAsInt() == r.k()) {
                note.append(note.length() > 0 ? ", " : "").append("best silhouette");
            }
            s.append(String.format(Locale.ROOT, "| %d | %.6g | %s | %s | %s | %.4f | %.4f | %s |%n", r.k(),
                    r.inertia(), format(r.silhouette(), "%.4f") + (r.silhouetteSampled() && r.silhouette().isPresent()
                            ? "*" : ""),
                    format(r.calinskiHarabasz(), "%.4g"), format(r.daviesBouldin(), "%.4f"), r.gap(), r.gapError(),
                    note));
        }
        if (rows.stream().anyMatch(r -> r.silhouetteSampled() && r.silhouette().isPresent())) {
            s.append(String.format(Locale.ROOT, "%n\\* silhouette of a seeded sample of %d points%n", sampleSize));
        }
        s.append(String.format(Locale.ROOT, "%nRecommended: K = %d. %s%n(%d restarts per fit, B = %d reference sets,"
                + " seed %d)%n", recommendedK(), capitalised(reason), restarts, referenceSets, seed));
        return s.toString();
    }

    private static String format(OptionalDouble value, String pattern) {
        return value.isPresent() ? String.format(Locale.ROOT, pattern, value.getAsDouble()) : "–";
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    @Override
    public String toString() {
        return "KSelectionReport[k=" + rows.get(0).k() + ".." + rows.get(rows.size() - 1).k() + ", recommended="
                + recommendedK() + ", elbow=" + elbow() + "]";
    }
}
