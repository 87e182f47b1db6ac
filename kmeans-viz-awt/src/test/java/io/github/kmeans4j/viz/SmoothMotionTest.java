package io.github.kmeans4j.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.recording.Frame;
import io.github.kmeans4j.recording.Recording;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Smooth motion: pictures between two frames show the centroids on their way (eased, so halfway
 * in time is halfway in space) and points changing colour, and the animation's shots keep every
 * frame, in order, with the pictures in between only where something moves.
 */
class SmoothMotionTest {
    private static final int W = 640;
    private static final int H = 480;
    private final Palette palette = Palette.standard();

    /**
     * Two clusters around (0, 0) and (12, 0) with the centroids started far off, at (3, 8) and
     * (7, 8): the first update moves both a long way down, and the point (5.2, 0), nearer (7, 8)
     * at first, joins cluster 0 at the second assignment (then 27.04 from (0, 0) against 29.6
     * from (10.64, 0)).
     */
    private static Recording run() {
        Dataset data = Dataset.of(new double[][] {
            {-1, 0}, {1, 0}, {0, -1}, {0, 1}, {5.2, 0},
            {11, 0}, {13, 0}, {12, -1}, {12, 1}});
        return FramePainterTest.record(data, new double[][] {{3, 8}, {7, 8}});
    }

    private static int firstFrame(Recording run, Frame.Phase phase) {
        for (int i = 0; i < run.size(); i++) {
            if (run.frame(i).phase() == phase) {
                return i;
            }
        }
        throw new AssertionError("no " + phase + " frame");
    }

    private static int rgb(BufferedImage image, double[] xy) {
        return image.getRGB((int) Math.round(xy[0]), (int) Math.round(xy[1])) & 0xFFFFFF;
    }

    @Test
    void halfway_centroidsAreHalfwayAlongTheirWay() {
        Recording run = run();
        FramePainter painter = FramePainter.builder(run).trails(false).build();
        int update = firstFrame(run, Frame.Phase.UPDATED);
        assertThat(painter.moves(update)).isTrue();
        double[][] from = run.frame(update - 1).centroids();
        double[][] to = run.frame(update).centroids();
        BufferedImage half = painter.render(update, 0.5, W, H);
        for (int j = 0; j < 2; j++) {
            double[] a = painter.pixelOf(update, from[j], W, H);
            double[] b = painter.pixelOf(update, to[j], W, H);
            double[] mid = {(a[0] + b[0]) / 2, (a[1] + b[1]) / 2};
            assertThat(Math.hypot(a[0] - b[0], a[1] - b[1])).as("a long way for centroid %d", j).isGreaterThan(100);
            int colour = palette.color(j).getRGB() & 0xFFFFFF;
            assertThat(rgb(half, mid)).as("centroid %d halfway", j).isEqualTo(colour);
            assertThat(rgb(half, a)).as("centroid %d has left its old place", j).isNotEqualTo(colour);
            assertThat(rgb(half, b)).as("centroid %d has not arrived yet", j).isNotEqualTo(colour);
        }
        // at progress 0 the centroids are where they were, at 1 where they go
        BufferedImage start = painter.render(update, 0, W, H);
        BufferedImage end = painter.render(update, 1, W, H);
        assertThat(rgb(start, painter.pixelOf(update, from[0], W, H))).isEqualTo(palette.color(0).getRGB() & 0xFFFFFF);
        assertThat(rgb(end, painter.pixelOf(update, to[0], W, H))).isEqualTo(palette.color(0).getRGB() & 0xFFFFFF);
    }

    @Test
    void halfway_aPointChangingClusterHasTheMixOfBothColours() {
        Recording run = run();
        FramePainter painter = FramePainter.builder(run).trails(false).regions(false).build();
        // the assignment where the point (5.2, 0) changes cluster
        int row = 4;
        int frame = -1;
        int[] before = null;
        for (int i = 1; i < run.size() && frame < 0; i++) {
            int[] was = run.frame(i - 1).labels().orElse(null);
            int[] now = run.frame(i).labels().orElse(null);
            if (was != null && now != null && was[row] != now[row]) {
                frame = i;
                before = was;
            }
        }
        assertThat(frame).as("the point changes cluster in some frame").isPositive();
        int[] after = run.frame(frame).labels().orElseThrow();
        Color a = palette.color(before[row]);
        Color b = palette.color(after[row]);
        double[] at = painter.pixelOf(frame, new double[] {5.2, 0}, W, H);
        Color seen = new Color(rgb(painter.render(frame, 0.5, W, H), at));
        assertThat(Math.abs(seen.getRed() - (a.getRed() + b.getRed()) / 2.0)).isLessThanOrEqualTo(1.0);
        assertThat(Math.abs(seen.getGreen() - (a.getGreen() + b.getGreen()) / 2.0)).isLessThanOrEqualTo(1.0);
        assertThat(Math.abs(seen.getBlue() - (a.getBlue() + b.getBlue()) / 2.0)).isLessThanOrEqualTo(1.0);
        assertThat(new Color(rgb(painter.render(frame, W, H), at))).isEqualTo(b);
    }

    @Test
    void moves_onlyWhereCentroidsOrLabelsChangeWithinARestart() {
        Recording run = run();
        FramePainter painter = FramePainter.of(run);
        assertThat(painter.moves(0)).isFalse();
        for (int i = 1; i < run.size(); i++) {
            Frame was = run.frame(i - 1);
            Frame now = run.frame(i);
            boolean centroidsMove = was.centroids().length == now.centroids().length && now.centroids().length > 0
                    && !java.util.Arrays.deepEquals(was.centroids(), now.centroids());
            boolean labelsChange = now.labels().isPresent()
                    && !java.util.Arrays.equals(was.labels().orElse(null), now.labels().get());
            assertThat(painter.moves(i)).as("frame %d (%s)", i, now.phase())
                    .isEqualTo(was.centroids().length == now.centroids().length && (centroidsMove || labelsChange));
        }
        assertThat(painter.withColourBy(FramePainter.ColourBy.CLUSTERS).moves(firstFrame(run, Frame.Phase.UPDATED))).isTrue();
    }

    @Test
    void shots_keepEveryFrameInOrder_withInBetweensOnlyIntoMovingFrames() {
        Recording run = run();
        Animation plain = Animation.of(run).withFrameDelay(Duration.ofMillis(300)).withLastFrameHold(Duration.ofSeconds(2));
        Animation smooth = plain.withSmoothMotion(5, Duration.ofMillis(250));
        assertThat(plain.shots()).hasSize(plain.frameCount()).allMatch(Animation.Shot::isFrame);
        List<Animation.Shot> shots = smooth.shots();
        int moving = 0;
        for (int i = 0; i < smooth.frameCount(); i++) {
            moving += smooth.painter().moves(i) ? 1 : 0;
        }
        assertThat(moving).isPositive();
        assertThat(shots).hasSize(smooth.frameCount() + 5 * moving);
        assertThat(shots.stream().filter(Animation.Shot::isFrame).map(Animation.Shot::frame).toList())
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, smooth.frameCount()).boxed().toList());
        long total = shots.stream().mapToLong(s -> s.duration().toMillis()).sum();
        assertThat(total).isEqualTo((smooth.frameCount() - 1) * 300L + 2000 + moving * 250L);
        for (int s = 0; s < shots.size(); s++) {
            Animation.Shot shot = shots.get(s);
            if (!shot.isFrame()) {
                assertThat(smooth.painter().moves(shot.frame())).isTrue();
                Animation.Shot next = shots.get(s + 1);
                assertThat(next.frame()).isEqualTo(shot.frame());
                assertThat(next.progress()).isGreaterThan(shot.progress());
            }
        }
    }

    @Test
    void html_holdsThePicturesInBetween_withAndWithoutRegions() {
        Recording run = run();
        Animation plain = Animation.of(run).withSize(200, 150);
        Animation smooth = plain.withSmoothMotion(3, Duration.ofMillis(90));
        int moving = 0;
        for (int i = 0; i < smooth.frameCount(); i++) {
            moving += smooth.painter().moves(i) ? 1 : 0;
        }
        // the frames, the same without regions, and per moving frame 3 pictures, with regions and without
        assertThat(pictures(plain.toHtml())).isEqualTo(2 * plain.frameCount());
        assertThat(pictures(smooth.toHtml())).isEqualTo(2 * smooth.frameCount() + 2 * 3 * moving);
        assertThat(smooth.toHtml()).contains("STEP = 30;");
    }

    private static int pictures(String html) {
        Matcher m = Pattern.compile("data:image/png;base64,").matcher(html);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    @Test
    void badArguments_areRefused() {
        Recording run = run();
        FramePainter painter = FramePainter.of(run);
        assertThatIllegalArgumentException().isThrownBy(() -> painter.render(1, 1.5, W, H));
        assertThatIllegalArgumentException().isThrownBy(() -> painter.render(1, Double.NaN, W, H));
        Animation animation = Animation.of(run);
        assertThatIllegalArgumentException().isThrownBy(() -> animation.withSmoothMotion(-1, Duration.ofMillis(100)));
        assertThatIllegalArgumentException().isThrownBy(() -> animation.withSmoothMotion(20, Duration.ofMillis(100)));
        assertThatIllegalArgumentException().isThrownBy(() -> animation.picture(null));
    }
}
