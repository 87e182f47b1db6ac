package io.github.kmeans4j.spark;

import io.github.kmeans4j.OversamplingRows;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;

/**
 * k-means‖'s passes over the partitions: every row's squared distance D² to its nearest
 * candidate is kept in Spark's cache, one array per block beside the cached rows; each round is
 * one job that keeps rows by the per-row rule of {@link OversamplingRows}, and one that lowers D²
 * with the kept rows. Partial sums (φ, candidate weights) come back one per partition and are
 * added on the driver in partition order.
 */
final class SparkOversampling implements OversamplingRows {
    private final JavaSparkContext spark;
    private final SparkJobs jobs;
    private final JavaRDD<PartitionRows> data;
    private final long[] starts;
    private final double[] partitionWeights;
    private final int d;
    private final long sampleSize;
    private JavaRDD<Distances> distances;
    /** The candidates {@link #distances} was computed with: its tasks read them, so it lives as long. */
    private Broadcast<double[][]> distancesFrom;

    SparkOversampling(JavaSparkContext spark, SparkJobs jobs, JavaRDD<PartitionRows> data, long[] starts, double[] partitionWeights,
                      int d, long sampleSize) {
        this.spark = spark;
        this.jobs = jobs;
        this.data = data;
        this.starts = starts;
        this.partitionWeights = partitionWeights;
        this.d = d;
        this.sampleSize = sampleSize;
    }

    /** One partition's D², per block, and their weighted sum φ in row order. */
    record Distances(double[][] squared, double phi) implements Serializable {
    }

    /** A row one partition keeps in a round. */
    record Kept(int partition, long rowInPartition, double[] values) implements Serializable {
    }

    @Override
    public double totalWeight() {
        double total = 0;
        for (double w : partitionWeights) {
            total += w;
        }
        return total;
    }

    @Override
    public Candidate rowAtWeight(double u) {
        double target = u * totalWeight();
        // the first partition whose running total passes the target, or (rounding) the last with weight
        int chosen = -1;
        double skipped = 0;
        double before = 0;
        for (int p = 0; p < partitionWeights.length; p++) {
            if (partitionWeights[p] > 0) {
                chosen = p;
                skipped = before;
                if (before + partitionWeights[p] > target) {
                    break;
                }
            }
            before += partitionWeights[p];
        }
        int partition = chosen;
        double within = skipped;
        List<Kept> found = jobs.run("k-means‖'s first draw", () -> data.filter(rows -> rows.partition == partition)
                .map(rows -> rowAt(rows, target, within)).collect());
        Kept row = found.get(0);
        long global = starts[row.partition()] + row.rowInPartition();
        return new Candidate(global, SampleRows.indexOf(global, starts[starts.length - 1], sampleSize), row.values());
    }

    /** The first row whose running weight, from {@code before}, exceeds {@code target}; else the last of positive weight. */
    private static Kept rowAt(PartitionRows rows, double target, double before) {
        double running = before;
        Kept last = null;
        for (RowBlock block : rows.blocks) {
            for (int i = 0; i < block.count; i++) {
                double w = block.weight(i);
                if (w > 0) {
                    running += w;
                    last = new Kept(rows.partition, block.firstInPartition + i,
                            Arrays.copyOfRange(block.values, i * block.d, i * block.d + block.d));
                    if (running > target) {
                        return last;
                    }
                }
            }
        }
        return last;
    }

    @Override
    public double startFrom(double[] first) {
        release();
        Broadcast<double[][]> candidate = spark.broadcast(new double[][] {first.clone()});
        JavaRDD<Distances> next = data.map(rows -> lowered(rows, null, candidate.value()));
        return replace(next, candidate);
    }

    @Override
    public Round oversample(double ell, double phi, long roundSeed) {
        long[] first = starts;
        JavaRDD<Distances> current = distances;
        List<Kept> kept = jobs.run("a k-means‖ round", () -> data.zip(current)
                .flatMap(pair -> keep(pair._1(), pair._2(), first, ell, phi, roundSeed).iterator())
                .collect());   // partition by partition, each in row order
        long n = starts[starts.length - 1];
        List<Candidate> candidates = new ArrayList<>(kept.size());
        double[][] values = new double[kept.size()][];
        for (int t = 0; t < kept.size(); t++) {
            Kept k = kept.get(t);
            long global = starts[k.partition()] + k.rowInPartition();
            candidates.add(new Candidate(global, SampleRows.indexOf(global, n, sampleSize), k.values()));
            values[t] = k.values();
        }
        if (kept.isEmpty()) {
            return new Round(candidates, phi);
        }
        Broadcast<double[][]> added = spark.broadcast(values);
        JavaRDD<Distances> next = data.zip(current).map(pair -> lowered(pair._1(), pair._2(), added.value()));
        return new Round(candidates, replace(next, added));
    }

    private static List<Kept> keep(PartitionRows rows, Distances dist, long[] starts, double ell, double phi,
                                   long roundSeed) {
        List<Kept> out = new ArrayList<>();
        long start = starts[rows.partition];
        for (int b = 0; b < rows.blocks.length; b++) {
            RowBlock block = rows.blocks[b];
            for (int i = 0; i < block.count; i++) {
                double mass = block.weight(i) * dist.squared()[b][i];
                if (mass > 0) {
                    double p = ell * mass / phi;
                    long row = block.firstInPartition + i;
                    if (p >= 1 || OversamplingRows.uniform(roundSeed, start + row) < p) {
                        out.add(new Kept(rows.partition, row,
                                Arrays.copyOfRange(block.values, i * block.d, i * block.d + block.d)));
                    }
                }
            }
        }
        return out;
    }

    /** D² of a partition's rows lowered by {@code added} candidates (from +∞ when {@code before} is null), and φ. */
    private static Distances lowered(PartitionRows rows, Distances before, double[][] added) {
        double[][] squared = new double[rows.blocks.length][];
        double phi = 0;
        for (int b = 0; b < rows.blocks.length; b++) {
            RowBlock block = rows.blocks[b];
            double[] s = before == null ? filled(block.count) : before.squared()[b].clone();
            for (int i = 0; i < block.count; i++) {
                for (double[] c : added) {
                    double dist = 0;
                    for (int m = 0; m < block.d; m++) {
                        double diff = block.values[i * block.d + m] - c[m];
                        dist += diff * diff;
                    }
                    if (dist < s[i]) {
                        s[i] = dist;
                    }
                }
                phi += block.weight(i) * s[i];
            }
            squared[b] = s;
        }
        return new Distances(squared, phi);
    }

    private static double[] filled(int count) {
        double[] s = new double[count];
        Arrays.fill(s, Double.POSITIVE_INFINITY);
        return s;
    }

    /** Makes {@code next} the cached distances and returns its φ, summed in partition order. */
    private double replace(JavaRDD<Distances> next, Broadcast<double[][]> used) {
        next.persist(StorageLevel.MEMORY_AND_DISK());
        next.rdd().localCheckpoint();
        List<Double> parts = null;
        try {
            parts = jobs.run("k-means‖'s distances", () -> next.map(Distances::phi).collect());
        } finally {
            if (parts == null) {
                next.unpersist(false);
                used.destroy();
            }
        }
        double phi = 0;
        for (double part : parts) {
            phi += part;
        }
        release();
        distances = next;
        distancesFrom = used;
        return phi;
    }

    @Override
    public double[] candidateWeights(List<Candidate> candidates) {
        double[][] values = new double[candidates.size()][];
        for (int t = 0; t < values.length; t++) {
            values[t] = candidates.get(t).values();
        }
        Broadcast<double[][]> all = spark.broadcast(values);
        List<double[]> parts;
        try {
            parts = jobs.run("k-means‖'s candidate weights", () -> data.map(rows -> nearestWeights(rows, all.value()))
                    .collect());
        } finally {
            all.destroy();
        }
        release();
        double[] weight = new double[values.length];
        for (double[] part : parts) {
            for (int t = 0; t < weight.length; t++) {
                weight[t] += part[t];
            }
        }
        return weight;
    }

    /** The weight of a partition's rows nearest to each candidate, ties to the earlier candidate. */
    private static double[] nearestWeights(PartitionRows rows, double[][] candidates) {
        double[] weight = new double[candidates.length];
        for (RowBlock block : rows.blocks) {
            for (int i = 0; i < block.count; i++) {
                int best = 0;
                double bestDistance = Double.POSITIVE_INFINITY;
                for (int t = 0; t < candidates.length; t++) {
                    double dist = 0;
                    for (int m = 0; m < block.d; m++) {
                        double diff = block.values[i * block.d + m] - candidates[t][m];
                        dist += diff * diff;
                    }
                    if (dist < bestDistance) {
                        bestDistance = dist;
                        best = t;
                    }
                }
                weight[best] += block.weight(i);
            }
        }
        return weight;
    }

    /** Drops the cached distances. */
    void release() {
        if (distances != null) {
            distances.unpersist(false);
            distances = null;
        }
        if (distancesFrom != null) {
            distancesFrom.destroy();
            distancesFrom = null;
        }
    }
}
