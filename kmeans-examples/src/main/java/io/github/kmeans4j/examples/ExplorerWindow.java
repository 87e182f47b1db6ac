package io.github.kmeans4j.examples;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.recording.Recording;
import io.github.kmeans4j.event.Initialized;
import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.viz.Animation;
import io.github.kmeans4j.viz.FramePainter;
import io.github.kmeans4j.viz.Palette;
import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Cursor;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.awt.Insets;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Robot;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.InputEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.WindowConstants;

/**
 * The {@code explorer}'s Swing window: a plot of the {@link ExplorerModel}'s current frame and the
 * controls that call the model's actions (sliders for points, K and spread; data set and
 * initialiser choices; GO, RETRY, play/pause, step, speed; export of the run as GIF and HTML).
 * Clicking in the plot places a centroid; once K are placed the run starts from them.
 *
 * <p>The event thread never blocks or sleeps: a {@link Timer} advances the animation one step per
 * interval; painters are built and frames drawn on a background thread, which hands the newest
 * finished image to the event thread; exports run on a thread of their own.
 */
final class ExplorerWindow {
    private static final String[] SPEED_NAMES = {"1 step/s", "2 steps/s", "5 steps/s", "10 steps/s", "25 steps/s"};
    private static final int[] SPEED_DELAYS_MS = {1000, 500, 200, 100, 40};
    private static final int DEFAULT_SPEED = 1;
    private static final String PLAY = "\u25B6 Play";
    private static final String PAUSE = "\u2759\u2759 Pause";

    private final ExplorerModel model;
    private final Session session;
    private final JFrame frame = new JFrame("kmeans4j explorer: k-means, one step at a time");
    private final Plot plot = new Plot();
    private final JSlider points = new JSlider(ExplorerModel.MIN_N, ExplorerModel.MAX_N);
    private final JSlider kSlider = new JSlider(ExplorerModel.MIN_K, ExplorerModel.MAX_K);
    private final JSlider spread = new JSlider(tenths(ExplorerModel.MIN_SPREAD), tenths(ExplorerModel.MAX_SPREAD));
    private final JLabel pointsValue = new JLabel();
    private final JLabel kValue = new JLabel();
    private final JLabel spreadValue = new JLabel();
    private final JComboBox<ExplorerModel.Preset> preset = new JComboBox<>(ExplorerModel.Preset.values());
    private final JComboBox<ExplorerModel.Init> init = new JComboBox<>(ExplorerModel.Init.values());
    private final JButton go = new JButton("GO");
    private final JButton retry = new JButton("RETRY");
    private final JButton play = new JButton(PLAY);
    private final JButton step = new JButton("Step \u25B6|");
    private final JComboBox<String> speed = new JComboBox<>(SPEED_NAMES);
    private final JLabel iteration = new JLabel();
    private final JButton export = new JButton("Export GIF/HTML");
    private final JLabel status = new JLabel(" ");
    private final Timer timer;
    private final ExecutorService renderer = daemonThread("kmeans4j-explorer-renderer");
    /** Not a daemon: an export under way finishes even if the window is closed meanwhile. */
    private final ExecutorService exporter = Executors.newSingleThreadExecutor(r -> new Thread(r,
            "kmeans4j-explorer-export"));
    private final AtomicReference<Request> pending = new AtomicReference<>();
    /** The painter of the last request, used by the renderer thread only. */
    private FramePainter rendererPainter;
    /** The image on screen and what it shows (event thread). */
    private Shown shown;
    /** The data whose bounding box {@link #bounds} holds (event thread). */
    private Dataset boundsOf;
    private double[] bounds;
    /** True while an export runs (event thread). */
    private boolean exporting;
    /** True while the controls are being set from the model, so their listeners do nothing. */
    private boolean syncing;

    /** What to draw: a frame of a recording at a size, with the markers of placed centroids. */
    private record Request(Recording recording, int frame, int width, int height, List<double[]> markers) {
    }

    /** An image drawn for a request, with the painter that drew it (to map clicks back to data). */
    private record Shown(BufferedImage image, FramePainter painter, int frame, int markers) {
    }

    private ExplorerWindow(ExplorerModel model, Session session) {
        this.model = model;
        this.session = session;
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        timer = new Timer(SPEED_DELAYS_MS[DEFAULT_SPEED], e -> tick());
        speed.setSelectedIndex(DEFAULT_SPEED);

        points.setValue(model.n());
        kSlider.setValue(model.k());
        spread.setValue(tenths(model.spread()));
        preset.setSelectedItem(model.preset());
        init.setSelectedItem(model.init());
        kSlider.setMajorTickSpacing(1);
        kSlider.setSnapToTicks(true);
        kSlider.setPaintTicks(true);

        points.addChangeListener(e -> setting(() -> model.setN(points.getValue())));
        kSlider.addChangeListener(e -> setting(() -> model.setK(kSlider.getValue())));
        spread.addChangeListener(e -> setting(() -> model.setSpread(spread.getValue() / 10.0)));
        preset.addActionListener(e -> setting(() -> model.setPreset((ExplorerModel.Preset) preset.getSelectedItem())));
        init.addActionListener(e -> setting(() -> model.setInit((ExplorerModel.Init) init.getSelectedItem())));
        speed.addActionListener(e -> timer.setDelay(SPEED_DELAYS_MS[Math.max(0, speed.getSelectedIndex())]));
        go.addActionListener(e -> go());
        retry.addActionListener(e -> retry());
        play.addActionListener(e -> togglePlay());
        step.addActionListener(e -> step());
        export.addActionListener(e -> export());

        go.setToolTipText("draw new data with these settings and run k-means on it");
        retry.setToolTipText("run again on the same data from other initial centroids");
        play.setToolTipText("play or pause the animation");
        step.setToolTipText("show the next step");
        export.setToolTipText("write the current run as an animated GIF and an HTML player to the output folder");
        go.setFont(go.getFont().deriveFont(Font.BOLD, go.getFont().getSize2D() + 2f));
        go.setBackground(new Color(0x2E8B57));
        go.setForeground(Color.WHITE);
        retry.setFont(retry.getFont().deriveFont(Font.BOLD));
        iteration.setFont(iteration.getFont().deriveFont(Font.BOLD, iteration.getFont().getSize2D() + 3f));
        iteration.setForeground(new Color(0x1F3F66));

        plot.setPreferredSize(new Dimension(900, 660));
        plot.setCursor(Cursor.getPredefinedCursor(Cursor.CROSSHAIR_CURSOR));
        plot.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                requestRender();
            }
        });
        plot.addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                click(e.getX(), e.getY());
            }
        });

        status.setBorder(BorderFactory.createEmptyBorder(3, 8, 3, 8));
        frame.getContentPane().add(controls(), BorderLayout.WEST);
        frame.getContentPane().add(plot, BorderLayout.CENTER);
        frame.getContentPane().add(status, BorderLayout.SOUTH);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                timer.stop();
                renderer.shutdownNow();
                exporter.shutdown();
            }
        });
        refresh();
        frame.pack();
        frame.setLocationByPlatform(true);
    }

    /**
     * Opens the explorer on {@code model}, from any thread; returns once the window is shown.
     * Exports go to {@code session}'s output folder. The model must not be used elsewhere afterwards.
     */
    static ExplorerWindow open(ExplorerModel model, Session session) {
        AtomicReference<ExplorerWindow> out = new AtomicReference<>();
        onEventThread(() -> {
            ExplorerWindow w = new ExplorerWindow(model, session);
            w.frame.setVisible(true);
            out.set(w);
            return null;
        });
        return out.get();
    }

    // ------------------------------------------------------------------ layout

    private JPanel controls() {
        JPanel panel = new JPanel(new GridBagLayout());
        panel.setBorder(BorderFactory.createEmptyBorder(10, 10, 10, 6));
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridy = 0;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        c.insets = new Insets(2, 0, 2, 0);
        heading(panel, c, "Data");
        labelled(panel, c, "data set", preset);
        slider(panel, c, "points", points, pointsValue);
        slider(panel, c, "K (clusters)", kSlider, kValue);
        slider(panel, c, "spread", spread, spreadValue);
        heading(panel, c, "Initial centroids");
        labelled(panel, c, "initialiser", init);
        JLabel hint = new JLabel("<html>or click in the plot to place them</html>");
        hint.setFont(hint.getFont().deriveFont(Font.ITALIC, hint.getFont().getSize2D() - 1f));
        add(panel, c, hint);
        c.insets = new Insets(12, 0, 2, 0);
        add(panel, c, pair(go, retry));
        c.insets = new Insets(2, 0, 2, 0);
        heading(panel, c, "Animation");
        add(panel, c, pair(play, step));
        labelled(panel, c, "speed", speed);
        c.insets = new Insets(8, 0, 2, 0);
        add(panel, c, iteration);
        c.insets = new Insets(14, 0, 2, 0);
        add(panel, c, export);
        c.weighty = 1;
        add(panel, c, new JPanel());
        panel.setPreferredSize(new Dimension(250, panel.getPreferredSize().height));
        return panel;
    }

    private static JPanel pair(JComponent a, JComponent b) {
        JPanel row = new JPanel(new GridLayout(1, 2, 6, 0));
        row.add(a);
        row.add(b);
        return row;
    }

    private static void heading(JPanel panel, GridBagConstraints c, String text) {
        JLabel label = new JLabel(text);
        label.setFont(label.getFont().deriveFont(Font.BOLD));
        Insets old = c.insets;
        c.insets = new Insets(c.gridy == 0 ? 0 : 10, 0, 2, 0);
        add(panel, c, label);
        c.insets = old;
    }

    private static void labelled(JPanel panel, GridBagConstraints c, String text, JComponent component) {
        add(panel, c, new JLabel(text));
        add(panel, c, component);
    }

    private static void slider(JPanel panel, GridBagConstraints c, String text, JSlider slider, JLabel value) {
        JPanel top = new JPanel(new BorderLayout());
        top.add(new JLabel(text), BorderLayout.WEST);
        top.add(value, BorderLayout.EAST);
        add(panel, c, top);
        add(panel, c, slider);
    }

    private static void add(JPanel panel, GridBagConstraints c, Component component) {
        panel.add(component, c);
        c.gridy++;
    }

    // ------------------------------------------------------------------ actions (event thread)

    /** Applies a control's new value to the model, unless the controls are being synchronised. */
    private void setting(Runnable change) {
        if (syncing) {
            return;
        }
        try {
            change.run();
        } catch (IllegalArgumentException e) {
            say(e.getMessage());
        }
        refresh();
    }

    private void go() {
        model.go();
        if (model.recording() != null) {
            say(String.format(Locale.ROOT, "%d points drawn (%s); running k-means with K = %d, initial centroids by %s",
                    model.data().n(), model.preset(), model.k(), model.init()));
            startPlaying();
        } else {
            timer.stop();
            say("Click " + model.k() + " places in the plot: the run starts from them");
        }
        refresh();
    }

    private void retry() {
        try {
            model.retry();
        } catch (IllegalStateException e) {
            say(e.getMessage());
            refresh();
            return;
        }
        say("Same data, new run from initial centroids by " + model.init());
        startPlaying();
        refresh();
    }

    private void togglePlay() {
        if (timer.isRunning()) {
            timer.stop();
        } else if (model.recording() == null) {
            say("Nothing to play yet: press GO");
        } else {
            if (model.atEnd()) {
                model.seek(0);
            }
            timer.start();
        }
        refresh();
    }

    private void step() {
        timer.stop();
        if (model.recording() != null && !model.step()) {
            say("That was the last step: press ▶ Play to watch again, or RETRY");
        }
        refresh();
    }

    private void tick() {
        if (!model.step()) {
            timer.stop();
        }
        refresh();
    }

    private void startPlaying() {
        timer.setDelay(SPEED_DELAYS_MS[Math.max(0, speed.getSelectedIndex())]);
        timer.restart();
    }

    /** A click in the plot at component pixel (x, y): places a centroid there. */
    private void click(int x, int y) {
        Shown s = shown;
        if (model.data() == null || s == null) {
            say("Press GO first: clicks place centroids on the data");
            return;
        }
        double ix = x * (double) s.image().getWidth() / Math.max(1, plot.getWidth());
        double iy = y * (double) s.image().getHeight() / Math.max(1, plot.getHeight());
        double[] p = s.painter().dataOf(s.frame(), ix, iy, s.image().getWidth(), s.image().getHeight());
        if (!insideData(p)) {
            say("Click inside the plot, near the data, to place a centroid");
            return;
        }
        if (model.init() != ExplorerModel.Init.PLACED) {
            model.setInit(ExplorerModel.Init.PLACED);
        }
        Recording before = model.recording();
        model.place(p[0], p[1]);
        if (model.recording() != before) {
            say("Running from your " + model.k() + " centroids");
            startPlaying();
        } else {
            timer.stop();
            int left = model.k() - model.placed().size();
            say(String.format(Locale.ROOT, "Centroid %d placed at (%.2f, %.2f); %d more to place",
                    model.placed().size(), p[0], p[1], left));
        }
        refresh();
    }

    /** Whether a data point lies in the data's bounding box widened by a tenth on every side. */
    private boolean insideData(double[] p) {
        Dataset data = model.data().data();
        if (boundsOf != data) {
            double x0 = Double.POSITIVE_INFINITY;
            double x1 = Double.NEGATIVE_INFINITY;
            double y0 = Double.POSITIVE_INFINITY;
            double y1 = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < data.n(); i++) {
                x0 = Math.min(x0, data.get(i, 0));
                x1 = Math.max(x1, data.get(i, 0));
                y0 = Math.min(y0, data.get(i, 1));
                y1 = Math.max(y1, data.get(i, 1));
            }
            bounds = new double[] {x0, x1, y0, y1};
            boundsOf = data;
        }
        double padX = 0.1 * (bounds[1] - bounds[0]) + 1e-9;
        double padY = 0.1 * (bounds[3] - bounds[2]) + 1e-9;
        return p[0] >= bounds[0] - padX && p[0] <= bounds[1] + padX && p[1] >= bounds[2] - padY
                && p[1] <= bounds[3] + padY;
    }

    private void export() {
        Recording run = model.recording();
        if (run == null) {
            say("Nothing to export yet: press GO");
            return;
        }
        Duration delay = Duration.ofMillis(SPEED_DELAYS_MS[Math.max(0, speed.getSelectedIndex())]);
        exporting = true;
        export.setEnabled(false);
        say("Exporting " + run.size() + " frames…");
        exporter.execute(() -> {
            String message;
            try {
                Path[] files = exportRun(run, delay, session);
                message = "Exported " + files[0].toAbsolutePath().normalize() + " and " + files[1].getFileName();
            } catch (IOException | RuntimeException e) {
                message = "Export failed: " + e.getMessage();
            }
            String text = message;
            SwingUtilities.invokeLater(() -> {
                exporting = false;
                say(text);
                refresh();
            });
        });
    }

    /**
     * Writes {@code run} as {@code explorer-run-N.gif} and {@code .html} to the session's folder,
     * N the first number whose files do not exist yet; returns the two paths.
     */
    static Path[] exportRun(Recording run, Duration frameDelay, Session session) throws IOException {
        Path gif;
        Path html;
        int number = 1;
        do {
            gif = session.file("explorer-run-" + number + ".gif");
            html = session.file("explorer-run-" + number + ".html");
            number++;
        } while (Files.exists(gif) || Files.exists(html));
        Animation animation = Animation.of(run).withFrameDelay(frameDelay).withSmoothMotion();
        animation.writeGif(gif);
        session.wrote(gif);
        animation.writeHtml(html);
        session.wrote(html);
        return new Path[] {gif, html};
    }

    private void say(String message) {
        status.setText(message == null || message.isEmpty() ? " " : message);
    }

    /** Sets every control from the model and asks for the current frame to be drawn. */
    private void refresh() {
        syncing = true;
        try {
            points.setValue(model.n());
            kSlider.setValue(model.k());
            spread.setValue(tenths(model.spread()));
            preset.setSelectedItem(model.preset());
            init.setSelectedItem(model.init());
        } finally {
            syncing = false;
        }
        pointsValue.setText(Integer.toString(model.n()));
        kValue.setText(Integer.toString(model.k()));
        spreadValue.setText(String.format(Locale.ROOT, "%.1f", model.spread()));
        boolean blobs = model.preset() != ExplorerModel.Preset.UNIFORM;
        spread.setEnabled(blobs);
        spreadValue.setEnabled(blobs);
        boolean run = model.recording() != null;
        retry.setEnabled(model.data() != null);
        play.setEnabled(run && !model.placing());
        step.setEnabled(run && !model.atEnd() && !model.placing());
        export.setEnabled(run && !exporting);
        play.setText(timer.isRunning() ? PAUSE : PLAY);
        iteration.setText(model.iterationLabel());
        requestRender();
    }

    // ------------------------------------------------------------------ drawing

    /** Asks the renderer thread for the model's current frame at the plot's size; the newest request wins. */
    private void requestRender() {
        Recording recording = model.shown();
        if (recording == null) {
            shown = null;
            plot.repaint();
            return;
        }
        Request request = new Request(recording, model.shownFrame(), Math.max(50, plot.getWidth()),
                Math.max(50, plot.getHeight()), model.markers());
        if (pending.getAndSet(request) == null && !renderer.isShutdown()) {
            renderer.execute(this::renderPending);
        }
    }

    /** Renderer thread: draws the newest request and hands the image to the event thread. */
    private void renderPending() {
        Request r = pending.getAndSet(null);
        if (r == null) {
            return;
        }
        try {
            if (rendererPainter == null || rendererPainter.recording() != r.recording()) {
                // A run's start alone (while centroids are placed) has no scores to chart yet.
                rendererPainter = r.recording().size() == 1
                        ? FramePainter.builder(r.recording()).scorePanel(false).build()
                        : FramePainter.of(r.recording());
            }
            FramePainter painter = rendererPainter;
            BufferedImage image = painter.render(r.frame(), r.width(), r.height());
            drawMarkers(image, painter, r);
            Shown s = new Shown(image, painter, r.frame(), r.markers().size());
            SwingUtilities.invokeLater(() -> {
                shown = s;
                plot.repaint();
            });
        } catch (RuntimeException e) {
            SwingUtilities.invokeLater(() -> say("Could not draw the frame: " + e.getMessage()));
        }
    }

    /**
     * Draws each placed centroid as a numbered disc in the colour its cluster will have, ringed in
     * white and dark so it stands out from the points and from a run's diamonds.
     */
    private static void drawMarkers(BufferedImage image, FramePainter painter, Request r) {
        if (r.markers().isEmpty()) {
            return;
        }
        Palette palette = Palette.standard();
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
            FontMetrics fm = g.getFontMetrics();
            double radius = 12;
            for (int j = 0; j < r.markers().size(); j++) {
                double[] px = painter.pixelOf(r.frame(), r.markers().get(j), r.width(), r.height());
                Ellipse2D.Double disc = new Ellipse2D.Double(px[0] - radius, px[1] - radius, 2 * radius, 2 * radius);
                g.setColor(palette.color(j));
                g.fill(disc);
                g.setStroke(new BasicStroke(4f));
                g.setColor(Color.WHITE);
                g.draw(disc);
                Ellipse2D.Double rim = new Ellipse2D.Double(px[0] - radius - 2.5, px[1] - radius - 2.5,
                        2 * radius + 5, 2 * radius + 5);
                g.setStroke(new BasicStroke(1.5f));
                g.setColor(palette.outline());
                g.draw(rim);
                String label = Integer.toString(j + 1);
                g.setColor(Color.WHITE);
                g.drawString(label, (float) (px[0] - fm.stringWidth(label) / 2.0),
                        (float) (px[1] + (fm.getAscent() - fm.getDescent()) / 2.0));
            }
        } finally {
            g.dispose();
        }
    }

    /** Shows the newest finished image, stretched to the current size until the next one is ready. */
    private final class Plot extends JComponent {
        private static final long serialVersionUID = 1L;

        @Override
        protected void paintComponent(Graphics g) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, getWidth(), getHeight());
            Shown s = shown;
            if (s != null) {
                g.drawImage(s.image(), 0, 0, getWidth(), getHeight(), null);
                return;
            }
            Graphics2D g2 = (Graphics2D) g;
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setColor(new Color(0x555555));
            g2.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
            String text = model.data() == null ? "Choose the settings on the left, then press GO" : "Drawing…";
            FontMetrics fm = g2.getFontMetrics();
            g2.drawString(text, (getWidth() - fm.stringWidth(text)) / 2, getHeight() / 2);
        }
    }

    // ------------------------------------------------------------------ self-test under Xvfb

    /**
     * Starts a thread that uses the window like a user, with {@link Robot} clicks at the controls'
     * places on the screen, and ends the JVM. It clicks GO, waits until a few frames have played
     * and captures the window into a PNG at {@code file}; then pauses, clicks K - 1 data points in
     * the plot, captures the placed markers into {@code NAME-placing.png} beside it, clicks the K-th
     * and checks that the new run starts from the clicked places; last it clicks Export GIF/HTML and
     * waits until the run is written. Exit status: 0 on success, 3 if GO did not start a run, 4 if
     * frames did not play, 5 if the clicks did not start a run from the clicked places, 6 if the
     * export failed, 2 on any other failure. For the Xvfb script in the tests.
     */
    void selfTest(Path file) {
        Thread t = new Thread(() -> {
            int status;
            try {
                status = runSelfTest(file);
            } catch (Exception e) {
                System.err.println("explorer self-test failed: " + e);
                status = 2;
            }
            System.exit(status);
        }, "kmeans4j-explorer-selftest");
        t.start();
    }

    private int runSelfTest(Path file) throws Exception {
        Robot robot = new Robot();
        robot.setAutoDelay(30);
        if (!waitFor(() -> onEventThread(() -> frame.isShowing() && go.isShowing() && go.getWidth() > 0), 15_000)) {
            System.err.println("explorer self-test: the window did not appear");
            return 2;
        }
        robot.waitForIdle();
        robot.delay(500);
        Point target = centreOnScreen(go);
        click(robot, target);
        if (!waitFor(() -> onEventThread(() -> model.recording() != null), 10_000)) {
            System.err.println("explorer self-test: clicking GO at " + target + " did not start a run");
            return 3;
        }
        int wanted = onEventThread(() -> Math.min(4, model.recording().size() - 1));
        boolean played = waitFor(() -> onEventThread(() -> model.frame() >= wanted && shown != null
                && shown.frame() >= wanted), 30_000);
        if (!played) {
            System.err.println("explorer self-test: the run did not play " + wanted + " frames");
            return 4;
        }
        capture(robot, file);
        System.out.println("explorer self-test: clicked GO, " + onEventThread(model::iterationLabel)
                + "; wrote " + file.toAbsolutePath().normalize());

        // Pause, then place K centroids on K data points by clicking where they are drawn.
        if (onEventThread(timer::isRunning)) {
            click(robot, centreOnScreen(play));
        }
        if (!waitFor(() -> onEventThread(() -> !timer.isRunning() && shown != null && shown.frame() == model.frame()
                && shown.painter().recording() == model.recording()), 10_000)) {
            System.err.println("explorer self-test: the pause button did not pause");
            return 4;
        }
        int k = onEventThread(model::k);
        int n = onEventThread(() -> model.data().n());
        Recording before = onEventThread(model::recording);
        double[][] aims = new double[k][];
        double[][] landed = new double[k][];
        double tolerance = onEventThread(() -> {
            double[] a = shown.painter().dataOf(shown.frame(), 0, 0, shown.image().getWidth(), shown.image().getHeight());
            double[] b = shown.painter().dataOf(shown.frame(), 2, 2, shown.image().getWidth(), shown.image().getHeight());
            return Math.hypot(b[0] - a[0], b[1] - a[1]); // two pixels along the diagonal, in data units
        });
        for (int j = 0; j < k; j++) {
            int row = (int) ((j + 0.5) * n / k);
            double[] aim = onEventThread(() -> model.data().data().row(row));
            aims[j] = aim;
            Point at = onEventThread(() -> {
                double[] px = shown.painter().pixelOf(shown.frame(), aim, shown.image().getWidth(),
                        shown.image().getHeight());
                Point origin = plot.getLocationOnScreen();
                return new Point(origin.x + (int) Math.floor(px[0] * plot.getWidth() / shown.image().getWidth()),
                        origin.y + (int) Math.floor(px[1] * plot.getHeight() / shown.image().getHeight()));
            });
            if (j == k - 1) {
                int placedSoFar = j;
                if (!waitFor(() -> onEventThread(() -> shown != null && shown.markers() == placedSoFar), 10_000)) {
                    System.err.println("explorer self-test: the placed centroids were not drawn");
                    return 5;
                }
                Path placing = file.resolveSibling(file.getFileName().toString().replaceFirst("(\\.png)?$",
                        "-placing.png"));
                capture(robot, placing);
                System.out.println("explorer self-test: placed " + placedSoFar + " centroid(s) by clicking; wrote "
                        + placing.toAbsolutePath().normalize());
            }
            click(robot, at);
            int count = j + 1;
            boolean placed = j < k - 1
                    ? waitFor(() -> onEventThread(() -> model.placed().size() == count && model.recording() == before
                            && shown != null && shown.markers() == count), 10_000)
                    : waitFor(() -> onEventThread(() -> model.recording() != before), 10_000);
            if (!placed) {
                System.err.println("explorer self-test: click " + count + " at " + at + " did not "
                        + (j < k - 1 ? "place a centroid" : "start a run from the placed centroids"));
                return 5;
            }
            landed[j] = onEventThread(() -> model.placed().get(count - 1));
        }
        double[][] initial = onEventThread(() -> initialCentroids(model.recording()));
        for (int j = 0; j < k; j++) {
            boolean same = Arrays.equals(initial[j], landed[j]);
            double off = Math.hypot(landed[j][0] - aims[j][0], landed[j][1] - aims[j][1]);
            if (!same || off > tolerance) {
                System.err.printf(Locale.ROOT, "explorer self-test: centroid %d starts at %s, the click aimed at %s"
                        + " landed at %s (%.4g away, tolerance %.4g)%n", j + 1, Arrays.toString(initial[j]),
                        Arrays.toString(aims[j]), Arrays.toString(landed[j]), off, tolerance);
                return 5;
            }
        }
        System.out.println("explorer self-test: " + k + " clicks in the plot started a run from the clicked places");

        String exported = "Exported ";
        click(robot, centreOnScreen(export));
        if (!waitFor(() -> onEventThread(() -> !exporting && status.getText().startsWith(exported)), 60_000)) {
            System.err.println("explorer self-test: Export GIF/HTML did not export: " + onEventThread(status::getText));
            return 6;
        }
        System.out.println("explorer self-test: clicked Export GIF/HTML: " + onEventThread(status::getText));
        return 0;
    }

    private static double[][] initialCentroids(Recording run) {
        for (KMeansEvent e : run.events()) {
            if (e instanceof Initialized i) {
                return i.centroids();
            }
        }
        throw new IllegalStateException("the run has no Initialized event");
    }

    private static Point centreOnScreen(JComponent component) {
        return onEventThread(() -> {
            Point at = component.getLocationOnScreen();
            return new Point(at.x + component.getWidth() / 2, at.y + component.getHeight() / 2);
        });
    }

    private static void click(Robot robot, Point at) {
        robot.mouseMove(at.x, at.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        robot.waitForIdle();
    }

    /** Captures the window as it is on the screen, after the event queue has drained. */
    private void capture(Robot robot, Path file) throws IOException {
        Point away = onEventThread(() -> {
            Point at = frame.getLocationOnScreen();
            return new Point(at.x + frame.getWidth() + 20, at.y + frame.getHeight() + 20);
        });
        robot.mouseMove(away.x, away.y);
        robot.waitForIdle();
        robot.delay(300);
        Rectangle bounds = onEventThread(() -> new Rectangle(frame.getLocationOnScreen(), frame.getSize()));
        BufferedImage capture = robot.createScreenCapture(bounds);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        if (!ImageIO.write(capture, "png", file.toFile())) {
            throw new IOException("no PNG writer for " + file);
        }
    }

    private static boolean waitFor(BooleanSupplier condition, long timeoutMillis) throws InterruptedException {
        long end = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }

    // ------------------------------------------------------------------ helpers

    private static int tenths(double value) {
        return (int) Math.round(value * 10);
    }

    private static ExecutorService daemonThread(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    private static <T> T onEventThread(Supplier<T> action) {
        if (SwingUtilities.isEventDispatchThread()) {
            return action.get();
        }
        AtomicReference<T> out = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> out.set(action.get()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the event thread", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the event thread failed: " + e.getCause(), e.getCause());
        }
        return out.get();
    }
}
