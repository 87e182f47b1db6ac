package io.github.kmeans4j.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.kmeans4j.KMeansResult;
import io.github.kmeans4j.data.Scaler;
import io.github.kmeans4j.data.Scaling;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The command's model file, JSON: what {@code predict} needs to label new rows as the fit would
 * have, and what a reader wants to see.
 *
 * <pre>
 * { "format": "kmeans4j-model", "version": 1,
 *   "columns": ["x", "y"],                       // the data columns, [] when unnamed
 *   "scaling": null | { "scaler": "STANDARD", "centres": [...], "scales": [...] },
 *   "centroids": [[...], ...],                   // where the fit ran: in scaled units
 *   "centroidsInDataUnits": [[...], ...],        // the same, in the data's units
 *   "inertia": 12.5, "iterations": 7, "stopReason": "LABELS_STABLE", "seed": 42 }
 * </pre>
 *
 * Numbers are written with every digit a double needs, so reading gives the same doubles back.
 */
record ModelFile(List<String> columns, Scaling scaling, double[][] centroids) {
    static final String FORMAT = "kmeans4j-model";

    /** Writes the model of {@code result}, fitted on data scaled by {@code scaling} (or null). */
    static void write(Path file, KMeansResult result, Scaling scaling, List<String> columns) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             JsonGenerator g = Json.FACTORY.createGenerator(w).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", 1);
            g.writeArrayFieldStart("columns");
            for (String c : columns) {
                g.writeString(c);
            }
            g.writeEndArray();
            if (scaling == null) {
                g.writeNullField("scaling");
            } else {
                g.writeObjectFieldStart("scaling");
                g.writeStringField("scaler", scaling.scaler().name());
                g.writeFieldName("centres");
                g.writeArray(scaling.centres(), 0, scaling.d());
                g.writeFieldName("scales");
                g.writeArray(scaling.scales(), 0, scaling.d());
                g.writeEndObject();
            }
            double[][] centroids = result.centroids();
            matrix(g, "centroids", centroids);
            matrix(g, "centroidsInDataUnits", scaling == null ? centroids : scaling.inverse(centroids));
            g.writeNumberField("inertia", result.inertia());
            g.writeNumberField("iterations", result.iterations());
            g.writeStringField("stopReason", result.stopReason().name());
            g.writeNumberField("seed", result.seed());
            g.writeEndObject();
        }
    }

    static void matrix(JsonGenerator g, String name, double[][] rows) throws IOException {
        g.writeArrayFieldStart(name);
        for (double[] row : rows) {
            g.writeArray(row, 0, row.length);
        }
        g.writeEndArray();
    }

    /** Reads a model file, checking every field {@code predict} uses. */
    static ModelFile read(Path file) throws IOException {
        String where = file.toString();
        if (!(Json.read(file) instanceof Map<?, ?> root)) {
            throw new FileFormatException(where + ": not a kmeans4j model (a JSON object was expected)");
        }
        if (!FORMAT.equals(root.get("format"))) {
            throw new FileFormatException(where + ": not a kmeans4j model (its \"format\" is not \"" + FORMAT + "\")");
        }
        double version = Json.field(root, "version", Double.class, where);
        if (version != 1) {
            throw new FileFormatException(where + ": model version " + version + "; this kmeans4j reads version 1");
        }
        List<String> columns = new ArrayList<>();
        for (Object c : Json.field(root, "columns", List.class, where)) {
            if (!(c instanceof String name)) {
                throw new FileFormatException(where + ": \"columns\" must hold names");
            }
            columns.add(name);
        }
        List<?> rows = Json.field(root, "centroids", List.class, where);
        if (rows.isEmpty()) {
            throw new FileFormatException(where + ": \"centroids\" is empty");
        }
        double[][] centroids = new double[rows.size()][];
        for (int j = 0; j < centroids.length; j++) {
            centroids[j] = Json.numbers(rows.get(j), "centroids[" + j + "]", where);
            if (centroids[j].length != centroids[0].length || centroids[j].length == 0) {
                throw new FileFormatException(where + ": centroids[" + j + "] has " + centroids[j].length
                        + " values, centroids[0] " + centroids[0].length);
            }
        }
        int d = centroids[0].length;
        if (!columns.isEmpty() && columns.size() != d) {
            throw new FileFormatException(where + ": " + columns.size() + " column names for centroids of " + d
                    + " values");
        }
        Scaling scaling = null;
        Object s = root.get("scaling");
        if (s instanceof Map<?, ?> sm) {
            String name = Json.field(sm, "scaler", String.class, where + ", scaling");
            Scaler scaler;
            try {
                scaler = Scaler.valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new FileFormatException(where + ": unknown scaler \"" + name + "\"");
            }
            double[] centres = Json.numbers(sm.get("centres"), "scaling.centres", where);
            double[] scales = Json.numbers(sm.get("scales"), "scaling.scales", where);
            if (centres.length != d || scales.length != d) {
                throw new FileFormatException(where + ": the scaling has " + centres.length + " centres and "
                        + scales.length + " scales for centroids of " + d + " values");
            }
            try {
                scaling = Scaling.of(scaler, centres, scales);
            } catch (IllegalArgumentException e) {
                throw new FileFormatException(where + ": " + e.getMessage());
            }
        } else if (s != null) {
            throw new FileFormatException(where + ": \"scaling\" must be an object or null");
        }
        return new ModelFile(List.copyOf(columns), scaling, centroids);
    }

    /** The cluster of one row in the data's units: the nearest centroid, the first of equals. */
    int predict(double[] row) {
        double[] x = scaling == null ? row : scaling.transform(row);
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int j = 0; j < centroids.length; j++) {
            double sum = 0;
            for (int m = 0; m < x.length; m++) {
                double diff = x[m] - centroids[j][m];
                sum += diff * diff;
            }
            if (sum < bestDistance) {
                bestDistance = sum;
                best = j;
            }
        }
        return best;
    }
}
