package io.github.kmeans4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.KMeansResult;
import io.github.kmeans4j.recording.Recording;
import io.github.kmeans4j.recording.RunRecorder;
import io.github.kmeans4j.data.BundledData;
import io.github.kmeans4j.viz.Animation;
import io.github.kmeans4j.viz.FramePainter;
import io.github.kmeans4j.viz.Palette;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digits example with restarts animates the restart the fit returned, and ends on it. */
class DigitsTest {

    @Test
    void digits_withRestarts_gifShowsTheReturnedRestartAndEndsOnItsCentroids(@TempDir Path dir) throws IOException {
        MainTest.Outcome run = MainTest.launch("digits", "--restarts", "2", "--out", dir.toString(), "--window", "no");
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        // The example's fit (its defaults: k = 10, seed 3), made again to know what the GIF must show.
        RunRecorder recorder = new RunRecorder();
        KMeansResult fit = KMeans.builder().k(10).seed(3).restarts(2).listener(recorder).build()
                .fit(BundledData.DIGITS.load().data());
        Recording all = recorder.recording();
        assertThat(fit.restart()).as("precondition: the fit returns the first of two restarts").isZero();
        assertThat(run.out()).anyMatch(line -> line.endsWith(String.format(Locale.ROOT, "inertia %.0f", fit.inertia())));
        long returnedEvents = all.events().stream().filter(e -> e.restart() == fit.restart()).count();
        Animation smooth = Animation.of(FramePainter.of(all)).withSmoothMotion();   // as the examples write
        FramePainter shown = smooth.painter();
        assertThat(shown.frameCount()).as("the returned restart's frames").isEqualTo(returnedEvents);

        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(dir.resolve("digits.gif").toFile())) {
            reader.setInput(in);
            int frames = reader.getNumImages(true);
            assertThat(frames).as("the returned restart's frames and the pictures between them")
                    .isEqualTo(smooth.shots().size())
                    .isLessThan(smooth.withRestarts(Animation.Restarts.ALL).shots().size());
            BufferedImage last = reader.read(frames - 1);
            assertThat(last.getRGB(0, 0) & 0xFFFFFF).as("background").isEqualTo(0xFFFFFF);
            double[][] centroids = fit.centroids();
            double[][] pixels = new double[centroids.length][];
            for (int j = 0; j < centroids.length; j++) {
                pixels[j] = shown.pixelOf(shown.frameCount() - 1, centroids[j], last.getWidth(), last.getHeight());
            }
            int checked = 0;
            for (int j = 0; j < centroids.length; j++) {
                boolean apart = true;
                for (int o = 0; o < centroids.length; o++) {
                    apart &= o == j || Math.hypot(pixels[j][0] - pixels[o][0], pixels[j][1] - pixels[o][1]) >= 16;
                }
                if (apart) {
                    // Projected 64-D centroids can fall on one another; the others show their marker.
                    assertThat(last.getRGB((int) pixels[j][0], (int) pixels[j][1]) & 0xFFFFFF).as("centroid %d", j)
                            .isEqualTo(Palette.standard().color(j).getRGB() & 0xFFFFFF);
                    checked++;
                }
            }
            assertThat(checked).as("markers apart from the others").isGreaterThanOrEqualTo(5);
        } finally {
            reader.dispose();
        }
    }
}
