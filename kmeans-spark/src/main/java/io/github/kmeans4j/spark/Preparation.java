package io.github.kmeans4j.spark;

import io.github.kmeans4j.AssignmentBackend;
import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.Kernel;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;

/**
 * Builds a {@link SparkBackend}: one Spark job reads every partition into cached blocks and
 * reports what it found; the driver then checks the reports (the first bad row, by its index in
 * the whole data; one dimension throughout), numbers the partitions' rows, and a second job
 * collects the sample.
 */
final class Preparation {
    private Preparation() {
    }

    @SuppressWarnings("unchecked")
    static SparkBackend prepare(JavaRDD<?> rows, PartitionRows.Reader<?> reader, boolean weighted, String what,
                                Kernel kernel, int sampleSize) {
        return typed((JavaRDD<Object>) rows, (PartitionRows.Reader<Object>) reader, weighted, what, kernel, sampleSize);
    }

    private static <T> SparkBackend typed(JavaRDD<T> rows, PartitionRows.Reader<T> reader, boolean weighted,
                                          String what, Kernel kernel, int sampleSize) {
        JavaSparkContext spark = JavaSparkContext.fromSparkContext(rows.context());
        JavaRDD<PartitionRows> data = rows.mapPartitionsWithIndex(
                (p, it) -> List.of(PartitionRows.read(p, it, reader, weighted)).iterator(), true);
        data.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            List<PartitionRows.Summary> summaries = data.map(PartitionRows::summary).collect();
            long[] starts = new long[summaries.size() + 1];
            double[] min = null;
            double[] max = null;
            double[] weights = new double[summaries.size()];
            int d = -1;
            long dimensionRow = -1;
            for (PartitionRows.Summary s : summaries) {
                int p = s.partition();
                if (s.problem() != null) {
                    throw new IllegalArgumentException(what + " at row " + (starts[p] + s.problemRow()) + ": "
                            + s.problem().replace(PartitionRows.FIRST_ROW, "row " + starts[p]));
                }
                if (s.rows() > 0) {
                    if (d < 0) {
                        d = s.d();
                        dimensionRow = starts[p];
                    } else if (s.d() != d) {
                        throw new IllegalArgumentException(what + " at row " + starts[p] + ": the features have "
                                + s.d() + " values but row " + dimensionRow + " has " + d);
                    }
                }
                if (s.rows() > 0) {
                    if (min == null) {
                        min = s.min().clone();
                        max = s.max().clone();
                    }
                    for (int m = 0; m < d; m++) {
                        min[m] = Math.min(min[m], s.min()[m]);
                        max[m] = Math.max(max[m], s.max()[m]);
                    }
                }
                starts[p + 1] = starts[p] + s.rows();
                weights[p] = s.weight();
            }
            long n = starts[starts.length - 1];
            if (n == 0) {
                throw new IllegalArgumentException("the input has no rows");
            }
            Dataset sample = sample(spark, data, starts, n, d, weighted, sampleSize);
            double total = 0;
            for (double w : weights) {
                total += w;
            }
            if (!(total > 0) || Double.isInfinite(total)) {
                throw new IllegalArgumentException(what + ": the weights add up to " + total
                        + "; they must have a positive, finite total");
            }
            AssignmentBackend.checkMagnitudes(min, max, total, weighted);
            return new SparkBackend(spark, data, starts, weights, d, kernel, sample, Math.min(sampleSize, n));
        } catch (RuntimeException e) {
            data.unpersist(false);
            throw e;
        }
    }

    private static Dataset sample(JavaSparkContext spark, JavaRDD<PartitionRows> data, long[] starts, long n, int d,
                                  boolean weighted, int sampleSize) {
        Broadcast<long[]> first = spark.broadcast(starts);
        long size = Math.min(sampleSize, n);
        List<SampleRow> rows = data.flatMap(part -> {
            List<SampleRow> out = new ArrayList<>();
            long start = first.value()[part.partition];
            for (RowBlock block : part.blocks) {
                for (int i = 0; i < block.count; i++) {
                    if (SampleRows.indexOf(start + block.firstInPartition + i, n, size) >= 0) {
                        out.add(new SampleRow(java.util.Arrays.copyOfRange(block.values, i * d, i * d + d),
                                block.weight(i)));
                    }
                }
            }
            return out.iterator();
        }).collect();
        first.destroy();
        double[] values = new double[rows.size() * d];
        double[] weights = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i).values(), 0, values, i * d, d);
            weights[i] = rows.get(i).weight();
        }
        Dataset sample = Dataset.ofRowMajor(values, d);
        return weighted ? sample.withWeights(weights) : sample;
    }
}
