package io.github.kmeans4j.video;

import io.github.kmeans4j.viz.Animation;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jcodec.api.SequenceEncoder;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.model.Picture;
import org.jcodec.common.model.Rational;
import org.jcodec.scale.AWTUtil;

/**
 * Writes an {@link Animation} as an MP4 file (H.264, 4:2:0 colour, as every player takes), through
 * JCodec, a pure-Java encoder. Each frame of the animation is one video frame, shown for the
 * animation's frame delay (the video's frame rate is one frame per delay); the last frame is
 * repeated for the animation's last-frame hold. H.264 needs even dimensions: an odd width or
 * height is padded by one white column or row.
 *
 * <pre>{@code
 * Mp4Export.write(Animation.of(recorder.recording()).withSize(800, 600), Path.of("run.mp4"));
 * }</pre>
 */
public final class Mp4Export {
    private Mp4Export() {
    }

    /**
     * Encodes every frame of {@code animation} into {@code file}, replacing it. The file is
     * written beside its target and moved into place when complete.
     *
     * @param animation the animation, with its size, frame delay and last-frame hold
     * @param file the MP4 file to write
     * @return the number of video frames written: the animation's frames plus the repeats of the
     *     last one
     * @throws IOException if the file cannot be written
     * @throws IllegalArgumentException if an argument is null
     */
    public static int write(Animation animation, Path file) throws IOException {
        if (animation == null || file == null) {
            throw new IllegalArgumentException("animation and file must not be null");
        }
        long delay = Math.max(1, animation.frameDelay().toMillis());
        int holdRepeats = (int) Math.max(0, Math.round(animation.lastFrameHold().toMillis() / (double) delay) - 1);
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), ".kmeans4j-", ".mp4");
        int written = 0;
        try {
            SeekableByteChannel out = NIOUtils.writableChannel(temp.toFile());
            try {
                // the frame rate in frames per second: 1000 / delay, exactly, as a fraction
                SequenceEncoder encoder = SequenceEncoder.createWithFps(out, new Rational(1000, (int) delay));
                int frames = animation.frameCount();
                for (int i = 0; i < frames; i++) {
                    Picture picture = AWTUtil.fromBufferedImageRGB(even(animation.frame(i)));
                    int times = i == frames - 1 ? 1 + holdRepeats : 1;
                    for (int t = 0; t < times; t++) {
                        encoder.encodeNativeFrame(picture);
                        written++;
                    }
                }
                encoder.finish();
            } finally {
                NIOUtils.closeQuietly(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
        } finally {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        }
        return written;
    }

    /** The image in RGB, padded with white to even width and height. */
    static BufferedImage even(BufferedImage image) {
        int w = image.getWidth() + (image.getWidth() % 2);
        int h = image.getHeight() + (image.getHeight() % 2);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
