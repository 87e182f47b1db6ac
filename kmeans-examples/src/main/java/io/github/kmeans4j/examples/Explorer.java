package io.github.kmeans4j.examples;

import io.github.kmeans4j.recording.Recording;
import io.github.kmeans4j.viz.Animation;
import io.github.kmeans4j.viz.FramePainter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code explorer} example: a window with sliders for the number of points, K and the spread,
 * a choice of data set and initialiser, GO (new data, new run), RETRY (same data, new start),
 * play/pause, step and speed, the iteration, clicks that place your own initial centroids, and an
 * export of the current run as GIF and HTML. The options set the controls' starting values.
 *
 * <p>Without a display it presses GO once and writes that run as {@code explorer.gif},
 * {@code explorer.html} and {@code explorer.png} (the last frame).
 *
 * <p>For the Xvfb test script, the system property {@value #SELF_TEST_PROPERTY} set to a file name
 * makes the window click its own GO button, save a screenshot there and exit.
 */
final class Explorer implements Example {
    /** The system property naming the screenshot of the window's self-test. */
    static final String SELF_TEST_PROPERTY = "kmeans4j.explorer.selftest";

    @Override
    public String name() {
        return "explorer";
    }

    @Override
    public String summary() {
        return "interactive: sliders, GO / RETRY, click to place centroids, play step by step, export GIF/HTML";
    }

    @Override
    public List<Option> options() {
        return List.of(
                new Option("n", "300", "number of points (" + ExplorerModel.MIN_N + "–" + ExplorerModel.MAX_N + ")"),
                new Option("k", "3", "number of clusters K (" + ExplorerModel.MIN_K + "–" + ExplorerModel.MAX_K + ")"),
                new Option("spread", "1.0", "spread of the blobs (" + ExplorerModel.MIN_SPREAD + "–"
                        + ExplorerModel.MAX_SPREAD + ")"),
                new Option("preset", token(ExplorerModel.Preset.BLOBS), "data set: " + String.join(", ",
                        tokens(ExplorerModel.Preset.values()))),
                new Option("init", token(ExplorerModel.Init.GREEDY_K_MEANS_PLUS_PLUS), "initialiser: "
                        + String.join(", ", tokens(ExplorerModel.Init.values()))),
                new Option("seed", "1", "seed of the first data set and run"));
    }

    @Override
    public void run(Options options, Session session) throws IOException {
        ExplorerModel model = model(options);
        if (session.window()) {
            ExplorerWindow window = ExplorerWindow.open(model, session);
            session.out().println("The explorer window is open: press GO. Exports are written to the output folder"
                    + " (--out).");
            String selfTest = System.getProperty(SELF_TEST_PROPERTY);
            if (selfTest != null && !selfTest.isBlank()) {
                window.selfTest(Path.of(selfTest));
            }
            return;
        }
        if (model.init() == ExplorerModel.Init.PLACED) {
            throw new IllegalArgumentException("option --init placed needs a window to click in; without a display"
                    + " choose another initialiser");
        }
        model.go();
        Recording run = model.recording();
        session.out().printf(Locale.ROOT, "%d points (%s, spread %.1f), K = %d, initial centroids by %s: %d frames%n",
                model.data().n(), model.preset(), model.spread(), model.k(), model.init(), run.size());
        FramePainter painter = FramePainter.of(run);
        Animation animation = Animation.of(painter).withSmoothMotion();
        Path gif = session.file("explorer.gif");
        animation.writeGif(gif);
        session.wrote(gif);
        Path html = session.file("explorer.html");
        animation.writeHtml(html);
        session.wrote(html);
        session.writePng("explorer.png", painter.render(run.size() - 1, animation.width(), animation.height()));
        session.out().println("No display here: open explorer.html in a browser to step through the run, or run"
                + " with a display for the interactive window.");
    }

    /** A model set from the options, each checked with a message naming its option. */
    static ExplorerModel model(Options options) {
        int n = options.integer("n", ExplorerModel.MIN_N, ExplorerModel.MAX_N);
        int k = options.integer("k", ExplorerModel.MIN_K, ExplorerModel.MAX_K);
        double spread = options.decimal("spread", ExplorerModel.MIN_SPREAD, ExplorerModel.MAX_SPREAD);
        ExplorerModel.Preset preset = choice(options, "preset", ExplorerModel.Preset.values());
        ExplorerModel.Init init = choice(options, "init", ExplorerModel.Init.values());
        long seed = options.longValue("seed");
        ExplorerModel model = new ExplorerModel(seed);
        model.setN(n);
        model.setK(k);
        model.setSpread(spread);
        model.setPreset(preset);
        model.setInit(init);
        return model;
    }

    private static <E extends Enum<E>> E choice(Options options, String name, E[] values) {
        String given = options.string(name).trim().toLowerCase(Locale.ROOT);
        for (E value : values) {
            if (token(value).equals(given)) {
                return value;
            }
        }
        throw new IllegalArgumentException("option --" + name + " must be one of " + String.join(", ", tokens(values))
                + ", not '" + options.string(name) + "'");
    }

    /** The command-line spelling of a choice, e.g. {@code unequal-variance} or {@code k-means++}. */
    static String token(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-').replace("-plus-plus", "++");
    }

    private static List<String> tokens(Enum<?>[] values) {
        List<String> out = new ArrayList<>();
        for (Enum<?> v : values) {
            out.add(token(v));
        }
        return out;
    }
}
