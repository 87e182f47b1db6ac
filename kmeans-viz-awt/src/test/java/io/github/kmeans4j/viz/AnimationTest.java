package io.github.kmeans4j.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.Recording;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnimationTest {

    private static Recording run;
    private static Animation animation;

    @BeforeAll
    static void record() {
        SplittableRandom random = new SplittableRandom(5);
        double[][] rows = new double[90][2];
        for (int i = 0; i < rows.length; i++) {
            rows[i][0] = (i % 3) * 4 + random.nextDouble();
            rows[i][1] = (i % 3 == 1 ? 3 : 0) + random.nextDouble();
        }
        run = FramePainterTest.record(Dataset.of(rows), new double[][] {rows[0].clone(), rows[3].clone(), rows[6].clone()});
        animation = Animation.of(run).withSize(240, 180).withFrameDelay(Duration.ofMillis(250))
                .withLastFrameHold(Duration.ofMillis(1500));
    }

    @Test
    void frameCount_isOneFramePerRecordedEvent() {
        assertThat(animation.frameCount()).isEqualTo(run.events().size()).isEqualTo(run.size());
    }

    @Test
    void writePngs_writesEveryFrameAtTheSize(@TempDir Path dir) throws Exception {
        List<Path> files = animation.writePngs(dir.resolve("frames"));
        assertThat(files).hasSize(run.size());
        for (Path file : files) {
            BufferedImage image = ImageIO.read(file.toFile());
            assertThat(image.getWidth()).isEqualTo(240);
            assertThat(image.getHeight()).isEqualTo(180);
        }
        assertThat(files.get(0).getFileName().toString()).isEqualTo("frame-0000.png");
    }

    @Test
    void writeGif_decodesToEveryFrameLoopsForeverAndHoldsTheLast() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        animation.writeGif(out);
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            reader.setInput(in);
            int frames = reader.getNumImages(true);
            assertThat(frames).isEqualTo(run.size());
            IIOMetadataNode first = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode app = (IIOMetadataNode) first.getElementsByTagName("ApplicationExtension").item(0);
            assertThat(app).as("NETSCAPE2.0 loop extension").isNotNull();
            assertThat(app.getAttribute("applicationID")).isEqualTo("NETSCAPE");
            assertThat(app.getAttribute("authenticationCode")).isEqualTo("2.0");
            byte[] loop = (byte[]) app.getUserObject();
            assertThat(loop[0]).isEqualTo((byte) 1);
            assertThat((loop[1] & 0xFF) | (loop[2] & 0xFF) << 8).as("loop count (0 = forever)").isZero();
            assertThat(delay(reader, 0)).isEqualTo(25);
            assertThat(delay(reader, frames - 2)).isEqualTo(25);
            assertThat(delay(reader, frames - 1)).isEqualTo(150);
            BufferedImage image = reader.read(frames - 1);
            assertThat(image.getWidth()).isEqualTo(240);
            assertThat(image.getHeight()).isEqualTo(180);
        } finally {
            reader.dispose();
        }
    }

    private static int delay(ImageReader reader, int index) throws Exception {
        IIOMetadataNode tree = (IIOMetadataNode) reader.getImageMetadata(index).getAsTree("javax_imageio_gif_image_1.0");
        IIOMetadataNode control = (IIOMetadataNode) tree.getElementsByTagName("GraphicControlExtension").item(0);
        return Integer.parseInt(control.getAttribute("delayTime"));
    }

    @Test
    void writeGif_framesKeepTheirColours() throws Exception {
        // The quantiser keeps the most frequent colours exactly: the plot's region tints survive.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        animation.writeGif(out);
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            reader.setInput(in);
            int last = run.size() - 1;
            BufferedImage decoded = reader.read(last);
            BufferedImage original = animation.frame(last);
            int same = 0;
            for (int y = 0; y < 180; y++) {
                for (int x = 0; x < 240; x++) {
                    if ((decoded.getRGB(x, y) & 0xFFFFFF) == (original.getRGB(x, y) & 0xFFFFFF)) {
                        same++;
                    }
                }
            }
            assertThat(same).isGreaterThan(240 * 180 * 9 / 10);
        } finally {
            reader.dispose();
        }
    }

    @Test
    void writeHtml_holdsEveryFrameAsAPngAndThePlayer(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run.html");
        animation.writeHtml(file);
        String html = Files.readString(file);
        Matcher m = Pattern.compile("\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(html);
        int frames = 0;
        while (m.find()) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))));
            assertThat(image.getWidth()).isEqualTo(240);
            assertThat(image.getHeight()).isEqualTo(180);
            frames++;
        }
        assertThat(frames).isEqualTo(run.size());
        for (String id : List.of("first", "back", "play", "forward", "last", "scrub", "speed", "loop")) {
            assertThat(html).contains("id=\"" + id + "\"");
        }
        assertThat(html).contains("const DELAY = 250, HOLD = 1500;").doesNotContain("__").doesNotContain("http");
        StringWriter again = new StringWriter();
        animation.writeHtml(again);
        assertThat(again.toString()).isEqualTo(html);
    }

    @Test
    void badArguments_areRejectedWithTheirValues() {
        assertThatIllegalArgumentException().isThrownBy(() -> animation.withSize(10, 100)).withMessageContaining("10×100");
        assertThatIllegalArgumentException().isThrownBy(() -> animation.withFrameDelay(Duration.ZERO))
                .withMessageContaining("frameDelay");
        assertThatIllegalArgumentException().isThrownBy(() -> animation.withLastFrameHold(null))
                .withMessageContaining("lastFrameHold");
        assertThatIllegalArgumentException().isThrownBy(() -> animation.writeGif((Path) null));
        assertThatIllegalArgumentException().isThrownBy(() -> Animation.of((Recording) null));
    }
}
