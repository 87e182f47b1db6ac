package io.github.kmeans4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kmeans4j.recording.Recording;
import io.github.kmeans4j.viz.FramePainter;
import io.github.kmeans4j.viz.Palette;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explorer example without a display: its files, its options and its export. */
class ExplorerTest {

    @Test
    void explorer_headless_writesTheRunOfOneGoAsGifHtmlAndPng(@TempDir Path dir) throws IOException {
        MainTest.Outcome run = MainTest.launch("explorer", "--n", "60", "--k", "3", "--seed", "4",
                "--out", dir.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        // The same settings pressed into a fresh model give the run the files must show.
        ExplorerModel reference = new ExplorerModel(4);
        reference.setN(60);
        reference.setK(3);
        reference.go();
        int frames = reference.recording().size();

        // every frame of the run, and 8 pictures in between before each frame something moves into
        assertThat(gifFrames(dir.resolve("explorer.gif"))).isEqualTo(frames + 8 * moving(reference.recording()));
        String html = Files.readString(dir.resolve("explorer.html"), StandardCharsets.UTF_8);
        assertThat(occurrences(html.substring(html.indexOf("const FRAMES = ["), html.indexOf("const PLAIN = [")), "data:image/png;base64,")).isEqualTo(frames);
        BufferedImage png = ImageIO.read(dir.resolve("explorer.png").toFile());
        assertThat(png.getWidth()).isEqualTo(800);
        assertThat(png.getHeight()).isEqualTo(600);
        assertThat(colours(png)).as("the last frame is not blank").isGreaterThan(50);
        // The PNG is the run's last frame: white at the corner, each final centroid's marker in its colour.
        Recording referenceRun = reference.recording();
        int last = frames - 1;
        FramePainter painter = FramePainter.of(referenceRun);
        assertThat(png.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        double[][] centroids = referenceRun.frame(last).centroids();
        for (int j = 0; j < centroids.length; j++) {
            double[] pixel = painter.pixelOf(last, centroids[j], 800, 600);
            assertThat(png.getRGB((int) pixel[0], (int) pixel[1]) & 0xFFFFFF).as("centroid %d", j)
                    .isEqualTo(Palette.standard().color(j).getRGB() & 0xFFFFFF);
        }
        for (String name : List.of("explorer.gif", "explorer.html", "explorer.png")) {
            assertThat(run.out()).anyMatch(line -> line.startsWith("wrote ") && line.endsWith(name));
        }
        assertThat(run.out().get(0)).startsWith("60 points (Gaussian blobs, spread 1.0), K = 3");
    }

    @Test
    void explorer_badOptions_exitTwoNamingTheOptionAndTheAllowedValues() {
        assertThat(MainTest.launch("explorer", "--n", "5").err())
                .contains("option --n must be between 20 and 5000, not 5");
        assertThat(MainTest.launch("explorer", "--k", "11").err())
                .contains("option --k must be between 1 and 10, not 11");
        assertThat(MainTest.launch("explorer", "--spread", "wide").err())
                .contains("option --spread must be a number, not 'wide'");
        assertThat(MainTest.launch("explorer", "--preset", "donut").err())
                .contains("option --preset must be one of blobs, anisotropic, unequal-variance, moons, circles, smiley,"
                        + " uniform, not 'donut'");
        assertThat(MainTest.launch("explorer", "--init", "kmeans").err())
                .contains("option --init must be one of greedy-k-means++, k-means++, random-points, random-partition,"
                        + " farthest-point, placed, not 'kmeans'");
        MainTest.Outcome placed = MainTest.launch("explorer", "--init", "placed");
        assertThat(placed.err()).contains("--init placed needs a window");
        assertThat(placed.status()).isEqualTo(2);
    }

    @Test
    void options_everyPresetAndInitialiserIsReachableByItsToken() {
        Explorer explorer = new Explorer();
        for (ExplorerModel.Preset preset : ExplorerModel.Preset.values()) {
            for (ExplorerModel.Init init : ExplorerModel.Init.values()) {
                Options options = Options.parse(explorer, List.of("--preset", Explorer.token(preset),
                        "--init", Explorer.token(init).toUpperCase(java.util.Locale.ROOT), "--n", "77", "--k", "4",
                        "--spread", "2.5"));
                ExplorerModel model = Explorer.model(options);
                assertThat(model.preset()).isEqualTo(preset);
                assertThat(model.init()).isEqualTo(init);
                assertThat(model.n()).isEqualTo(77);
                assertThat(model.k()).isEqualTo(4);
                assertThat(model.spread()).isEqualTo(2.5);
            }
        }
    }

    @Test
    void exportRun_writesGifAndHtmlWithoutOverwritingEarlierExports(@TempDir Path dir) throws IOException {
        ExplorerModel model = new ExplorerModel(8);
        model.setN(20);
        model.setK(2);
        model.go();
        Recording run = model.recording();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Session session = new Session(new PrintStream(printed, true, StandardCharsets.UTF_8), dir, false);
        Path[] first = ExplorerWindow.exportRun(run, Duration.ofMillis(200), session);
        Path[] second = ExplorerWindow.exportRun(run, Duration.ofMillis(200), session);
        assertThat(first).containsExactly(dir.resolve("explorer-run-1.gif"), dir.resolve("explorer-run-1.html"));
        assertThat(second).containsExactly(dir.resolve("explorer-run-2.gif"), dir.resolve("explorer-run-2.html"));
        assertThat(gifFrames(second[0])).isEqualTo(run.size() + 8 * moving(run));
        String secondHtml = Files.readString(second[1], StandardCharsets.UTF_8);
        assertThat(occurrences(secondHtml.substring(secondHtml.indexOf("const FRAMES = ["), secondHtml.indexOf("const PLAIN = [")), "data:image/png;base64,"))
                .isEqualTo(run.size());
        assertThat(printed.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("wrote "))).hasSize(4);
    }

    /** How many frames of the run something moves into (centroids or labels change). */
    private static int moving(Recording run) {
        FramePainter painter = FramePainter.of(run);
        int moving = 0;
        for (int i = 0; i < run.size(); i++) {
            moving += painter.moves(i) ? 1 : 0;
        }
        assertThat(moving).as("the run moves").isPositive();
        return moving;
    }

    private static int gifFrames(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            try {
                reader.setInput(in);
                return reader.getNumImages(true);
            } finally {
                reader.dispose();
            }
        }
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private static int colours(BufferedImage image) {
        Set<Integer> set = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                set.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        return set.size();
    }
}
