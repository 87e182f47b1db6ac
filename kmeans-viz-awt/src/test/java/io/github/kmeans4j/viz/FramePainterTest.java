package io.github.kmeans4j.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.recording.Frame;
import io.github.kmeans4j.Initializer;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.recording.Recording;
import io.github.kmeans4j.recording.RunRecorder;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FramePainterTest {

    private static final int W = 800;
    private static final int H = 600;
    private final Palette palette = Palette.standard();

    static Recording record(Dataset data, double[][] initial) {
        RunRecorder recorder = new RunRecorder();
        KMeans.builder().k(initial.length).initializer(Initializer.given(initial)).seed(1).threads(1)
                .listener(recorder).build().fit(data);
        return recorder.recording();
    }

    /** Two square clusters whose means are (0, 0) and (10, 0), started at those means. */
    private static Recording twoSquares() {
        Dataset data = Dataset.of(new double[][] {
            {-1, 0}, {1, 0}, {0, -1}, {0, 1},
            {9, 0}, {11, 0}, {10, -1}, {10, 1}});
        return record(data, new double[][] {{0, 0}, {10, 0}});
    }

    private static int lastFrame(Recording r) {
        return r.size() - 1;
    }

    private static int rgb(BufferedImage image, double[] pixel) {
        return image.getRGB((int) Math.floor(pixel[0]), (int) Math.floor(pixel[1])) & 0xFFFFFF;
    }

    /**
     * In {@code image}, frame {@code f} of {@code painter} at the image's size: the centre of each
     * centroid's marker has its cluster's colour (markers drawn within {@code minGap} pixels of
     * another are skipped, as one may cover the other), and the top-left corner is the white background.
     */
    static void assertMarkersAndBackground(BufferedImage image, FramePainter painter, int f, double[][] centroids,
                                           double minGap) {
        int w = image.getWidth();
        int h = image.getHeight();
        assertThat(image.getRGB(0, 0) & 0xFFFFFF).as("background at the top-left corner of frame %d", f)
                .isEqualTo(0xFFFFFF);
        double[][] pixels = new double[centroids.length][];
        for (int j = 0; j < centroids.length; j++) {
            pixels[j] = painter.pixelOf(f, centroids[j], w, h);
        }
        for (int j = 0; j < centroids.length; j++) {
            boolean apart = true;
            for (int other = 0; other < centroids.length; other++) {
                apart &= other == j || Math.hypot(pixels[j][0] - pixels[other][0], pixels[j][1] - pixels[other][1]) >= minGap;
            }
            assertThat(pixels[j][0]).as("x of centroid %d in frame %d at %dx%d", j, f, w, h).isBetween(0.0, w - 1.0);
            assertThat(pixels[j][1]).as("y of centroid %d in frame %d at %dx%d", j, f, w, h).isBetween(0.0, h - 1.0);
            if (apart) {
                assertThat(rgb(image, pixels[j])).as("centre of centroid %d's marker in frame %d at %dx%d", j, f, w, h)
                        .isEqualTo(Palette.standard().color(j).getRGB() & 0xFFFFFF);
            }
        }
    }

    @Test
    void render_atProjectedCentroids_showsTheClusterColour() {
        Recording run = twoSquares();
        FramePainter painter = FramePainter.of(run);
        int f = lastFrame(run);
        BufferedImage image = painter.render(f, W, H);
        assertThat(rgb(image, painter.pixelOf(f, new double[] {0, 0}, W, H)))
                .isEqualTo(palette.color(0).getRGB() & 0xFFFFFF);
        assertThat(rgb(image, painter.pixelOf(f, new double[] {10, 0}, W, H)))
                .isEqualTo(palette.color(1).getRGB() & 0xFFFFFF);
    }

    /** A note is written at the foot of the frame: dark text pixels where the frame without it is blank. */
    @Test
    void note_isWrittenAtTheFootOfEveryFrame() {
        Recording run = twoSquares();
        FramePainter plain = FramePainter.of(run);
        FramePainter noted = FramePainter.builder(run).note("A sample of 8 of 8 000 000 rows").build();
        for (int f : new int[] {0, lastFrame(run)}) {
            BufferedImage without = plain.render(f, W, H);
            BufferedImage with = noted.render(f, W, H);
            int darkBelow = 0;
            for (int y = H - 40; y < H; y++) {
                for (int x = 0; x < W / 3; x++) {
                    int a = with.getRGB(x, y) & 0xFFFFFF;
                    int b = without.getRGB(x, y) & 0xFFFFFF;
                    if (a != b && (a & 0xFF) < 0x90) {
                        darkBelow++;
                    }
                }
            }
            assertThat(darkBelow).as("dark note pixels in the foot of frame %d", f).isGreaterThan(100);
        }
        assertThatThrownBy(() -> FramePainter.builder(run).note(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void render_insideKnownVoronoiCells_showsTheirTints() {
        Recording run = twoSquares();
        FramePainter painter = FramePainter.of(run);
        int f = lastFrame(run);
        BufferedImage image = painter.render(f, W, H);
        int tint0 = palette.tint(0, FramePainter.REGION_TINT).getRGB() & 0xFFFFFF;
        int tint1 = palette.tint(1, FramePainter.REGION_TINT).getRGB() & 0xFFFFFF;
        // The boundary is the line x = 5; these places are far from it and from every point and marker.
        assertThat(rgb(image, painter.pixelOf(f, new double[] {3, 2.5}, W, H))).isEqualTo(tint0);
        assertThat(rgb(image, painter.pixelOf(f, new double[] {-1.5, -2.5}, W, H))).isEqualTo(tint0);
        assertThat(rgb(image, painter.pixelOf(f, new double[] {7, -2.5}, W, H))).isEqualTo(tint1);
        assertThat(rgb(image, painter.pixelOf(f, new double[] {11, 2.5}, W, H))).isEqualTo(tint1);
    }

    @Test
    void render_regions_matchABruteForceNearestCentroidInDataSpace() {
        SplittableRandom random = new SplittableRandom(42);
        double[][] rows = new double[12][2];
        for (double[] row : rows) {
            row[0] = random.nextDouble() * 30;
            row[1] = random.nextDouble() * 20;
        }
        double[][] initial = {rows[0].clone(), rows[1].clone(), rows[2].clone(), rows[3].clone(), rows[4].clone()};
        Recording run = record(Dataset.of(rows), initial);
        FramePainter painter = FramePainter.builder(run).trails(false).build();
        for (int f = 0; f < run.size(); f++) {
            Frame frame = run.frame(f);
            if (frame.centroidCount() < 2) {
                continue;
            }
            BufferedImage image = painter.render(f, W, H);
            // Pixel <-> data is affine: recover it from three points.
            double[] o = painter.pixelOf(f, new double[] {0, 0}, W, H);
            double[] ex = painter.pixelOf(f, new double[] {1, 0}, W, H);
            double[] ey = painter.pixelOf(f, new double[] {0, 1}, W, H);
            double sx = ex[0] - o[0];
            double sy = ey[1] - o[1];
            double[][] c = frame.centroids();
            int[] tints = new int[c.length];
            for (int j = 0; j < c.length; j++) {
                tints[j] = palette.tint(j, FramePainter.REGION_TINT).getRGB() & 0xFFFFFF;
            }
            int checked = 0;
            int sampled = 0;
            for (int py = 0; py < H; py += 3) {
                for (int px = 0; px < W; px += 3) {
                    int colour = image.getRGB(px, py) & 0xFFFFFF;
                    int tint = indexOf(tints, colour);
                    if (tint < 0) {
                        continue; // not a region pixel: a point, a marker, text, the panel
                    }
                    sampled++;
                    double x = (px + 0.5 - o[0]) / sx;
                    double y = (py + 0.5 - o[1]) / sy;
                    int nearest = 0;
                    double best = Double.POSITIVE_INFINITY;
                    double second = Double.POSITIVE_INFINITY;
                    for (int j = 0; j < c.length; j++) {
                        double d = Math.hypot(x - c[j][0], y - c[j][1]);
                        if (d < best) {
                            second = best;
                            best = d;
                            nearest = j;
                        } else if (d < second) {
                            second = d;
                        }
                    }
                    if (second - best < 2 / Math.abs(sx)) {
                        continue; // within a pixel or so of a boundary
                    }
                    checked++;
                    assertThat(tint).as("frame %d, pixel (%d, %d), data (%.3f, %.3f)", f, px, py, x, y)
                            .isEqualTo(nearest);
                }
            }
            assertThat(checked).as("region pixels checked in frame %d", f).isGreaterThan(10_000);
            assertThat(sampled).isGreaterThanOrEqualTo(checked);
        }
    }

    @Test
    void render_oneDimension_regionsAreBandsSplitAtTheMidpoint() {
        Dataset data = Dataset.ofValues(0, 1, 2, 10, 11, 12);
        Recording run = record(data, new double[][] {{1}, {11}});
        FramePainter painter = FramePainter.of(run);
        int f = lastFrame(run);
        BufferedImage image = painter.render(f, W, H);
        int tint0 = palette.tint(0, FramePainter.REGION_TINT).getRGB() & 0xFFFFFF;
        int tint1 = palette.tint(1, FramePainter.REGION_TINT).getRGB() & 0xFFFFFF;
        double[] left = painter.pixelOf(f, new double[] {5.5}, W, H);
        double[] right = painter.pixelOf(f, new double[] {6.5}, W, H);
        // Near the top of the plot, where no point is drawn: the band changes at x = 6.
        int top = (int) (H * 0.25);
        assertThat(image.getRGB((int) left[0], top) & 0xFFFFFF).isEqualTo(tint0);
        assertThat(image.getRGB((int) right[0], top) & 0xFFFFFF).isEqualTo(tint1);
        assertThat(rgb(image, painter.pixelOf(f, new double[] {1}, W, H))).isEqualTo(palette.color(0).getRGB() & 0xFFFFFF);
    }

    @Test
    void render_beforeTheFirstAssignment_drawsPointsGrey() {
        Dataset data = Dataset.of(new double[][] {{0, 0}, {4, 0}, {0, 4}, {4, 4}, {2, 9}});
        Recording run = record(data, new double[][] {{1, 1}, {3, 8}});
        FramePainter painter = FramePainter.of(run);
        int initialized = -1;
        int finished = lastFrame(run);
        for (int i = 0; i < run.size(); i++) {
            if (run.frame(i).phase() == Frame.Phase.INITIALIZED) {
                initialized = i;
            }
        }
        assertThat(initialized).isGreaterThanOrEqualTo(0);
        int[] labels = run.frame(finished).labels().orElseThrow();
        BufferedImage before = painter.render(initialized, W, H);
        BufferedImage after = painter.render(finished, W, H);
        for (int i = 0; i < data.n(); i++) {
            assertThat(rgb(before, painter.pixelOf(initialized, data.row(i), W, H))).as("point %d before", i)
                    .isEqualTo(palette.unassigned().getRGB() & 0xFFFFFF);
            assertThat(rgb(after, painter.pixelOf(finished, data.row(i), W, H))).as("point %d after", i)
                    .isEqualTo(palette.color(labels[i]).getRGB() & 0xFFFFFF);
        }
    }

    @Test
    void render_trueClassView_coloursPointsByClass() {
        Dataset data = Dataset.of(new double[][] {{0, 0}, {4, 0}, {0, 4}, {4, 4}, {2, 9}});
        Recording run = record(data, new double[][] {{1, 1}, {3, 8}});
        int[] classes = {2, 0, 1, 0, 2};
        FramePainter painter = FramePainter.builder(run).trueClasses(classes)
                .colourBy(FramePainter.ColourBy.TRUE_CLASSES).build();
        int f = lastFrame(run);
        BufferedImage image = painter.render(f, W, H);
        for (int i = 0; i < data.n(); i++) {
            assertThat(rgb(image, painter.pixelOf(f, data.row(i), W, H))).as("point %d", i)
                    .isEqualTo(palette.color(classes[i]).getRGB() & 0xFFFFFF);
        }
        assertThat(painter.withColourBy(FramePainter.ColourBy.CLUSTERS).colourBy())
                .isEqualTo(FramePainter.ColourBy.CLUSTERS);
    }

    @Test
    void render_manyPoints_drawsASampleAndStaysFast() {
        SplittableRandom random = new SplittableRandom(9);
        double[][] rows = new double[60_000][2];
        for (int i = 0; i < rows.length; i++) {
            rows[i][0] = (i % 3) * 10 + random.nextDouble();
            rows[i][1] = random.nextDouble();
        }
        Recording run = record(Dataset.of(rows), new double[][] {{0, 0}, {10, 0}, {20, 0}});
        FramePainter painter = FramePainter.builder(run).maxPointsDrawn(5_000).build();
        BufferedImage image = painter.render(lastFrame(run), 400, 300);
        assertMarkersAndBackground(image, painter, lastFrame(run), run.frame(lastFrame(run)).centroids(), 0);
        // Far from every marker, a point of the middle square (all in cluster 1) shows cluster 1's colour.
        int[] labels = run.frame(lastFrame(run)).labels().orElseThrow();
        double[] corner = painter.pixelOf(lastFrame(run), new double[] {10, 0}, 400, 300);
        int pointsThere = 0;
        for (int i = 0; i < rows.length; i++) {
            double[] p = painter.pixelOf(lastFrame(run), rows[i], 400, 300);
            if (Math.abs(p[0] - corner[0]) < 1 && Math.abs(p[1] - corner[1]) < 1) {
                assertThat(labels[i]).isEqualTo(1);
                pointsThere++;
            }
        }
        assertThat(pointsThere).as("points drawn near (10, 0)").isPositive();
        // Every drawn point lands in the plot: the sample's rows are distinct, sorted and in range.
        int[] sample = Projection.sampleRows(rows.length, 5_000, 3);
        assertThat(sample).hasSize(5_000).isSorted();
        assertThat(sample[0]).isGreaterThanOrEqualTo(0);
        assertThat(sample[sample.length - 1]).isLessThan(rows.length);
        for (int i = 1; i < sample.length; i++) {
            assertThat(sample[i]).isGreaterThan(sample[i - 1]);
        }
    }

    @Test
    void paint_anyFrameAnySize_neverFails() {
        Recording run = twoSquares();
        FramePainter painter = FramePainter.of(run);
        int[][] sizes = {{50, 50}, {120, 900}, {1600, 200}, {333, 251}};
        for (int f = 0; f < run.size(); f++) {
            for (int[] size : sizes) {
                BufferedImage image = painter.render(f, size[0], size[1]);
                assertThat(image.getWidth()).isEqualTo(size[0]);
                assertThat(image.getHeight()).isEqualTo(size[1]);
                if (size[1] >= 200) {
                    assertMarkersAndBackground(image, painter, f, run.frame(f).centroids(), 0);
                } else {
                    // 50 pixels high: the header fills the image and the plot lies below it.
                    assertThat(image.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFFFFFF);
                }
            }
        }
    }

    @Test
    void render_restartsAndEmptyClusterRepairs_everyFrameDraws() {
        Dataset data = Dataset.of(new double[][] {{0, 0}, {1, 0}, {0, 1}, {10, 10}, {11, 10}, {10, 11}});
        // A centroid far from every point: its cluster is empty after the first assignment.
        Recording repaired = record(data, new double[][] {{0, 0}, {10, 10}, {50, -40}});
        int repairs = 0;
        FramePainter painter = FramePainter.of(repaired);
        for (int f = 0; f < repaired.size(); f++) {
            repairs += repaired.frame(f).phase() == Frame.Phase.EMPTY_CLUSTER_REPAIRED ? 1 : 0;
            assertMarkersAndBackground(painter.render(f, 320, 240), painter, f, repaired.frame(f).centroids(), 12);
        }
        assertThat(repairs).isPositive();

        RunRecorder recorder = new RunRecorder();
        KMeans.builder().k(2).restarts(3).seed(4).threads(1).listener(recorder).build().fit(data);
        Recording restarts = recorder.recording();
        FramePainter many = FramePainter.of(restarts);
        assertThat(many.frameCount()).isEqualTo(restarts.events().size());
        for (int f = 0; f < restarts.size(); f++) {
            assertMarkersAndBackground(many.render(f, 320, 240), many, f, restarts.frame(f).centroids(), 12);
        }
    }

    @Test
    void badArguments_areRejectedWithTheirValues() {
        Recording run = twoSquares();
        FramePainter painter = FramePainter.of(run);
        assertThatIllegalArgumentException().isThrownBy(() -> painter.render(run.size(), W, H))
                .withMessageContaining("frame " + run.size());
        assertThatIllegalArgumentException().isThrownBy(() -> painter.render(0, 10, H)).withMessageContaining("10×600");
        assertThatIllegalArgumentException().isThrownBy(() -> painter.paint(null, 0, W, H));
        assertThatIllegalArgumentException().isThrownBy(() -> FramePainter.builder(run).trueClasses(new int[3]))
                .withMessageContaining("8");
        assertThatIllegalArgumentException().isThrownBy(() -> FramePainter.builder(run).trueClasses(new int[] {0, 0, 0, 0, 0, 0, -1, 0}))
                .withMessageContaining("point 6");
        assertThatIllegalArgumentException().isThrownBy(() -> FramePainter.builder(run)
                .classNames(java.util.Arrays.asList("a", null))).withMessageContaining("class name 1");
        assertThatIllegalStateException().isThrownBy(() -> FramePainter.builder(run)
                .colourBy(FramePainter.ColourBy.TRUE_CLASSES).build());
        assertThatIllegalArgumentException().isThrownBy(() -> painter.withColourBy(FramePainter.ColourBy.TRUE_CLASSES));
        assertThatIllegalArgumentException().isThrownBy(() -> painter.pixelOf(0, new double[3], W, H))
                .withMessageContaining("2 values");
    }

    @Test
    void dataOf_undoesPixelOf_forBothColumnOrdersAndEverySize() {
        SplittableRandom random = new SplittableRandom(7);
        double[][] rows = new double[40][2];
        for (double[] row : rows) {
            row[0] = random.nextDouble() * 30 - 5;
            row[1] = random.nextDouble() * 4 + 100;
        }
        Dataset data = Dataset.of(rows);
        Recording run = record(data, new double[][] {rows[0].clone(), rows[1].clone(), rows[2].clone()});
        FramePainter straight = FramePainter.of(run);
        FramePainter swapped = FramePainter.builder(run).projection(Projection.columns(data, 1, 0)).build();
        int[][] sizes = {{W, H}, {300, 900}, {50, 50}};
        for (FramePainter painter : new FramePainter[] {straight, swapped}) {
            for (int f = 0; f < run.size(); f++) {
                for (int[] size : sizes) {
                    for (int i = 0; i < 5; i++) {
                        double[] point = {random.nextDouble() * 60 - 20, random.nextDouble() * 10 + 97};
                        double[] pixel = painter.pixelOf(f, point, size[0], size[1]);
                        double[] back = painter.dataOf(f, pixel[0], pixel[1], size[0], size[1]);
                        assertThat(back[0]).as("x, frame %d, size %s", f, size[0] + "x" + size[1])
                                .isCloseTo(point[0], org.assertj.core.data.Offset.offset(1e-9));
                        assertThat(back[1]).as("y, frame %d", f)
                                .isCloseTo(point[1], org.assertj.core.data.Offset.offset(1e-9));
                    }
                }
            }
        }
        // The swapped view shows column 1 horizontally: moving right changes column 1 only.
        double[] a = swapped.dataOf(0, 100, 200, W, H);
        double[] b = swapped.dataOf(0, 300, 200, W, H);
        assertThat(b[0]).isEqualTo(a[0]);
        assertThat(b[1]).isGreaterThan(a[1]);
    }

    @Test
    void dataOf_refusesViewsThatAreNotTheDataInAPlane_andBadPixels() {
        Recording line = record(Dataset.of(new double[][] {{1}, {2}, {8}, {9}}), new double[][] {{1}, {9}});
        assertThatIllegalStateException().isThrownBy(() -> FramePainter.of(line).dataOf(0, 100, 100, W, H))
                .withMessageContaining("exact 2-D view");
        Recording cube = record(Dataset.of(new double[][] {{0, 0, 0}, {1, 0, 1}, {5, 5, 4}, {6, 5, 6}, {0, 1, 0}}),
                new double[][] {{0, 0, 0}, {5, 5, 5}});
        assertThatIllegalStateException().isThrownBy(() -> FramePainter.of(cube).dataOf(0, 100, 100, W, H))
                .withMessageContaining("principal components");
        FramePainter plane = FramePainter.of(twoSquares());
        assertThatIllegalArgumentException().isThrownBy(() -> plane.dataOf(0, Double.NaN, 1, W, H))
                .withMessageContaining("finite");
        assertThatIllegalArgumentException().isThrownBy(() -> plane.dataOf(99, 1, 1, W, H))
                .withMessageContaining("frame 99");
    }

    private static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }

    static int argb(Color c) {
        return c.getRGB();
    }
}
