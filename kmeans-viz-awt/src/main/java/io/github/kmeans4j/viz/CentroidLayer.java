package io.github.kmeans4j.viz;

import io.github.kmeans4j.event.EmptyClusterRepaired;
import io.github.kmeans4j.event.RunStarted;
import io.github.kmeans4j.event.SeedChosen;
import io.github.kmeans4j.recording.Frame;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The centroids of a picture as outlined diamonds in their clusters' colours (a dashed vertical
 * line too in a line view), the seed just chosen or the cluster just repaired ringed, and each
 * centroid's trail: the places it held since its restart began, joined by a line, ending where it
 * is drawn now (in a {@link Motion}, part of the way to its next place).
 */
final class CentroidLayer {
    private final Painting p;
    private final Graphics2D g;

    CentroidLayer(Painting p) {
        this.p = p;
        this.g = p.g;
    }

    private double y(double dataY) {
        return p.line ? p.lineY() : p.v.sy(dataY);
    }

    /** Whether a frame of this phase holds a place of the centroids worth marking on a trail. */
    private static boolean marksPlace(Frame.Phase phase) {
        return phase == Frame.Phase.INITIALIZED || phase == Frame.Phase.UPDATED
                || phase == Frame.Phase.EMPTY_CLUSTER_REPAIRED || phase == Frame.Phase.FINISHED;
    }

    void trails() {
        int k = p.centroids.length;
        if (k == 0) {
            return;
        }
        List<List<double[]>> paths = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            paths.add(new ArrayList<>());
        }
        int index = p.frame.index();
        int start = index;
        while (start > 0 && !(p.recording.events().get(start) instanceof RunStarted)) {
            start--;
        }
        // in a motion, the places before this frame, then where the centroids are drawn now
        int lastPlace = p.motion != null ? index - 1 : index;
        for (int i = start; i <= lastPlace; i++) {
            Frame f = p.recording.frame(i);
            if (marksPlace(f.phase())) {
                addPlaces(paths, f.centroids());
            }
        }
        if (p.motion != null) {
            addPlaces(paths, p.centroids);
        }
        Stroke old = g.getStroke();
        g.setStroke(new BasicStroke((float) (1.8 * p.l.s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double dotR = 2.4 * p.l.s;
        for (int j = 0; j < paths.size(); j++) {
            List<double[]> path = paths.get(j);
            if (path.size() < 2) {
                continue;
            }
            Color c = PointStamp.edge(p.palette.color(j));
            Path2D.Double shape = new Path2D.Double();
            for (int q = 0; q < path.size(); q++) {
                double x = p.v.sx(path.get(q)[0]);
                double y = y(path.get(q)[1]);
                if (q == 0) {
                    shape.moveTo(x, y);
                } else {
                    shape.lineTo(x, y);
                }
            }
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 210));
            g.draw(shape);
            for (int q = 0; q + 1 < path.size(); q++) {
                double x = p.v.sx(path.get(q)[0]);
                double y = y(path.get(q)[1]);
                g.setColor(Color.WHITE);
                g.fill(new Ellipse2D.Double(x - dotR, y - dotR, 2 * dotR, 2 * dotR));
                g.setColor(c);
                g.draw(new Ellipse2D.Double(x - dotR, y - dotR, 2 * dotR, 2 * dotR));
            }
        }
        g.setStroke(old);
    }

    private void addPlaces(List<List<double[]>> paths, double[][] c) {
        for (int j = 0; j < Math.min(c.length, paths.size()); j++) {
            double[] xy = p.scene.projection.project(c[j]);
            List<double[]> path = paths.get(j);
            if (path.isEmpty() || path.get(path.size() - 1)[0] != xy[0] || path.get(path.size() - 1)[1] != xy[1]) {
                path.add(xy);
            }
        }
    }

    void centroids() {
        double m = p.markerSize();
        int highlight = -1;
        if (p.frame.event() instanceof SeedChosen sc) {
            highlight = sc.seedIndex();
        } else if (p.frame.event() instanceof EmptyClusterRepaired r) {
            highlight = r.cluster();
        }
        Stroke old = g.getStroke();
        double s = p.l.s;
        for (int j = 0; j < p.centroids.length; j++) {
            double x = p.v.sx(p.cx[j]);
            double y = y(p.cy[j]);
            if (p.line) {
                g.setStroke(new BasicStroke((float) (1.4 * s), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                        10f, new float[] {(float) (5 * s), (float) (4 * s)}, 0f));
                g.setColor(PointStamp.edge(p.palette.color(j)));
                g.draw(new Line2D.Double(x, p.l.plotY, x, p.l.plotY + p.l.plotH));
            }
            Path2D.Double diamond = new Path2D.Double();
            diamond.moveTo(x, y - m * 1.25);
            diamond.lineTo(x + m, y);
            diamond.lineTo(x, y + m * 1.25);
            diamond.lineTo(x - m, y);
            diamond.closePath();
            g.setStroke(new BasicStroke((float) (4.2 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(Color.WHITE);
            g.draw(diamond);
            // In the true-class view the point colours are classes, not clusters: a centroid
            // filled with a cluster colour would claim a class it has nothing to do with.
            g.setColor(p.classView ? Color.WHITE : p.palette.color(j));
            g.fill(diamond);
            g.setStroke(new BasicStroke((float) (2.0 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(p.palette.outline());
            g.draw(diamond);
            if (j == highlight) {
                g.setStroke(new BasicStroke((float) (2.0 * s)));
                double ring = m * 2.1;
                g.draw(new Ellipse2D.Double(x - ring, y - ring, 2 * ring, 2 * ring));
            }
        }
        g.setStroke(old);
    }
}
