package io.github.kmeans4j.event;

import io.github.kmeans4j.EmptyClusterPolicy;
import java.util.Arrays;
import java.util.Objects;

/**
 * A cluster received no weight in the assignment step and the empty-cluster policy dealt with it.
 *
 * @param restart the restart index
 * @param iteration the iteration
 * @param cluster the empty cluster
 * @param policy the policy applied
 * @param pointIndex the row the centroid moved to, or −1 when it kept its place
 * @param donorCluster the cluster that row was taken from, or −1
 * @param centroid the cluster's centroid after the repair (copied)
 */
public record EmptyClusterRepaired(int restart, int iteration, int cluster, EmptyClusterPolicy policy,
                                   int pointIndex, int donorCluster, double[] centroid) implements KMeansEvent {

    /**
     * Copies the centroid.
     *
     * @param restart the restart index
     * @param iteration the iteration
     * @param cluster the empty cluster
     * @param policy the policy applied
     * @param pointIndex the row the centroid moved to, or −1
     * @param donorCluster the cluster that row was taken from, or −1
     * @param centroid the cluster's centroid after the repair; copied
     * @throws IllegalArgumentException if {@code policy} or {@code centroid} is null
     */
    public EmptyClusterRepaired {
        if (policy == null) {
            throw new IllegalArgumentException("policy must not be null");
        }
        centroid = Arrays2.copy(centroid, "centroid");
    }

    /** {@return a copy of the centroid after the repair} */
    @Override
    public double[] centroid() {
        return centroid.clone();
    }

    /** {@return whether the centroid moved to a data point} */
    public boolean relocated() {
        return pointIndex >= 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EmptyClusterRepaired e && restart == e.restart && iteration == e.iteration
                && cluster == e.cluster && policy == e.policy && pointIndex == e.pointIndex
                && donorCluster == e.donorCluster && Arrays.equals(centroid, e.centroid);
    }

    @Override
    public int hashCode() {
        return Objects.hash(restart, iteration, cluster, policy, pointIndex, donorCluster, Arrays.hashCode(centroid));
    }

    @Override
    public String toString() {
        return "EmptyClusterRepaired[restart=" + restart + ", iteration=" + iteration + ", cluster=" + cluster
                + ", policy=" + policy + ", pointIndex=" + pointIndex + ", donorCluster=" + donorCluster
                + ", centroid=" + Arrays.toString(centroid) + "]";
    }
}
