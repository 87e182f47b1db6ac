package io.github.kmeans4j.benchmarks;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.recording.Recording;
import io.github.kmeans4j.recording.RunRecorder;
import io.github.kmeans4j.viz.FramePainter;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Average time to paint one 800×600 frame of a recorded run with every layer on: Voronoi
 * regions, the points coloured by cluster, trails, centroids, header, legend and score charts.
 * The frame is the first update of the run (all points assigned, trails started). Data: 10 000
 * points in 2-D around 8 centres, k = 8 (the target of the renderer issue: under 20 ms); the
 * {@code n} parameter adds a 1 000 000-point case, where a sample of 20 000 points is drawn.
 *
 * <p>The frame is painted into one reused image (its allocation is not measured). Build the
 * benchmark jar, then run this benchmark, from the repository root:
 * <pre>
 * ./mvnw -B -ntp -q -pl benchmarks -am -DskipTests package
 * java --add-modules jdk.incubator.vector -jar benchmarks/target/benchmarks.jar FrameBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Djava.awt.headless=true"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FrameBenchmark {

    /** Number of points. */
    @Param({"10000"})
    public int n;

    /** 1: the frame itself; below 1: a picture of the smooth motion into it (centroids part of the way). */
    @Param({"1", "0.5"})
    public double progress;

    /** Whether the Voronoi regions are shaded (the expensive layer). */
    @Param({"true"})
    public boolean regions;

    private FramePainter painter;
    private int frameIndex;
    private BufferedImage image;
    private Graphics2D graphics;

    /** Fits and records a run, and builds the painter (fits the projection, the scores). */
    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(20261202L);
        double[][] centres = new double[8][2];
        for (double[] c : centres) {
            c[0] = random.nextDouble() * 20;
            c[1] = random.nextDouble() * 20;
        }
        double[][] rows = new double[n][2];
        for (int i = 0; i < n; i++) {
            double[] c = centres[i % centres.length];
            rows[i][0] = c[0] + gaussian(random);
            rows[i][1] = c[1] + gaussian(random);
        }
        RunRecorder recorder = new RunRecorder();
        KMeans.builder().k(8).seed(1).threads(1).listener(recorder).build().fit(Dataset.of(rows));
        Recording recording = recorder.recording();
        painter = FramePainter.builder(recording).regions(regions).build();
        frameIndex = 0;
        for (int i = 0; i < recording.size(); i++) {
            if (recording.frame(i).phase() == io.github.kmeans4j.recording.Frame.Phase.UPDATED) {
                frameIndex = i;
                break;
            }
        }
        image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        graphics = image.createGraphics();
    }

    private static double gaussian(SplittableRandom random) {
        // Box–Muller; one value per call is enough here.
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** Releases the drawing surface. */
    @TearDown(Level.Trial)
    public void tearDown() {
        graphics.dispose();
    }

    /** Paints one frame; returns a pixel so the work cannot be dropped. */
    @Benchmark
    public int paintFrame() {
        painter.paint(graphics, frameIndex, progress, 800, 600);
        return image.getRGB(400, 300);
    }
}
