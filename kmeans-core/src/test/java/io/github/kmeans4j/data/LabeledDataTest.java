package io.github.kmeans4j.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kmeans4j.Dataset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LabeledData: validation by name, copies in and out, class sizes, and the column projection (hand-checked). */
class LabeledDataTest {

    private static final Dataset THREE_BY_THREE = Dataset.of(new double[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}})
            .withColumnNames("a", "b", "c");

    @Test
    void of_labelsWithoutNames_classesNamedByNumberUpToTheLargest() {
        LabeledData data = LabeledData.of(THREE_BY_THREE, new int[] {2, 0, 2});
        assertThat(data.classNames()).containsExactly("0", "1", "2");
        assertThat(data.classSizes()).containsExactly(1, 0, 2);
        assertThat(data.classCount()).isEqualTo(3);
    }

    @Test
    void of_arraysCopiedInAndOut() {
        int[] labels = {0, 1, 0};
        LabeledData data = LabeledData.of(THREE_BY_THREE, labels, List.of("x", "y"))
                .withCenters(new double[][] {{1, 1, 1}, {2, 2, 2}});
        labels[0] = 1;
        data.labels()[1] = 0;
        data.centers()[0][0] = 9;
        assertThat(data.labels()).containsExactly(0, 1, 0);
        assertThat(data.centers()[0]).containsExactly(1, 1, 1);
    }

    @Test
    void columns_projectsValuesNamesAndCentresInTheGivenOrder() {
        LabeledData data = LabeledData.of(THREE_BY_THREE.withWeights(new double[] {1, 2, 3}), new int[] {0, 1, 0},
                List.of("x", "y")).withCenters(new double[][] {{1, 2, 3}, {4, 5, 6}});
        LabeledData projected = data.columns(2, 0);
        assertThat(projected.data().toArray()).isDeepEqualTo(new double[][] {{3, 1}, {6, 4}, {9, 7}});
        assertThat(projected.data().columnNames()).containsExactly("c", "a");
        assertThat(projected.data().weights()).containsExactly(1, 2, 3);
        assertThat(projected.centers()).isDeepEqualTo(new double[][] {{3, 1}, {6, 4}});
        assertThat(projected.labels()).containsExactly(0, 1, 0);
        assertThat(projected.classNames()).containsExactly("x", "y");
    }

    @Test
    void unlabeled_labelAccessorsRefuseWithIllegalState() {
        LabeledData data = LabeledData.unlabeled(THREE_BY_THREE);
        assertThat(data.hasLabels()).isFalse();
        assertThat(data.classCount()).isZero();
        assertThatThrownBy(data::labels).isInstanceOf(IllegalStateException.class).hasMessageContaining("no labels");
        assertThatThrownBy(data::centers).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> data.withCenters(new double[][] {{1, 2, 3}})).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void badArguments_rejectedNamingWhatAndWhere() {
        assertThatThrownBy(() -> LabeledData.of(THREE_BY_THREE, new int[] {0, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected 3 labels").hasMessageContaining("got 2");
        assertThatThrownBy(() -> LabeledData.of(THREE_BY_THREE, new int[] {0, -1, 0}))
                .hasMessageContaining("row 1").hasMessageContaining("-1");
        assertThatThrownBy(() -> LabeledData.of(THREE_BY_THREE, new int[] {0, 2, 0}, List.of("x", "y")))
                .hasMessageContaining("row 1").hasMessageContaining("is 2");
        assertThatThrownBy(() -> LabeledData.of(THREE_BY_THREE, new int[] {0, 1, 0}, List.of("x", "x")))
                .hasMessageContaining("\"x\"").hasMessageContaining("class 1");
        assertThatThrownBy(() -> LabeledData.of(null, new int[0])).hasMessageContaining("data");
        LabeledData data = LabeledData.of(THREE_BY_THREE, new int[] {0, 1, 0});
        assertThatThrownBy(() -> data.withCenters(new double[][] {{1, 2, 3}})).hasMessageContaining("expected 2 centres");
        assertThatThrownBy(() -> data.withCenters(new double[][] {{1, 2, 3}, {1, 2}}))
                .hasMessageContaining("centre 1").hasMessageContaining("has 2");
        assertThatThrownBy(() -> data.withCenters(new double[][] {{1, 2, 3}, {1, Double.NaN, 3}}))
                .hasMessageContaining("centre 1, coordinate 1 is NaN");
        assertThatThrownBy(() -> data.columns()).hasMessageContaining("at least one column");
        assertThatThrownBy(() -> data.columns(0, 3)).hasMessageContaining("column 3").hasMessageContaining("[0, 3)");
        assertThatThrownBy(() -> data.label(3)).hasMessageContaining("row 3");
    }
}
