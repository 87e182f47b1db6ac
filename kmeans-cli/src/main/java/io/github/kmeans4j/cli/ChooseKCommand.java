package io.github.kmeans4j.cli;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.data.LabeledData;
import io.github.kmeans4j.data.Scaler;
import io.github.kmeans4j.metrics.KSelection;
import io.github.kmeans4j.metrics.KSelectionReport;
import java.io.IOException;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code kmeans4j choose-k FILE [--k 2..10]}: the K table and the K it recommends. */
final class ChooseKCommand {
    static final String HELP = """
            kmeans4j choose-k FILE [options]
              Fits every K of a range and prints, per K, the inertia, the silhouette, the
              Calinski-Harabasz and Davies-Bouldin indices and the gap statistic, then the K the
              gap rule recommends and why.
              --k FROM..TO          the range of K (default 2..10; TO below the number of rows)
              --restarts R          fits per K, the best kept (default 3)
              --seed S              (default 42)
              --scale NAME          none (default), standard, min-max, robust
            """;

    private ChooseKCommand() {
    }

    static int run(List<String> argv, PrintStream out, PrintStream err) throws IOException {
        Set<String> options = new HashSet<>(Input.OPTIONS);
        options.addAll(List.of("k", "restarts", "seed", "scale"));
        Args args = Args.parse("choose-k", argv, options, Input.FLAGS);
        String file = args.operands("FILE").get(0);
        String range = args.string("k", "2..10");
        String[] ends = range.split("\\.\\.", -1);
        if (ends.length != 2) {
            throw new UsageException("option --k must be a range FROM..TO, such as 2..10, not '" + range + "'");
        }
        int from = Args.integer("k", ends[0], 1, Integer.MAX_VALUE);
        int to = Args.integer("k", ends[1], 1, Integer.MAX_VALUE);
        if (to <= from) {
            throw new UsageException("option --k: " + range + " is empty; the range must hold two values at least");
        }
        int restarts = args.integer("restarts", 3, 1, 10_000);
        long seed = args.longValue("seed", 42);
        Scaler scaler = Inputs.scaler(args);

        LabeledData table = Input.read(file, args);
        Dataset data = Inputs.fitted(table, scaler == null ? null : scaler.fit(table.data()));
        if (to >= data.n()) {
            throw new UsageException("option --k: K up to " + to + " needs more than " + to + " rows; " + file
                    + " has " + data.n());
        }
        KSelectionReport report = KSelection.builder().kRange(from, to).restarts(restarts).seed(seed).build()
                .sweep(data);
        out.printf(Locale.ROOT, "%s: %s%s%n", file, Inputs.describe(table.data()),
                scaler == null ? "" : ", scaled " + scaler.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        out.print(report.toTable());   // ends with the recommendation and its reason
        return 0;
    }
}
