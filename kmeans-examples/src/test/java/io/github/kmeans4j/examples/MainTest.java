package io.github.kmeans4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher and the Iris walkthrough, run headless with their output captured. */
class MainTest {

    /** What one launcher call printed and returned. */
    record Outcome(int status, List<String> out, String err) {
    }

    static Outcome launch(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Main.run(args, o, e);
        }
        return new Outcome(status, out.toString(StandardCharsets.UTF_8).lines().toList(),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void noArguments_runsTheIrisWalkthroughPrintingEveryPhaseInOrder(@TempDir Path dir) {
        Outcome run = launch("--out", dir.toString());
        assertThat(run.status()).isZero();
        List<String> lines = run.out();
        int start = indexOfPrefix(lines, "start ");
        int seed = indexOfPrefix(lines, "seed 2 ");
        int init = indexOfPrefix(lines, "init ");
        int assign = indexOfPrefix(lines, "assign 1 ");
        int update = indexOfPrefix(lines, "update 1 ");
        int finish = indexOfPrefix(lines, "finish ");
        assertThat(List.of(start, seed, init, assign, update, finish)).doesNotContain(-1).isSorted();
        assertThat(lines.get(start)).contains("k=3", "n=150", "d=2");
    }

    @Test
    void iris_kThree_isolatesAllFiftySetosaFlowers(@TempDir Path dir) {
        // A known property of Iris: the setosa flowers are far from the others in all four
        // measurements, so k-means with k = 3 puts exactly those 50 into one cluster.
        List<String> lines = launch("iris", "--k", "3", "--seed", "11", "--columns", "all", "--out", dir.toString())
                .out();
        int header = indexOfPrefix(lines, "cluster ");
        assertThat(lines.get(header)).contains("setosa", "versicolor", "virginica");
        List<String> rows = lines.subList(header + 1, header + 4);
        assertThat(rows).anyMatch(row -> row.trim().split("\\s+")[1].equals("50")
                && row.trim().split("\\s+")[2].equals("0") && row.trim().split("\\s+")[3].equals("0"));
    }

    @Test
    void list_namesEveryExampleWithItsOptions() {
        Outcome run = launch("list");
        assertThat(run.status()).isZero();
        for (Example e : Main.examples()) {
            assertThat(run.out()).anyMatch(line -> line.trim().startsWith(e.name() + " ")
                    && line.contains(e.summary()));
        }
    }

    @Test
    void help_listsEveryExample_andHelpOfOneExampleNamesItsOptions() {
        for (String word : List.of("help", "--help", "-h")) {
            Outcome run = launch(word);
            assertThat(run.status()).as(word).isZero();
            for (Example e : Main.examples()) {
                assertThat(run.out()).as(word).anyMatch(line -> line.trim().startsWith(e.name() + " "));
            }
        }
        for (String[] args : List.of(new String[] {"help", "blobs"}, new String[] {"blobs", "--help"})) {
            Outcome run = launch(args);
            assertThat(run.status()).isZero();
            assertThat(String.join("\n", run.out())).contains("blobs:", "--k (default", "--out DIR");
            assertThat(run.err()).isEmpty();
        }
    }

    @Test
    void repeatedOption_exitsTwoWithOneMessage() {
        for (String[] args : List.of(new String[] {"iris", "--k", "3", "--k", "4"},
                new String[] {"iris", "--out", "a", "--out", "b"},
                new String[] {"iris", "--window", "no", "--window", "no"})) {
            Outcome run = launch(args);
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.err().lines()).singleElement().asString().contains("is given twice");
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void unknownExample_exitsTwoNamingItAndListingTheRest() {
        Outcome run = launch("nosuch");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("no example named 'nosuch'");
        for (Example e : Main.examples()) {
            assertThat(run.err()).contains(e.name());
        }
    }

    @Test
    void badOptions_exitTwoWithAMessageNamingTheOption() {
        assertThat(launch("iris", "--kk", "3").err()).contains("has no option --kk", "--k (default 3)");
        assertThat(launch("iris", "--k", "three").err()).contains("--k must be a whole number, not 'three'");
        assertThat(launch("iris", "--k", "0").err()).contains("--k must be between 1 and 150, not 0");
        assertThat(launch("iris", "--k").err()).contains("option --k needs a value");
        assertThat(launch("iris", "--window", "maybe").err()).contains("--window must be auto, yes or no");
        assertThat(launch("iris", "--window", "yes").err()).contains("no display");
        assertThat(launch("quantize", "--ks", "4,x").err()).contains("--ks must be whole numbers");
        assertThat(launch("iris", "--kk", "3").status()).isEqualTo(2);
    }

    static int indexOfPrefix(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
