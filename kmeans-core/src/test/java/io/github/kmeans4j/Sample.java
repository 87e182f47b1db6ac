package io.github.kmeans4j;

import java.util.Arrays;

/** A test case of the property tests: a dataset, optional weights (null: unweighted) and a k it admits. */
record Sample(double[][] rows, double[] weights, int k) {
    int n() {
        return rows.length;
    }

    int d() {
        return rows[0].length;
    }

    Dataset dataset() {
        return Oracle.dataset(rows, weights);
    }

    @Override
    public String toString() {
        return "Sample[n=" + n() + ", d=" + d() + ", k=" + k + ", rows=" + Oracle.show(rows)
                + ", weights=" + Arrays.toString(weights) + "]";
    }
}
