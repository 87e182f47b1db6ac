package io.github.kmeans4j.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.KMeansResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's section "Data: generators, CSV and bundled sets" shows the code between the
 * README markers below, character for character (after removing this file's indentation), and that
 * code runs and does what the section says.
 */
class ReadmeDataTest {

    private static final Path SELF = Path.of("src", "test", "java", "io", "github", "kmeans4j", "data",
            "ReadmeDataTest.java");

    @Test
    void readmeDataCode_runs_andGivesTheDescribedData(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("flowers.csv");
        Files.writeString(file, "petal_length;petal_width;species\n1.4;0.2;setosa\n4.7;1.4;versicolor\n1.3;0.2;setosa\n",
                StandardCharsets.UTF_8);

        // README-BEGIN
        LabeledData blobs = Generators.blobs().centers(4).spread(0.8).n(400).seed(7).generate();
        LabeledData moons = Generators.moons(300, 0.05, 7);
        LabeledData iris = BundledData.IRIS.load().columns(0, 1);  // sepal length and width
        LabeledData mine = CsvReader.builder()
                .delimiter(';')
                .labelColumn("species")
                .build()
                .read(file);                                        // errors name line and column

        KMeansResult fit = KMeans.builder().k(3).seed(1).build().fit(iris.data());
        int[] truth = iris.labels();                                // the species, never shown to k-means
        // README-END

        assertThat(blobs.classSizes()).containsExactly(100, 100, 100, 100);
        assertThat(blobs.centers()).hasNumberOfRows(4);
        assertThat(moons.classSizes()).containsExactly(150, 150);
        assertThat(iris.data().columnNames()).containsExactly("sepal_length_cm", "sepal_width_cm");
        assertThat(mine.data().toArray()).isDeepEqualTo(new double[][] {{1.4, 0.2}, {4.7, 1.4}, {1.3, 0.2}});
        assertThat(mine.classNames()).containsExactly("setosa", "versicolor");
        assertThat(mine.labels()).containsExactly(0, 1, 0);
        assertThat(fit.labels()).hasSize(150);
        assertThat(fit.centroids()).hasNumberOfRows(3);
        assertThat(truth).hasSize(150);
    }

    @Test
    void readmeDataSection_showsExactlyTheTestedCode() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("\n## Data: generators, CSV and bundled sets\n");
        assertThat(section).as("README.md has the data section").isPositive();
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find(section)).as("a java block in the data section").isTrue();

        List<String> source = Files.readAllLines(SELF, StandardCharsets.UTF_8);
        int begin = source.indexOf("        // README-BEGIN");
        int end = source.indexOf("        // README-END");
        assertThat(begin).isPositive();
        assertThat(end).isGreaterThan(begin);
        StringBuilder tested = new StringBuilder();
        for (String line : source.subList(begin + 1, end)) {
            tested.append(line.length() >= 8 ? line.substring(8) : line.strip()).append('\n');
        }
        assertThat(block.group(1)).isEqualTo(tested.toString());
    }
}
