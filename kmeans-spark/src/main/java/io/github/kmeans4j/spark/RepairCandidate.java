package io.github.kmeans4j.spark;

import java.io.Serializable;

/**
 * A row of one partition offered to an empty cluster: found on an executor, ordered on the
 * driver by squared distance (farthest first) and then by its index in the whole data.
 */
record RepairCandidate(int partition, long rowInPartition, int label, double weight, double squaredDistance,
                       double[] values) implements Serializable {
}
