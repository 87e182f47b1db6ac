package io.github.kmeans4j.video;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.Initializer;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.recording.Frame;
import io.github.kmeans4j.recording.RunRecorder;
import io.github.kmeans4j.viz.Animation;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jcodec.api.awt.AWTFrameGrab;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MP4 decoded back: frame count, size, and colours where the animation's frames are uniform. */
class Mp4ExportTest {
    private static Animation animation(int width, int height) {
        RunRecorder recorder = new RunRecorder();
        KMeans.builder().k(2).seed(3).listener(recorder).build()
                .fit(Dataset.of(new double[][] {{0, 0}, {0, 1}, {1, 0}, {8, 8}, {8, 9}, {9, 8}}));
        return Animation.of(recorder.recording()).withSize(width, height)
                .withFrameDelay(Duration.ofMillis(250)).withLastFrameHold(Duration.ofMillis(1000));
    }

    private static List<BufferedImage> decode(Path file) throws Exception {
        List<BufferedImage> frames = new ArrayList<>();
        SeekableByteChannel in = NIOUtils.readableChannel(file.toFile());
        try {
            AWTFrameGrab grab = AWTFrameGrab.createAWTFrameGrab(in);
            for (BufferedImage f = grab.getFrame(); f != null; f = grab.getFrame()) {
                frames.add(f);
            }
        } finally {
            NIOUtils.closeQuietly(in);
        }
        return frames;
    }

    /** A point whose 5 × 5 neighbourhood is of one colour in {@code image}, far from any edge. */
    private static int[] uniformSpot(BufferedImage image, int notColour) {
        for (int y = 20; y < image.getHeight() - 20; y += 7) {
            for (int x = 20; x < image.getWidth() - 20; x += 7) {
                int c = image.getRGB(x, y);
                if ((c & 0xFFFFFF) == notColour) {
                    continue;
                }
                if (uniformAround(image, x, y)) {
                    return new int[] {x, y};
                }
            }
        }
        throw new AssertionError("no uniform spot");
    }

    private static void assertClose(Color decoded, Color original) {
        assertThat(Math.abs(decoded.getRed() - original.getRed())).as("red of %s vs %s", decoded, original)
                .isLessThanOrEqualTo(12);
        assertThat(Math.abs(decoded.getGreen() - original.getGreen())).as("green").isLessThanOrEqualTo(12);
        assertThat(Math.abs(decoded.getBlue() - original.getBlue())).as("blue").isLessThanOrEqualTo(12);
    }

    @Test
    void write_decodedBack_frameCountSizeAndColours(@TempDir Path dir) throws Exception {
        Animation animation = animation(320, 240);
        Path file = dir.resolve("run.mp4");
        int written = Mp4Export.write(animation, file);
        // one video frame per animation frame, the last held 1000 ms at 250 ms a frame: 3 more
        assertThat(written).isEqualTo(animation.frameCount() + 3);
        List<BufferedImage> frames = decode(file);
        assertThat(frames).hasSize(written);
        assertThat(frames.get(0).getWidth()).isEqualTo(320);
        assertThat(frames.get(0).getHeight()).isEqualTo(240);
        // a tinted region of the last frame (not white background) keeps its colour through H.264
        BufferedImage original = animation.frame(animation.frameCount() - 1);
        int[] spot = uniformSpot(original, 0xFFFFFF);
        assertClose(new Color(frames.get(frames.size() - 1).getRGB(spot[0], spot[1])),
                new Color(original.getRGB(spot[0], spot[1])));
        int[] first = uniformSpot(animation.frame(0), -1);
        assertClose(new Color(frames.get(0).getRGB(first[0], first[1])), new Color(animation.frame(0).getRGB(first[0],
                first[1])));
    }

    @Test
    void write_smoothMotion_inBetweensTimedAndDecoded(@TempDir Path dir) throws Exception {
        // centroids given far from their clusters, so that the first update glides a long way
        RunRecorder recorder = new RunRecorder();
        KMeans.builder().k(2).initializer(Initializer.given(new double[][] {{4, 5}, {5, 4}})).listener(recorder).build()
                .fit(Dataset.of(new double[][] {{0, 0}, {0, 1}, {1, 0}, {8, 8}, {8, 9}, {9, 8}}));
        // 250 ms frames, 1000 ms hold, two pictures of 50 ms in between: the video runs at 20 fps
        Animation animation = Animation.of(recorder.recording()).withSize(320, 240)
                .withFrameDelay(Duration.ofMillis(250)).withLastFrameHold(Duration.ofMillis(1000))
                .withSmoothMotion(2, Duration.ofMillis(100));
        int motions = 0;
        for (int i = 0; i < animation.frameCount(); i++) {
            motions += animation.painter().moves(i) ? 1 : 0;
        }
        assertThat(motions).as("this run moves into some frames").isPositive();
        Path file = dir.resolve("smooth.mp4");
        int written = Mp4Export.write(animation, file);
        long totalMillis = (animation.frameCount() - 1) * 250L + 1000 + motions * 100L;
        assertThat(written).as("video frames of 50 ms for the whole running time").isEqualTo(totalMillis / 50);
        List<BufferedImage> frames = decode(file);
        assertThat(frames).hasSize(written);
        // the first picture on the way into an update (the regions move with the centroids): where
        // it differs from the frame before it or after it, the video shows the picture in between
        List<Animation.Shot> shots = animation.shots();
        int video = 0;
        int shot = 0;
        while (shots.get(shot).isFrame()
                || recorder.recording().frame(shots.get(shot).frame()).phase() != Frame.Phase.UPDATED) {
            video += (int) Math.max(1, shots.get(shot).duration().toMillis() / 50);
            shot++;
        }
        BufferedImage between = animation.picture(shots.get(shot));
        BufferedImage before = animation.frame(shots.get(shot).frame() - 1);
        BufferedImage after = animation.frame(shots.get(shot).frame());
        for (BufferedImage other : List.of(before, after)) {
            // H.264 keeps colour at half resolution (4:2:0), so a small spot may drift by a few
            // levels: the law is that the video shows the picture in between, much nearer it than
            // the frame around it
            int[] spot = changedSpot(between, other);
            int decoded = frames.get(video).getRGB(spot[0], spot[1]);
            int meant = between.getRGB(spot[0], spot[1]);
            assertThat(distance(decoded, meant)).as("decoded %s, meant %s", new Color(decoded), new Color(meant))
                    .isLessThan(distance(decoded, other.getRGB(spot[0], spot[1])))
                    .isLessThanOrEqualTo(45);
        }
    }

    /**
     * A point of the plot whose 5 × 5 neighbourhood is of one colour in {@code image}, clearly
     * another in {@code other} (the header is left out: its text changes with the frame).
     */
    private static int[] changedSpot(BufferedImage image, BufferedImage other) {
        for (int y = image.getHeight() / 4; y < image.getHeight() - 10; y += 3) {
            for (int x = 10; x < image.getWidth() * 6 / 10; x += 3) {
                int c = image.getRGB(x, y);
                if (distance(c, other.getRGB(x, y)) < 60) {
                    continue;
                }
                if (uniformAround(image, x, y)) {
                    return new int[] {x, y};
                }
            }
        }
        throw new AssertionError("no spot where the picture in between differs from the frames around it");
    }

    /** Whether the 5 × 5 pixels around (x, y) all have the colour of (x, y). */
    private static boolean uniformAround(BufferedImage image, int x, int y) {
        int c = image.getRGB(x, y);
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
                if (image.getRGB(x + dx, y + dy) != c) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int distance(int rgb, int other) {
        Color a = new Color(rgb);
        Color b = new Color(other);
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue());
    }

    @Test
    void write_oddSize_paddedToEven(@TempDir Path dir) throws Exception {
        Animation animation = animation(201, 151);
        Path file = dir.resolve("odd.mp4");
        Mp4Export.write(animation, file);
        BufferedImage frame = decode(file).get(0);
        assertThat(frame.getWidth()).isEqualTo(202);
        assertThat(frame.getHeight()).isEqualTo(152);
    }
}
