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
