package io.github.kmeans4j.viz.charts;

import io.github.kmeans4j.viz.internal.Ticks;
import io.github.kmeans4j.metrics.KSelectionReport;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * The chart people judge K by, from a {@link KSelectionReport}: three panels side by side, the
 * inertia with its elbow, the mean silhouette with reference lines at 0.50 and 0.75, and the gap
 * statistic with its error bars s(K). The recommended K is marked in every panel, its point drawn
 * larger in the highlight colour with its value beside it.
 *
 * <pre>{@code
 * KSelectionReport report = KSelection.sweep(data, 2, 10);
 * KSelectionChart.of(report).writePng(Path.of("choose-k.png"), 1260, 360);
 * }</pre>
 */
public final class KSelectionChart extends Chart {
    private final double[] ks;
    private final double[] inertia;
    private final double[] silhouette;
    private final double[] gap;
    private final double[] gapError;
    private final int recommended;
    private final OptionalInt elbow;
    /** The panels of the last paint, for tests. */
    LineChart[] panels;

    private KSelectionChart(double[] ks, double[] inertia, double[] silhouette, double[] gap, double[] gapError,
            int recommended, OptionalInt elbow) {
        this.ks = ks;
        this.inertia = inertia;
        this.silhouette = silhouette;
        this.gap = gap;
        this.gapError = gapError;
        this.recommended = recommended;
        this.elbow = elbow;
    }

    /**
     * The chart of a sweep.
     *
     * @param report a K-selection report
     * @return its chart
     * @throws IllegalArgumentException if {@code report} is null
     */
    public static KSelectionChart of(KSelectionReport report) {
        if (report == null) {
            throw new IllegalArgumentException("report must not be null");
        }
        List<KSelectionReport.Row> rows = report.rows();
        int m = rows.size();
        int[] ks = new int[m];
        double[] inertia = new double[m];
        double[] silhouette = new double[m];
        double[] gap = new double[m];
        double[] gapError = new double[m];
        for (int i = 0; i < m; i++) {
            KSelectionReport.Row r = rows.get(i);
            ks[i] = r.k();
            inertia[i] = r.inertia();
            silhouette[i] = r.silhouette().orElse(Double.NaN);
            gap[i] = r.gap();
            gapError[i] = r.gapError();
        }
        return of(ks, inertia, silhouette, gap, gapError, report.recommendedK(), report.elbow());
    }

    /**
     * The chart of scores given one by one (from another tool, or a saved sweep).
     *
     * @param ks the values of K, increasing
     * @param inertia the inertia at each K
     * @param silhouette the mean silhouette at each K (NaN where undefined, as at K = 1)
     * @param gap the gap statistic at each K
     * @param gapError its standard error s(K) at each K
     * @param recommendedK the K to mark, one of {@code ks}
     * @param elbowK the K of the inertia's elbow, if one was found
     * @return the chart
     * @throws IllegalArgumentException if an array is null or empty, the lengths differ,
     *     {@code ks} is not increasing, or {@code recommendedK} is not among them
     */
    public static KSelectionChart of(int[] ks, double[] inertia, double[] silhouette, double[] gap, double[] gapError,
            int recommendedK, OptionalInt elbowK) {
        if (ks == null || inertia == null || silhouette == null || gap == null || gapError == null || elbowK == null) {
            throw new IllegalArgumentException("the scores and the elbow must not be null");
        }
        int m = ks.length;
        if (m == 0 || inertia.length != m || silhouette.length != m || gap.length != m || gapError.length != m) {
            throw new IllegalArgumentException("need one score of each kind per K, for at least one K");
        }
        double[] x = new double[m];
        int found = -1;
        for (int i = 0; i < m; i++) {
            if (i > 0 && ks[i] <= ks[i - 1]) {
                throw new IllegalArgumentException("ks must increase, found " + ks[i - 1] + " then " + ks[i]);
            }
            x[i] = ks[i];
            if (ks[i] == recommendedK) {
                found = i;
            }
        }
        if (found < 0) {
            throw new IllegalArgumentException("the recommended K, " + recommendedK + ", is not among the K swept");
        }
        return new KSelectionChart(x, inertia.clone(), silhouette.clone(), gap.clone(), gapError.clone(), found,
                elbowK);
    }

    /**
     * Paints the chart into a rectangle of any {@code Graphics2D}.
     *
     * @param g where to paint
     * @param x the rectangle's left edge
     * @param y its top edge
     * @param width its width
     * @param height its height
     */
    @Override
    public void paint(Graphics2D g, int x, int y, int width, int height) {
        Charts.hints(g);
        LineChart.background(g, new Rectangle(x, y, width, height));
        String mark = "K = " + (int) ks[recommended] + ": ";
        LineChart inertiaPanel = new LineChart(elbow.isPresent() ? "Inertia (elbow at K = " + elbow.getAsInt() + ")"
                : "Inertia (no elbow found)", "K", "inertia", ks, inertia)
                .highlight(recommended, mark + Ticks.value(inertia[recommended]));
        LineChart silhouettePanel = new LineChart("Mean silhouette (higher is better)", "K", "silhouette", ks,
                silhouette).reference(0.5, "0.50").reference(0.75, "0.75")
                .highlight(recommended, mark + Ticks.value(silhouette[recommended]));
        LineChart gapPanel = new LineChart("Gap statistic ± s(K): K = " + (int) ks[recommended] + " recommended", "K",
                "gap", ks, gap).errors(gapError).highlight(recommended, mark + Ticks.value(gap[recommended]));
        panels = new LineChart[] {inertiaPanel, silhouettePanel, gapPanel};
        int w = width / 3;
        for (int i = 0; i < 3; i++) {
            panels[i].paint(g, new Rectangle(x + i * w, y, i == 2 ? width - 2 * w : w, height));
        }
    }
}
