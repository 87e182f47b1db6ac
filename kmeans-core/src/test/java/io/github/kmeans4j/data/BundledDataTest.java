package io.github.kmeans4j.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The bundled data sets have the published shapes and class counts (counted independently in the
 * CSV files with {@code awk} while writing this test, and matching the UCI descriptions), their
 * first rows as printed in the files, and their documented value ranges.
 */
class BundledDataTest {

    @Test
    void iris_150By4_threeSpeciesOf50() {
        LabeledData iris = BundledData.IRIS.load();
        assertThat(iris.n()).isEqualTo(150);
        assertThat(iris.d()).isEqualTo(4);
        assertThat(iris.classNames()).containsExactly("setosa", "versicolor", "virginica");
        assertThat(iris.classSizes()).containsExactly(50, 50, 50);
        assertThat(iris.data().columnNames())
                .containsExactly("sepal_length_cm", "sepal_width_cm", "petal_length_cm", "petal_width_cm");
        assertThat(iris.data().row(0)).containsExactly(5.1, 3.5, 1.4, 0.2);
        assertThat(iris.label(0)).isZero();
        assertThat(iris.data().row(149)).containsExactly(5.9, 3.0, 5.1, 1.8);
        assertThat(iris.label(149)).isEqualTo(2);
        assertThat(iris.hasCenters()).isFalse();
    }

    @Test
    void wine_178By13_cultivarsOf59And71And48() {
        LabeledData wine = BundledData.WINE.load();
        assertThat(wine.n()).isEqualTo(178);
        assertThat(wine.d()).isEqualTo(13);
        assertThat(wine.classNames()).containsExactly("class_0", "class_1", "class_2");
        assertThat(wine.classSizes()).containsExactly(59, 71, 48);
        assertThat(wine.data().columnNames()).startsWith("alcohol", "malic_acid").endsWith("proline");
        assertThat(wine.data().row(0)).startsWith(14.23, 1.71, 2.43).endsWith(1065.0);
    }

    @Test
    void digits_1797By64_tenDigitsNamedInOrder_greyLevels0To16() {
        LabeledData digits = BundledData.DIGITS.load();
        assertThat(digits.n()).isEqualTo(1797);
        assertThat(digits.d()).isEqualTo(64);
        assertThat(digits.classNames()).containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        assertThat(digits.classSizes()).containsExactly(178, 182, 177, 183, 181, 182, 181, 179, 174, 180);
        assertThat(digits.data().columnNames().get(0)).isEqualTo("pixel_0_0");
        assertThat(digits.data().columnNames().get(63)).isEqualTo("pixel_7_7");
        for (double v : digits.data().toRowMajorArray()) {
            assertThat(v).isBetween(0.0, 16.0);
            assertThat(v).isEqualTo(Math.rint(v));
        }
        assertThat(digits.data().row(0)).startsWith(0, 0, 5, 13, 9, 1, 0, 0);
    }

    @Test
    void load_twice_sameSharedInstance() {
        assertThat(BundledData.DIGITS.load()).isSameAs(BundledData.DIGITS.load());
    }

    @Test
    void everySet_namesItsFileAndSource() {
        for (BundledData set : BundledData.values()) {
            assertThat(set.fileName()).isEqualTo(set.name().toLowerCase(java.util.Locale.ROOT) + ".csv");
            assertThat(set.source()).contains("UCI").containsAnyOf("public domain", "CC BY 4.0");
            assertThat(BundledData.class.getResource(set.fileName())).isNotNull();
        }
    }
}
