package io.github.kmeans4j.spark;

import java.io.Serializable;

/** A row of the backend's sample, collected to the driver in row order. */
record SampleRow(double[] values, double weight) implements Serializable {
}
