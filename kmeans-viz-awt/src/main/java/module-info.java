/**
 * AWT-based visualisation of k-means clusterings.
 *
 * <p>{@code java.desktop} is required transitively because {@link java.awt.Color}
 * appears in the exported API.
 */
module io.github.kmeans4j.viz {
    requires io.github.kmeans4j;
    requires transitive java.desktop;

    exports io.github.kmeans4j.viz;
}
