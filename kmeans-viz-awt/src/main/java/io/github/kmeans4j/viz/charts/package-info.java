/**
 * Charts for judging a clustering, drawn with Java2D: {@link io.github.kmeans4j.viz.charts.KSelectionChart}
 * for choosing K (inertia and its elbow, mean silhouette, gap statistic with its error bars, the
 * recommended K marked), {@link io.github.kmeans4j.viz.charts.SilhouettePlot} for the silhouette of
 * every point by cluster, and {@link io.github.kmeans4j.viz.charts.RunGrid} for several runs side by
 * side. Each renders an image of a given size, writes a PNG, or paints into any {@code Graphics2D};
 * all share one style (fonts, colours, number format) and label every axis with ticks.
 */
package io.github.kmeans4j.viz.charts;
