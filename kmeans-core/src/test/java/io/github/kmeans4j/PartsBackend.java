package io.github.kmeans4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A reference backend for tests, written from the public API alone: the rows of a
 * {@link Dataset} cut into contiguous parts, each assigned with a {@link BlockAssigner} and merged
 * in part order, and k-means‖'s oversampling passes written as plain loops that sum part by part
 * — what a distributed backend does with partitions, without the distribution. Public so that
 * other modules' tests (kmeans-spark's) can compare with it.
 */
public final class PartsBackend implements AssignmentBackend, OversamplingRows {
    private final Dataset data;
    private final int d;
    private final double[][] blocks;
    private final double[][] weights;
    private final int[] starts;
    private final Kernel kernel;
    private final int[] labels;
    private final double[] distances;

    public PartsBackend(Dataset data, int parts, Kernel kernel) {
        this.data = data;
        this.d = data.d();
        this.kernel = kernel;
        int n = data.n();
        double[] x = data.toRowMajorArray();
        blocks = new double[parts][];
        weights = new double[parts][];
        starts = new int[parts + 1];
        for (int p = 0; p <= parts; p++) {
            starts[p] = (int) ((long) n * p / parts);
        }
        for (int p = 0; p < parts; p++) {
            blocks[p] = Arrays.copyOfRange(x, starts[p] * d, starts[p + 1] * d);
            weights[p] = data.hasWeights() ? Arrays.copyOfRange(data.weights(), starts[p], starts[p + 1]) : null;
        }
        labels = new int[n];
        distances = new double[n];
    }

    @Override
    public long n() {
        return data.n();
    }

    @Override
    public int d() {
        return d;
    }

    @Override
    public Dataset sample() {
        return data;
    }

    @Override
    public void restart() {
        Arrays.fill(labels, -1);
    }

    @Override
    public void assign(double[] centroids, int k, ClusterTotals into) {
        BlockAssigner assigner = new BlockAssigner(centroids, k, d, kernel);
        for (int p = 0; p < blocks.length; p++) {
            int count = starts[p + 1] - starts[p];
            int[] partLabels = Arrays.copyOfRange(labels, starts[p], starts[p + 1]);
            ClusterTotals part = new ClusterTotals(k, d);
            assigner.assign(blocks[p], weights[p], count, partLabels, part);
            System.arraycopy(partLabels, 0, labels, starts[p], count);
            into.merge(part);
        }
        for (int i = 0; i < labels.length; i++) {
            double s = 0;
            double[] row = data.row(i);
            for (int m = 0; m < d; m++) {
                double diff = row[m] - centroids[labels[i] * d + m];
                s += diff * diff;
            }
            distances[i] = s;
        }
    }

    @Override
    public double latestInertia() {
        double total = 0;
        for (int i = 0; i < labels.length; i++) {
            total += (data.hasWeights() ? data.weight(i) : 1.0) * distances[i];
        }
        return total;
    }

    @Override
    public int[] sampleLabels() {
        return labels.clone();
    }

    @Override
    public List<RepairRow> repairCandidates(int empty, int k) {
        List<RepairRow> all = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            double w = data.hasWeights() ? data.weight(i) : 1.0;
            if (w > 0 && distances[i] > 0) {
                all.add(new RepairRow(i, i, labels[i], w, distances[i], data.row(i)));
            }
        }
        all.sort(Comparator.comparingDouble(RepairRow::squaredDistance).reversed()
                .thenComparingLong(RepairRow::row));
        return all.subList(0, Math.min(all.size(), 2 * empty + k));
    }

    @Override
    public Algorithm algorithm() {
        return Algorithm.LLOYD;
    }

    // ------------------------------------------------------------------ k-means‖ over all rows

    private double[] nearest;   // D² to the nearest candidate

    @Override
    public OversamplingRows oversamplingRows() {
        return oversampling ? this : null;
    }

    /** Whether k-means‖ seeds from all rows through this backend (else from the sample). */
    public PartsBackend seedingFromAllRows() {
        oversampling = true;
        return this;
    }

    private boolean oversampling;
    private java.util.concurrent.atomic.AtomicInteger labelRequests;

    /**
     * Makes events with labels on demand, counting in {@code requests} how often they are
     * computed.
     */
    public PartsBackend labelsOnDemand(java.util.concurrent.atomic.AtomicInteger requests) {
        labelRequests = requests;
        return this;
    }

    @Override
    public java.util.function.Supplier<int[]> sampleLabelsOnDemand() {
        if (labelRequests == null) {
            return null;
        }
        int[] snapshot = labels.clone();
        return () -> {
            labelRequests.incrementAndGet();
            return snapshot.clone();
        };
    }

    private double weight(int i) {
        return data.hasWeights() ? data.weight(i) : 1.0;
    }

    /** Sums {@code values} part by part, then the parts in order, as a distributed backend does. */
    private double sumByParts(double[] values) {
        double total = 0;
        for (int p = 0; p + 1 < starts.length; p++) {
            double part = 0;
            for (int i = starts[p]; i < starts[p + 1]; i++) {
                part += values[i];
            }
            total += part;
        }
        return total;
    }

    @Override
    public double totalWeight() {
        double[] w = new double[data.n()];
        for (int i = 0; i < w.length; i++) {
            w[i] = weight(i);
        }
        return sumByParts(w);
    }

    /** Finds the part by the parts' totals first, then the row within it, as a distributed backend does. */
    @Override
    public Candidate rowAtWeight(double u) {
        double target = u * totalWeight();
        int part = -1;
        double skipped = 0;
        double before = 0;
        for (int p = 0; p + 1 < starts.length; p++) {
            double total = 0;
            for (int i = starts[p]; i < starts[p + 1]; i++) {
                total += weight(i);
            }
            if (total > 0) {
                part = p;
                skipped = before;
                if (before + total > target) {
                    break;
                }
            }
            before += total;
        }
        double running = skipped;
        int last = -1;
        for (int i = starts[part]; i < starts[part + 1]; i++) {
            if (weight(i) > 0) {
                running += weight(i);
                last = i;
                if (running > target) {
                    break;
                }
            }
        }
        return new Candidate(last, last, data.row(last));
    }

    private double phi() {
        double[] mass = new double[data.n()];
        for (int i = 0; i < mass.length; i++) {
            mass[i] = weight(i) * nearest[i];
        }
        return sumByParts(mass);
    }

    private void lower(double[] c) {
        for (int i = 0; i < data.n(); i++) {
            double[] row = data.row(i);
            double s = 0;
            for (int m = 0; m < d; m++) {
                double diff = row[m] - c[m];
                s += diff * diff;
            }
            nearest[i] = Math.min(nearest[i], s);
        }
    }

    @Override
    public double startFrom(double[] first) {
        nearest = new double[data.n()];
        Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        lower(first);
        return phi();
    }

    @Override
    public Round oversample(double ell, double phi, long roundSeed) {
        List<Candidate> kept = new ArrayList<>();
        for (int i = 0; i < data.n(); i++) {
            double mass = weight(i) * nearest[i];
            if (mass > 0) {
                double p = ell * mass / phi;
                if (p >= 1 || OversamplingRows.uniform(roundSeed, i) < p) {
                    kept.add(new Candidate(i, i, data.row(i)));
                }
            }
        }
        for (Candidate c : kept) {
            lower(c.values());
        }
        return new Round(kept, kept.isEmpty() ? phi : phi());
    }

    @Override
    public double[] candidateWeights(List<Candidate> candidates) {
        double[] w = new double[candidates.size()];
        for (int i = 0; i < data.n(); i++) {
            double[] row = data.row(i);
            int best = 0;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int t = 0; t < candidates.size(); t++) {
                double s = 0;
                for (int m = 0; m < d; m++) {
                    double diff = row[m] - candidates.get(t).values()[m];
                    s += diff * diff;
                }
                if (s < bestDistance) {
                    bestDistance = s;
                    best = t;
                }
            }
            w[best] += weight(i);
        }
        return w;
    }
}
