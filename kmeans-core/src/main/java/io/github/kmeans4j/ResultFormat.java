package io.github.kmeans4j;

import io.github.kmeans4j.internal.format.CoreAccess;
import io.github.kmeans4j.internal.format.FormatFiles;
import io.github.kmeans4j.internal.format.FormatInput;
import io.github.kmeans4j.internal.format.FormatOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The result file format ({@code KM4JRSLT}, version 1, specified in {@code kmeans-core/FORMAT.md})
 * and the result body that recordings embed. Registers the core package's side of
 * {@link CoreAccess} for the recording package's codec.
 */
final class ResultFormat {
    static final String RESULT_MAGIC = "KM4JRSLT";

    static {
        CoreAccess.register(new CoreAccess.Access() {
            @Override
            public void writeResult(FormatOutput out, KMeansResult result) throws IOException {
                result(out, result);
            }

            @Override
            public KMeansResult readResult(FormatInput in, int expectedN) throws IOException {
                return result(in, expectedN);
            }

            @Override
            public double[] values(Dataset data) {
                return data.values();
            }

            @Override
            public float[] floatValues(Dataset data) {
                return data.floatValues();
            }

            @Override
            public double[] weightsOrNull(Dataset data) {
                return data.weightsOrNull();
            }

            @Override
            public double[] centroids(KMeansResult result) {
                return result.centroidsFlat();
            }

            @Override
            public int[] labels(KMeansResult result) {
                return result.labelsShared();
            }
        });
    }

    private ResultFormat() {
    }

    static void writeResult(KMeansResult result, OutputStream out) throws IOException {
        FormatFiles.write(RESULT_MAGIC, out, body -> result(body, result));
    }

    static KMeansResult readResult(InputStream in) throws IOException {
        if (in == null) {
            throw new IllegalArgumentException("input stream must not be null");
        }
        FormatInput body = FormatInput.open(in, RESULT_MAGIC, "result", FormatFiles.VERSION, FormatFiles.sizeOf(in));
        KMeansResult result = body.guard(() -> result(body, -1));
        body.end();
        return result;
    }

    private static void result(FormatOutput out, KMeansResult r) throws IOException {
        out.writeInt(r.k());
        out.writeInt(r.d());
        out.doubles(r.centroidsFlat());
        out.ints(r.labelsShared());
        out.ints(r.clusterSizesShared());
        out.writeDouble(r.inertia());
        out.writeInt(r.iterations());
        out.string(r.stopReason().name());
        out.writeLong(r.seed());
        out.writeInt(r.restart());
        out.writeBoolean(r.cancelled());
        out.writeInt(r.restartSummaries().size());
        for (KMeansResult.RestartSummary s : r.restartSummaries()) {
            out.writeInt(s.restart());
            out.writeDouble(s.inertia());
            out.writeInt(s.iterations());
            out.string(s.stopReason().name());
        }
        out.strings(r.columnNames());
    }

    private static KMeansResult result(FormatInput in, int expectedN) throws IOException {
        int k = in.positive("k");
        int d = in.positive("d");
        double[] centroids = in.doubles("centroids");
        if (centroids.length != (long) k * d) {
            throw in.error("result has " + centroids.length + " centroid values, expected k * d = " + ((long) k * d));
        }
        for (double v : centroids) {
            if (!Double.isFinite(v)) {
                throw in.error("a centroid value is " + v);
            }
        }
        int[] labels = in.ints("labels");
        if (labels.length == 0 || (expectedN >= 0 && labels.length != expectedN)) {
            throw in.error("result has " + labels.length + " labels"
                    + (expectedN >= 0 ? " for " + expectedN + " points" : ""));
        }
        int[] sizes = in.ints("cluster sizes");
        if (sizes.length != k) {
            throw in.error("result has " + sizes.length + " cluster sizes for k = " + k);
        }
        in.checkLabels(labels, k);
        double inertia = in.readDouble();
        int iterations = in.readInt();
        StopReason reason = in.enumValue(StopReason.class, "stop reason");
        long seed = in.readLong();
        int restart = in.readInt();
        boolean cancelled = in.bool("cancelled flag");
        int summaryCount = in.count("restart summaries", 4 + 8 + 4 + 4);
        List<KMeansResult.RestartSummary> summaries = new ArrayList<>();
        for (int i = 0; i < summaryCount; i++) {
            summaries.add(new KMeansResult.RestartSummary(in.readInt(), in.readDouble(), in.readInt(),
                    in.enumValue(StopReason.class, "stop reason")));
        }
        List<String> names = in.strings("column names");
        if (!names.isEmpty() && names.size() != d) {
            throw in.error("result has " + names.size() + " column names for d = " + d);
        }
        return new KMeansResult(k, d, centroids, labels, sizes, inertia, iterations, reason, seed, restart, summaries,
                cancelled, names);
    }
}
