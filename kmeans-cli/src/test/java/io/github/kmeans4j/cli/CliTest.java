package io.github.kmeans4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command end to end on small files: exit statuses, the files it writes parsed back and
 * compared with values worked out by hand, and errors that name file, line and column.
 */
class CliTest {
    @TempDir
    Path dir;

    /** What one run printed and returned. */
    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Cli.run(args, o, e);
        }
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * Three squares of four points, far apart: (0,0)-(1,1), (10,10)-(11,11), (20,0)-(21,1); the
     * clusters are the squares and the centroids their centres, (0.5, 0.5), (10.5, 10.5) and
     * (20.5, 0.5). Column y is multiplied by {@code yUnit}.
     */
    private Path squares(String name, double yUnit) throws IOException {
        double[][] corners = {{0, 0}, {10, 10}, {20, 0}};
        StringBuilder csv = new StringBuilder("x,y,square\n");
        for (int s = 0; s < 3; s++) {
            for (int dx = 0; dx <= 1; dx++) {
                for (int dy = 0; dy <= 1; dy++) {
                    csv.append(corners[s][0] + dx).append(',').append((corners[s][1] + dy) * yUnit).append(",sq")
                            .append(s).append('\n');
                }
            }
        }
        Path file = dir.resolve(name);
        Files.writeString(file, csv);
        return file;
    }

    private static List<String[]> csv(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            rows.add(line.split(","));
        }
        return rows;
    }

    /** The centroids of a centroid CSV, sorted by their first coordinate. */
    private static double[][] centroidsOf(Path file) throws IOException {
        List<String[]> rows = csv(file);
        double[][] out = new double[rows.size() - 1][];
        for (int i = 1; i < rows.size(); i++) {
            out[i - 1] = Arrays.stream(rows.get(i)).skip(1).mapToDouble(Double::parseDouble).toArray();
        }
        Arrays.sort(out, (a, b) -> Double.compare(a[0], b[0]));
        return out;
    }

    @Test
    void fit_threeSquares_labelsAndCentroidsAsWorkedOutByHand() throws IOException {
        Path data = squares("squares.csv", 1);
        Run r = run("fit", data.toString(), "--k", "3", "--label-column", "square", "--quiet",
                "--labels", dir.resolve("labels.csv").toString(), "--centroids", dir.resolve("c.csv").toString());
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("12 rows, 2 columns (x, y)", "adjusted Rand index against the label column: 1");

        List<String[]> labels = csv(dir.resolve("labels.csv"));
        assertThat(labels.get(0)).containsExactly("cluster");
        assertThat(labels).hasSize(13);
        for (int s = 0; s < 3; s++) {   // the four rows of a square share a cluster, no other square has it
            String cluster = labels.get(1 + 4 * s)[0];
            for (int i = 0; i < 12; i++) {
                assertThat(labels.get(1 + i)[0].equals(cluster)).isEqualTo(i / 4 == s);
            }
        }
        assertThat(csv(dir.resolve("c.csv")).get(0)).containsExactly("cluster", "x", "y");
        assertThat(centroidsOf(dir.resolve("c.csv"))).isDeepEqualTo(new double[][] {{0.5, 0.5}, {10.5, 10.5},
                {20.5, 0.5}});
    }

    @Test
    void fit_scaled_centroidsStillInTheFilesUnits() throws IOException {
        // y in thousandths: without scaling y would dominate; the centroids come back in the file's units
        Path data = squares("milli.csv", 1000);
        for (String scaler : List.of("standard", "min-max", "robust")) {
            Path c = dir.resolve("c-" + scaler + ".csv");
            Run r = run("fit", data.toString(), "--k", "3", "--columns", "x,y", "--scale", scaler, "--quiet",
                    "--centroids", c.toString());
            assertThat(r.status()).as(scaler).isZero();
            assertThat(r.out()).contains("scaled " + scaler, "(in scaled units)");
            double[][] centroids = centroidsOf(c);
            double[][] expected = {{0.5, 500}, {10.5, 10500}, {20.5, 500}};
            for (int j = 0; j < 3; j++) {
                assertThat(centroids[j][0]).as(scaler).isCloseTo(expected[j][0], within(1e-12));
                assertThat(centroids[j][1]).as(scaler).isCloseTo(expected[j][1], within(1e-9));
            }
        }
    }

    @Test
    void predict_withTheSavedModel_labelsNewRowsByTheNearestCentroid() throws IOException {
        Path data = squares("squares.csv", 1000);
        Path model = dir.resolve("model.json");
        Path labels = dir.resolve("labels.csv");
        assertThat(run("fit", data.toString(), "--k", "3", "--columns", "x,y", "--scale", "standard", "--quiet",
                "--model", model.toString(), "--labels", labels.toString()).status()).isZero();
        List<String[]> fitted = csv(labels);

        // new rows, columns in another order and an extra column: read by name
        Path fresh = dir.resolve("new.csv");
        Files.writeString(fresh, "note,y,x\na,400,0.7\nb,10600,10.2\nc,900,20.9\nd,-50,-1\n");
        Run r = run("predict", model.toString(), fresh.toString());
        assertThat(r.status()).isZero();
        List<String> predicted = r.out().lines().toList();
        assertThat(predicted).containsExactly("cluster", fitted.get(1)[0], fitted.get(5)[0], fitted.get(9)[0],
                fitted.get(1)[0]);

        Object json = Json.read(model);
        assertThat(json).isInstanceOf(Map.class);
        assertThat(((Map<?, ?>) json).get("format")).isEqualTo("kmeans4j-model");
    }

    @Test
    void fit_centroidsAsJson_andWhitespaceInput() throws IOException {
        Path data = dir.resolve("blank.txt");
        Files.writeString(data, "0 0\n  0 1\n1\t0\n1 1  \n\n10 10\n10 11\n11 10\n11 11\n");
        Path json = dir.resolve("c.json");
        Run r = run("fit", data.toString(), "--k", "2", "--no-header", "--delimiter", "whitespace", "--quiet",
                "--centroids", json.toString());
        assertThat(r.status()).isZero();
        Map<?, ?> root = (Map<?, ?>) Json.read(json);
        assertThat(root.get("columns")).isEqualTo(List.of("x0", "x1"));
        List<?> rows = (List<?>) root.get("centroids");
        double[][] centroids = {Json.numbers(rows.get(0), "c", "t"), Json.numbers(rows.get(1), "c", "t")};
        Arrays.sort(centroids, (a, b) -> Double.compare(a[0], b[0]));
        assertThat(centroids).isDeepEqualTo(new double[][] {{0.5, 0.5}, {10.5, 10.5}});
    }

    @Test
    void chooseK_threeSeparateGroups_recommendsThree() throws IOException {
        StringBuilder csv = new StringBuilder("x,y\n");
        double[][] centres = {{0, 0}, {30, 0}, {0, 30}};
        for (double[] c : centres) {
            for (int i = 0; i < 25; i++) {   // a 5 x 5 grid of step 0.5 around each centre
                csv.append(c[0] + 0.5 * (i % 5)).append(',').append(c[1] + 0.5 * (i / 5)).append('\n');
            }
        }
        Path data = dir.resolve("three.csv");
        Files.writeString(data, csv);
        Run r = run("choose-k", data.toString(), "--k", "1..6");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("| 3 |").contains("Recommended: K = 3");
    }

    @Test
    void fit_animations_aGifWithFramesAndAPlayer() throws IOException {
        Path data = squares("squares.csv", 1);
        Path gif = dir.resolve("run.gif");
        Path html = dir.resolve("run.html");
        Path mp4 = dir.resolve("run.mp4");
        Run r = run("fit", data.toString(), "--k", "3", "--label-column", "square", "--quiet", "--gif",
                gif.toString(), "--html", html.toString(), "--mp4", mp4.toString());
        assertThat(r.status()).isZero();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isGreaterThan(3);   // seeds, assignments, updates, end
            assertThat(reader.getWidth(0)).isEqualTo(800);
        }
        assertThat(Files.readString(html)).containsIgnoringCase("<html");
        // an MP4 file: its first box is "ftyp" (ISO base media format); decoding is Mp4ExportTest's
        byte[] head = java.util.Arrays.copyOfRange(Files.readAllBytes(mp4), 4, 8);
        assertThat(new String(head, StandardCharsets.US_ASCII)).isEqualTo("ftyp");
    }

    @Test
    void fit_smooth_gifHoldsPicturesBetweenTheFrames() throws IOException {
        Path data = squares("squares.csv", 1);
        Path plain = dir.resolve("plain.gif");
        Path smooth = dir.resolve("smooth.gif");
        assertThat(run("fit", data.toString(), "--k", "3", "--label-column", "square", "--quiet", "--gif", plain.toString())
                .status()).isZero();
        assertThat(run("fit", data.toString(), "--k", "3", "--label-column", "square", "--quiet", "--smooth", "--gif",
                smooth.toString()).status())
                .isZero();
        int plainFrames = gifFrames(plain);
        int smoothFrames = gifFrames(smooth);
        // the same fit: every frame again, and 8 pictures before each frame something moves into
        assertThat(smoothFrames).isGreaterThan(plainFrames);
        assertThat((smoothFrames - plainFrames) % 8).isZero();
    }

    private static int gifFrames(Path gif) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            return reader.getNumImages(true);
        }
    }

    @Test
    void badFile_exitOneNamingFileLineAndColumn() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "a,b\n1,2\n3,x\n");
        Run r = run("fit", bad.toString(), "--k", "1");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err().lines()).singleElement().asString()
                .startsWith("kmeans4j: ").contains(bad.toString(), "line 3", "column 2", "\"x\"");
        Run missing = run("fit", dir.resolve("nope.csv").toString(), "--k", "1");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.csv: no such file");
        Path notModel = dir.resolve("m.json");
        Files.writeString(notModel, "{\"format\": \"something else\"}");
        assertThat(run("predict", notModel.toString(), bad.toString()).err()).contains("not a kmeans4j model");
    }

    @Test
    void wrongCommandLine_exitTwoWithOneLine() throws IOException {
        Path data = squares("squares.csv", 1);
        for (String[] args : List.of(new String[] {"fit", data.toString()},
                new String[] {"fit", data.toString(), "--k", "3", "--k", "3"},
                new String[] {"fit", data.toString(), "--k", "three"},
                new String[] {"fit", data.toString(), "--k", "13", "--columns", "x,y"},
                new String[] {"fit", data.toString(), "--k", "3", "--colour", "red"},
                new String[] {"fit", "--k", "3"},
                new String[] {"fit", data.toString(), "--k", "3", "--scale", "log"},
                new String[] {"cluster", data.toString()})) {
            Run r = run(args);
            assertThat(r.status()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err().lines()).as(String.join(" ", args)).singleElement().asString().startsWith("kmeans4j: ");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void helpAndVersion_exitZero() {
        assertThat(run("help").out()).contains("kmeans4j fit FILE --k K", "Exit status");
        assertThat(run("help", "fit").out()).contains("--scale NAME");
        assertThat(run("fit", "--help").status()).isZero();
        assertThat(run("--version").out()).startsWith("kmeans4j ").doesNotContain("${");
        assertThat(run().status()).isEqualTo(2);
    }
}
