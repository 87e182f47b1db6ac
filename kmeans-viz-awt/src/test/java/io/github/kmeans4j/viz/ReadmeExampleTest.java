package io.github.kmeans4j.viz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.recording.Recording;
import io.github.kmeans4j.recording.RunRecorder;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import io.github.kmeans4j.viz.readme.AnimateRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The program of the README's "Animating a run" section is {@link AnimateRun}, and it works. */
class ReadmeExampleTest {

    @Test
    void readme_showsTheAnimateRunProgramVerbatim() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        int section = readme.indexOf("## Animating a run");
        assertThat(section).as("README section").isNotNegative();
        int start = readme.indexOf("```java\n", section) + "```java\n".length();
        int end = readme.indexOf("```", start);
        String shown = readme.substring(start, end);
        String source = Files.readString(Path.of("src/test/java/io/github/kmeans4j/viz/readme/AnimateRun.java"));
        String program = source.substring(source.indexOf("import "));
        assertThat(shown).isEqualTo(program);
    }

    @Test
    void animateRun_writesAPlayableGifAndHtml(@TempDir Path dir) throws Exception {
        AnimateRun.main(new String[] {dir.toString()});
        // The fit the program animates, made again here to know where its centroids are drawn.
        Dataset data = Dataset.of(new double[][] {
            {1, 1}, {1.5, 2}, {1, 2.5}, {5, 7}, {6, 6.5}, {5.5, 8}, {9, 1}, {8.5, 2}, {9.5, 1.5}});
        RunRecorder recorder = new RunRecorder();
        KMeans.builder().k(3).seed(42).listener(recorder).build().fit(data);
        Recording run = recorder.recording();
        FramePainter painter = FramePainter.of(run);
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(dir.resolve("run.gif").toFile())) {
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(run.size());
            int last = run.size() - 1;
            BufferedImage image = reader.read(last);
            assertThat(image.getWidth()).isEqualTo(800);
            assertThat(image.getHeight()).isEqualTo(600);
            FramePainterTest.assertMarkersAndBackground(image, painter, last, run.frame(last).centroids(), 12);
        } finally {
            reader.dispose();
        }
        assertThat(Files.readString(dir.resolve("run.html"))).contains("data:image/png;base64,", "id=\"play\"");
    }
}
