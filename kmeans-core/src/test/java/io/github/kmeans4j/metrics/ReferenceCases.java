package io.github.kmeans4j.metrics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cases of {@code reference/metrics.json} (scikit-learn 1.2), read by a minimal JSON reader:
 * objects become maps, arrays lists, numbers doubles ({@link Double#parseDouble} rounds exactly).
 */
final class ReferenceCases {
    private final String text;
    private int pos;

    private ReferenceCases(String text) {
        this.text = text;
    }

    /** One case: data, a clustering, the known classes and scikit-learn's scores. */
    record Case(String name, double[][] x, int[] labels, int[] truth, Map<String, Object> raw) {
        double number(String key) {
            return (Double) raw.get(key);
        }

        double[] numbers(String key) {
            return ReferenceCases.doubles(raw.get(key));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> load() {
        Map<?, ?> root;
        try (InputStream in = ReferenceCases.class.getResourceAsStream("/reference/metrics.json")) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /reference/metrics.json");
            }
            ReferenceCases reader = new ReferenceCases(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            root = (Map<?, ?>) reader.value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Case> cases = new ArrayList<>();
        for (Object o : (List<?>) root.get("cases")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> c = (Map<String, Object>) o;
            List<?> rows = (List<?>) c.get("X");
            double[][] x = new double[rows.size()][];
            for (int i = 0; i < x.length; i++) {
                x[i] = doubles(rows.get(i));
            }
            cases.add(new Case((String) c.get("name"), x, ints(c.get("labels")), ints(c.get("truth")), c));
        }
        return cases;
    }

    static double[] doubles(Object list) {
        List<?> l = (List<?>) list;
        double[] out = new double[l.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (Double) l.get(i);
        }
        return out;
    }

    static int[] ints(Object list) {
        double[] d = doubles(list);
        int[] out = new int[d.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) d[i];
            if (out[i] != d[i]) {
                throw new IllegalStateException("not an integer label: " + d[i]);
            }
        }
        return out;
    }

    private Object value() {
        skipSpace();
        char c = text.charAt(pos);
        if (c == '{') {
            Map<String, Object> map = new LinkedHashMap<>();
            pos++;
            skipSpace();
            if (text.charAt(pos) == '}') {
                pos++;
                return map;
            }
            while (true) {
                skipSpace();
                String key = string();
                skipSpace();
                expect(':');
                map.put(key, value());
                skipSpace();
                if (text.charAt(pos) == ',') {
                    pos++;
                } else {
                    expect('}');
                    return map;
                }
            }
        }
        if (c == '[') {
            List<Object> list = new ArrayList<>();
            pos++;
            skipSpace();
            if (text.charAt(pos) == ']') {
                pos++;
                return list;
            }
            while (true) {
                list.add(value());
                skipSpace();
                if (text.charAt(pos) == ',') {
                    pos++;
                } else {
                    expect(']');
                    return list;
                }
            }
        }
        if (c == '"') {
            return string();
        }
        int begin = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        if (begin == pos) {
            throw new IllegalStateException("unexpected '" + c + "' at " + pos);
        }
        return Double.parseDouble(text.substring(begin, pos));
    }

    private String string() {
        expect('"');
        int begin = pos;
        while (text.charAt(pos) != '"') {
            if (text.charAt(pos) == '\\') {
                throw new IllegalStateException("escapes are not needed by the reference file, found one at " + pos);
            }
            pos++;
        }
        return text.substring(begin, pos++);
    }

    private void expect(char c) {
        if (text.charAt(pos) != c) {
            throw new IllegalStateException("expected '" + c + "' at " + pos + ", found '" + text.charAt(pos) + "'");
        }
        pos++;
    }

    private void skipSpace() {
        while (Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }
}
