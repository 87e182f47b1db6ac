package io.github.kmeans4j.examples;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The options of one example, parsed from {@code --name value} pairs and checked against the
 * example's declared {@link Example.Option}s, so that a misspelt or malformed option is reported
 * with its name instead of being ignored.
 */
final class Options {
    private final String example;
    private final Map<String, String> values = new LinkedHashMap<>();

    private Options(String example) {
        this.example = example;
    }

    /**
     * Parses {@code args} for {@code example}: every option must be declared by it, given once,
     * and given a value; options not given take their declared default.
     *
     * @throws IllegalArgumentException naming the option and listing the accepted ones
     */
    static Options parse(Example example, List<String> args) {
        Options options = new Options(example.name());
        Map<String, Example.Option> declared = new LinkedHashMap<>();
        for (Example.Option o : example.options()) {
            declared.put(o.name(), o);
            options.values.put(o.name(), o.defaultValue());
        }
        Set<String> given = new HashSet<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("example '" + example.name() + "': unexpected argument '" + arg
                        + "'; options are written --name value. " + accepted(example));
            }
            String name = arg.substring(2);
            if (!declared.containsKey(name)) {
                throw new IllegalArgumentException("example '" + example.name() + "' has no option --" + name
                        + ". " + accepted(example));
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException("option --" + name + " needs a value (" + declared.get(name).help()
                        + ")");
            }
            if (!given.add(name)) {
                throw new IllegalArgumentException("option --" + name + " is given twice; give it once");
            }
            options.values.put(name, args.get(++i));
        }
        return options;
    }

    static String accepted(Example example) {
        List<String> names = new ArrayList<>();
        for (Example.Option o : example.options()) {
            names.add("--" + o.name() + " (default " + o.defaultValue() + ")");
        }
        return names.isEmpty() ? "It takes no options." : "It accepts " + String.join(", ", names) + ".";
    }

    /** The raw value of a declared option. */
    String string(String name) {
        String v = values.get(name);
        if (v == null && !values.containsKey(name)) {
            throw new IllegalStateException("example '" + example + "' reads undeclared option --" + name);
        }
        return v;
    }

    /** An integer option within {@code [min, max]}. */
    int integer(String name, int min, int max) {
        String v = string(name);
        int value;
        try {
            value = Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option --" + name + " must be a whole number, not '" + v + "'");
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "option --%s must be between %d and %d, not %d",
                    name, min, max, value));
        }
        return value;
    }

    /** A long option (seeds). */
    long longValue(String name) {
        String v = string(name);
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option --" + name + " must be a whole number, not '" + v + "'");
        }
    }

    /** A finite decimal option within {@code [min, max]}. */
    double decimal(String name, double min, double max) {
        String v = string(name);
        double value;
        try {
            value = Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option --" + name + " must be a number, not '" + v + "'");
        }
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException("option --" + name + " must be between " + min + " and " + max
                    + ", not " + v);
        }
        return value;
    }

    /** A comma-separated list of integers, each within {@code [min, max]}, at least one. */
    int[] integers(String name, int min, int max) {
        String v = string(name);
        String[] parts = v.split(",");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Integer.parseInt(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("option --" + name + " must be whole numbers separated by commas, "
                        + "not '" + v + "'");
            }
            if (out[i] < min || out[i] > max) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "option --%s: every value must be between %d and %d, not %d", name, min, max, out[i]));
            }
        }
        return out;
    }
}
