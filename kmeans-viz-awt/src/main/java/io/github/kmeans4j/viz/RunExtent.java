package io.github.kmeans4j.viz;

import io.github.kmeans4j.recording.Frame;
import io.github.kmeans4j.recording.Recording;
import java.util.HashMap;
import java.util.Map;

/**
 * What the frames of one recording share beyond the points: the plane's range, which holds every
 * point and every centroid of every frame (so the view never moves during a run), and the last
 * iteration of each restart (the length of its score charts' axis).
 */
final class RunExtent {
    final double minX;
    final double maxX;
    final double minY;
    final double maxY;
    private final Map<Integer, Integer> lastIteration = new HashMap<>();

    RunExtent(Recording recording, Scene scene) {
        double x0 = scene.minX;
        double x1 = scene.maxX;
        double y0 = scene.minY;
        double y1 = scene.maxY;
        for (Frame f : recording.frames()) {
            for (double[] row : f.centroids()) {
                double[] xy = scene.projection.project(row);
                x0 = Math.min(x0, xy[0]);
                x1 = Math.max(x1, xy[0]);
                y0 = Math.min(y0, xy[1]);
                y1 = Math.max(y1, xy[1]);
            }
            lastIteration.merge(f.restart(), f.iteration(), Math::max);
        }
        minX = x0;
        maxX = x1;
        minY = y0;
        maxY = y1;
    }

    /** The last iteration of {@code restart}, at least 1. */
    int lastIteration(int restart) {
        return Math.max(1, lastIteration.getOrDefault(restart, 1));
    }
}
