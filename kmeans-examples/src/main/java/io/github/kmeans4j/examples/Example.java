package io.github.kmeans4j.examples;

import java.io.IOException;
import java.util.List;

/**
 * One runnable example of the launcher ({@link Main}): a name to call it by, a line saying what
 * it shows, the options it accepts, and the program itself.
 */
interface Example {

    /** The name given on the command line, such as {@code quantize}. */
    String name();

    /** One line for the launcher's list. */
    String summary();

    /** The options this example reads, besides the launcher's own ({@code --out}, {@code --window}). */
    List<Option> options();

    /**
     * Runs the example.
     *
     * @param options the parsed command line, holding only the options of {@link #options()}
     * @param session where to print, where to write files, and whether a window may be opened
     */
    void run(Options options, Session session) throws IOException;

    /** An option: its name without the dashes, its default value (as typed) and what it does. */
    record Option(String name, String defaultValue, String help) {
    }
}
