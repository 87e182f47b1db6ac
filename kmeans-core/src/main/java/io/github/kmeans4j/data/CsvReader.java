package io.github.kmeans4j.data;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.internal.ArrayLimits;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads numeric CSV data, with an optional label column, into a {@link LabeledData}.
 *
 * <pre>{@code
 * LabeledData iris = CsvReader.builder()
 *         .columns("sepal_length_cm", "sepal_width_cm")
 *         .labelColumn("class")
 *         .build()
 *         .read(Path.of("iris.csv"));
 * }</pre>
 *
 * <p>The format is RFC 4180 with leniencies: a one-character delimiter (default {@code ','});
 * fields may be quoted with {@code "}, a quoted field may hold delimiters, line breaks and doubled
 * quotes ({@code ""}); whitespace around a field is ignored, except inside quotes of a label;
 * lines ending in LF, CRLF or CR; a leading byte order mark is skipped; blank lines are skipped
 * anywhere; lines starting with a chosen comment prefix are skipped when one is set. By default
 * the first line is a header of column names, and every column is data.
 *
 * <p>Data values are decimal numbers as Java writes them ({@code -1.5}, {@code 2}, {@code .5},
 * {@code 6.02e23}), read independently of the default locale. The label column may hold any text:
 * labels are numbered {@code 0, 1, …} in order of first appearance, and the texts become the class
 * names. The chosen columns' header names become the dataset's column names (without a header the
 * dataset has no column names).
 *
 * <p>Errors: a file that cannot be read as such numbers raises a {@link CsvFormatException} (an
 * {@link IllegalArgumentException}) whose message names the source, the line and the column, both
 * counted from 1, and quotes the offending text: a value that is not a number or not finite, an
 * empty value or label, a line with the wrong number of fields, an unclosed quote, a chosen column
 * missing from the header, an empty file or a file without data lines. Failures to read the input
 * itself are {@link IOException}s. A reader is immutable and thread-safe; reading takes time and
 * memory linear in the input.
 */
public final class CsvReader {

    /**
     * A decimal number: optional sign, then digits with an optional point and fraction, or a point
     * and digits, then an optional exponent. Possessive quantifiers, so a long field that is not a
     * number is rejected in linear time (the greedy form, digits then an optional point then
     * digits, tried every split of a run of digits between its two digit groups: quadratic).
     */
    static final Pattern DECIMAL = Pattern.compile("[+-]?+(?:[0-9]++(?:\\.[0-9]*+)?+|\\.[0-9]++)(?:[eE][+-]?+[0-9]++)?+");
    private static final Pattern NON_FINITE = Pattern.compile("[+-]?(?:nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

    private final boolean header;
    private final char delimiter;
    private final boolean whitespace;     // fields separated by runs of blanks, no quoting
    private final String commentPrefix;   // null: no comment lines
    private final String[] columnNames;   // chosen by name, or null
    private final int[] columnIndices;    // chosen by index, or null (both null: all but the label)
    private final String labelName;       // label by name, or null
    private final int labelIndex;         // label by index, or -1

    private CsvReader(Builder b) {
        this.header = b.header;
        this.delimiter = b.delimiter;
        this.whitespace = b.whitespace;
        this.commentPrefix = b.commentPrefix;
        this.columnNames = b.columnNames;
        this.columnIndices = b.columnIndices;
        this.labelName = b.labelName;
        this.labelIndex = b.labelIndex;
    }

    /**
     * {@return a builder with the defaults: a header line, comma-delimited, every column is data, no
     * label, no comments}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a UTF-8 file. Error messages start with the file's path.
     *
     * @param file the file to read
     * @return the chosen columns as data, with the labels when a label column was chosen
     * @throws CsvFormatException if the content is malformed (see the class description)
     * @throws IOException if the file cannot be read or is not UTF-8 (the message names the line and
     *     the byte offset of the first invalid bytes)
     */
    public LabeledData read(Path file) throws IOException {
        if (file == null) {
            throw new IllegalArgumentException("file must not be null");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(new Utf8Reader(in), file.toString());
        }
    }

    /**
     * Reads UTF-8 bytes from a stream, which is not closed.
     *
     * @param in the stream to read to its end
     * @return the chosen columns as data, with the labels when a label column was chosen
     * @throws CsvFormatException if the content is malformed (see the class description)
     * @throws IOException if the stream cannot be read or is not UTF-8 (the message names the line and
     *     the byte offset of the first invalid bytes)
     */
    public LabeledData read(InputStream in) throws IOException {
        if (in == null) {
            throw new IllegalArgumentException("input stream must not be null");
        }
        return read(new Utf8Reader(in), null);
    }

    /**
     * Reads from {@code reader}, which is not closed.
     *
     * @param reader the characters to read to their end
     * @return the chosen columns as data, with the labels when a label column was chosen
     * @throws CsvFormatException if the content is malformed (see the class description)
     * @throws IOException if the reader fails
     */
    public LabeledData read(Reader reader) throws IOException {
        return read(reader, null);
    }

    /**
     * Reads from {@code reader}, which is not closed; error messages start with {@code sourceName}
     * (when not null), for example a file or resource name.
     *
     * @param reader the characters to read to their end
     * @param sourceName the name of the input for error messages, or null for none
     * @return the chosen columns as data, with the labels when a label column was chosen
     * @throws CsvFormatException if the content is malformed (see the class description)
     * @throws IOException if the reader fails
     */
    public LabeledData read(Reader reader, String sourceName) throws IOException {
        if (reader == null) {
            throw new IllegalArgumentException("reader must not be null");
        }
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        return new Parse(lines, sourceName, reader instanceof Utf8Reader).run();
    }

    /**
     * Reads a UTF-8 resource found by {@code anchor.getResourceAsStream(name)}: a name relative
     * to the anchor's package, or absolute with a leading {@code /}. Error messages start with the
     * resource name.
     *
     * <p>In a named module, resources in a package are encapsulated: this method finds a resource
     * of another module's package only if that package is open to module {@code io.github.kmeans4j}.
     * Otherwise open the stream yourself and call {@link #read(InputStream)}.
     *
     * @param anchor the class whose {@code getResourceAsStream} finds the resource
     * @param name the resource name, relative to the anchor's package or absolute
     * @return the chosen columns as data, with the labels when a label column was chosen
     * @throws IllegalArgumentException if an argument is null or the resource is not found
     * @throws CsvFormatException if the content is malformed (see the class description)
     * @throws IOException if the resource cannot be read or is not UTF-8 (the message names the line and
     *     the byte offset of the first invalid bytes)
     */
    public LabeledData readResource(Class<?> anchor, String name) throws IOException {
        if (anchor == null || name == null) {
            throw new IllegalArgumentException("anchor class and resource name must not be null, were "
                    + anchor + " and " + name);
        }
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("resource \"" + name + "\" not found relative to " + anchor.getName());
            }
            return read(new Utf8Reader(in), name);
        }
    }

    /** One field of a record: its text, whether it was quoted, and where it starts. */
    private record Field(String text, boolean quoted, int line) {
    }

    /** The state of one read: the lines, the position, the columns found and the values so far. */
    private final class Parse {
        private final BufferedReader in;
        private final String source;
        private int lineNumber;
        private int recordLine;
        private String[] headerNames;  // null without a header
        private int headerLine;
        private int width = -1;
        private int widthLine;
        private int[] chosen;
        private int label = -1;
        private double[] values = new double[1024];
        private int valueCount;
        private int[] labels = new int[256];
        private int rows;
        private final Map<String, Integer> classes = new LinkedHashMap<>();

        /** Whether a decoding failure comes from the line being read (see {@link Utf8Reader}). */
        private final boolean exactDecoding;

        Parse(BufferedReader in, String source, boolean exactDecoding) {
            this.in = in;
            this.source = source;
            this.exactDecoding = exactDecoding;
        }

        /**
         * The next physical line, or null at the end.
         *
         * @throws IOException naming the line if the input cannot be decoded
         */
        private String readLine() throws IOException {
            try {
                return in.readLine();
            } catch (CharacterCodingException e) {
                String where = exactDecoding ? "line " + (lineNumber + 1) : "line " + (lineNumber + 1) + " or later";
                String what = e instanceof Utf8Reader.NotUtf8Exception ? e.getMessage()
                        : "the reader could not decode the input (" + e + ")";
                throw new IOException((source == null ? "" : source + ": ") + where + ": " + what, e);
            }
        }

        LabeledData run() throws IOException {
            List<Field> record;
            boolean sawRecord = false;
            while ((record = nextRecord()) != null) {
                if (!sawRecord) {
                    sawRecord = true;
                    width = record.size();
                    widthLine = recordLine;
                    if (header) {
                        headerLine = recordLine;
                        headerNames = new String[record.size()];
                        for (int j = 0; j < headerNames.length; j++) {
                            headerNames[j] = record.get(j).text().strip();
                        }
                        resolveColumns();
                        continue;
                    }
                    resolveColumns();
                }
                addRow(record);
            }
            if (!sawRecord) {
                throw error(0, 0, "empty file: no " + (header ? "header and no " : "") + "data");
            }
            if (rows == 0) {
                throw error(headerLine, 0, "no data lines after the header on line " + headerLine);
            }
            return result();
        }

        private void resolveColumns() {
            if (labelName != null) {
                label = indexOfName(labelName, "label column");
            } else if (labelIndex >= 0) {
                label = checkIndex(labelIndex, "label column");
            }
            if (columnNames != null) {
                chosen = new int[columnNames.length];
                for (int j = 0; j < chosen.length; j++) {
                    chosen[j] = indexOfName(columnNames[j], "column");
                }
            } else if (columnIndices != null) {
                chosen = new int[columnIndices.length];
                for (int j = 0; j < chosen.length; j++) {
                    chosen[j] = checkIndex(columnIndices[j], "column");
                }
            } else {
                chosen = new int[label >= 0 ? width - 1 : width];
                for (int j = 0, c = 0; j < width; j++) {
                    if (j != label) {
                        chosen[c++] = j;
                    }
                }
                if (chosen.length == 0) {
                    throw error(widthLine, 0, "no data columns: the only column is the label column");
                }
            }
        }

        private int indexOfName(String name, String role) {
            int found = -1;
            for (int j = 0; j < headerNames.length; j++) {
                if (headerNames[j].equals(name)) {
                    if (found >= 0) {
                        throw error(headerLine, j + 1, role + " name \"" + name + "\" is ambiguous: it names columns "
                                + (found + 1) + " and " + (j + 1) + " of the header");
                    }
                    found = j;
                }
            }
            if (found < 0) {
                throw error(headerLine, 0, "no " + role + " named \"" + name + "\" in the header; its columns are "
                        + Arrays.toString(headerNames));
            }
            return found;
        }

        private int checkIndex(int index, String role) {
            if (index >= width) {
                throw error(widthLine, 0, role + " index " + index + " is out of range: line " + widthLine + " has "
                        + width + " columns (indices 0 to " + (width - 1) + ")");
            }
            return index;
        }

        private void addRow(List<Field> record) {
            if (record.size() != width) {
                int column = Math.min(record.size(), width) + 1;
                throw error(recordLine, column, "expected " + width + (width == 1 ? " field" : " fields")
                        + (header ? " (as in the header on line " + headerLine + ")" : " (as on line " + widthLine + ")")
                        + ", found " + record.size());
            }
            int d = chosen.length;
            if ((long) (rows + 1) * d > ArrayLimits.MAX_VALUES) {
                throw error(recordLine, 0, "too many values: more than " + ArrayLimits.MAX_VALUES + " in all");
            }
            if (valueCount + d > values.length) {
                long grown = Math.max(valueCount + d, 2L * values.length);
                values = Arrays.copyOf(values, (int) Math.min(ArrayLimits.MAX_VALUES, grown));
            }
            for (int j = 0; j < d; j++) {
                values[valueCount++] = number(record.get(chosen[j]), chosen[j]);
            }
            if (label >= 0) {
                Field field = record.get(label);
                String text = field.quoted() ? field.text() : field.text().strip();
                if (text.isEmpty()) {
                    throw error(field.line(), label + 1, "empty label" + where(label));
                }
                Integer c = classes.get(text);
                if (c == null) {
                    c = classes.size();
                    classes.put(text, c);
                }
                if (rows == labels.length) {
                    labels = Arrays.copyOf(labels, (int) Math.min(ArrayLimits.MAX_VALUES, 2L * labels.length));
                }
                labels[rows] = c;
            }
            rows++;
        }

        private double number(Field field, int column) {
            String text = field.text().strip();
            if (text.isEmpty()) {
                throw error(field.line(), column + 1, "empty value" + where(column) + "; every data value must be a number");
            }
            if (NON_FINITE.matcher(text).matches()) {
                throw error(field.line(), column + 1, "\"" + text + "\"" + where(column) + " is not a finite number");
            }
            if (!DECIMAL.matcher(text).matches()) {
                throw error(field.line(), column + 1, "\"" + shorten(text) + "\"" + where(column) + " is not a number");
            }
            double value;
            try {
                value = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw error(field.line(), column + 1, "\"" + shorten(text) + "\"" + where(column) + " is not a number");
            }
            if (!Double.isFinite(value)) {
                throw error(field.line(), column + 1, "\"" + shorten(text) + "\"" + where(column)
                        + " is not a finite number: it overflows a double");
            }
            return value;
        }

        /** " in column "name"" with a header, nothing without. */
        private String where(int column) {
            return headerNames == null ? "" : " (column \"" + headerNames[column] + "\")";
        }

        private LabeledData result() {
            Dataset data = Dataset.ofRowMajor(Arrays.copyOf(values, valueCount), chosen.length);
            if (headerNames != null) {
                String[] names = new String[chosen.length];
                for (int j = 0; j < names.length; j++) {
                    names[j] = headerNames[chosen[j]];
                }
                data = data.withColumnNames(names);
            }
            if (label < 0) {
                return LabeledData.unlabeled(data);
            }
            return LabeledData.of(data, Arrays.copyOf(labels, rows), new ArrayList<>(classes.keySet()));
        }

        /** The next record that is not blank or a comment, or null at the end of the input. */
        private List<Field> nextRecord() throws IOException {
            while (true) {
                String line = readLine();
                if (line == null) {
                    return null;
                }
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || commentPrefix != null && line.startsWith(commentPrefix)) {
                    continue;
                }
                recordLine = lineNumber;
                return whitespace ? splitOnBlanks(line) : split(line);
            }
        }

        /** Splits a line at runs of spaces and tabs; leading and trailing blanks are ignored. */
        private List<Field> splitOnBlanks(String line) {
            List<Field> fields = new ArrayList<>();
            int pos = 0;
            while (true) {
                while (pos < line.length() && Character.isWhitespace(line.charAt(pos))) {
                    pos++;
                }
                if (pos == line.length()) {
                    return fields;
                }
                int start = pos;
                while (pos < line.length() && !Character.isWhitespace(line.charAt(pos))) {
                    pos++;
                }
                fields.add(new Field(line.substring(start, pos), false, lineNumber));
            }
        }

        /** Splits a record starting with {@code line}, reading further lines while a quote is open. */
        private List<Field> split(String first) throws IOException {
            List<Field> fields = new ArrayList<>();
            String line = first;
            int pos = 0;
            StringBuilder text = new StringBuilder();
            while (true) {
                int column = fields.size() + 1;
                int fieldLine = lineNumber;
                text.setLength(0);
                int start = pos;
                while (pos < line.length() && line.charAt(pos) != delimiter && Character.isWhitespace(line.charAt(pos))) {
                    pos++;
                }
                boolean quoted = pos < line.length() && line.charAt(pos) == '"';
                if (quoted) {
                    int quoteColumnLine = lineNumber;
                    pos++;
                    while (true) {
                        if (pos == line.length()) {
                            String next = readLine();
                            if (next == null) {
                                throw error(quoteColumnLine, column, "a quoted field is not closed: the input ends inside it");
                            }
                            lineNumber++;
                            text.append('\n');
                            line = next;
                            pos = 0;
                            continue;
                        }
                        char c = line.charAt(pos++);
                        if (c == '"') {
                            if (pos < line.length() && line.charAt(pos) == '"') {
                                text.append('"');
                                pos++;
                            } else {
                                break;
                            }
                        } else {
                            text.append(c);
                        }
                    }
                    while (pos < line.length() && line.charAt(pos) != delimiter && Character.isWhitespace(line.charAt(pos))) {
                        pos++;
                    }
                    if (pos < line.length() && line.charAt(pos) != delimiter) {
                        int end = line.indexOf(delimiter, pos);
                        String rest = end < 0 ? line.substring(pos) : line.substring(pos, end);
                        throw error(lineNumber, column, "unexpected text \"" + shorten(rest)
                                + "\" after the closing quote of \"" + shorten(text.toString()) + "\"");
                    }
                } else {
                    int end = line.indexOf(delimiter, start);
                    if (end < 0) {
                        end = line.length();
                    }
                    String raw = line.substring(start, end);
                    if (raw.indexOf('"') >= 0) {
                        throw error(lineNumber, column, "a quote inside the unquoted field \"" + shorten(raw)
                                + "\"; quote the whole field and double the quotes inside it");
                    }
                    text.append(raw);
                    pos = end;
                }
                fields.add(new Field(text.toString(), quoted, fieldLine));
                if (pos >= line.length()) {
                    return fields;
                }
                pos++; // the delimiter
            }
        }

        private CsvFormatException error(int line, int column, String what) {
            StringBuilder message = new StringBuilder();
            if (source != null) {
                message.append(source).append(": ");
            }
            if (line > 0) {
                message.append("line ").append(line);
                if (column > 0) {
                    message.append(", column ").append(column);
                }
                message.append(": ");
            }
            message.append(what);
            return new CsvFormatException(message.toString(), line, column);
        }
    }

    /** Long texts are cut in messages. */
    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    /**
     * Options of a {@link CsvReader}. Setters validate at once; {@link #build()} checks that the
     * options fit together. Columns are chosen by header name or by 0-based index (as
     * {@link Dataset#column(int)} counts); error messages count columns from 1.
     */
    public static final class Builder {
        private boolean header = true;
        private char delimiter = ',';
        private boolean whitespace;
        private String commentPrefix;
        private String[] columnNames;
        private int[] columnIndices;
        private String labelName;
        private int labelIndex = -1;

        private Builder() {
        }

        /**
         * Whether the first line (not blank, not a comment) holds the column names (default true).
         *
         * @param hasHeader true if the first line holds the column names, false if it is data
         * @return this builder
         */
        public Builder header(boolean hasHeader) {
            this.header = hasHeader;
            return this;
        }

        /**
         * The field delimiter (default {@code ','}; {@code ';'} and tab are common).
         *
         * @param delimiter the character between two fields
         * @return this builder
         * @throws IllegalArgumentException if it is a quote, a line break or a letter or digit
         */
        public Builder delimiter(char delimiter) {
            if (delimiter == '"' || delimiter == '\n' || delimiter == '\r' || Character.isLetterOrDigit(delimiter)
                    || delimiter == '.' || delimiter == '-' || delimiter == '+') {
                throw new IllegalArgumentException("delimiter must not be a quote, line break, letter, digit, '.', '-'"
                        + " or '+', was '" + printable(delimiter) + "'");
            }
            this.delimiter = delimiter;
            this.whitespace = false;
            return this;
        }

        /**
         * Reads whitespace-separated columns instead of delimited ones, as many scientific tools
         * write them: fields are separated by runs of spaces and tabs, blanks at the start and end
         * of a line are ignored, and there is no quoting. Replaces a {@link #delimiter}.
         *
         * @return this builder
         */
        public Builder whitespaceDelimited() {
            this.whitespace = true;
            return this;
        }

        /**
         * Skips lines that start with {@code prefix} (for example {@code "#"}); by default no line is
         * a comment.
         *
         * @param prefix the text that starts a comment line
         * @return this builder
         * @throws IllegalArgumentException if {@code prefix} is null, empty or contains a line break
         */
        public Builder commentPrefix(String prefix) {
            if (prefix == null || prefix.isEmpty() || prefix.indexOf('\n') >= 0 || prefix.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("comment prefix must be non-empty text on one line, was "
                        + (prefix == null ? "null" : "\"" + prefix + "\""));
            }
            this.commentPrefix = prefix;
            return this;
        }

        /**
         * The data columns, by header name, in this order (default: every column but the label).
         *
         * @param names the header names of the data columns; the array is copied
         * @return this builder
         * @throws IllegalArgumentException if no name is given or a name is null
         */
        public Builder columns(String... names) {
            if (names == null || names.length == 0) {
                throw new IllegalArgumentException("choose at least one column name");
            }
            for (int j = 0; j < names.length; j++) {
                if (names[j] == null) {
                    throw new IllegalArgumentException("column name " + j + " is null");
                }
            }
            this.columnNames = names.clone();
            this.columnIndices = null;
            return this;
        }

        /**
         * The data columns, by 0-based index, in this order (default: every column but the label).
         *
         * @param indices the indices of the data columns; the array is copied
         * @return this builder
         * @throws IllegalArgumentException if no index is given or an index is negative
         */
        public Builder columns(int... indices) {
            if (indices == null || indices.length == 0) {
                throw new IllegalArgumentException("choose at least one column index");
            }
            for (int j = 0; j < indices.length; j++) {
                if (indices[j] < 0) {
                    throw new IllegalArgumentException("column index must not be negative, was " + indices[j]);
                }
            }
            this.columnIndices = indices.clone();
            this.columnNames = null;
            return this;
        }

        /**
         * The column of the true classes, by header name (default: none).
         *
         * @param name the header name of the label column
         * @return this builder
         * @throws IllegalArgumentException if {@code name} is null
         */
        public Builder labelColumn(String name) {
            if (name == null) {
                throw new IllegalArgumentException("label column name must not be null");
            }
            this.labelName = name;
            this.labelIndex = -1;
            return this;
        }

        /**
         * The column of the true classes, by 0-based index (default: none).
         *
         * @param index the index of the label column
         * @return this builder
         * @throws IllegalArgumentException if {@code index} is negative
         */
        public Builder labelColumn(int index) {
            if (index < 0) {
                throw new IllegalArgumentException("label column index must not be negative, was " + index);
            }
            this.labelIndex = index;
            this.labelName = null;
            return this;
        }

        /**
         * The configured reader.
         *
         * @return a new reader with this builder's settings
         * @throws IllegalArgumentException if columns are chosen by name without a header
         */
        public CsvReader build() {
            if (!header && (columnNames != null || labelName != null)) {
                throw new IllegalArgumentException("columns chosen by name need a header line; set header(true)"
                        + " or choose columns by index");
            }
            return new CsvReader(this);
        }

        private static String printable(char c) {
            return c == '\t' ? "\\t" : c == '\n' ? "\\n" : c == '\r' ? "\\r" : String.valueOf(c);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "CsvReader[header=%s, delimiter=%s, columns=%s, label=%s, comments=%s]",
                header, whitespace ? "whitespace" : "'" + Builder.printable(delimiter) + "'",
                columnNames != null ? Arrays.toString(columnNames)
                        : columnIndices != null ? Arrays.toString(columnIndices) : "all",
                labelName != null ? labelName : labelIndex >= 0 ? Integer.toString(labelIndex) : "none",
                commentPrefix == null ? "none" : "\"" + commentPrefix + "\"");
    }
}
