package io.github.kmeans4j.spark.ml;

import java.util.List;
import org.apache.spark.ml.linalg.Vector;

/**
 * The nearest of k centroids to one row's features, as the prediction column gives it: the least
 * squared Euclidean distance, summed over the coordinates in order, ties to the lowest index.
 */
final class Nearest {
    private Nearest() {
    }

    /**
     * The nearest centroid to {@code features} (an ML vector, or a Scala or Java sequence of
     * numbers), or null when the features are null.
     */
    static Integer of(Object features, double[] centroids, int k, int d) {
        if (features == null) {
            return null;
        }
        double[] x;
        if (features instanceof Vector v) {
            x = v.toArray();
        } else if (features instanceof scala.collection.Seq<?> seq) {
            x = new double[seq.length()];
            for (int m = 0; m < x.length; m++) {
                x[m] = value(seq.apply(m), m);
            }
        } else if (features instanceof List<?> list) {
            x = new double[list.size()];
            for (int m = 0; m < x.length; m++) {
                x[m] = value(list.get(m), m);
            }
        } else {
            throw new IllegalArgumentException("features of class " + features.getClass().getName()
                    + "; expected an ML vector or an array of numbers");
        }
        return index(x, centroids, k, d);
    }

    private static double value(Object v, int m) {
        if (v == null) {
            throw new IllegalArgumentException("feature " + m + " is null");
        }
        return ((Number) v).doubleValue();
    }

    /** The nearest centroid to the point {@code x}, which must have d finite values. */
    static int index(double[] x, double[] centroids, int k, int d) {
        if (x.length != d) {
            throw new IllegalArgumentException("the features have " + x.length + " values but the model has d = " + d);
        }
        for (int m = 0; m < d; m++) {
            if (!Double.isFinite(x[m])) {
                throw new IllegalArgumentException("feature " + m + " is " + x[m] + "; features must be finite");
            }
        }
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int j = 0; j < k; j++) {
            double s = 0;
            for (int m = 0; m < d; m++) {
                double diff = x[m] - centroids[j * d + m];
                s += diff * diff;
            }
            if (s < bestDistance) {
                bestDistance = s;
                best = j;
            }
        }
        return best;
    }
}
