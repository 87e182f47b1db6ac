package io.github.kmeans4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The backend of a fit on a {@link Dataset} in memory: the fit's {@link AssignmentPass} (Lloyd,
 * Hamerly or Elkan) over all rows, with every row's label and squared distance kept between
 * passes. The sample is the whole dataset.
 */
final class LocalBackend implements AssignmentBackend {
    private final Dataset data;
    private final AssignmentPass pass;
    private final Rows rows;
    private final double[] w;   // null: unweighted
    private final int[] labels;
    private final double[] nearestDistance;   // squared distance of each row to its centroid
    private double latestInertia;
    private boolean settled;

    LocalBackend(Dataset data, AssignmentPass pass) {
        this.data = data;
        this.pass = pass;
        this.rows = pass.rows();
        this.w = data.weightsOrNull();
        this.labels = new int[data.n()];
        this.nearestDistance = new double[data.n()];
    }

    @Override
    public long n() {
        return data.n();
    }

    @Override
    public int d() {
        return data.d();
    }

    @Override
    public Dataset sample() {
        return data;
    }

    @Override
    public Algorithm algorithm() {
        return pass.algorithm();
    }

    @Override
    public void restart() {
        pass.restart();
        Arrays.fill(labels, -1);
    }

    @Override
    public void assign(double[] centroids, int k, ClusterTotals into) {
        pass.run(centroids, labels, nearestDistance, into);
        latestInertia = into.inertia;
        settled = !pass.defersDistances();
    }

    @Override
    public double latestInertia() {
        if (!settled) {
            latestInertia = pass.settle(labels, nearestDistance);
            settled = true;
        }
        return latestInertia;
    }

    @Override
    public int[] sampleLabels() {
        return labels;
    }

    @Override
    public void invalidate(int j) {
        pass.invalidate(j);
    }

    /** The farthest rows by a bounded heap: O(n log m) for m candidates. */
    @Override
    public List<RepairRow> repairCandidates(int empty, int k) {
        latestInertia();   // the distances of a deferring pass
        int m = 2 * empty + k;
        // the heap's head is the least wanted candidate: nearest first, then the highest row
        PriorityQueue<Integer> heap = new PriorityQueue<>(m + 1, (a, b) -> {
            int byDistance = Double.compare(nearestDistance[a], nearestDistance[b]);
            return byDistance != 0 ? byDistance : Integer.compare(b, a);
        });
        for (int i = 0; i < labels.length; i++) {
            if (nearestDistance[i] <= 0 || (w != null && w[i] == 0)) {
                continue;
            }
            heap.add(i);
            if (heap.size() > m) {
                heap.poll();
            }
        }
        List<RepairRow> out = new ArrayList<>(heap.size());
        while (!heap.isEmpty()) {
            int i = heap.poll();
            double[] values = new double[data.d()];
            rows.copyRow(i, values, 0);
            out.add(new RepairRow(i, i, labels[i], w == null ? 1.0 : w[i], nearestDistance[i], values));
        }
        java.util.Collections.reverse(out);
        return out;
    }
}
