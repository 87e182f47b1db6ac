package io.github.kmeans4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of the launcher runs headless on a small size and writes pictures that are not
 * blank: each PNG and each GIF frame has many colours, each HTML player holds as many frames as
 * the GIF of the same run.
 */
class ExamplesRunHeadlessTest {

    /** Small arguments per example, so the suite stays fast. */
    private static final Map<String, List<String>> SMALL = Map.of(
            "line", List.of("--points", "15"),
            "blobs", List.of("--n", "120"),
            "iris", List.of(),
            "explorer", List.of("--n", "60"),
            "init", List.of("--runs", "3", "--n", "200", "--k", "4"),
            "choose-k", List.of("--n", "120", "--kmax", "5"),
            "quantize", List.of("--ks", "2,5", "--scale", "8"),
            "digits", List.of("--restarts", "1"),
            "spark", List.of("--n", "3000", "--partitions", "3", "--sample", "600"));

    static Stream<String> examples() {
        return Main.examples().stream().map(Example::name);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void runsHeadlessAndWritesPicturesThatAreNotBlank(String name, @TempDir Path dir) throws IOException {
        assertThat(SMALL).as("small arguments for " + name).containsKey(name);
        String[] args = Stream.concat(Stream.of(name, "--out", dir.toString(), "--window", "no"),
                SMALL.get(name).stream()).toArray(String[]::new);
        MainTest.Outcome run = MainTest.launch(args);
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.sorted().toList();
        }
        assertThat(files).as("files written by " + name).isNotEmpty();
        for (Path file : files) {
            assertThat(run.out()).as("the example says where it wrote " + file)
                    .anyMatch(line -> line.equals("wrote " + file.toAbsolutePath().normalize()));
            String fileName = file.getFileName().toString();
            if (fileName.matches("flower-k\\d+\\.png")) {
                // a photo repainted with K colours: at most K by design, so "not blank" means two or more
                assertThat(colours(ImageIO.read(file.toFile())).size()).as(fileName).isGreaterThan(1);
            } else if (fileName.endsWith(".png")) {
                assertNotBlank(ImageIO.read(file.toFile()), fileName);
            } else if (fileName.endsWith(".gif")) {
                List<BufferedImage> frames = gifFrames(file.toFile());
                assertThat(frames).as(fileName).hasSizeGreaterThan(2);
                assertNotBlank(frames.get(frames.size() - 1), fileName + ", last frame");
                Path html = file.resolveSibling(fileName.replace(".gif", ".html"));
                String player = Files.readString(html, StandardCharsets.UTF_8);
                int framesInPlayer = count(player.substring(player.indexOf("const FRAMES = ["),
                        player.indexOf("const PLAIN = [")), "data:image/png;base64,");
                int inBetweens = count(player.substring(player.indexOf("const MOTION = ["),
                        player.indexOf("const MOTION_PLAIN = [")), "data:image/png;base64,");
                assertThat(framesInPlayer + inBetweens).as(html.getFileName() + " holds every picture of the GIF")
                        .isEqualTo(frames.size());
                assertThat(inBetweens).as(html.getFileName() + " moves smoothly").isPositive();
            } else {
                assertThat(fileName).endsWith(".html");
            }
        }
    }

    private static void assertNotBlank(BufferedImage image, String what) {
        assertThat(colours(image).size()).as(what + " is not blank").isGreaterThan(8);
    }

    private static Set<Integer> colours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        return colours;
    }

    private static List<BufferedImage> gifFrames(File file) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file)) {
            reader.setInput(in);
            int n = reader.getNumImages(true);
            List<BufferedImage> frames = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                frames.add(reader.read(i));
            }
            return frames;
        } finally {
            reader.dispose();
        }
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
