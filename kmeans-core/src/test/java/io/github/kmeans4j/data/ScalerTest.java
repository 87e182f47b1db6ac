package io.github.kmeans4j.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.kmeans4j.Dataset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scalers against values worked out by hand, and the laws they keep: scale invariance under
 * powers of two (so magnitude does not matter), and inverse after transform gives the rows back.
 */
class ScalerTest {
    /** Column 0: 1, 2, 3, 4. Column 1: one repeated value. */
    private static final Dataset FOUR = Dataset.of(new double[][] {{1, 5}, {2, 5}, {3, 5}, {4, 5}})
            .withColumnNames("a", "b");

    @Test
    void standard_handComputed() {
        Scaling s = Scaler.STANDARD.fit(FOUR);
        // mean 2.5; population variance (2.25 + 0.25 + 0.25 + 2.25) / 4 = 1.25
        assertThat(s.centres()).containsExactly(2.5, 5.0);
        assertThat(s.scales()[0]).isCloseTo(Math.sqrt(1.25), within(1e-15));
        assertThat(s.scales()[1]).isEqualTo(1.0);   // a repeated value is shifted, not blown up
        Dataset t = s.transform(FOUR);
        assertThat(t.get(0, 0)).isCloseTo(-1.5 / Math.sqrt(1.25), within(1e-15));
        assertThat(t.get(3, 0)).isCloseTo(1.5 / Math.sqrt(1.25), within(1e-15));
        assertThat(t.column(1)).containsOnly(0.0);
        assertThat(t.columnNames()).containsExactly("a", "b");
    }

    @Test
    void standard_weighted_countsAWeightAsThatManyCopies() {
        // 0 with weight 3 and 10 with weight 1: the rows 0, 0, 0, 10
        Dataset weighted = Dataset.ofValues(0, 10).withWeights(new double[] {3, 1});
        Scaling s = Scaler.STANDARD.fit(weighted);
        assertThat(s.centres()[0]).isEqualTo(2.5);
        // ((3 · 2.5²) + 7.5²) / 4 = 18.75
        assertThat(s.scales()[0]).isCloseTo(Math.sqrt(18.75), within(1e-14));
        Scaling copies = Scaler.STANDARD.fit(Dataset.ofValues(0, 0, 0, 10));
        assertThat(s.scales()[0]).isCloseTo(copies.scales()[0], within(1e-14));
        assertThat(s.transform(weighted).weights()).containsExactly(3, 1);
        // the same proportions in weights near the largest double (weight times squared deviation exceeds it)
        Scaling huge = Scaler.STANDARD.fit(Dataset.ofValues(0, 10).withWeights(new double[] {1.2e308, 0.4e308}));
        assertThat(huge.centres()[0]).isEqualTo(2.5);
        assertThat(huge.scales()[0]).isCloseTo(Math.sqrt(18.75), within(1e-14));
    }

    @Test
    void minMax_handComputed() {
        Scaling s = Scaler.MIN_MAX.fit(FOUR);
        assertThat(s.centres()).containsExactly(1.0, 5.0);
        assertThat(s.scales()).containsExactly(3.0, 1.0);
        assertThat(s.transform(FOUR).column(0)).containsExactly(0.0, 1.0 / 3, 2.0 / 3, 1.0);
    }

    @Test
    void robust_handComputed_linearInterpolation() {
        // 1, 2, 3, 4: median 2.5; 25th percentile at position 0.75 → 1.75, 75th at 2.25 → 3.25
        Scaling s = Scaler.ROBUST.fit(FOUR);
        assertThat(s.centres()).containsExactly(2.5, 5.0);
        assertThat(s.scales()).containsExactly(1.5, 1.0);
        // 7, 1, 3 (sorted 1, 3, 7): median 3, quartiles at positions 0.5 → 2 and 1.5 → 5
        Scaling odd = Scaler.ROBUST.fit(Dataset.ofValues(7, 1, 3));
        assertThat(odd.centres()).containsExactly(3.0);
        assertThat(odd.scales()).containsExactly(3.0);
    }

    @Test
    void inverse_ofCentroids_inOriginalUnits() {
        Scaling s = Scaler.MIN_MAX.fit(FOUR);
        double[][] back = s.inverse(new double[][] {{0, 0}, {0.5, 0}, {1, 2}});
        assertThat(back[0]).containsExactly(1.0, 5.0);
        assertThat(back[1]).containsExactly(2.5, 5.0);
        assertThat(back[2]).containsExactly(4.0, 7.0);
    }

    @Test
    void fit_rangeBeyondTheLargestDouble_refusedNamingTheColumn() {
        Dataset wide = Dataset.of(new double[][] {{0, -1e308}, {0, 1e308}}).withColumnNames("x", "far");
        assertThatThrownBy(() -> Scaler.MIN_MAX.fit(wide))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("column 1 (far)");
        // the standard deviation of the same column, 1e308, is a double: that scaling works
        Scaling s = Scaler.STANDARD.fit(wide);
        assertThat(s.scales()[1]).isCloseTo(1e308, within(1e293));
        assertThat(s.transform(wide).column(1)).containsExactly(-1.0, 1.0);
    }

    @Test
    void transform_wrongShapeOrNonFinite_refused() {
        Scaling s = Scaler.STANDARD.fit(FOUR);
        assertThatThrownBy(() -> s.transform(Dataset.ofValues(1, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 columns");
        assertThatThrownBy(() -> s.transform(new double[] {1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("column 1 (b) is NaN");
        assertThatThrownBy(() -> Scaling.of(Scaler.STANDARD, new double[] {0}, new double[] {0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite and positive");
    }

    /** Multiplying the data by 2^j multiplies centres and scales by 2^j and changes no scaled value. */
    @Property(tries = 200, seed = "20261205")
    void scalingIsExactUnderPowersOfTwo(@ForAll @Size(min = 2, max = 12) List<@DoubleRange(min = -1e3, max = 1e3) Double> column,
            @ForAll @IntRange(min = -900, max = 900) int j, @ForAll Scaler scaler) {
        double[] x = column.stream().mapToDouble(Double::doubleValue).toArray();
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.scalb(x[i], j);
        }
        Scaling sx = scaler.fit(Dataset.ofValues(x));
        Scaling sy = scaler.fit(Dataset.ofValues(y));
        double c = sx.centres()[0];
        double s = sx.scales()[0];
        assertThat(sy.centres()[0]).isEqualTo(Math.scalb(c, j));
        boolean degenerate = s == 1 && sy.scales()[0] == 1;   // a spread of 0 gets scale 1 at any magnitude
        if (!degenerate) {
            assertThat(sy.scales()[0]).isEqualTo(Math.scalb(s, j));
            assertThat(sy.transform(Dataset.ofValues(y)).column(0)).containsExactly(sx.transform(Dataset.ofValues(x)).column(0));
        }
    }

    /** inverse(transform(x)) gives x back to within rounding at the scale of the column. */
    @Property(tries = 300, seed = "7")
    void inverseUndoesTransform(@ForAll @Size(min = 1, max = 12) List<@DoubleRange(min = -1e6, max = 1e6) Double> column,
            @ForAll Scaler scaler) {
        double[] x = column.stream().mapToDouble(Double::doubleValue).toArray();
        Dataset data = Dataset.ofValues(x);
        Scaling s = scaler.fit(data);
        Dataset back = s.inverse(s.transform(data));
        double tolerance = 8 * Math.ulp(Math.max(maxAbs(x), s.scales()[0]));
        for (int i = 0; i < x.length; i++) {
            assertThat(back.get(i, 0)).isCloseTo(x[i], within(tolerance));
        }
    }

    private static double maxAbs(double[] x) {
        double m = 0;
        for (double v : x) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
