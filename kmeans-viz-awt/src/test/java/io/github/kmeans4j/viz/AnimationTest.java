package io.github.kmeans4j.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.recording.Frame;
import io.github.kmeans4j.Initializer;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.KMeansResult;
import io.github.kmeans4j.recording.Recording;
import io.github.kmeans4j.recording.RunRecorder;
import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.event.RunFinished;
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

    private static Dataset data;
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
        data = Dataset.of(rows);
        run = FramePainterTest.record(data, new double[][] {rows[0].clone(), rows[3].clone(), rows[6].clone()});
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
        for (int f = 0; f < files.size(); f++) {
            BufferedImage image = ImageIO.read(files.get(f).toFile());
            assertThat(image.getWidth()).isEqualTo(240);
            assertThat(image.getHeight()).isEqualTo(180);
            FramePainterTest.assertMarkersAndBackground(image, animation.painter(), f, run.frame(f).centroids(), 8);
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
            FramePainterTest.assertMarkersAndBackground(image, animation.painter(), frames - 1,
                    run.frame(frames - 1).centroids(), 8);
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
        String framesArray = html.substring(html.indexOf("const FRAMES = ["), html.indexOf("const PLAIN = ["));
        String plainArray = html.substring(html.indexOf("const PLAIN = ["), html.indexOf("const TRUTH = "));
        // the regions switch's frames: as many, without regions; no truth picture without true classes
        assertThat(plainArray.split("data:image/png;base64,", -1).length - 1).isEqualTo(run.size());
        assertThat(html).contains("const TRUTH = \"\";");
        Matcher m = Pattern.compile("\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(framesArray);
        int frames = 0;
        while (m.find()) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))));
            assertThat(image.getWidth()).isEqualTo(240);
            assertThat(image.getHeight()).isEqualTo(180);
            FramePainterTest.assertMarkersAndBackground(image, animation.painter(), frames,
                    run.frame(frames).centroids(), 8);
            frames++;
        }
        assertThat(frames).isEqualTo(run.size());
        for (String id : List.of("first", "back", "play", "forward", "last", "scrub", "speed", "loop", "regions",
                "truth")) {
            assertThat(html).contains("id=\"" + id + "\"");
        }
        assertThat(html).contains("const DELAY = 250, HOLD = 1500, STEP = 0;").doesNotContain("__").doesNotContain("http");
        StringWriter again = new StringWriter();
        animation.writeHtml(again);
        assertThat(again.toString()).isEqualTo(html);
        assertThat(animation.toHtml()).isEqualTo(html);
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

    /** A fit of k = 4 with three restarts from random points; the recording of all its events. */
    private record Fit(KMeansResult result, Recording recording) {
    }

    private static Fit fitWithRestarts(long seed) {
        RunRecorder recorder = new RunRecorder();
        KMeansResult result = KMeans.builder().k(4).restarts(3).seed(seed).threads(1)
                .initializer(Initializer.randomPoints()).listener(recorder).build().fit(data);
        return new Fit(result, recorder.recording());
    }

    private static long eventsOf(Recording recording, int restart) {
        return recording.events().stream().filter(e -> e.restart() == restart).count();
    }

    @Test
    void of_fitWithRestarts_showsOnlyTheReturnedRestartAndEndsOnTheReturnedResult() {
        Fit fit = fitWithRestarts(1);
        int returned = fit.result().restart();
        assertThat(returned).as("precondition: the fit returns a restart before the last").isLessThan(2);
        assertThat(fit.result().inertia()).as("precondition: the last restart ends elsewhere")
                .isLessThan(fit.result().restartSummaries().get(2).inertia());

        Animation shown = Animation.of(fit.recording()).withSize(800, 600);

        assertThat(shown.restarts()).isEqualTo(Animation.Restarts.RETURNED);
        assertThat(shown.frameCount()).isEqualTo(eventsOf(fit.recording(), returned));
        Recording frames = shown.painter().recording();
        for (int i = 0; i < shown.frameCount(); i++) {
            assertThat(frames.frame(i).restart()).as("frame %d", i).isEqualTo(returned);
        }
        KMeansEvent end = frames.events().get(shown.frameCount() - 1);
        assertThat(end).isInstanceOf(RunFinished.class);
        assertThat(((RunFinished) end).result().inertia()).isEqualTo(fit.result().inertia());
        // The last image shows the returned centroids: each marker in its cluster's colour.
        int last = shown.frameCount() - 1;
        BufferedImage image = shown.frame(last);
        double[][] centroids = fit.result().centroids();
        for (int j = 0; j < centroids.length; j++) {
            double[] pixel = shown.painter().pixelOf(last, centroids[j], 800, 600);
            assertThat(image.getRGB((int) pixel[0], (int) pixel[1]) & 0xFFFFFF).as("centroid %d", j)
                    .isEqualTo(Palette.standard().color(j).getRGB() & 0xFFFFFF);
        }
    }

    @Test
    void withRestarts_all_showsEveryRestartInOrderAndEndsOnTheLast() {
        Fit fit = fitWithRestarts(1);

        Animation all = Animation.of(fit.recording()).withRestarts(Animation.Restarts.ALL);

        assertThat(all.frameCount()).isEqualTo(fit.recording().size());
        int previous = 0;
        for (Frame f : all.painter().recording().frames()) {
            assertThat(f.restart()).isGreaterThanOrEqualTo(previous);
            previous = f.restart();
        }
        assertThat(previous).isEqualTo(2);
        assertThat(all.withRestarts(Animation.Restarts.RETURNED).frameCount())
                .isEqualTo(eventsOf(fit.recording(), fit.result().restart()));
    }

    @Test
    void of_restartsTiedForTheLowestInertia_showsTheEarliestAsTheFitReturnsIt() {
        Fit fit = fitWithRestarts(12);
        List<KMeansResult.RestartSummary> summaries = fit.result().restartSummaries();
        assertThat(summaries.get(2).inertia()).as("precondition: a tie").isEqualTo(fit.result().inertia());

        Animation shown = Animation.of(fit.recording());

        assertThat(shown.painter().recording().frame(0).restart()).isEqualTo(fit.result().restart()).isLessThan(2);
        assertThat(shown.frameCount()).isEqualTo(eventsOf(fit.recording(), fit.result().restart()));
    }

    @Test
    void of_recordingWithNoFinishedRestart_showsItWhole() {
        Fit fit = fitWithRestarts(1);
        List<KMeansEvent> events = fit.recording().events();
        int firstEnd = 0;
        while (!(events.get(firstEnd) instanceof RunFinished)) {
            firstEnd++;
        }
        Recording running = Recording.of(events.subList(0, firstEnd));

        assertThat(Animation.of(running).frameCount()).isEqualTo(firstEnd);
    }

    @Test
    void withRestarts_null_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> animation.withRestarts(null))
                .withMessageContaining("restarts");
    }
}
