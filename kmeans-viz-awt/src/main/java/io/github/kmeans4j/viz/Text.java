package io.github.kmeans4j.viz;

import io.github.kmeans4j.recording.Frame;
import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Number formatting (locale-independent) and word wrapping for the painter. */
final class Text {
    private Text() {
    }

    /** Four significant digits, plain notation between 1e-3 and 1e7, scientific outside. */
    static String number(double v) {
        return Frame.formatNumber(v);   // the captions' own format, from the core
    }

    private static final java.util.Set<String> UNITS = java.util.Set.of("mm", "cm", "m", "km", "mg", "g", "kg", "t",
            "ms", "s", "min", "h", "d", "in", "ft", "lb", "oz", "ml", "l", "hz", "khz", "mhz", "w", "kw", "v", "a",
            "pct", "percent", "usd", "eur", "px", "deg", "c", "f", "k");

    /**
     * A column name as an axis title: words from snake_case or kebab-case, the first capitalised,
     * a trailing unit in brackets ({@code sepal_length_cm} becomes "Sepal length (cm)"); a name
     * that is not of that form is kept as it is.
     */
    static String axisTitle(String name) {
        if (name == null || name.isBlank() || !name.matches("[A-Za-z0-9]+([_-][A-Za-z0-9]+)+")) {
            return name;
        }
        List<String> words = new ArrayList<>(List.of(name.split("[_-]")));
        String unit = null;
        if (words.size() > 1 && UNITS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            unit = words.remove(words.size() - 1);
            unit = unit.equalsIgnoreCase("pct") || unit.equalsIgnoreCase("percent") ? "%" : unit;
        }
        String text = String.join(" ", words);
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return unit == null ? text : text + " (" + unit + ")";
    }

    /** What an empty-cluster policy did, in words. */
    static String policy(io.github.kmeans4j.EmptyClusterPolicy policy) {
        return switch (policy) {
            case FARTHEST_POINT -> "moved to the farthest point";
            case KEEP_PREVIOUS -> "centroid kept where it was";
            default -> policy.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    /** An integer with spaces between groups of three digits: "1 000 000". */
    static String count(long v) {
        return String.format(Locale.ROOT, "%,d", v).replace(',', ' ');
    }

    /** Words of {@code text} wrapped to lines of at most {@code width} pixels, at most {@code maxLines}. */
    static List<String> wrap(String text, FontMetrics fm, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        String[] words = text.split(" ");
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String candidate = line.length() == 0 ? words[i] : line + " " + words[i];
            if (fm.stringWidth(candidate) <= width || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(words[i]);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        if (lines.size() > maxLines) {
            List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
            cut.set(maxLines - 1, ellipsize(cut.get(maxLines - 1) + " …", fm, width));
            return cut;
        }
        for (int i = 0; i < lines.size(); i++) {
            lines.set(i, ellipsize(lines.get(i), fm, width));
        }
        return lines;
    }

    /** The text, cut and ended with "…" if it is wider than {@code width} pixels. */
    static String ellipsize(String text, FontMetrics fm, int width) {
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        int end = text.length();
        while (end > 0 && fm.stringWidth(text.substring(0, end) + "…") > width) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
