package io.github.kmeans4j.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.KMeansResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The code blocks of the README's section "Scoring a fit and choosing K" are, character for
 * character, the code between the {@code // README:} markers below (the test reads both files),
 * and that code runs on three well-separated blobs with their generating classes as the known
 * classes. What the snippets print is captured, not shown.
 */
class ReadmeSnippetsTest {

    /** Three blobs of 50 points in 2-D, 10 apart; species[i] is the blob of point i. */
    private static final int[] SPECIES = new int[150];
    private static final Dataset DATA = blobs();

    private static Dataset blobs() {
        Random random = new Random(2026);
        double[][] rows = new double[150][2];
        for (int i = 0; i < rows.length; i++) {
            SPECIES[i] = i % 3;
            rows[i][0] = 10 * SPECIES[i] + random.nextGaussian();
            rows[i][1] = 5 * (SPECIES[i] % 2) + random.nextGaussian();
        }
        return Dataset.of(rows);
    }

    private static String captured(Runnable snippet) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            snippet.run();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    static void scoreAFit(Dataset data, int[] species) {
        // README: scoring
        KMeansResult fit = KMeans.builder().k(3).seed(42).build().fit(data);
        int[] labels = fit.labels();

        Silhouette silhouette = ClusterScores.silhouette(data, labels);        // exact, all cores
        double approx = ClusterScores.silhouetteSampled(data, labels, 2000, 7).mean(); // large n
        double db = ClusterScores.daviesBouldin(data, labels);                  // lower is better
        double ch = ClusterScores.calinskiHarabasz(data, labels);               // higher is better
        double ari = LabelAgreement.adjustedRand(species, labels);              // against known classes
        double ami = LabelAgreement.adjustedMutualInfo(species, labels);
        // README: end
        System.out.printf("silhouette %.3f (%.3f sampled), DB %.3f, CH %.1f, ARI %.3f, AMI %.3f%n",
                silhouette.mean(), approx, db, ch, ari, ami);
    }

    static void followAFit(Dataset data) {
        // README: tracking
        ScoreTracker tracker = ScoreTracker.of(Score.INERTIA, Score.SILHOUETTE);
        KMeans.builder().k(3).seed(42).listener(tracker).build().fit(data);
        for (ScorePoint p : tracker.series(0, Score.SILHOUETTE)) {   // restart 0; snapshot() from any thread
            System.out.printf("iteration %d: silhouette %.3f%n", p.iteration(), p.value());
        }
        // README: end
    }

    static int chooseK(Dataset data) {
        // README: choosing K
        KSelectionReport report = KSelection.builder().kRange(1, 8).restarts(3).seed(1).build().sweep(data);
        System.out.println(report.toTable());
        int k = report.recommendedK();
        // README: end
        return k;
    }

    private static final Path README = Path.of("..", "README.md");
    private static final Path SOURCE = Path.of("src/test/java/io/github/kmeans4j/metrics/ReadmeSnippetsTest.java");
    private static final String SECTION = "## Scoring a fit and choosing K";

    /** The first java block after {@code lead} in the README's section, as written. */
    private static String readmeBlock(String lead) throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int section = readme.indexOf(SECTION);
        assertThat(section).as("README section %s", SECTION).isNotNegative();
        int at = readme.indexOf(lead, section);
        assertThat(at).as("README paragraph %s", lead).isNotNegative();
        int start = readme.indexOf("```java\n", at) + "```java\n".length();
        int end = readme.indexOf("```", start);
        return readme.substring(start, end);
    }

    /** The lines of this file between {@code // README: name} and the next {@code // README: end}, unindented. */
    private static String testedRegion(String name) throws IOException {
        List<String> lines = Files.readAllLines(SOURCE, StandardCharsets.UTF_8);
        int first = lines.indexOf("        // README: " + name) + 1;
        assertThat(first).as("marker README: %s", name).isPositive();
        int last = lines.subList(first, lines.size()).indexOf("        // README: end") + first;
        assertThat(last).as("end marker after README: %s", name).isGreaterThanOrEqualTo(first);
        StringBuilder out = new StringBuilder();
        for (String line : lines.subList(first, last)) {
            out.append(line.length() >= 8 ? line.substring(8) : line.strip()).append('\n');
        }
        return out.toString();
    }

    @Test
    void readme_scoringBlock_isTheTestedCodeVerbatim() throws IOException {
        assertThat(readmeBlock("**Score a fit**")).isEqualTo(testedRegion("scoring"));
    }

    @Test
    void readme_trackingBlock_isTheTestedCodeVerbatim() throws IOException {
        assertThat(readmeBlock("**Score every iteration while it runs**")).isEqualTo(testedRegion("tracking"));
    }

    @Test
    void readme_choosingKBlock_isTheTestedCodeVerbatim() throws IOException {
        assertThat(readmeBlock("**Choose K**")).isEqualTo(testedRegion("choosing K"));
    }

    @Test
    void scoring_printsTheScoresOfAPerfectClustering() {
        String out = captured(() -> scoreAFit(DATA, SPECIES));

        // printf in the default locale: the test JVM's is German, with decimal commas.
        assertThat(out).matches("silhouette 0[.,][0-9]{3} \\(0[.,][0-9]{3} sampled\\), DB 0[.,][0-9]{3}, CH [0-9.,]+,"
                + " ARI 1[.,]000, AMI 1[.,]000\\R");
    }

    @Test
    void tracking_printsOneSilhouettePerAssignment() {
        String out = captured(() -> followAFit(DATA));

        assertThat(out.lines()).isNotEmpty().allMatch(line -> line.matches("iteration [0-9]+: silhouette 0[.,][0-9]{3}"));
        assertThat(out.lines().findFirst().orElseThrow()).startsWith("iteration 1:");
    }

    @Test
    void choosingK_recommendsTheThreeBlobs() {
        int[] k = new int[1];
        String out = captured(() -> k[0] = chooseK(DATA));

        assertThat(k[0]).isEqualTo(3);
        assertThat(out).contains("Recommended: K = 3.");
    }
}
