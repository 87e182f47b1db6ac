package io.github.kmeans4j.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The examples' launcher.
 *
 * <pre>
 * Main                          runs the default example (iris)
 * Main help (or list, --help)   lists the examples, a line each
 * Main help NAME                describes one example and its options
 * Main NAME --help              the same
 * Main NAME [--option value…]   runs one example
 * Main --option value…          runs the default example with options
 * </pre>
 *
 * Every example also takes {@code --out DIR} (where files go; default
 * {@code kmeans4j-output/NAME}) and {@code --window auto|yes|no} (open a window when a display
 * exists; default {@code auto}). Without a display, examples write their pictures to the output
 * folder and print where.
 */
public final class Main {
    /** The example run when none is named. */
    static final String DEFAULT_EXAMPLE = "iris";
    /** The words that ask for help instead of running an example. */
    private static final List<String> HELP = List.of("help", "list", "--help", "-h");

    private Main() {
    }

    /** The examples, in the order the launcher lists them. */
    static List<Example> examples() {
        return List.of(new Line(), new Blobs(), new IrisWalkthrough(), new Explorer(), new InitCompare(),
                new ChooseK(), new Quantize(), new Digits(), new SparkExample());
    }

    /**
     * Runs the launcher; exits with status 2 on a bad command line, 1 if the example fails.
     *
     * @param args the example's name and its options, as in the class description
     */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** The launcher without {@link System#exit}: returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        if (!rest.isEmpty() && HELP.contains(rest.get(0))) {
            if (rest.size() == 2 && find(rest.get(1)) != null) {   // help NAME
                describe(find(rest.get(1)), out);
            } else {
                list(out);
            }
            return 0;
        }
        String name = rest.isEmpty() || rest.get(0).startsWith("--") ? DEFAULT_EXAMPLE : rest.remove(0);
        Example example = find(name);
        if (example == null) {
            err.println("no example named '" + name + "'; the examples are " + names()
                    + " (run with 'help' for what each does)");
            return 2;
        }
        if (rest.stream().anyMatch(a -> a.equals("--help") || a.equals("-h"))) {   // NAME --help
            describe(example, out);
            return 0;
        }
        Session session;
        Options options;
        try {
            Path folder = Path.of(take(rest, "out", "kmeans4j-output/" + example.name()));
            String window = take(rest, "window", "auto").toLowerCase(Locale.ROOT);
            boolean open = switch (window) {
                case "auto" -> Session.displayAvailable();
                case "yes" -> true;
                case "no" -> false;
                default -> throw new IllegalArgumentException("option --window must be auto, yes or no, not '"
                        + window + "'");
            };
            if (open && !Session.displayAvailable()) {
                throw new IllegalArgumentException("--window yes, but this JVM has no display (headless)");
            }
            options = Options.parse(example, rest);
            session = new Session(out, folder, open);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        try {
            example.run(options, session);
            return 0;
        } catch (IllegalArgumentException e) {
            err.println(example.name() + ": " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println(example.name() + ": " + e);
            return 1;
        } catch (UncheckedIOException e) {
            err.println(example.name() + ": " + e.getCause());
            return 1;
        }
    }

    private static Example find(String name) {
        for (Example e : examples()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** Removes {@code --name value} from {@code args} and returns the value, or the default. */
    private static String take(List<String> args, String name, String defaultValue) {
        int at = args.indexOf("--" + name);
        if (at < 0) {
            return defaultValue;
        }
        if (args.lastIndexOf("--" + name) != at) {
            throw new IllegalArgumentException("option --" + name + " is given twice; give it once");
        }
        if (at + 1 >= args.size()) {
            throw new IllegalArgumentException("option --" + name + " needs a value");
        }
        args.remove(at);
        return args.remove(at);
    }

    private static String names() {
        List<String> names = new ArrayList<>();
        for (Example e : examples()) {
            names.add(e.name());
        }
        return String.join(", ", names);
    }

    private static void describe(Example e, PrintStream out) {
        out.printf(Locale.ROOT, "%s: %s%n%s Every example also takes --out DIR (default kmeans4j-output/%s) "
                + "and --window auto|yes|no (default auto).%n", e.name(), e.summary(), Options.accepted(e), e.name());
    }

    private static void list(PrintStream out) {
        out.println("kmeans4j examples (run one with: NAME [--option value ...]; every example also takes "
                + "--out DIR and --window auto|yes|no):");
        for (Example e : examples()) {
            out.printf(Locale.ROOT, "  %-10s %s%n", e.name(), e.summary());
            out.printf(Locale.ROOT, "  %-10s %s%n", "", Options.accepted(e));
        }
    }
}
