package io.github.kmeans4j.examples;

import java.awt.GraphicsEnvironment;
import java.awt.image.RenderedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Where an example talks and writes: its messages, its output folder (created on first use),
 * and whether it may open a window (a display exists and the user did not ask for files).
 */
final class Session {
    private final PrintStream out;
    private final Path folder;
    private final boolean window;

    Session(PrintStream out, Path folder, boolean window) {
        this.out = out;
        this.folder = folder;
        this.window = window;
    }

    /** Whether a window can be opened: a display is present and windows were not turned off. */
    static boolean displayAvailable() {
        return !GraphicsEnvironment.isHeadless();
    }

    /** Where messages go. */
    PrintStream out() {
        return out;
    }

    /** Whether the example should open a window rather than only write files. */
    boolean window() {
        return window;
    }

    /** The path of {@code name} in the output folder, the folder created if needed. */
    Path file(String name) throws IOException {
        Files.createDirectories(folder);
        return folder.resolve(name);
    }

    /** Writes {@code image} as PNG to {@code name} in the output folder and says where. */
    Path writePng(String name, RenderedImage image) throws IOException {
        Path path = file(name);
        if (!ImageIO.write(image, "png", path.toFile())) {
            throw new IOException("no PNG writer available for " + path);
        }
        wrote(path);
        return path;
    }

    /** Prints that {@code path} was written. */
    void wrote(Path path) {
        out.println("wrote " + path.toAbsolutePath().normalize());
    }
}
