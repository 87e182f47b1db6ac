package io.github.kmeans4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples' main job runs headless and prints every phase of the Iris fit. */
class MainTest {

    private static List<String> run(String... args) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            Main.main(args);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void main_defaultOptions_printsEveryPhaseInOrder() {
        List<String> lines = run();
        int start = indexOfPrefix(lines, "start ");
        int seed = indexOfPrefix(lines, "seed 2 ");
        int init = indexOfPrefix(lines, "init ");
        int assign = indexOfPrefix(lines, "assign 1 ");
        int update = indexOfPrefix(lines, "update 1 ");
        int finish = indexOfPrefix(lines, "finish ");
        assertThat(List.of(start, seed, init, assign, update, finish)).doesNotContain(-1).isSorted();
        assertThat(lines.get(start)).contains("k=3", "n=150", "d=4");
    }

    @Test
    void main_kThree_isolatesAllFiftySetosaFlowers() {
        // A known property of Iris: the setosa flowers are far from the others in all four
        // measurements, so k-means with k = 3 puts exactly those 50 into one cluster.
        List<String> lines = run("--k", "3", "--seed", "11");
        int header = indexOfPrefix(lines, "cluster ");
        assertThat(lines.get(header)).contains("setosa", "versicolor", "virginica");
        List<String> rows = lines.subList(header + 1, header + 4);
        assertThat(rows).anyMatch(row -> row.trim().split("\\s+")[1].equals("50")
                && row.trim().split("\\s+")[2].equals("0") && row.trim().split("\\s+")[3].equals("0"));
    }

    private static int indexOfPrefix(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
