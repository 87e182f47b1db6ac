package io.github.kmeans4j.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of one command: positional operands and {@code --name value} options (or
 * {@code --name=value}), each option declared by the command, given at most once. Flags are
 * options without a value. Everything wrong is a {@link UsageException} naming the option.
 */
final class Args {
    private final String command;
    private final List<String> operands = new ArrayList<>();
    private final Map<String, String> values = new LinkedHashMap<>();

    private Args(String command) {
        this.command = command;
    }

    /**
     * Parses {@code args} for {@code command}, which takes the options {@code withValue} (each
     * followed by a value) and the flags {@code flags}.
     */
    static Args parse(String command, List<String> args, Set<String> withValue, Set<String> flags) {
        Args parsed = new Args(command);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.equals("--")) {
                parsed.operands.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (flags.contains(name)) {
                if (value != null) {
                    throw new UsageException("option --" + name + " takes no value");
                }
                value = "";
            } else if (withValue.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("option --" + name + " needs a value");
                    }
                    value = args.get(++i);
                }
            } else {
                throw new UsageException("'" + command + "' has no option --" + name + " (see: kmeans4j help " + command
                        + ")");
            }
            if (parsed.values.put(name, value) != null) {
                throw new UsageException("option --" + name + " is given twice; give it once");
            }
        }
        return parsed;
    }

    /** The operands; exactly {@code count} are required, named by {@code names}. */
    List<String> operands(String... names) {
        if (operands.size() != names.length) {
            throw new UsageException("'" + command + "' takes " + String.join(" ", names) + ", "
                    + (operands.isEmpty() ? "none given" : "not " + String.join(" ", operands)));
        }
        return operands;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String string(String name, String defaultValue) {
        return values.getOrDefault(name, defaultValue);
    }

    /** A required option. */
    String required(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new UsageException("'" + command + "' needs --" + name);
        }
        return v;
    }

    int integer(String name, int defaultValue, int min, int max) {
        String v = values.get(name);
        return v == null ? defaultValue : integer(name, v, min, max);
    }

    static int integer(String name, String v, int min, int max) {
        int value;
        try {
            value = Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("option --" + name + " must be a whole number, not '" + v + "'");
        }
        if (value < min || value > max) {
            throw new UsageException(String.format(Locale.ROOT, "option --%s must be between %d and %d, not %d", name,
                    min, max, value));
        }
        return value;
    }

    long longValue(String name, long defaultValue) {
        String v = values.get(name);
        if (v == null) {
            return defaultValue;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("option --" + name + " must be a whole number, not '" + v + "'");
        }
    }

    /** One of {@code choices}, as written (lower case). */
    String choice(String name, String defaultValue, List<String> choices) {
        String v = values.getOrDefault(name, defaultValue).toLowerCase(Locale.ROOT);
        if (!choices.contains(v)) {
            throw new UsageException("option --" + name + " must be one of " + String.join(", ", choices) + ", not '"
                    + values.get(name) + "'");
        }
        return v;
    }
}
