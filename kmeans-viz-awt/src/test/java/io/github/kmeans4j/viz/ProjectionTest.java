package io.github.kmeans4j.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.github.kmeans4j.Dataset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ProjectionTest {

    @Test
    void auto_choosesLineColumnsOrPcaByDimension() {
        assertThat(Projection.auto(Dataset.ofValues(1, 2, 3)).dimensions()).isEqualTo(1);
        Projection two = Projection.auto(Dataset.of(new double[][] {{1, 2}, {3, 4}}).withColumnNames("a", "b"));
        assertThat(two.dimensions()).isEqualTo(2);
        assertThat(two.isExact()).isTrue();
        assertThat(two.xLabel()).isEqualTo("a");
        assertThat(two.yLabel()).isEqualTo("b");
        assertThat(two.project(new double[] {3, 4})).containsExactly(3, 4);
        Projection three = Projection.auto(Dataset.of(new double[][] {{1, 2, 3}, {3, 4, 1}, {0, 0, 1}}));
        assertThat(three.isExact()).isFalse();
        assertThat(three.xLabel()).startsWith("PC1 (");
    }

    @Test
    void pca_pointsOnALine_keepTheirDistancesAlongPc1() {
        // Points t * u + m on a line in 5-D: PC1 carries all the variance and is ±u.
        double[] u = {1, 2, -2, 0, 4};
        double norm = Math.sqrt(1 + 4 + 4 + 16);
        double[] m = {3, -1, 0.5, 7, 2};
        double[] ts = {-3, -1, 0, 0.5, 2, 4, 5};
        double[][] rows = new double[ts.length][5];
        for (int i = 0; i < ts.length; i++) {
            for (int c = 0; c < 5; c++) {
                rows[i][c] = m[c] + ts[i] * u[c] / norm;
            }
        }
        Projection p = Projection.pca(Dataset.of(rows));
        assertThat(p.xLabel()).isEqualTo("PC1 (100.0 % var.)");
        assertThat(p.yLabel()).isEqualTo("PC2 (0.0 % var.)");
        for (int i = 0; i < ts.length; i++) {
            for (int j = 0; j < ts.length; j++) {
                double along = p.project(rows[i])[0] - p.project(rows[j])[0];
                assertThat(Math.abs(along)).isCloseTo(Math.abs(ts[i] - ts[j]), within(1e-9));
                assertThat(p.project(rows[i])[1]).isCloseTo(0, within(1e-9));
            }
        }
    }

    @Test
    void pca_matchesThePowerMethodOnTheCovariance() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 400;
        int d = 6;
        double[][] rows = new double[n][d];
        for (double[] row : rows) {
            double a = random.nextDouble() * 4 - 2;
            double b = random.nextDouble() - 0.5;
            for (int c = 0; c < d; c++) {
                row[c] = a * (c + 1) + b * (c % 2 == 0 ? 1 : -1) + 0.05 * (random.nextDouble() - 0.5);
            }
        }
        // Oracle: covariance by its definition, first eigenvector by power iteration.
        double[] mean = new double[d];
        for (double[] row : rows) {
            for (int c = 0; c < d; c++) {
                mean[c] += row[c] / n;
            }
        }
        double[][] cov = new double[d][d];
        for (double[] row : rows) {
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    cov[a][b] += (row[a] - mean[a]) * (row[b] - mean[b]) / (n - 1);
                }
            }
        }
        double[] v = new double[d];
        java.util.Arrays.fill(v, 1);
        for (int it = 0; it < 500; it++) {
            double[] w = new double[d];
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    w[a] += cov[a][b] * v[b];
                }
            }
            double s = 0;
            for (double x : w) {
                s += x * x;
            }
            s = Math.sqrt(s);
            for (int a = 0; a < d; a++) {
                v[a] = w[a] / s;
            }
        }
        Projection p = Projection.pca(Dataset.of(rows));
        for (int i = 0; i < n; i += 37) {
            double expected = 0;
            for (int c = 0; c < d; c++) {
                expected += (rows[i][c] - mean[c]) * v[c];
            }
            assertThat(Math.abs(p.project(rows[i])[0])).isCloseTo(Math.abs(expected), within(1e-6));
        }
    }

    @Test
    void badArguments_areRejectedWithTheirValues() {
        Dataset data = Dataset.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        assertThatIllegalArgumentException().isThrownBy(() -> Projection.columns(data, 0, 3)).withMessageContaining("3");
        assertThatIllegalArgumentException().isThrownBy(() -> Projection.columns(data, 1, 1)).withMessageContaining("1");
        assertThatIllegalArgumentException().isThrownBy(() -> Projection.line(data, -1)).withMessageContaining("-1");
        assertThatIllegalArgumentException().isThrownBy(() -> Projection.pca(Dataset.ofValues(1, 2)))
                .withMessageContaining("d = 1");
        assertThatIllegalArgumentException().isThrownBy(() -> Projection.pca(data).project(new double[2]))
                .withMessageContaining("3 values");
        assertThatIllegalArgumentException().isThrownBy(() -> Projection.auto(null));
    }
}
