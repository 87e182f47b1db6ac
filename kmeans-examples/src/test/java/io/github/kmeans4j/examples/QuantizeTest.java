package io.github.kmeans4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quantize example on a subsampled photo: K-colour images and a sheet, written headless. */
class QuantizeTest {

    @Test
    void quantize_writesImagesWithAtMostKColoursEachAndASheet(@TempDir Path dir) throws IOException {
        MainTest.Outcome run = MainTest.launch("quantize", "--ks", "3,6", "--scale", "8", "--out", dir.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        BufferedImage photo = Quantize.loadPhoto();
        for (int k : new int[] {3, 6}) {
            BufferedImage image = ImageIO.read(dir.resolve("flower-k" + k + ".png").toFile());
            assertThat(image.getWidth()).isEqualTo((photo.getWidth() + 7) / 8);
            assertThat(image.getHeight()).isEqualTo((photo.getHeight() + 7) / 8);
            assertThat(colours(image).size()).isBetween(2, k);
        }
        BufferedImage sheet = ImageIO.read(dir.resolve("quantize.png").toFile());
        assertThat(colours(sheet).size()).as("the sheet is not blank").isGreaterThan(100);
        assertThat(run.out()).anyMatch(line -> line.startsWith("wrote ") && line.endsWith("quantize.png"));
        assertThat(Files.list(dir).count()).isEqualTo(3);
    }

    private static Set<Integer> colours(BufferedImage image) {
        Set<Integer> set = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                set.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        return set;
    }
}
