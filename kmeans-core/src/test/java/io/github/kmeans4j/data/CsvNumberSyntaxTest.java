package io.github.kmeans4j.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.StringReader;
import java.time.Duration;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The CSV reader's number syntax: linear time on long fields that are not numbers (a reliability
 * report found a 40 000-character field took 11 to 17 s, quadratic in its length), and exactly
 * the language of the plain, backtracking pattern, which serves as the oracle on short strings.
 */
class CsvNumberSyntaxTest {
    /** The language the reader has always accepted, written the obvious (backtracking) way. */
    private static final Pattern ORACLE = Pattern.compile("[+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

    @Provide
    Arbitrary<String> numberish() {
        return Arbitraries.strings().withChars("0123456789.eE+-x").ofMinLength(0).ofMaxLength(12);
    }

    @Property(tries = 3000, seed = "20261205")
    void decimal_shortStrings_acceptsExactlyTheOraclesLanguage(@ForAll("numberish") String text) {
        assertThat(CsvReader.DECIMAL.matcher(text).matches()).as("\"%s\"", text)
                .isEqualTo(ORACLE.matcher(text).matches());
    }

    /** Hand-read values of the edge forms the syntax accepts: a bare point at either end, signs, exponents. */
    @Example
    void read_edgeFormsOfDecimals_readAsTheirValues() throws Exception {
        String[] texts = {"1.", ".5", "1e5", "+1.5E-3", "-0", "007", "1.e2", "5E+2", "-.25e1", " 3 "};
        double[] values = {1.0, 0.5, 100_000.0, 0.0015, -0.0, 7.0, 100.0, 500.0, -2.5, 3.0};
        for (int i = 0; i < texts.length; i++) {
            LabeledData read = CsvReader.builder().build().read(new StringReader("a\n" + texts[i] + "\n"));
            assertThat(read.data().get(0, 0)).as("\"%s\"", texts[i]).isEqualTo(values[i]);
        }
    }

    /**
     * Texts that Java's own number parser takes but the syntax does not (type suffixes, hex
     * floats), and near misses of the syntax: each is a CsvFormatException saying it is not a number.
     */
    @Example
    void read_javaOnlyFormsAndNearMisses_rejectedAsNotANumber() {
        String[] texts = {"1d", "2f", "3D", "0x1p3", "0x10", ".", "e5", "1e", "1e+", "+", "-.", "1..2", "1.2.3",
            "1_000", "1 2", "--1", "+-1", ".e1", "1e5.0", "1,5"};
        CsvReader reader = CsvReader.builder().delimiter(';').build();
        for (String text : texts) {
            assertThat(CsvReader.DECIMAL.matcher(text).matches()).as("\"%s\"", text).isFalse();
            assertThatThrownBy(() -> reader.read(new StringReader("a\n" + text + "\n")))
                    .as("\"%s\"", text)
                    .isInstanceOf(CsvFormatException.class)
                    .hasMessageEndingWith("is not a number");
        }
    }

    @Example
    void read_aMillionDigitsThenALetter_rejectedFast() {
        String field = "1".repeat(1_000_000) + "x";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> CsvReader.builder().build().read(new StringReader("a\n" + field + "\n")))
                        .isInstanceOf(CsvFormatException.class));
    }

    @Example
    void read_longDigitsEndingInAnIncompleteExponent_rejectedFast() {
        String field = "1".repeat(200_000) + ".5e";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> CsvReader.builder().build().read(new StringReader("a\n" + field + "\n")))
                        .isInstanceOf(CsvFormatException.class));
    }
}
