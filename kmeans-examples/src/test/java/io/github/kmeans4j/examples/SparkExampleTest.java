package io.github.kmeans4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spark example run headless on a small local Spark, its output captured: the phases it
 * prints, the files it writes, and the same fit whatever the number of local cores.
 */
class SparkExampleTest {

    /** "[   1.2 s] phase     text": the seconds, the phase and the text of a printed phase line. */
    private static final Pattern PHASE = Pattern.compile("\\[\\s*\\d+\\.\\d s\\] (\\S+)\\s+(.*)");

    private static MainTest.Outcome run(Path dir, String master) {
        return MainTest.launch("spark", "--out", dir.toString(), "--window", "no", "--master", master,
                "--n", "20000", "--partitions", "4", "--sample", "800", "--k", "5", "--blobs", "5");
    }

    /** The printed phases in order, each as "phase text", without the seconds. */
    private static List<String> phases(List<String> lines) {
        return lines.stream().map(PHASE::matcher).filter(Matcher::matches)
                .map(m -> m.group(1) + " " + m.group(2)).toList();
    }

    @Test
    void localTwo_printsEveryPhaseOfTheDistributedFitAndWritesTheAnimation(@TempDir Path dir) throws IOException {
        MainTest.Outcome run = run(dir, "local[2]");

        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(run.out()).anyMatch(line -> line.startsWith("Spark ") && line.contains("master local[2]"));
        assertThat(run.out()).anyMatch(line -> line.contains("a sample of 800 of the 20,000 rows"));

        List<String> phases = phases(run.out());
        assertThat(phases).isNotEmpty();
        assertThat(phases.get(0)).startsWith("start k=5 on 20,000 rows, seeding from the sample of 800");
        List<String> seeds = phases.stream().filter(p -> p.startsWith("seeding centroid ")).toList();
        assertThat(seeds).hasSize(5);
        for (int j = 0; j < 5; j++) {
            assertThat(seeds.get(j)).startsWith("seeding centroid " + (j + 1) + " at (");
        }
        List<String> iterations = phases.stream().filter(p -> p.startsWith("iteration ")).toList();
        assertThat(iterations).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 0; i < iterations.size(); i++) {
            assertThat(iterations.get(i)).startsWith(String.format("iteration %-3d inertia ", i + 1))
                    .contains(" moved, largest centroid shift ");
        }
        // the first assignment moves every row, and the count is of all rows, not of the sample
        assertThat(iterations.get(0)).contains("20,000 rows moved");
        String last = phases.get(phases.size() - 1);
        assertThat(last).startsWith("finish after " + iterations.size() + " iterations: ");
        // start, the seeds, the iterations, finish: in this order, nothing else between them but repairs
        assertThat(phases.subList(1, 6)).isEqualTo(seeds);
        assertThat(phases).filteredOn(p -> !p.startsWith("repair ")).hasSize(1 + 5 + 1 + iterations.size() + 1);

        for (String name : List.of("spark.gif", "spark.html")) {
            Path file = dir.resolve(name);
            assertThat(file).exists();
            assertThat(Files.size(file)).as(name).isGreaterThan(20_000);
            assertThat(run.out()).contains("wrote " + file.toAbsolutePath().normalize());
        }
        String player = Files.readString(dir.resolve("spark.html"), StandardCharsets.UTF_8);
        // one frame per event: start, 5 seeds, the initial centroids, an assignment and an update per
        // iteration but the last, which has no update, and the finish
        int frames = player.substring(player.indexOf("const FRAMES = ["), player.indexOf("const PLAIN = [")).split("data:image/png;base64,", -1).length - 1;
        assertThat(frames).isEqualTo(1 + 5 + 1 + 2 * iterations.size() - 1 + 1);
    }

    @Test
    void theFitIsTheSameOnOneLocalCoreAsOnTwo(@TempDir Path one, @TempDir Path two) {
        MainTest.Outcome onOne = run(one, "local[1]");
        MainTest.Outcome onTwo = run(two, "local[2]");
        assertThat(onOne.status()).isZero();
        assertThat(onTwo.status()).isZero();
        assertThat(phases(onOne.out())).isNotEmpty().isEqualTo(phases(onTwo.out()));
    }

    @Test
    void masterAuto_takesTheMasterSparkSubmitSetsElseLocalTwo() {
        String before = System.getProperty("spark.master");
        try {
            System.clearProperty("spark.master");
            assertThat(SparkExample.configuration("auto").get("spark.master")).isEqualTo("local[2]");
            assertThat(SparkExample.configuration("local[3]").get("spark.master")).isEqualTo("local[3]");
            System.setProperty("spark.master", "spark://example.invalid:7077");   // as spark-submit does
            SparkConf submitted = SparkExample.configuration("auto");
            assertThat(submitted.get("spark.master")).isEqualTo("spark://example.invalid:7077");
            assertThat(submitted.contains("spark.driver.host")).as("no loopback address on a cluster").isFalse();
        } finally {
            if (before == null) {
                System.clearProperty("spark.master");
            } else {
                System.setProperty("spark.master", before);
            }
        }
    }
}
