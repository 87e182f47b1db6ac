package io.github.kmeans4j.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The files a fit writes: labels and centroids, with every digit a double needs. */
final class Outputs {
    private Outputs() {
    }

    /** One line per row, in the input's order, under the header {@code cluster}. */
    static void labels(Path file, int[] labels) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            w.print("cluster\n");
            for (int label : labels) {
                w.print(label);
                w.print('\n');
            }
            if (w.checkError()) {
                throw new IOException(file + ": could not write the labels");
            }
        }
    }

    /**
     * Centroids in the data's units, one row per cluster: CSV with the column names as header
     * (x0, x1, ... when unnamed), or JSON ({@code {"columns": [...], "centroids": [[...]]}}) when
     * the file name ends in {@code .json}.
     */
    static void centroids(Path file, double[][] centroids, List<String> columns) throws IOException {
        List<String> names = names(columns, centroids[0].length);
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                 JsonGenerator g = Json.FACTORY.createGenerator(w).useDefaultPrettyPrinter()) {
                g.writeStartObject();
                g.writeArrayFieldStart("columns");
                for (String n : names) {
                    g.writeString(n);
                }
                g.writeEndArray();
                ModelFile.matrix(g, "centroids", centroids);
                g.writeEndObject();
            }
            return;
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            w.print("cluster," + String.join(",", quoted(names)) + "\n");
            for (int j = 0; j < centroids.length; j++) {
                StringBuilder line = new StringBuilder().append(j);
                for (double v : centroids[j]) {
                    line.append(',').append(v);
                }
                w.print(line.append('\n'));
            }
            if (w.checkError()) {
                throw new IOException(file + ": could not write the centroids");
            }
        }
    }

    static List<String> names(List<String> columns, int d) {
        if (!columns.isEmpty()) {
            return columns;
        }
        List<String> names = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            names.add("x" + j);
        }
        return names;
    }

    /** CSV quoting where a name needs it. */
    private static List<String> quoted(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            out.add(n.matches("[^,\"\\r\\n]*") ? n : "\"" + n.replace("\"", "\"\"") + "\"");
        }
        return out;
    }
}
