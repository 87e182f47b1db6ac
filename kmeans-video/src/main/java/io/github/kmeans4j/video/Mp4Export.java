package io.github.kmeans4j.video;

import io.github.kmeans4j.viz.Animation;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.jcodec.api.SequenceEncoder;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.io.SeekableByteChannel;
import org.jcodec.common.model.Picture;
import org.jcodec.common.model.Rational;
import org.jcodec.scale.AWTUtil;

/**
 * Writes an {@link Animation} as an MP4 file (H.264, 4:2:0 colour, as every player takes), through
 * JCodec, a pure-Java encoder. The video's frame rate is one video frame per shortest
 * {@linkplain Animation#shots() shot} (the frame delay, or with smooth motion the time of one
 * picture in between), and each shot is repeated for as many video frames as its duration holds,
 * rounded (at least one): the frames stay for the frame delay, the last one for the last-frame
 * hold. H.264 needs even dimensions: an odd width or height is padded by one white column or row.
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
     * @return the number of video frames written, repeats included
     * @throws IOException if the file cannot be written
     * @throws IllegalArgumentException if an argument is null
     */
    public static int write(Animation animation, Path file) throws IOException {
        if (animation == null || file == null) {
            throw new IllegalArgumentException("animation and file must not be null");
        }
        List<Animation.Shot> shots = animation.shots();
        long unit = Long.MAX_VALUE;
        for (Animation.Shot shot : shots) {
            unit = Math.min(unit, Math.max(1, shot.duration().toMillis()));
        }
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), ".kmeans4j-", ".mp4");
        int written = 0;
        try {
            SeekableByteChannel out = NIOUtils.writableChannel(temp.toFile());
            try {
                // the frame rate in frames per second: 1000 / unit, exactly, as a fraction
                SequenceEncoder encoder = SequenceEncoder.createWithFps(out, new Rational(1000, (int) unit));
                for (Animation.Shot shot : shots) {
                    Picture picture = AWTUtil.fromBufferedImageRGB(even(animation.picture(shot)));
                    long times = Math.max(1, Math.round(shot.duration().toMillis() / (double) unit));
                    for (long t = 0; t < times; t++) {
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
