package io.github.kmeans4j.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON document into maps, lists, strings, doubles, booleans and nulls (Jackson's
 * streaming parser; the command needs no data binding), and reads typed values back out of them
 * with messages that name the file and the field.
 */
final class Json {
    static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    static Object read(Path file) throws IOException {
        try (JsonParser p = FACTORY.createParser(file.toFile())) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new FileFormatException(file + ": empty file, expected JSON");
            }
            Object value = value(p);
            if (p.nextToken() != null) {
                throw new FileFormatException(file + ": more than one JSON value (line " + p.currentLocation().getLineNr()
                        + ")");
            }
            return value;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new FileFormatException(file + ": not valid JSON: " + e.getOriginalMessage() + " (line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ", column "
                    + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr()) + ")");
        }
    }

    private static Object value(JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() != JsonToken.END_OBJECT) {
                    String name = p.currentName();
                    p.nextToken();
                    map.put(name, value(p));
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(p));
                }
                return list;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return p.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    /** A field of an object, which must be present and of the given type. */
    static <T> T field(Map<?, ?> object, String name, Class<T> type, String where) {
        Object v = object.get(name);
        if (!type.isInstance(v)) {
            throw new FileFormatException(where + ": field \"" + name + "\" is "
                    + (v == null ? "missing" : "not a " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT)));
        }
        return type.cast(v);
    }

    static double[] numbers(Object list, String what, String where) {
        if (!(list instanceof List<?> items)) {
            throw new FileFormatException(where + ": " + what + " is not a list of numbers");
        }
        double[] out = new double[items.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(items.get(i) instanceof Double v) || !Double.isFinite(v)) {
                throw new FileFormatException(where + ": " + what + "[" + i + "] is not a finite number");
            }
            out[i] = (Double) items.get(i);
        }
        return out;
    }
}
