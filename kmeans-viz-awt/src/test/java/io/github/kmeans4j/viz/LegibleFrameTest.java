package io.github.kmeans4j.viz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.StopReason;
import io.github.kmeans4j.data.BundledData;
import io.github.kmeans4j.data.LabeledData;
import io.github.kmeans4j.recording.RunRecorder;
import io.github.kmeans4j.viz.internal.Theme;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Legible frames: score panels with ticks, the current point highlighted with its value, reference
 * labels off their lines and off the data, the plot in the same place in every frame, axis titles
 * and stop reasons in words.
 */
class LegibleFrameTest {
    private static boolean near(Color a, Color b, int tolerance) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue()) <= tolerance;
    }

    private static int count(BufferedImage image, Rectangle2D box, Color colour, int tolerance) {
        int found = 0;
        for (int y = (int) box.getMinY(); y < (int) Math.ceil(box.getMaxY()); y++) {
            for (int x = (int) box.getMinX(); x < (int) Math.ceil(box.getMaxX()); x++) {
                if (near(new Color(image.getRGB(x, y)), colour, tolerance)) {
                    found++;
                }
            }
        }
        return found;
    }

    /** A silhouette-like series over 6 iterations, with reference lines at 0.50 and 0.75. */
    private static final ScoreSeries SERIES = ScoreSeries.of("silhouette",
            new double[][] {{0.30, 0.42, 0.55, 0.62, 0.64, 0.65}}, 0.50, 0.75);

    @Test
    void scorePanel_ticksOnBothAxes_currentPointHighlightedWithItsValue_referencesLabelledClear() {
        BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        ScorePanel.Geometry geo;
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 300, 200);
            geo = ScorePanel.paint(g, Theme.scaled(1), SERIES, 0, 5, 3, 0, 0, 300, 200);
        } finally {
            g.dispose();
        }
        assertThat(geo).isNotNull();
        assertThat(geo.yTicks().length).isGreaterThanOrEqualTo(2);
        assertThat(geo.xTicks()).contains(2.0, 4.0);
        // tick marks: the column just left of the plot holds dark pixels at as many rows as ticks
        int dark = 0;
        int x = geo.plot().x - 2;
        for (int y = geo.plot().y; y <= geo.plot().y + geo.plot().height; y++) {
            if (near(new Color(image.getRGB(x, y)), Theme.INK, 90)) {
                dark++;
            }
        }
        assertThat(dark).isGreaterThanOrEqualTo(geo.yTicks().length);
        // the current point (iteration 3, 0.55) is vermillion, and its value is written in vermillion
        Rectangle2D dot = geo.current();
        assertThat(near(new Color(image.getRGB((int) dot.getCenterX(), (int) dot.getCenterY())), Theme.HIGHLIGHT, 20))
                .isTrue();
        assertThat(count(image, geo.valueBox(), Theme.HIGHLIGHT, 120)).isGreaterThan(5);
        assertThat(count(image, geo.valueBox(), Theme.SERIES, 40)).isZero();
        // reference labels: drawn, off their own dashed line, and no series pixel under them
        assertThat(geo.referenceBoxes()).hasSize(2);
        for (Rectangle2D box : geo.referenceBoxes()) {
            assertThat(count(image, box, Theme.MUTED, 120)).isGreaterThan(3);
            assertThat(count(image, box, Theme.SERIES, 40)).isZero();
            assertThat(count(image, box, Theme.REFERENCE, 10)).as("no dash inside the label").isZero();
        }
    }

    @Test
    void everyFrame_putsThePlotInTheSameRectangle_evenWhenCaptionsWrap() {
        LabeledData iris = BundledData.IRIS.load().columns(0, 1);
        RunRecorder recorder = new RunRecorder();
        KMeans.builder().k(3).seed(7).listener(recorder).build().fit(iris.data());
        FramePainter painter = FramePainter.of(recorder.recording());
        // the pixel of a fixed data point is the same in every frame (at a narrow size, where
        // seeding captions wrap onto two lines and others take one)
        double[] point = {5.0, 3.0};
        double[] first = painter.pixelOf(0, point, 360, 300);
        for (int f = 1; f < painter.frameCount(); f++) {
            assertThat(painter.pixelOf(f, point, 360, 300)).as("frame %d", f).containsExactly(first);
        }
    }

    @Test
    void axisTitles_fromColumnNames_andSettable() {
        assertThat(Text.axisTitle("sepal_length_cm")).isEqualTo("Sepal length (cm)");
        assertThat(Text.axisTitle("alcohol_pct")).isEqualTo("Alcohol (%)");
        assertThat(Text.axisTitle("flavanoids")).isEqualTo("flavanoids");
        assertThat(Text.axisTitle("PC1 (92.5 % var.)")).isEqualTo("PC1 (92.5 % var.)");
        assertThat(Text.axisTitle("od280-od315")).isEqualTo("Od280 od315");
        LabeledData iris = BundledData.IRIS.load().columns(0, 1);
        assertThat(Projection.auto(iris.data()).xLabel()).isEqualTo("Sepal length (cm)");
    }

    @Test
    void stopReasonsAndPolicies_inWords() {
        for (StopReason r : StopReason.values()) {
            assertThat(r.description()).doesNotContain("_").isNotEqualTo(r.name());
        }
        assertThat(StopReason.LABELS_STABLE.description()).isEqualTo("no point changed cluster");
        assertThat(List.of(io.github.kmeans4j.EmptyClusterPolicy.values()))
                .allSatisfy(p -> assertThat(Text.policy(p)).doesNotContain("_"));
    }

    @Test
    void trueClassView_showsTheTruthAlone_noCentroidsTrailsOrRegions() {
        LabeledData iris = BundledData.IRIS.load().columns(0, 1);
        RunRecorder recorder = new RunRecorder();
        KMeans.builder().k(3).seed(7).listener(recorder).build().fit(iris.data());
        FramePainter truth = FramePainter.builder(recorder.recording()).trueClasses(iris.labels())
                .colourBy(FramePainter.ColourBy.TRUE_CLASSES).build();
        // frames of different moments of the run differ only in the frame counter at the top:
        // below the header nothing depends on where the centroids are
        BufferedImage early = truth.render(4, 800, 600);
        BufferedImage last = truth.render(truth.frameCount() - 1, 800, 600);
        int differing = 0;
        for (int y = 90; y < 600; y++) {
            for (int x = 0; x < 800; x++) {
                if (early.getRGB(x, y) != last.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        assertThat(differing).isZero();
        // while in the clusters' view the same two frames differ (centroids, trails, regions)
        FramePainter clusters = truth.withColourBy(FramePainter.ColourBy.CLUSTERS);
        BufferedImage a = clusters.render(4, 800, 600);
        BufferedImage b = clusters.render(clusters.frameCount() - 1, 800, 600);
        int changed = 0;
        for (int y = 90; y < 600; y += 3) {
            for (int x = 0; x < 800; x += 3) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    changed++;
                }
            }
        }
        assertThat(changed).isGreaterThan(100);
    }
}
