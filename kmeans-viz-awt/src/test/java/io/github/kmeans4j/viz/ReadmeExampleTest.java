package io.github.kmeans4j.viz;

import static org.assertj.core.api.Assertions.assertThat;

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
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(dir.resolve("run.gif").toFile())) {
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isGreaterThan(5);
            assertThat(reader.read(0).getWidth()).isEqualTo(800);
        } finally {
            reader.dispose();
        }
        assertThat(Files.readString(dir.resolve("run.html"))).contains("data:image/png;base64,", "id=\"play\"");
    }
}
