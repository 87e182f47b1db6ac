/**
 * kmeans4j visualisation: every k-means run becomes an animation, drawn with Java2D.
 *
 * <p>{@link io.github.kmeans4j.viz.FramePainter} draws one frame of a recorded run into any
 * {@code Graphics2D}; {@link io.github.kmeans4j.viz.Animation} writes PNG frames, an animated GIF
 * or a self-contained HTML player; {@link io.github.kmeans4j.viz.AnimationWindow} shows a run in a
 * Swing window, replayed or live. {@link io.github.kmeans4j.viz.charts} holds the charts people
 * judge a clustering by: {@link io.github.kmeans4j.viz.charts.KSelectionChart} (elbow, silhouette
 * and gap against K), {@link io.github.kmeans4j.viz.charts.SilhouettePlot} (per point, by
 * cluster) and {@link io.github.kmeans4j.viz.charts.RunGrid} (several runs side by side). Nothing
 * but the window needs a display.
 *
 * <p>{@code java.desktop} is required transitively because AWT types ({@link java.awt.Color},
 * {@link java.awt.Graphics2D}) appear in the exported API.
 */
module io.github.kmeans4j.viz {
    requires transitive io.github.kmeans4j;
    requires transitive java.desktop;
    requires ejml.core;
    requires ejml.ddense;

    exports io.github.kmeans4j.viz;
    exports io.github.kmeans4j.viz.charts;
}
