package io.github.kmeans4j.cli;

import io.github.kmeans4j.data.CsvFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The {@code kmeans4j} command: {@code fit}, {@code choose-k}, {@code predict}, {@code help}.
 * Results go to standard output, progress and errors to standard error, one line each. Exit
 * status: 0 when done, 1 when a file cannot be read or is not valid (the message names the file,
 * and for a table the line and column), 2 when the command line is wrong, 70 on an internal error.
 */
public final class Cli {
    static final int OK = 0;
    static final int DATA_ERROR = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 70;

    static final String HELP = """
            kmeans4j: k-means clustering of a table, from the command line

              kmeans4j fit FILE --k K [options]     cluster FILE, print and write the result
              kmeans4j choose-k FILE [options]      the K table and the recommended K
              kmeans4j predict MODEL FILE           label new rows with a saved model
              kmeans4j help [COMMAND]               this text, or one command's options
              kmeans4j --version

            Every command reads CSV with a header by default:
              --delimiter C         a one-character delimiter, tab, or whitespace (runs of blanks)
              --no-header           the first line is data
              --columns A,B         the data columns, by name or by 0-based index (default: all)
              --label-column C      a column of true classes: not clustered; fit reports the
                                    adjusted Rand index against it and shows it in animations

            Exit status: 0 done, 1 a file could not be read or is not valid, 2 a wrong command line.
            """;

    private Cli() {
    }

    /**
     * Runs the command and exits with its status.
     *
     * @param args the command and its arguments
     */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        System.out.flush();
        if (status != OK) {
            System.exit(status);
        }
    }

    /** The command without {@link System#exit}: returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        if (rest.isEmpty()) {
            err.print(HELP);
            return USAGE;
        }
        String command = rest.remove(0);
        try {
            switch (command) {
                case "fit":
                    return help(rest, out, FitCommand.HELP) ? OK : FitCommand.run(rest, out, err);
                case "choose-k":
                    return help(rest, out, ChooseKCommand.HELP) ? OK : ChooseKCommand.run(rest, out, err);
                case "predict":
                    return help(rest, out, PredictCommand.HELP) ? OK : PredictCommand.run(rest, out, err);
                case "help", "--help", "-h":
                    out.print(rest.isEmpty() ? HELP : helpOf(rest.get(0)));
                    return OK;
                case "--version":
                    out.println("kmeans4j " + version());
                    return OK;
                default:
                    throw new UsageException("no command '" + command + "'; the commands are fit, choose-k, predict"
                            + " and help");
            }
        } catch (UsageException e) {
            err.println("kmeans4j: " + e.getMessage());
            return USAGE;
        } catch (NoSuchFileException e) {
            err.println("kmeans4j: " + e.getFile() + ": no such file");
            return DATA_ERROR;
        } catch (CsvFormatException | FileFormatException e) {
            err.println("kmeans4j: " + e.getMessage());
            return DATA_ERROR;
        } catch (IOException e) {
            err.println("kmeans4j: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return DATA_ERROR;
        } catch (IllegalArgumentException e) {
            // the library refused the data (too few distinct rows for k, say): its message says why
            err.println("kmeans4j: " + e.getMessage());
            return DATA_ERROR;
        } catch (RuntimeException e) {
            err.println("kmeans4j: internal error, please report it: " + e);
            return INTERNAL;
        }
    }

    /** True (after printing {@code text}) when the arguments ask for the command's help. */
    private static boolean help(List<String> rest, PrintStream out, String text) {
        if (rest.contains("--help") || rest.contains("-h")) {
            out.print(text);
            return true;
        }
        return false;
    }

    private static String helpOf(String command) {
        return switch (command) {
            case "fit" -> FitCommand.HELP;
            case "choose-k" -> ChooseKCommand.HELP;
            case "predict" -> PredictCommand.HELP;
            default -> throw new UsageException("no command '" + command + "' to explain; the commands are fit,"
                    + " choose-k and predict");
        };
    }

    static String version() {
        try (InputStream in = Cli.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "(unknown version)");
        } catch (IOException e) {
            return "(unknown version)";
        }
    }
}
