package io.github.kmeans4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The caption number format against strings written by hand. */
class NumbersTest {
    @Test
    void format_plainInTheMiddle_scientificOutside_fourSignificantDigits() {
        assertThat(Numbers.format(28950)).isEqualTo("28950");
        assertThat(Numbers.format(28951.7)).isEqualTo("28950");
        assertThat(Numbers.format(0.34239)).isEqualTo("0.3424");
        assertThat(Numbers.format(2.5)).isEqualTo("2.5");
        assertThat(Numbers.format(-0.001)).isEqualTo("-0.001");
        assertThat(Numbers.format(999_999)).isEqualTo("1000000");
        assertThat(Numbers.format(12_345_678)).isEqualTo("1.235e+07");
        assertThat(Numbers.format(0.00012345)).isEqualTo("1.235e-04");
        assertThat(Numbers.format(0)).isEqualTo("0");
        assertThat(Numbers.format(Double.NaN)).isEqualTo("–");
        assertThat(Numbers.format(Double.POSITIVE_INFINITY)).isEqualTo("∞");
    }
}
