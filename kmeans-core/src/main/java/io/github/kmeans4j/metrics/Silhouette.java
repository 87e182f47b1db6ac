package io.github.kmeans4j.metrics;

import java.util.Arrays;

/**
 * Silhouette coefficients (Rousseeuw, "Silhouettes: a graphical aid to the interpretation and
 * validation of cluster analysis", J. Comput. Appl. Math. 20, 1987): for each point, with a its
 * mean distance to the other points of its cluster and b its smallest mean distance to the
 * points of another cluster, {@code s = (b − a) / max(a, b)}, in [−1, 1]. Near 1: well inside
 * its cluster; near 0: between two clusters; negative: closer to another cluster. Immutable.
 *
 * <p>{@link ClusterScores#silhouette(io.github.kmeans4j.Dataset, int[])} gives one value per
 * point; {@link ClusterScores#silhouetteSampled} gives one per sampled point.
 */
public final class Silhouette {
    private final double mean;
    private final double[] values;
    private final int[] points;
    private final boolean sampled;

    /** Takes ownership of the arrays. */
    Silhouette(double mean, double[] values, int[] points, boolean sampled) {
        this.mean = mean;
        this.values = values;
        this.points = points;
        this.sampled = sampled;
    }

    /** {@return the mean silhouette over the points scored: scikit-learn's {@code silhouette_score}} */
    public double mean() {
        return mean;
    }

    /**
     * A copy of the silhouette of each point scored: for an exact silhouette, of every point in
     * row order (scikit-learn's {@code silhouette_samples}); for a sampled one, of each sampled
     * point, in the order of {@link #points()}.
     *
     * @return a copy of the silhouettes, each in [−1, 1]
     */
    public double[] values() {
        return values.clone();
    }

    /**
     * The silhouette of the {@code i}-th point scored.
     *
     * @param i the index among the points scored, in [0, {@link #size()})
     * @return its silhouette, in [−1, 1]
     * @throws IllegalArgumentException if {@code i} is out of range
     */
    public double value(int i) {
        if (i < 0 || i >= values.length) {
            throw new IllegalArgumentException("i = " + i + " is out of range [0, " + values.length + ")");
        }
        return values[i];
    }

    /** {@return a copy of the rows of the points scored: 0..n−1 for an exact silhouette, the sample otherwise} */
    public int[] points() {
        return points.clone();
    }

    /** {@return how many points were scored} */
    public int size() {
        return values.length;
    }

    /** {@return whether this is the silhouette of a sample of the points rather than of all of them} */
    public boolean sampled() {
        return sampled;
    }

    @Override
    public String toString() {
        return "Silhouette[mean=" + mean + ", points=" + values.length + (sampled() ? ", sampled" : "") + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Silhouette s && Double.compare(mean, s.mean) == 0 && Arrays.equals(values, s.values)
                && Arrays.equals(points, s.points) && sampled == s.sampled;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Double.hashCode(mean) + Arrays.hashCode(values)) + Arrays.hashCode(points);
    }
}
