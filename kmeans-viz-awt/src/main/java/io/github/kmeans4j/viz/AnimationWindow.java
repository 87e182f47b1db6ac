package io.github.kmeans4j.viz;

import io.github.kmeans4j.CancellationToken;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Graphics;
import java.awt.GraphicsEnvironment;
import java.awt.Color;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import javax.swing.JButton;
import javax.swing.JCheckBox;
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
 * A resizable Swing window that plays a run: play, pause, step back and forward, first, last, a
 * scrubber, a speed choice, loop, and (when true classes were given) a switch between clusters and
 * true classes, and a "smooth" switch (on by default): while playing, the centroids glide to their
 * new places and points change colour over a few pictures in between (see
 * {@link FramePainter#render(int, double, int, int)}); stepping and the scrubber go from frame to
 * frame. Replay mode shows a finished {@link FramePainter}'s recording
 * ({@link #open(FramePainter)}); live mode shows a fit while it runs, one step per interval
 * ({@link #live(Duration, UnaryOperator)}).
 *
 * <p>The event thread never blocks or sleeps: a {@link Timer} drives playback, frames are drawn on
 * a background thread and the newest finished image is handed to the event thread. Needs a
 * display; without one, write files with {@link Animation} instead.
 */
public final class AnimationWindow {

    private static final double[] SPEEDS = {0.25, 0.5, 1, 2, 4};

    private final JFrame frame;
    private final View view = new View();
    private final JSlider scrubber = new JSlider(0, 0, 0);
    private final JLabel counter = new JLabel();
    private final JButton play = new JButton("Play");
    private final JComboBox<String> speed = new JComboBox<>(new String[] {"0.25×", "0.5×", "1×", "2×", "4×"});
    private final JCheckBox loop = new JCheckBox("loop", true);
    private final JCheckBox classes = new JCheckBox("true classes", false);
    private final JCheckBox smooth = new JCheckBox("smooth", true);
    /** Pictures in between two frames when playing smoothly, and the share of a step they take. */
    private static final int IN_BETWEENS = 8;
    private static final double MOTION_SHARE = 0.5;
    private final Timer timer;
    private final Duration step;
    private final Pacer pacer;
    private final ExecutorService renderer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kmeans4j-frame-renderer");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Request> pending = new AtomicReference<>();

    private FramePainter painter;
    private int index;
    /** How far the motion into frame {@link #index} has gone: 1 when the frame itself is shown. */
    private double progress = 1;
    private boolean finished = true;
    private boolean cancelled;
    private boolean updatingScrubber;

    /** What to draw: a painter's frame at a size. */
    private record Request(FramePainter painter, int index, double progress, int width, int height) {
    }

    private AnimationWindow(FramePainter painter, Duration step, Pacer pacer) {
        this.painter = painter;
        this.step = step;
        this.pacer = pacer;
        frame = new JFrame("kmeans4j: k-means, step by step");
        frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        timer = new Timer((int) step.toMillis(), e -> tick());
        speed.setSelectedIndex(2);
        speed.addActionListener(e -> timer.setDelay(delay()));

        JPanel controls = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 4));
        controls.add(button("|<", "first frame", () -> show(0)));
        controls.add(button("<", "step back", () -> show(index - 1)));
        play.setToolTipText("play or pause");
        play.addActionListener(e -> setPlaying(!timer.isRunning()));
        controls.add(play);
        controls.add(button(">", "step forward", this::stepForward));
        controls.add(button(">|", "last frame", () -> show(Integer.MAX_VALUE)));
        scrubber.setPreferredSize(new Dimension(260, scrubber.getPreferredSize().height));
        scrubber.addChangeListener(e -> {
            if (!updatingScrubber) {
                setPlaying(false);
                show(scrubber.getValue());
            }
        });
        controls.add(scrubber);
        controls.add(counter);
        controls.add(new JLabel("speed"));
        controls.add(speed);
        controls.add(loop);
        classes.addActionListener(e -> {
            if (this.painter != null && this.painter.hasTrueClasses()) {
                this.painter = this.painter.withColourBy(classes.isSelected()
                        ? FramePainter.ColourBy.TRUE_CLASSES : FramePainter.ColourBy.CLUSTERS);
                requestRender();
            }
        });
        controls.add(classes);
        smooth.setToolTipText("while playing, show the motion between frames");
        controls.add(smooth);

        view.setPreferredSize(new Dimension(960, 640));
        view.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                requestRender();
            }
        });
        frame.getContentPane().add(view, BorderLayout.CENTER);
        frame.getContentPane().add(controls, BorderLayout.SOUTH);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                timer.stop();
                pacer.stop();
                renderer.shutdownNow();
            }
        });
        frame.pack();
        frame.setLocationByPlatform(true);
        refreshControls();
    }

    private JButton button(String text, String tip, Runnable action) {
        JButton b = new JButton(text);
        b.setToolTipText(tip);
        b.addActionListener(e -> {
            setPlaying(false);
            action.run();
        });
        return b;
    }

    /**
     * Opens a window replaying {@code painter}'s recording (700 ms per frame at speed 1×). May be
     * called from any thread; returns once the window is shown.
     *
     * @param painter the painter whose recording is replayed
     * @return the window, already shown
     * @throws IllegalArgumentException if {@code painter} is null
     * @throws IllegalStateException if there is no display (headless)
     */
    public static AnimationWindow open(FramePainter painter) {
        if (painter == null) {
            throw new IllegalArgumentException("painter must not be null");
        }
        requireDisplay();
        Pacer idle = new Pacer();
        idle.stop();
        return onEventThread(() -> {
            AnimationWindow w = new AnimationWindow(painter, Duration.ofMillis(700), idle);
            w.frame.setVisible(true);
            return w;
        });
    }

    /**
     * A listener that opens a window at the first event of a fit and shows the fit while it
     * runs: the fitting thread waits after each event until the window lets it take one more
     * step, once per {@code step} while playing (or on each press of the step button while
     * paused); it can be scrubbed back meanwhile. Register it on the builder and fit on any
     * thread but the event thread. The same as {@link #live(Duration, UnaryOperator,
     * CancellationToken)} without a token: the window sees a cancellation by the restart that
     * ends cancelled, or by the fitting thread's interrupt.
     *
     * @param step time per step at speed 1×, between 10 ms and 10 minutes
     * @param options changes to the default painter options, e.g. {@code b -> b.trails(false)};
     *     {@code UnaryOperator.identity()} for none
     * @return the listener to register on the fit's builder
     * @throws IllegalArgumentException if an argument is null or {@code step} is out of range
     * @throws IllegalStateException if there is no display (headless)
     */
    public static LiveView live(Duration step, UnaryOperator<FramePainter.Builder> options) {
        return live(step, options, null);
    }

    /**
     * A listener like {@link #live(Duration, UnaryOperator)} for a fit that {@code cancellation}
     * may stop. Once the token is cancelled the fitting thread no longer waits for the window
     * (a wait under way ends within a few tens of milliseconds), and a fit that stops between two
     * restarts, where it emits no further event, is still shown as cancelled.
     *
     * @param step time per step at speed 1×, between 10 ms and 10 minutes
     * @param options changes to the default painter options, e.g. {@code b -> b.trails(false)};
     *     {@code UnaryOperator.identity()} for none
     * @param cancellation the token given to {@code fit}, or null for none
     * @return the listener to register on the fit's builder
     * @throws IllegalArgumentException if {@code step} or {@code options} is null or {@code step}
     *     is out of range
     * @throws IllegalStateException if there is no display (headless)
     */
    public static LiveView live(Duration step, UnaryOperator<FramePainter.Builder> options,
                                CancellationToken cancellation) {
        if (step == null || step.toMillis() < 10 || step.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("step must be between 10 ms and 10 minutes, got " + step);
        }
        if (options == null) {
            throw new IllegalArgumentException("options must not be null (use UnaryOperator.identity())");
        }
        requireDisplay();
        Pacer pacer = new Pacer();
        AtomicReference<AnimationWindow> window = new AtomicReference<>();
        return new LiveView(options, update -> SwingUtilities.invokeLater(() -> {
            AnimationWindow w = window.get();
            if (w == null) {
                w = new AnimationWindow(update.painter(), step, pacer);
                window.set(w);
                w.frame.setVisible(true);
                w.setPlaying(true);
            }
            w.offer(update);
        }), pacer, cancellation);
    }

    /** Closes the window (from any thread); a live fit then runs on without waiting. */
    public void close() {
        SwingUtilities.invokeLater(frame::dispose);
    }

    // ------------------------------------------------------------------ event thread only

    private void offer(LiveView.Update update) {
        FramePainter newer = update.painter();
        int previousLast = painter.frameCount() - 1;
        boolean follow = index >= previousLast;
        if (classes.isSelected() && newer.hasTrueClasses()) {
            newer = newer.withColourBy(FramePainter.ColourBy.TRUE_CLASSES);
        }
        painter = newer;
        finished = update.finished();
        cancelled = update.cancelled();
        if (follow) {
            int next = painter.frameCount() - 1;
            boolean glide = next == index + 1 && timer.isRunning() && smooth.isSelected() && painter.moves(next);
            index = next;
            progress = 1;
            if (glide) {   // the fit's newest step, shown moving like a replay
                startMotion();
            }
        }
        refreshControls();
        requestRender();
    }

    private void tick() {
        int last = painter.frameCount() - 1;
        if (progress < 1) {   // on the way into frame index
            progress = Math.min(1, progress + 1.0 / (IN_BETWEENS + 1));
            if (progress == 1) {
                timer.setDelay(delay());
            }
            requestRender();
        } else if (index < last) {
            show(index + 1);
            if (smooth.isSelected() && painter.moves(index)) {
                startMotion();
                requestRender();
            }
        } else if (!finished) {
            pacer.release();
        } else if (loop.isSelected()) {
            show(0);
        } else {
            setPlaying(false);
        }
    }

    /** Shows the first picture on the way into frame {@link #index}; the timer then plays the rest quickly. */
    private void startMotion() {
        progress = 1.0 / (IN_BETWEENS + 1);
        timer.setDelay((int) Math.max(10, delay() * MOTION_SHARE / IN_BETWEENS));
    }

    private void stepForward() {
        if (index < painter.frameCount() - 1) {
            show(index + 1);
        } else if (!finished) {
            pacer.release();
        }
    }

    private void setPlaying(boolean on) {
        if (on) {
            if (finished && index >= painter.frameCount() - 1 && !loop.isSelected()) {
                show(0);
            }
            timer.setDelay(delay());
            timer.start();
        } else {
            timer.stop();
            if (progress < 1) {   // a motion cut short: show the frame it led to
                progress = 1;
                requestRender();
            }
        }
        play.setText(on ? "Pause" : "Play");
    }

    private int delay() {
        return (int) Math.max(10, step.toMillis() / SPEEDS[Math.max(0, speed.getSelectedIndex())]);
    }

    private void show(int i) {
        index = Math.max(0, Math.min(painter.frameCount() - 1, i));
        progress = 1;
        refreshControls();
        requestRender();
    }

    private void refreshControls() {
        updatingScrubber = true;
        scrubber.setMaximum(painter.frameCount() - 1);
        scrubber.setValue(index);
        updatingScrubber = false;
        counter.setText(counterText(index, painter.frameCount(), finished, cancelled));
        classes.setVisible(painter.hasTrueClasses());
    }

    /** The text beside the scrubber: the frame shown, the count, and whether the fit runs or was cancelled. */
    static String counterText(int index, int count, boolean finished, boolean cancelled) {
        return (index + 1) + " / " + count + (!finished ? " (running)" : cancelled ? " (cancelled)" : "");
    }

    /** Asks the background thread for the current frame at the view's size; the newest request wins. */
    private void requestRender() {
        int w = Math.max(50, view.getWidth());
        int h = Math.max(50, view.getHeight());
        Request request = new Request(painter, index, progress, w, h);
        if (pending.getAndSet(request) == null && !renderer.isShutdown()) {
            renderer.execute(this::renderPending);
        }
    }

    /** Background thread: draws the newest request and hands the image to the event thread. */
    private void renderPending() {
        Request r = pending.getAndSet(null);
        if (r == null) {
            return;
        }
        BufferedImage image = r.painter().render(r.index(), r.progress(), r.width(), r.height());
        SwingUtilities.invokeLater(() -> view.setImage(image));
    }

    /** Shows the newest finished image, stretched to the current size until the next one is ready. */
    private static final class View extends JComponent {
        private static final long serialVersionUID = 1L;
        private transient BufferedImage image;

        void setImage(BufferedImage image) {
            this.image = image;
            repaint();
        }

        @Override
        protected void paintComponent(Graphics g) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, getWidth(), getHeight());
            if (image != null) {
                g.drawImage(image, 0, 0, getWidth(), getHeight(), null);
            }
        }
    }

    private static void requireDisplay() {
        if (GraphicsEnvironment.isHeadless()) {
            throw new IllegalStateException("no display (headless): write an Animation to files instead");
        }
    }

    private static <T> T onEventThread(java.util.function.Supplier<T> action) {
        if (SwingUtilities.isEventDispatchThread()) {
            return action.get();
        }
        AtomicReference<T> out = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> out.set(action.get()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening the window", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("could not open the window: " + e.getCause(), e.getCause());
        }
        return out.get();
    }
}
