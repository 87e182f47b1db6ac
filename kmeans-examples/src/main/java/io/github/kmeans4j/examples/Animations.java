package io.github.kmeans4j.examples;

import io.github.kmeans4j.viz.Animation;
import io.github.kmeans4j.viz.AnimationWindow;
import io.github.kmeans4j.viz.FramePainter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/** How the examples hand a recorded run to the viewer: a window when there is one, files always. */
final class Animations {
    /** Size of the written animations. */
    static final int WIDTH = 900;
    static final int HEIGHT = 600;

    private Animations() {
    }

    /**
     * Writes {@code name}.gif (looping, the last frame held, with smooth motion between frames) and
     * {@code name}.html (a player, the same motion when playing) of
     * the painter's run to the output folder, says where, and opens a replay window if the
     * session has a display. Of a fit with restarts, all three show the returned restart.
     */
    static void show(Session session, String name, FramePainter painter) throws IOException {
        Animation animation = Animation.of(painter).withSize(WIDTH, HEIGHT)
                .withFrameDelay(Duration.ofMillis(600)).withLastFrameHold(Duration.ofSeconds(3)).withSmoothMotion();
        Path gif = session.file(name + ".gif");
        animation.writeGif(gif);
        session.wrote(gif);
        Path html = session.file(name + ".html");
        animation.writeHtml(html);
        session.wrote(html);
        if (session.window()) {
            AnimationWindow.open(animation.painter());
        }
    }

    /** Writes one frame of the painter's run as {@code name}.png. */
    static void still(Session session, String name, FramePainter painter, int frame) throws IOException {
        session.writePng(name + ".png", painter.render(frame, WIDTH, HEIGHT));
    }

    /** The index of the painter's last frame. */
    static int last(FramePainter painter) {
        return painter.frameCount() - 1;
    }
}
