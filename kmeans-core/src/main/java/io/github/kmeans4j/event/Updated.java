package io.github.kmeans4j.event;

import java.util.Arrays;
import java.util.Objects;

/**
 * The update step moved every centroid to the weighted mean of its points (empty clusters as
 * their policy says).
 *
 * @param restart the restart index
 * @param iteration the iteration, from 1
 * @param centroids the new centroids, k rows of d values (copied)
 * @param shifts the Euclidean distance each centroid moved (copied)
 */
public record Updated(int restart, int iteration, double[][] centroids, double[] shifts) implements KMeansEvent {

    /**
     * Copies the arrays.
     *
     * @param restart the restart index
     * @param iteration the iteration, from 1
     * @param centroids the new centroids, k rows of d values; copied
     * @param shifts the Euclidean distance each centroid moved; copied
     * @throws IllegalArgumentException if {@code centroids} or {@code shifts} is null
     */
    public Updated {
        centroids = Arrays2.copy(centroids, "centroids");
        shifts = Arrays2.copy(shifts, "shifts");
    }

    /** {@return a copy of the new centroids} */
    @Override
    public double[][] centroids() {
        return Arrays2.copy(centroids, "centroids");
    }

    /** {@return a copy of the shifts} */
    @Override
    public double[] shifts() {
        return shifts.clone();
    }

    /** {@return the largest shift} */
    public double maxShift() {
        double max = 0;
        for (double s : shifts) {
            max = Math.max(max, s);
        }
        return max;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Updated u && restart == u.restart && iteration == u.iteration
                && Arrays.deepEquals(centroids, u.centroids) && Arrays.equals(shifts, u.shifts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(restart, iteration, Arrays.deepHashCode(centroids), Arrays.hashCode(shifts));
    }

    @Override
    public String toString() {
        return "Updated[restart=" + restart + ", iteration=" + iteration + ", centroids="
                + Arrays2.toString(centroids) + ", shifts=" + Arrays.toString(shifts) + "]";
    }
}
