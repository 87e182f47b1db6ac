package io.github.kmeans4j.cli;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.data.LabeledData;
import io.github.kmeans4j.data.Scaler;
import io.github.kmeans4j.data.Scaling;
import java.util.List;

/** The options fit and choose-k share beyond reading: {@code --scale}. */
final class Inputs {
    static final List<String> SCALERS = List.of("none", "standard", "min-max", "robust");

    private Inputs() {
    }

    /** The scaler {@code --scale} names, or null for none. */
    static Scaler scaler(Args args) {
        return switch (args.choice("scale", "none", SCALERS)) {
            case "standard" -> Scaler.STANDARD;
            case "min-max" -> Scaler.MIN_MAX;
            case "robust" -> Scaler.ROBUST;
            default -> null;
        };
    }

    /** The data a fit sees: the rows as read, or scaled. */
    static Dataset fitted(LabeledData table, Scaling scaling) {
        return scaling == null ? table.data() : scaling.transform(table.data());
    }

    /** "2 columns (x, y)" or "2 columns". */
    static String describe(Dataset data) {
        return Text.count(data.n(), "row") + ", " + Text.count(data.d(), "column")
                + (data.columnNames().isEmpty() ? "" : " (" + String.join(", ", data.columnNames()) + ")");
    }
}
