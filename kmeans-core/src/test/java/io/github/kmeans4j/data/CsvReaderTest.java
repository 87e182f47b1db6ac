package io.github.kmeans4j.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV reader: hand-checked files in every supported dialect, a round-trip law (any finite
 * doubles and any label texts, written out and read back, come back bit for bit), and every kind
 * of malformed file rejected with a message naming the line, the column and the offending text.
 */
class CsvReaderTest {

    private static final CsvReader DEFAULT = CsvReader.builder().build();
    private static final CsvReader WITH_LABEL = CsvReader.builder().labelColumn("class").build();

    private static LabeledData read(CsvReader reader, String text) throws IOException {
        return reader.read(new StringReader(text));
    }

    @Test
    void read_headerAndLabel_valuesNamesAndLabelsInOrderOfFirstAppearance() throws IOException {
        LabeledData data = read(WITH_LABEL, """
                a,b,class
                1.5,-2,virginica
                3,4e2,setosa
                .25,+6,virginica
                """);
        assertThat(data.data().toArray()).isDeepEqualTo(new double[][] {{1.5, -2}, {3, 400}, {0.25, 6}});
        assertThat(data.data().columnNames()).containsExactly("a", "b");
        assertThat(data.labels()).containsExactly(0, 1, 0);
        assertThat(data.classNames()).containsExactly("virginica", "setosa");
        assertThat(data.hasCenters()).isFalse();
    }

    @Test
    void read_noLabel_everyColumnIsDataAndUnlabeled() throws IOException {
        LabeledData data = read(DEFAULT, "x,y\n1,2\n3,4\n");
        assertThat(data.hasLabels()).isFalse();
        assertThat(data.data().toArray()).isDeepEqualTo(new double[][] {{1, 2}, {3, 4}});
    }

    @Test
    void read_columnsByNameInGivenOrder_andLabelInTheMiddle() throws IOException {
        CsvReader reader = CsvReader.builder().columns("c", "a").labelColumn("kind").build();
        LabeledData data = read(reader, "a,kind,b,c\n1,x,2,3\n4,y,5,6\n7,x,8,9\n");
        assertThat(data.data().toArray()).isDeepEqualTo(new double[][] {{3, 1}, {6, 4}, {9, 7}});
        assertThat(data.data().columnNames()).containsExactly("c", "a");
        assertThat(data.labels()).containsExactly(0, 1, 0);
    }

    @Test
    void read_defaultColumns_areAllButTheLabelWhereverItIs() throws IOException {
        LabeledData data = read(CsvReader.builder().labelColumn(1).build(), "a,kind,b\n1,x,2\n");
        assertThat(data.data().toArray()).isDeepEqualTo(new double[][] {{1, 2}});
        assertThat(data.data().columnNames()).containsExactly("a", "b");
    }

    @Test
    void read_noHeader_columnsByIndexAndNoColumnNames() throws IOException {
        CsvReader reader = CsvReader.builder().header(false).columns(2, 0).labelColumn(1).build();
        LabeledData data = read(reader, "1,7,2\n3,8,4\n");
        assertThat(data.data().toArray()).isDeepEqualTo(new double[][] {{2, 1}, {4, 3}});
        assertThat(data.data().columnNames()).isEmpty();
        assertThat(data.classNames()).containsExactly("7", "8");
    }

    @Test
    void read_whitespaceDelimited_runsOfBlanksSeparateFields() throws IOException {
        CsvReader reader = CsvReader.builder().header(false).whitespaceDelimited().labelColumn(2).build();
        LabeledData data = read(reader, "  1.5\t -2   a\n\n3    4 b  \n");
        assertThat(data.data().toArray()).isDeepEqualTo(new double[][] {{1.5, -2}, {3, 4}});
        assertThat(data.labels()).containsExactly(0, 1);
        // a short line is named with its line and the field that is missing
        assertThatThrownBy(() -> read(reader, "1 2 a\n3 4\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("column 3");
        assertThatThrownBy(() -> read(CsvReader.builder().whitespaceDelimited().build(), "x y\n1 z\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("column 2");
    }

    @Test
    void read_semicolonsAndTabs_asDelimiters() throws IOException {
        LabeledData semicolons = read(CsvReader.builder().delimiter(';').build(), "p;q\n1.5;2\n");
        assertThat(semicolons.data().toArray()).isDeepEqualTo(new double[][] {{1.5, 2}});
        LabeledData tabs = read(CsvReader.builder().delimiter('\t').labelColumn("name").build(),
                "name\tv\nred rose\t 3 \n");
        assertThat(tabs.data().toArray()).isDeepEqualTo(new double[][] {{3}});
        assertThat(tabs.classNames()).containsExactly("red rose");
    }

    @Test
    void read_quotedFields_delimitersQuotesAndLineBreaksInside() throws IOException {
        LabeledData data = read(WITH_LABEL,
                "\"x, first\",\"y \"\"second\"\"\",class\n"
                + "\"1\",\"2\",\"Smith, \"\"the\"\" rose\"\n"
                + "3 , \"4\" ,\"two\n"
                + "lines\"\n"
                + "5,6, plain \n");
        assertThat(data.data().columnNames()).containsExactly("x, first", "y \"second\"");
        assertThat(data.data().toArray()).isDeepEqualTo(new double[][] {{1, 2}, {3, 4}, {5, 6}});
        assertThat(data.classNames()).containsExactly("Smith, \"the\" rose", "two\nlines", "plain");
    }

    @Test
    void read_blankLinesCommentsCrLfCrAndByteOrderMark_skippedOrHandled() throws IOException {
        CsvReader reader = CsvReader.builder().commentPrefix("#").labelColumn("c").build();
        String text = "\uFEFF# measured by hand\r\n\r\nx,c\r\n  \r\n1,a\r# a note\r2,b\n\n\t\n3,a";
        LabeledData data = read(reader, text);
        assertThat(data.data().toArray()).isDeepEqualTo(new double[][] {{1}, {2}, {3}});
        assertThat(data.data().columnNames()).containsExactly("x");
        assertThat(data.labels()).containsExactly(0, 1, 0);
    }

    @Test
    void read_withoutCommentPrefix_hashLineIsData() {
        assertThatThrownBy(() -> read(DEFAULT, "x\n# note\n"))
                .hasMessage("line 2, column 1: \"# note\" (column \"x\") is not a number");
    }

    @Test
    void read_pathAndStream_sameDataAndPathNamedInErrors(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("petals.csv");
        Files.writeString(file, "len,class\n1.25,a\n2.5,b\n", StandardCharsets.UTF_8);
        LabeledData fromPath = WITH_LABEL.read(file);
        LabeledData fromStream = WITH_LABEL.read(new ByteArrayInputStream(Files.readAllBytes(file)));
        assertThat(fromPath).isEqualTo(fromStream);
        assertThat(fromPath.data().toArray()).isDeepEqualTo(new double[][] {{1.25}, {2.5}});

        Files.writeString(file, "len,class\n1.25,a\n2,5,b\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> WITH_LABEL.read(file))
                .hasMessage(file + ": line 3, column 3: expected 2 fields (as in the header on line 1), found 3");
    }

    @Test
    void read_resource_foundRelativeToAnchorOrRejectedByName() throws IOException {
        LabeledData iris = WITH_LABEL.readResource(BundledData.class, "iris.csv");
        assertThat(iris.n()).isEqualTo(150);
        assertThatThrownBy(() -> WITH_LABEL.readResource(BundledData.class, "no-such.csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll("no-such.csv", "not found", BundledData.class.getName());
    }

    /** A file of {@code lines} records {@code i,é😀i}: every line holds 2- and 4-byte characters. */
    private static String multiByteLines(int lines) {
        StringBuilder text = new StringBuilder("x,class\n");
        for (int i = 0; i < lines; i++) {
            text.append(i).append(",\u00e9\ud83d\ude00").append(i % 7).append('\n');
        }
        return text.toString();
    }

    @Property(tries = 40, seed = "20261205")
    void read_invalidUtf8_namesTheLineAndByteOffsetOfTheBadByte(@ForAll @IntRange(min = 1, max = 4000) int line,
            @ForAll @IntRange(min = 0, max = 2) int kind) {
        byte[] bytes = withBadBytes(line, kind);
        int offset = badOffset(line);
        assertThatThrownBy(() -> WITH_LABEL.read(new ByteArrayInputStream(bytes)))
                .isExactlyInstanceOf(IOException.class)
                .hasMessage(notUtf8(line, kind, offset))
                .hasCauseInstanceOf(java.nio.charset.CharacterCodingException.class);
    }

    @Test
    void read_invalidUtf8InAFile_namesTheFileLineAndOffset(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.write(file, withBadBytes(3999, 1));
        assertThatThrownBy(() -> WITH_LABEL.read(file)).hasMessage(file + ": " + notUtf8(3999, 1, badOffset(3999)));
    }

    /** The expected message for bad sequence {@code kind} on data line {@code line} at byte {@code offset}. */
    private static String notUtf8(int line, int kind, int offset) {
        String badByte = new String[] {"byte 0xFF at byte offset ", "byte 0xC3 at byte offset ",
                "bytes 0xE2 0x82 from byte offset "}[kind];
        String rest = kind == 2 ? " are not a valid UTF-8 character" : " is not a valid UTF-8 character";
        return "line " + (line + 1) + ": the input is not UTF-8: " + badByte + offset + rest;
    }

    /** Where {@link #withBadBytes} puts the bad bytes: after the first field of data line {@code line}. */
    private static int badOffset(int line) {
        byte[] good = multiByteLines(4000).getBytes(StandardCharsets.UTF_8);
        int offset = 0;
        for (int seen = 0; seen < line; offset++) {
            seen += good[offset] == '\n' ? 1 : 0;
        }
        return indexOf(good, (byte) ',', offset) + 1;
    }

    /** 4000 data lines with a malformed sequence of {@code kind} inserted on data line {@code line}. */
    private static byte[] withBadBytes(int line, int kind) {
        byte[] good = multiByteLines(4000).getBytes(StandardCharsets.UTF_8);
        int offset = badOffset(line);   // physical line `line` + 1: line 1 is the header
        byte[][] badSequences = {{(byte) 0xff}, {(byte) 0xc3, '('}, {(byte) 0xe2, (byte) 0x82}};
        byte[] bad = badSequences[kind];
        byte[] bytes = new byte[good.length + bad.length];
        System.arraycopy(good, 0, bytes, 0, offset);
        System.arraycopy(bad, 0, bytes, offset, bad.length);
        System.arraycopy(good, offset, bytes, offset + bad.length, good.length - offset);
        return bytes;
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void read_utf8AcrossBufferBoundaries_isTheTextThatAReaderGives(@TempDir Path dir) throws IOException {
        String text = multiByteLines(5000);   // ~90 kB: multi-byte characters straddle every 8 kB block
        Path file = dir.resolve("labels.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        LabeledData fromReader = read(WITH_LABEL, text);
        assertThat(WITH_LABEL.read(file)).isEqualTo(fromReader);
        assertThat(WITH_LABEL.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(fromReader);
        assertThat(fromReader.classNames()).contains("\u00e9\ud83d\ude003");
    }

    @Test
    void read_truncatedUtf8AtTheEnd_namesTheLastLine() {
        byte[] bytes = {'x', '\n', '1', '\n', '2', (byte) 0xc3};
        assertThatThrownBy(() -> DEFAULT.read(new ByteArrayInputStream(bytes)))
                .hasMessage("line 3: the input is not UTF-8: byte 0xC3 at byte offset 5 is not a valid UTF-8 character");
    }

    /** Asserts that reading {@code text} fails with this line, column and whole message. */
    private static void assertMalformed(CsvReader reader, String text, int line, int column, String message) {
        assertThatThrownBy(() -> read(reader, text))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(message);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.column()).isEqualTo(column);
                });
    }

    @Test
    void read_malformedValues_rejectedWithLineAndColumn() {
        assertMalformed(DEFAULT, "a,b\n1,2\n3,abc\n", 3, 2, "line 3, column 2: \"abc\" (column \"b\") is not a number");
        CsvReader semicolons = CsvReader.builder().delimiter(';').build();
        assertMalformed(semicolons, "a;b\n1,5;2\n", 2, 1,
                "line 2, column 1: \"1,5\" (column \"a\") is not a number");
        assertMalformed(DEFAULT, "a,b\n1,2\n\n3,\n", 4, 2,
                "line 4, column 2: empty value (column \"b\"); every data value must be a number");
        assertMalformed(DEFAULT, "a,b\n1,NaN\n", 2, 2, "line 2, column 2: \"NaN\" (column \"b\") is not a finite number");
        assertMalformed(DEFAULT, "a,b\n1,-Infinity\n", 2, 2,
                "line 2, column 2: \"-Infinity\" (column \"b\") is not a finite number");
        assertMalformed(DEFAULT, "a,b\n1e999,0\n", 2, 1,
                "line 2, column 1: \"1e999\" (column \"a\") is not a finite number: it overflows a double");
        assertMalformed(DEFAULT, "a\n0x1p3\n", 2, 1, "line 2, column 1: \"0x1p3\" (column \"a\") is not a number");
        assertMalformed(DEFAULT, "a\n2d\n", 2, 1, "line 2, column 1: \"2d\" (column \"a\") is not a number");
        assertMalformed(CsvReader.builder().header(false).build(), "1,2\n3,x\n", 2, 2,
                "line 2, column 2: \"x\" is not a number");
        assertMalformed(WITH_LABEL, "a,class\n1,\n", 2, 2, "line 2, column 2: empty label (column \"class\")");
    }

    @Test
    void read_wrongFieldCounts_rejectedAtFirstMissingOrExtraColumn() {
        assertMalformed(DEFAULT, "a,b,c\n1,2,3\n4,5\n", 3, 3,
                "line 3, column 3: expected 3 fields (as in the header on line 1), found 2");
        assertMalformed(DEFAULT, "# c\n\na,b\n", 3, 2,
                "line 3, column 2: expected 1 field (as in the header on line 1), found 2");
        assertMalformed(CsvReader.builder().commentPrefix("#").build(), "# c\n\na,b\n\n1,2,3\n", 5, 3,
                "line 5, column 3: expected 2 fields (as in the header on line 3), found 3");
        assertMalformed(CsvReader.builder().header(false).build(), "1,2\n3\n", 2, 2,
                "line 2, column 2: expected 2 fields (as on line 1), found 1");
    }

    @Test
    void read_quotingErrors_rejectedWhereTheyHappen() {
        assertMalformed(WITH_LABEL, "a,class\n1,\"open\n2,b\n", 2, 2,
                "line 2, column 2: a quoted field is not closed: the input ends inside it");
        assertMalformed(WITH_LABEL, "a,class\n1,\"x\"y\n", 2, 2,
                "line 2, column 2: unexpected text \"y\" after the closing quote of \"x\"");
        assertMalformed(WITH_LABEL, "a,class\n1,x\"y\n", 2, 2,
                "line 2, column 2: a quote inside the unquoted field \"x\"y\"; quote the whole field and double the"
                        + " quotes inside it");
    }

    @Test
    void read_missingColumnsAndEmptyInputs_rejected() {
        assertMalformed(CsvReader.builder().columns("a", "z").build(), "a,b\n1,2\n", 1, 0,
                "line 1: no column named \"z\" in the header; its columns are [a, b]");
        assertMalformed(CsvReader.builder().labelColumn("species").build(), "\na,b\n1,2\n", 2, 0,
                "line 2: no label column named \"species\" in the header; its columns are [a, b]");
        assertMalformed(CsvReader.builder().columns("a").build(), "a,b,a\n1,2,3\n", 1, 3,
                "line 1, column 3: column name \"a\" is ambiguous: it names columns 1 and 3 of the header");
        assertMalformed(CsvReader.builder().columns(0, 2).build(), "a,b\n1,2\n", 1, 0,
                "line 1: column index 2 is out of range: line 1 has 2 columns (indices 0 to 1)");
        assertMalformed(CsvReader.builder().labelColumn(0).build(), "class\nx\n", 1, 0,
                "line 1: no data columns: the only column is the label column");
        assertMalformed(DEFAULT, "", 0, 0, "empty file: no header and no data");
        assertMalformed(CsvReader.builder().header(false).commentPrefix("//").build(), "// nothing\n \n", 0, 0,
                "empty file: no data");
        assertMalformed(DEFAULT, "\na,b\n\n", 2, 0, "line 2: no data lines after the header on line 2");
    }

    @Test
    void read_sourceName_prefixesEveryMessage() {
        assertThatThrownBy(() -> DEFAULT.read(new StringReader("a\nz\n"), "upload.csv"))
                .hasMessage("upload.csv: line 2, column 1: \"z\" (column \"a\") is not a number");
    }

    @Test
    void builder_badOptions_rejectedNamingTheOption() {
        assertThatThrownBy(() -> CsvReader.builder().delimiter('"')).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("delimiter").hasMessageContaining("'\"'");
        assertThatThrownBy(() -> CsvReader.builder().delimiter('.')).hasMessageContaining("'.'");
        assertThatThrownBy(() -> CsvReader.builder().delimiter('\n')).hasMessageContaining("'\\n'");
        assertThatThrownBy(() -> CsvReader.builder().commentPrefix("")).hasMessageContaining("comment prefix");
        assertThatThrownBy(() -> CsvReader.builder().columns(new String[0])).hasMessageContaining("column name");
        assertThatThrownBy(() -> CsvReader.builder().columns("a", null)).hasMessageContaining("column name 1 is null");
        assertThatThrownBy(() -> CsvReader.builder().columns(1, -2)).hasMessageContaining("-2");
        assertThatThrownBy(() -> CsvReader.builder().labelColumn(-1)).hasMessageContaining("label column index")
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> CsvReader.builder().header(false).columns("a").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("need a header");
        assertThatThrownBy(() -> DEFAULT.read((Path) null)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Any finite doubles and any label texts, written as CSV (quoted where needed), read back exactly. */
    @Property(tries = 200, seed = "6101")
    void read_writtenTable_readsBackBitForBit(@ForAll("tables") Table table, @ForAll("delimiters") char delimiter,
            @ForAll @IntRange(min = 0, max = 3) int blankLines) throws IOException {
        StringBuilder csv = new StringBuilder();
        csv.append("# generated\n");
        for (int j = 0; j < table.d(); j++) {
            csv.append(quoteIfNeeded("col " + j, delimiter)).append(delimiter);
        }
        csv.append("label\n");
        for (int i = 0; i < table.rows().size(); i++) {
            csv.append("\n".repeat(i == 0 ? blankLines : 0));
            for (double v : table.rows().get(i)) {
                csv.append(v).append(delimiter);
            }
            csv.append(quoteIfNeeded(table.labels().get(i), delimiter)).append(i % 2 == 0 ? "\n" : "\r\n");
        }
        CsvReader reader = CsvReader.builder().delimiter(delimiter).commentPrefix("#").labelColumn("label").build();
        LabeledData data = reader.read(new StringReader(csv.toString()));

        assertThat(data.n()).isEqualTo(table.rows().size());
        double[][] back = data.data().toArray();
        for (int i = 0; i < back.length; i++) {
            double[] expected = table.rows().get(i);
            for (int j = 0; j < expected.length; j++) {
                assertThat(Double.doubleToRawLongBits(back[i][j])).isEqualTo(Double.doubleToRawLongBits(expected[j]));
            }
            assertThat(data.classNames().get(data.label(i))).isEqualTo(table.labels().get(i));
        }
        List<String> firstAppearance = new ArrayList<>();
        for (String label : table.labels()) {
            if (!firstAppearance.contains(label)) {
                firstAppearance.add(label);
            }
        }
        assertThat(data.classNames()).isEqualTo(firstAppearance);
    }

    /** A number field holding any text is read as a number or rejected by a CsvFormatException naming its place. */
    @Property(tries = 300, seed = "6102")
    void read_anyTextInANumberField_valueOrCsvFormatExceptionNeverAnother(@ForAll("fieldTexts") String text) {
        String csv = "a,b\n1,2\n3," + text + "\n";
        try {
            LabeledData data = read(DEFAULT, csv);
            double value = data.data().get(1, 1);
            assertThat(Double.isFinite(value)).isTrue();
            assertThat(value).isEqualTo(Double.parseDouble(text.strip()));
        } catch (CsvFormatException e) {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(2);
            assertThat(e.getMessage()).startsWith("line 3, column 2: ");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A table of doubles with a label per row. */
    record Table(int d, List<double[]> rows, List<String> labels) {
    }

    @Provide
    Arbitrary<Table> tables() {
        Arbitrary<Double> values = Arbitraries.oneOf(
                Arbitraries.doubles().between(-1e6, 1e6),
                Arbitraries.doubles().between(-1, 1).ofScale(12),
                Arbitraries.of(0.0, -0.0, Double.MIN_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, 1e-300, 6.02e23,
                        Math.PI));
        Arbitrary<String> labels = Arbitraries.oneOf(
                Arbitraries.of("setosa", "a, b", "say \"hi\"", "two\nlines", "tab\there", "x;y", "é ünïcode"),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(5));
        return Arbitraries.integers().between(1, 5).flatMap(d -> Arbitraries.integers().between(1, 25).flatMap(n ->
                values.array(double[].class).ofSize(d).list().ofSize(n).flatMap(rows ->
                        labels.list().ofSize(n).map(ls -> new Table(d, rows, ls)))));
    }

    @Provide
    Arbitrary<Character> delimiters() {
        return Arbitraries.of(',', ';', '\t', '|');
    }

    @Provide
    Arbitrary<String> fieldTexts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789+-.eEdDfFxXpP InNaity_").ofMaxLength(8),
                Arbitraries.doubles().map(String::valueOf),
                Arbitraries.of("NaN", "Infinity", "-inf", "1e400", "-1e-400", "0x1p3", "1_000", "١٢", " 7 ", "4.", ".",
                        "e5", "+", "--1"));
    }

    private static String quoteIfNeeded(String text, char delimiter) {
        boolean needs = text.indexOf(delimiter) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || !text.equals(text.strip()) || text.startsWith("#");
        return needs ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
