package io.github.kmeans4j.viz;

import io.github.kmeans4j.KMeansResult;
import io.github.kmeans4j.event.Assigned;
import io.github.kmeans4j.event.EmptyClusterRepaired;
import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.event.RunFinished;
import io.github.kmeans4j.event.RunStarted;
import io.github.kmeans4j.event.SeedChosen;
import io.github.kmeans4j.event.Updated;
import io.github.kmeans4j.recording.Frame;
import io.github.kmeans4j.recording.Recording;
import java.util.List;

/**
 * The words of a frame's header: the headline naming the phase, the line of numbers under it, and
 * the caption, all read from the recording's events (never parsed from caption text), in the one
 * number format of {@link Text#number}.
 */
final class FrameText {
    private final Recording recording;
    private final Frame frame;
    private final int n;
    private final double[][] centroids;

    FrameText(Recording recording, Frame frame, int n) {
        this.recording = recording;
        this.frame = frame;
        this.n = n;
        this.centroids = frame.centroids();
    }

    /** The recording's caption, or an explanation where the caption only repeats the numbers. */
    String caption() {
        switch (frame.phase()) {
            case ASSIGNED:
                return closingAssignment() ? frame.caption()
                        : "Assignment step: each point joins the cluster of its nearest centroid.";
            case UPDATED:
                return "Update step: each centroid moves to the mean of the points of its cluster.";
            default:
                return frame.caption();
        }
    }

    String headline() {
        KMeansEvent e = frame.event();
        String restart = restarts() > 1 ? "Restart " + (frame.restart() + 1) + " of " + restarts() + " · " : "";
        String what;
        switch (frame.phase()) {
            case STARTED:
                what = "Start: k = " + ((RunStarted) e).k() + ", " + Text.count(n)
                        + (n == 1 ? " point" : " points");
                break;
            case SEED_CHOSEN:
                what = "Seeding: centroid " + (((SeedChosen) e).seedIndex() + 1) + " of " + k();
                break;
            case INITIALIZED:
                what = "Initial centroids";
                break;
            case ASSIGNED:
                what = "Iteration " + frame.iteration() + " · assign";
                break;
            case EMPTY_CLUSTER_REPAIRED:
                what = "Iteration " + frame.iteration() + " · empty cluster repaired";
                break;
            case UPDATED:
                what = "Iteration " + frame.iteration() + " · update";
                break;
            default:
                RunFinished f = (RunFinished) e;
                String verb = switch (f.stopReason()) {
                    case LABELS_STABLE, CENTROID_SHIFT -> "Converged";
                    case CANCELLED -> "Cancelled";
                    default -> "Stopped";
                };
                what = verb + " after " + f.iteration() + (f.iteration() == 1 ? " iteration" : " iterations");
        }
        return restart + what;
    }

    String stats() {
        KMeansEvent e = frame.event();
        if (e instanceof Assigned a) {
            String moved = a.iteration() <= 1 && firstAssignment()
                    ? "all " + Text.count(a.n()) + (a.n() == 1 ? " point assigned" : " points assigned")
                    : "points moved: " + Text.count(a.pointsMoved());
            return moved + "   ·   inertia: " + Text.number(a.inertia());
        }
        if (e instanceof Updated u) {
            String inertia = frame.inertia().isPresent()
                    ? "   ·   inertia before the move: " + Text.number(frame.inertia().getAsDouble()) : "";
            return "largest centroid shift: " + Text.number(u.maxShift()) + inertia;
        }
        if (e instanceof RunFinished f) {
            KMeansResult r = f.result();
            return "inertia: " + Text.number(r.inertia()) + "   ·   stopped: " + f.stopReason().description();
        }
        if (e instanceof EmptyClusterRepaired r) {
            return "cluster " + r.cluster() + " was empty   ·   " + Text.policy(r.policy());
        }
        if (e instanceof SeedChosen sc && sc.pointIndex() >= 0) {
            return "point " + Text.count(sc.pointIndex()) + (sc.probability() > 0 && sc.probability() < 1
                    ? "   ·   chosen with probability " + Text.number(sc.probability()) : "");
        }
        if (e instanceof RunStarted rs) {
            return "initialisation: " + rs.initializer();
        }
        return centroids.length + " centroids, no point assigned yet";
    }

    /** Whether this frame is the assignment that labels the final centroids (the run ends next). */
    private boolean closingAssignment() {
        List<KMeansEvent> events = recording.events();
        return frame.index() + 1 < events.size() && events.get(frame.index() + 1) instanceof RunFinished;
    }

    private boolean firstAssignment() {
        for (int i = frame.index() - 1; i >= 0; i--) {
            KMeansEvent e = recording.events().get(i);
            if (e instanceof Assigned) {
                return false;
            }
            if (e instanceof RunStarted) {
                return true;
            }
        }
        return true;
    }

    private int restarts() {
        for (KMeansEvent e : recording.events()) {
            if (e instanceof RunStarted s) {
                return s.restarts();
            }
        }
        return 1;
    }

    int k() {
        for (int i = frame.index(); i >= 0; i--) {
            if (recording.events().get(i) instanceof RunStarted s) {
                return s.k();
            }
        }
        return centroids.length;
    }
}
