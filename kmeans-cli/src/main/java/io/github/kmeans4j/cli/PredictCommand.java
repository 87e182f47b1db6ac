package io.github.kmeans4j.cli;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.data.LabeledData;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code kmeans4j predict MODEL FILE}: the cluster of every row of FILE, as the fit would give. */
final class PredictCommand {
    static final String HELP = """
            kmeans4j predict MODEL FILE [options]
              Labels the rows of FILE with the model 'fit --model' wrote: each row goes to its nearest
              centroid, after the model's scaling. When the model has column names and FILE a header,
              the model's columns are read by name; else FILE must have exactly the model's columns.
              --labels FILE         writes the clusters there instead of to standard output
            """;

    private PredictCommand() {
    }

    static int run(List<String> argv, PrintStream out, PrintStream err) throws IOException {
        java.util.Set<String> options = new java.util.HashSet<>(Input.OPTIONS);
        options.add("labels");
        Args args = Args.parse("predict", argv, options, Input.FLAGS);
        List<String> operands = args.operands("MODEL", "FILE");
        ModelFile model = ModelFile.read(Path.of(operands.get(0)));
        List<String> argvWithColumns = argv;
        if (!args.has("columns") && !model.columns().isEmpty() && !args.has("no-header")) {
            argvWithColumns = new ArrayList<>(argv);
            argvWithColumns.add("--columns");
            argvWithColumns.add(String.join(",", model.columns()));
        }
        Args reading = Args.parse("predict", argvWithColumns, options, Input.FLAGS);
        LabeledData table = Input.read(operands.get(1), reading);
        Dataset data = table.data();
        int d = model.centroids()[0].length;
        if (data.d() != d) {
            throw new FileFormatException(operands.get(1) + ": " + Text.count(data.d(), "column")
                    + " of data, the model has " + d);
        }
        int[] labels = new int[data.n()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = model.predict(data.row(i));
        }
        if (args.has("labels")) {
            Outputs.labels(Path.of(args.string("labels", null)), labels);
        } else {
            StringBuilder s = new StringBuilder("cluster\n");
            for (int label : labels) {
                s.append(label).append('\n');
            }
            out.print(s);
        }
        return 0;
    }
}
