/**
 * Every k-means run becomes an animation: a {@link io.github.kmeans4j.viz.FramePainter} draws one
 * frame of a {@link io.github.kmeans4j.recording.Recording} (one frame per event) into any
 * {@code Graphics2D}; {@link io.github.kmeans4j.viz.Animation} writes all frames as PNG files, an
 * animated GIF or a self-contained HTML player; {@link io.github.kmeans4j.viz.AnimationWindow}
 * replays a run in a Swing window or shows a fit live. {@link io.github.kmeans4j.viz.Projection}
 * places d-dimensional points in the picture, {@link io.github.kmeans4j.viz.Palette} colours the
 * clusters and {@link io.github.kmeans4j.viz.ScoreSeries} feeds the side panel's charts.
 *
 * <p>As in the core, {@code n} is the number of points, {@code d} their dimension and {@code k}
 * the number of clusters. Everything but the window works headless.
 */
package io.github.kmeans4j.viz;
