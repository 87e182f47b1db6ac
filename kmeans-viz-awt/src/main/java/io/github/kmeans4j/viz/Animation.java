package io.github.kmeans4j.viz;

import io.github.kmeans4j.KMeansResult;
import io.github.kmeans4j.recording.Recording;
import io.github.kmeans4j.event.KMeansEvent;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Every frame of a run, written as a PNG sequence, an animated GIF or a self-contained HTML
 * player. All three draw with one {@link FramePainter}, one image per frame of the recording.
 * Of a fit with several restarts, only the restart whose result the fit returned is shown by
 * default, so the animation ends on the returned result; {@link #withRestarts(Restarts)} shows
 * them all.
 *
 * <pre>{@code
 * Animation animation = Animation.of(recorder.recording()).withSize(800, 600);
 * animation.writeGif(Path.of("run.gif"));
 * animation.writeHtml(Path.of("run.html"));
 * }</pre>
 *
 * <p>Immutable and thread-safe; the {@code with...} methods return changed copies. Writing renders
 * every frame, one at a time, so memory stays at one image (the HTML player keeps the encoded PNGs).
 */
public final class Animation {

    private static final String GIF_METADATA = "javax_imageio_gif_image_1.0";

    /** Which restarts of a fit an animation shows. */
    public enum Restarts {
        /**
         * Only the restart whose result the fit returned: the one of lowest inertia, the earliest
         * on ties, as {@link Recording#result()} picks it. A recording in which no restart has
         * finished yet is shown whole. The default.
         */
        RETURNED,
        /** Every restart, one after another, in the order they ran. */
        ALL
    }

    private final FramePainter given;    // the painter as given, on the whole recording
    private final Restarts restarts;
    private final FramePainter painter;  // the painter of the frames shown
    private final int width;
    private final int height;
    private final Duration frameDelay;
    private final Duration lastFrameHold;
    private final int inBetweens;        // pictures between two frames where something moves; 0: none
    private final Duration motionTime;   // how long all of them last together

    /** The in-betweens and motion time of {@link #withSmoothMotion()}. */
    private static final int SMOOTH_IN_BETWEENS = 8;
    private static final Duration SMOOTH_TIME = Duration.ofMillis(400);

    private Animation(FramePainter given, Restarts restarts, FramePainter painter, int width, int height,
                      Duration frameDelay, Duration lastFrameHold, int inBetweens, Duration motionTime) {
        this.given = given;
        this.restarts = restarts;
        this.painter = painter;
        this.width = width;
        this.height = height;
        this.frameDelay = frameDelay;
        this.lastFrameHold = lastFrameHold;
        this.inBetweens = inBetweens;
        this.motionTime = motionTime;
    }

    /**
     * An animation drawn by {@code painter}: 800×600 pixels, 700 ms per frame, the last frame held
     * for 3 s, and of a fit with restarts only the {@link Restarts#RETURNED returned} restart.
     *
     * @param painter the painter of the recording to animate
     * @return the animation
     * @throws IllegalArgumentException if {@code painter} is null
     */
    public static Animation of(FramePainter painter) {
        if (painter == null) {
            throw new IllegalArgumentException("painter must not be null");
        }
        return new Animation(painter, Restarts.RETURNED, shown(painter, Restarts.RETURNED), 800, 600,
                Duration.ofMillis(700), Duration.ofSeconds(3), 0, SMOOTH_TIME);
    }

    /**
     * The painter of the frames {@code restarts} selects: {@code given} itself, or the same
     * painter on the events of the returned restart alone (a recording of its own, so the frame
     * counter, trails and charts are those of that restart).
     */
    private static FramePainter shown(FramePainter given, Restarts restarts) {
        Recording all = given.recording();
        Optional<KMeansResult> returned = all.result();
        if (restarts == Restarts.ALL || returned.isEmpty()) {
            return given;
        }
        int restart = returned.get().restart();
        List<KMeansEvent> kept = new ArrayList<>();
        for (KMeansEvent e : all.events()) {
            if (e.restart() == restart) {
                kept.add(e);
            }
        }
        return kept.size() == all.size() ? given : given.withRecording(Recording.of(kept));
    }

    /**
     * An animation of a recording with the default {@link FramePainter#of(Recording) painter}.
     *
     * @param recording the recorded fit to animate
     * @return the animation, 800×600 pixels, 700 ms per frame, the last frame held for 3 s
     * @throws IllegalArgumentException if {@code recording} is null
     */
    public static Animation of(Recording recording) {
        return of(FramePainter.of(recording));
    }

    /**
     * This animation at another size in pixels.
     *
     * @param width the width of every frame, 50 to 8000 pixels
     * @param height the height of every frame, 50 to 8000 pixels
     * @return a copy of this animation at that size
     * @throws IllegalArgumentException if a side is below 50 or above 8000
     */
    public Animation withSize(int width, int height) {
        if (width < 50 || height < 50 || width > 8000 || height > 8000) {
            throw new IllegalArgumentException("size must be between 50 and 8000 pixels per side, got "
                    + width + "×" + height);
        }
        return new Animation(given, restarts, painter, width, height, frameDelay, lastFrameHold, inBetweens, motionTime);
    }

    /**
     * This animation showing other restarts of the fit.
     *
     * @param restarts {@link Restarts#RETURNED} for the returned restart alone, {@link Restarts#ALL}
     *     for every restart
     * @return the changed copy
     * @throws IllegalArgumentException if {@code restarts} is null
     */
    public Animation withRestarts(Restarts restarts) {
        if (restarts == null) {
            throw new IllegalArgumentException("restarts must not be null (RETURNED or ALL)");
        }
        return new Animation(given, restarts, shown(given, restarts), width, height, frameDelay, lastFrameHold, inBetweens, motionTime);
    }

    /**
     * This animation with another time per frame (GIF stores hundredths of a second).
     *
     * @param delay how long each frame is shown, 10 ms to 10 minutes
     * @return a copy of this animation with that delay
     * @throws IllegalArgumentException if null, below 10 ms or above 10 minutes
     */
    public Animation withFrameDelay(Duration delay) {
        checkDuration(delay, "frameDelay");
        return new Animation(given, restarts, painter, width, height, delay, lastFrameHold, inBetweens, motionTime);
    }

    /**
     * This animation with another time for which the last frame stays before the animation
     * starts again.
     *
     * @param hold how long the last frame is shown, 10 ms to 10 minutes
     * @return a copy of this animation with that hold
     * @throws IllegalArgumentException if null, below 10 ms or above 10 minutes
     */
    public Animation withLastFrameHold(Duration hold) {
        checkDuration(hold, "lastFrameHold");
        return new Animation(given, restarts, painter, width, height, frameDelay, hold, inBetweens, motionTime);
    }

    /**
     * This animation with smooth motion: where something moves into a frame (centroids to their
     * new places, points to new clusters), {@value #SMOOTH_IN_BETWEENS} pictures in between, over
     * 400 ms, show the centroids gliding and the points changing colour (see
     * {@link FramePainter#render(int, double, int, int)}). The frames themselves stay as they were,
     * each for {@link #frameDelay()}; the HTML player's scrubber and step buttons go from frame to
     * frame, and playing shows the motion between them.
     *
     * @return the changed copy
     */
    public Animation withSmoothMotion() {
        return withSmoothMotion(SMOOTH_IN_BETWEENS, SMOOTH_TIME);
    }

    /**
     * This animation with {@code inBetweens} pictures between two frames where something moves,
     * lasting {@code time} together; 0 in-betweens turns smooth motion off (the default).
     *
     * @param inBetweens the pictures in between, 0 to 60
     * @param time how long the motion lasts, 10 ms to 10 minutes, at least 10 ms per picture
     * @return the changed copy
     * @throws IllegalArgumentException if a value is out of range
     */
    public Animation withSmoothMotion(int inBetweens, Duration time) {
        if (inBetweens < 0 || inBetweens > 60) {
            throw new IllegalArgumentException("inBetweens must be between 0 and 60, got " + inBetweens);
        }
        checkDuration(time, "time");
        if (inBetweens > 0 && time.toMillis() / inBetweens < 10) {
            throw new IllegalArgumentException("each picture in between needs at least 10 ms: " + inBetweens
                    + " in " + time.toMillis() + " ms is too many");
        }
        return new Animation(given, restarts, painter, width, height, frameDelay, lastFrameHold, inBetweens, time);
    }

    /** {@return the pictures between two frames where something moves; 0 when motion is not smooth} */
    public int inBetweens() {
        return inBetweens;
    }

    /**
     * One picture of the animation as it plays: frame {@link #frame()} itself (progress 1), or a
     * picture on the way into it (progress below 1), and how long it is shown.
     *
     * @param frame the frame shown or moved to
     * @param progress how far the motion into the frame has gone, 1 for the frame itself
     * @param duration how long the picture is shown
     */
    public record Shot(int frame, double progress, Duration duration) {
        /** {@return whether this is a frame itself, not a picture in between} */
        public boolean isFrame() {
            return progress == 1;
        }
    }

    /**
     * Every picture the animation shows, in order: each frame, after the pictures in between that
     * lead into it when motion is smooth and something moves. Without smooth motion, one shot per
     * frame.
     *
     * @return the shots, each with its duration (the last frame's is {@link #lastFrameHold()})
     */
    public List<Shot> shots() {
        List<Shot> shots = new ArrayList<>();
        int count = frameCount();
        for (int i = 0; i < count; i++) {
            shots.addAll(motionInto(i));
            shots.add(new Shot(i, 1, i == count - 1 ? lastFrameHold : frameDelay));
        }
        return shots;
    }

    /** The pictures in between that lead into frame {@code i}: none without smooth motion or motion. */
    private List<Shot> motionInto(int i) {
        if (inBetweens == 0 || !painter.moves(i)) {
            return List.of();
        }
        Duration each = motionTime.dividedBy(inBetweens);
        List<Shot> shots = new ArrayList<>(inBetweens);
        for (int s = 1; s <= inBetweens; s++) {
            shots.add(new Shot(i, s / (double) (inBetweens + 1), each));
        }
        return shots;
    }

    /**
     * The picture of a shot.
     *
     * @param shot one of {@link #shots()}
     * @return a new image of {@link #width()} × {@link #height()} pixels
     * @throws IllegalArgumentException if the shot is null or its frame is not a frame
     */
    public BufferedImage picture(Shot shot) {
        if (shot == null) {
            throw new IllegalArgumentException("shot must not be null");
        }
        return painter.render(shot.frame(), shot.progress(), width, height);
    }

    private static void checkDuration(Duration d, String name) {
        if (d == null || d.toMillis() < 10 || d.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException(name + " must be between 10 ms and 10 minutes, got " + d);
        }
    }

    /**
     * The painter that draws the frames: the one given, or for {@link Restarts#RETURNED} the same
     * painter on the returned restart's events alone. Its frame {@code i} is this animation's
     * frame {@code i}; hand it to {@link AnimationWindow#open(FramePainter)} to replay the same
     * frames.
     *
     * @return the painter of the frames shown
     */
    public FramePainter painter() {
        return painter;
    }

    /**
     * Which restarts this animation shows.
     *
     * @return {@link Restarts#RETURNED} unless changed by {@link #withRestarts(Restarts)}
     */
    public Restarts restarts() {
        return restarts;
    }

    /**
     * The number of frames: one per event of the restarts shown.
     *
     * @return the frame count
     */
    public int frameCount() {
        return painter.frameCount();
    }

    /** {@return the width of every frame, in pixels} */
    public int width() {
        return width;
    }

    /** {@return the height of every frame, in pixels} */
    public int height() {
        return height;
    }

    /** {@return the time per frame} */
    public Duration frameDelay() {
        return frameDelay;
    }

    /** {@return the time the last frame stays} */
    public Duration lastFrameHold() {
        return lastFrameHold;
    }

    /**
     * Frame {@code index} as an image.
     *
     * @param index the frame, in [0, {@link #frameCount()})
     * @return a new image of {@link #width()} × {@link #height()} pixels
     * @throws IllegalArgumentException if {@code index} is not a frame
     */
    public BufferedImage frame(int index) {
        return painter.render(index, width, height);
    }

    /**
     * Writes every frame as {@code frame-0000.png}, {@code frame-0001.png}, … into a directory,
     * creating it if needed and replacing files of the same names.
     *
     * @param directory the directory to write into
     * @return the files written, in frame order
     * @throws IllegalArgumentException if {@code directory} is null
     * @throws IOException if the directory or a file cannot be written
     */
    public List<Path> writePngs(Path directory) throws IOException {
        if (directory == null) {
            throw new IllegalArgumentException("directory must not be null");
        }
        Files.createDirectories(directory);
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < frameCount(); i++) {
            Path file = directory.resolve(String.format(Locale.ROOT, "frame-%04d.png", i));
            if (!ImageIO.write(frame(i), "png", file.toFile())) {
                throw new IOException("no PNG writer available");
            }
            out.add(file);
        }
        return out;
    }

    /**
     * Writes an animated GIF that loops forever (NETSCAPE2.0 application extension), one image per
     * {@link #shots() shot}: each frame shown for {@link #frameDelay()}, the last for
     * {@link #lastFrameHold()}, and with smooth motion the pictures in between (GIF delays are
     * whole hundredths of a second).
     *
     * @param file the file to create or replace
     * @throws IllegalArgumentException if {@code file} is null
     * @throws IOException if the file cannot be written
     */
    public void writeGif(Path file) throws IOException {
        if (file == null) {
            throw new IllegalArgumentException("file must not be null");
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            writeGif(out);
        }
    }

    /**
     * Writes the animated GIF of {@link #writeGif(Path)} to a stream, which stays open.
     *
     * @param out the stream to write to
     * @throws IllegalArgumentException if {@code out} is null
     * @throws IOException if writing to the stream fails
     */
    public void writeGif(OutputStream out) throws IOException {
        if (out == null) {
            throw new IllegalArgumentException("out must not be null");
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException("no GIF writer available");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.prepareWriteSequence(null);
            boolean first = true;
            for (Shot shot : shots()) {
                BufferedImage image = Quantizer.toIndexed(picture(shot));
                ImageWriteParam param = writer.getDefaultWriteParam();
                IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
                gifMetadata(meta, (java.awt.image.IndexColorModel) image.getColorModel(),
                        (int) Math.max(1, Math.min(65535, shot.duration().toMillis() / 10)), first);
                first = false;
                writer.writeToSequence(new IIOImage(image, null, meta), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    private static void gifMetadata(IIOMetadata meta, java.awt.image.IndexColorModel colours, int hundredths,
                                    boolean first) throws IOException {
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(GIF_METADATA);
        // Each frame has its own colours: a local colour table (the sequence has no global one).
        IIOMetadataNode table = child(root, "LocalColorTable");
        table.setAttribute("sizeOfLocalColorTable", Integer.toString(colours.getMapSize()));
        table.setAttribute("sortFlag", "FALSE");
        while (table.getFirstChild() != null) {
            table.removeChild(table.getFirstChild());
        }
        for (int c = 0; c < colours.getMapSize(); c++) {
            IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
            entry.setAttribute("index", Integer.toString(c));
            entry.setAttribute("red", Integer.toString(colours.getRed(c)));
            entry.setAttribute("green", Integer.toString(colours.getGreen(c)));
            entry.setAttribute("blue", Integer.toString(colours.getBlue(c)));
            table.appendChild(entry);
        }
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(hundredths));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode extensions = child(root, "ApplicationExtensions");
            IIOMetadataNode netscape = new IIOMetadataNode("ApplicationExtension");
            netscape.setAttribute("applicationID", "NETSCAPE");
            netscape.setAttribute("authenticationCode", "2.0");
            // Sub-block 1, then the loop count as little-endian 16 bits: 0 means forever.
            netscape.setUserObject(new byte[] {1, 0, 0});
            extensions.appendChild(netscape);
        }
        meta.mergeTree(GIF_METADATA, root);
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }

    /**
     * Writes one self-contained HTML file: every frame as an embedded PNG, and a small player
     * (no network, no library) with play, pause, step back and forward, first, last, a scrubber,
     * a speed choice and a loop switch; the keyboard works too (space, arrows, Home, End). It
     * scales to the window, keeping the frames' proportions. Two switches (keys R and T): the
     * regions, when the painter shades them (the file then also holds every frame without them,
     * about twice the size), and the true classes, when the painter has them (one more picture:
     * the truth alone). The player writes the index of the frame it shows, and the state of the
     * switches, to the {@code data-frame}, {@code data-regions} and {@code data-truth}
     * attributes of the page's {@code body}. Opening the file with {@code #play} at the end of its
     * address starts playing at once. With {@link #withSmoothMotion() smooth motion}, playing shows
     * the pictures in between (the {@code data-motion} attribute then counts them: 1, 2, …, and is
     * 0 on a frame itself), while the scrubber and the step buttons go from frame to frame.
     *
     * @param file the file to create or replace
     * @throws IllegalArgumentException if {@code file} is null
     * @throws IOException if the file cannot be written
     */
    public void writeHtml(Path file) throws IOException {
        if (file == null) {
            throw new IllegalArgumentException("file must not be null");
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeHtml(w);
        }
    }

    /**
     * The HTML player of {@link #writeHtml(Path)} as a string: what a notebook displays inline as
     * HTML (the page is self-contained, so it works in an output cell's frame).
     *
     * @return the player's page
     * @throws UncheckedIOException if a frame cannot be encoded as PNG
     */
    public String toHtml() {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            writeHtml(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes the HTML player of {@link #writeHtml(Path)} to a writer, which stays open.
     *
     * @param out the writer to write to
     * @throws IllegalArgumentException if {@code out} is null
     * @throws IOException if writing fails
     */
    public void writeHtml(Writer out) throws IOException {
        if (out == null) {
            throw new IllegalArgumentException("out must not be null");
        }
        String template = HtmlTemplate.text()
                .replace("__WIDTH__", Integer.toString(width))
                .replace("__HEIGHT__", Integer.toString(height))
                .replace("__DELAY__", Long.toString(frameDelay.toMillis()))
                .replace("__HOLD__", Long.toString(lastFrameHold.toMillis()))
                .replace("__COUNT__", Integer.toString(frameCount()))
                .replace("__STEP__", Long.toString(inBetweens == 0 ? 0 : motionTime.toMillis() / inBetweens));
        // the regions switch: the same frames without regions, when the painter draws them
        FramePainter plain = painter.regionsShown() ? painter.withRegions(false) : null;
        String[] parts = template.split("/\\*(FRAMES|PLAIN|TRUTH|MOTION|MOTION_PLAIN)\\*/", -1);
        out.write(parts[0]);
        writeFrames(out, painter, false);
        out.write(parts[1]);
        if (plain != null) {
            writeFrames(out, plain, false);
        }
        out.write(parts[2]);
        if (painter.hasTrueClasses()) {   // the truth switch: one picture, the truth alone
            FramePainter truth = painter.withColourBy(FramePainter.ColourBy.TRUE_CLASSES);
            out.write(dataUrl(truth.render(frameCount() - 1, width, height)));
        }
        out.write(parts[3]);
        if (inBetweens > 0) {
            writeFrames(out, painter, true);
        }
        out.write(parts[4]);
        if (inBetweens > 0 && plain != null) {
            writeFrames(out, plain, true);
        }
        out.write(parts[5]);
    }

    /** The frames of {@code p} as data URLs, or with {@code motion} per frame the list of its in-betweens. */
    private void writeFrames(Writer out, FramePainter p, boolean motion) throws IOException {
        for (int i = 0; i < frameCount(); i++) {
            out.write(i == 0 ? "\n" : ",\n");
            if (!motion) {
                out.write('"' + dataUrl(p.render(i, width, height)) + '"');
                continue;
            }
            out.write('[');
            List<Shot> into = motionInto(i);
            for (int s = 0; s < into.size(); s++) {
                out.write((s == 0 ? "\"" : ",\"") + dataUrl(p.render(i, into.get(s).progress(), width, height)) + '"');
            }
            out.write(']');
        }
    }

    private static String dataUrl(BufferedImage image) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }
}
