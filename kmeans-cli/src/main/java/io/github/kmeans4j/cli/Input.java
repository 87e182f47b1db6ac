package io.github.kmeans4j.cli;

import io.github.kmeans4j.data.CsvReader;
import io.github.kmeans4j.data.LabeledData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * How the commands read a table: a CSV file with a header by default; {@code --delimiter}
 * {@code ';'}, {@code tab} or {@code whitespace}; {@code --no-header}; {@code --columns} to
 * choose the data columns by name or by 0-based index; {@code --label-column} for a column of
 * true classes that is not clustered.
 */
final class Input {
    /** The options every reading command accepts. */
    static final Set<String> OPTIONS = Set.of("delimiter", "columns", "label-column");
    /** The flags every reading command accepts. */
    static final Set<String> FLAGS = Set.of("no-header");

    private Input() {
    }

    /** Reads {@code file} as the options say. */
    static LabeledData read(String file, Args args) throws IOException {
        Path path = Path.of(file);
        if (!Files.exists(path)) {
            throw new NoSuchFileException(file, null, "no such file");
        }
        return reader(args).read(path);
    }

    static CsvReader reader(Args args) {
        CsvReader.Builder b = CsvReader.builder().header(!args.has("no-header"));
        String delimiter = args.string("delimiter", ",");
        switch (delimiter) {
            case "whitespace" -> b.whitespaceDelimited();
            case "tab", "\\t" -> b.delimiter('\t');
            default -> {
                if (delimiter.length() != 1) {
                    throw new UsageException("option --delimiter must be one character, tab or whitespace, not '"
                            + delimiter + "'");
                }
                try {
                    b.delimiter(delimiter.charAt(0));
                } catch (IllegalArgumentException e) {
                    throw new UsageException("option --delimiter: " + e.getMessage());
                }
            }
        }
        if (args.has("columns")) {
            List<String> names = List.of(args.string("columns", "").split(","));
            if (names.stream().allMatch(n -> n.strip().matches("[0-9]+"))) {
                b.columns(names.stream().mapToInt(n -> Integer.parseInt(n.strip())).toArray());
            } else {
                b.columns(names.stream().map(String::strip).toArray(String[]::new));
            }
        }
        if (args.has("label-column")) {
            String label = args.string("label-column", "").strip();
            if (label.matches("[0-9]+")) {
                b.labelColumn(Integer.parseInt(label));
            } else {
                b.labelColumn(label);
            }
        }
        return b.build();
    }
}
