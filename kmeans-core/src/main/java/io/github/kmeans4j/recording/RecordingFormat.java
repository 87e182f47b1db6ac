package io.github.kmeans4j.recording;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.EmptyClusterPolicy;
import io.github.kmeans4j.KMeansFormatException;
import io.github.kmeans4j.StopReason;
import io.github.kmeans4j.event.Assigned;
import io.github.kmeans4j.event.EmptyClusterRepaired;
import io.github.kmeans4j.event.Initialized;
import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.event.RunFinished;
import io.github.kmeans4j.event.RunStarted;
import io.github.kmeans4j.event.SeedChosen;
import io.github.kmeans4j.event.Updated;
import io.github.kmeans4j.internal.EventArrays;
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
 * The recording file format ({@code KM4JRCRD}, version 1, specified in
 * {@code kmeans-core/FORMAT.md}): the dataset, then every event in order; a {@link RunFinished}
 * carries its result in the body of the result format.
 */
final class RecordingFormat {
    static final String RECORDING_MAGIC = "KM4JRCRD";

    private static final byte RUN_STARTED = 1;
    private static final byte SEED_CHOSEN = 2;
    private static final byte INITIALIZED = 3;
    private static final byte ASSIGNED = 4;
    private static final byte EMPTY_CLUSTER_REPAIRED = 5;
    private static final byte UPDATED = 6;
    private static final byte RUN_FINISHED = 7;

    private RecordingFormat() {
    }

    static void writeRecording(Recording recording, OutputStream out) throws IOException {
        CoreAccess.Access core = CoreAccess.get();
        FormatFiles.write(RECORDING_MAGIC, out, body -> {
            Dataset data = recording.data();
            body.writeInt(data.n());
            body.writeInt(data.d());
            body.writeBoolean(data.precision() == Dataset.Precision.FLOAT);
            if (data.precision() == Dataset.Precision.FLOAT) {
                body.floats(core.floatValues(data));
            } else {
                body.doubles(core.values(data));
            }
            double[] weights = core.weightsOrNull(data);
            body.writeBoolean(weights != null);
            if (weights != null) {
                body.doubles(weights);
            }
            body.strings(data.columnNames());
            List<KMeansEvent> events = recording.events();
            body.writeInt(events.size());
            for (KMeansEvent e : events) {
                event(body, e);
            }
        });
    }

    private static void event(FormatOutput out, KMeansEvent e) throws IOException {
        if (e instanceof RunStarted s) {
            out.writeByte(RUN_STARTED);
            out.writeInt(s.restart());
            out.writeInt(s.restarts());
            out.writeInt(s.k());
            out.writeLong(s.seed());
            out.string(s.initializer());
            out.string(s.emptyClusterPolicy().name());
            out.writeInt(s.maxIterations());
            out.writeDouble(s.tolerance());
        } else if (e instanceof SeedChosen s) {
            out.writeByte(SEED_CHOSEN);
            out.writeInt(s.restart());
            out.writeInt(s.seedIndex());
            out.writeInt(s.pointIndex());
            out.doubles(s.centroid());
            out.writeDouble(s.probability());
            out.writeDouble(s.distanceSquared());
            out.string(s.reason());
        } else if (e instanceof Initialized s) {
            out.writeByte(INITIALIZED);
            out.writeInt(s.restart());
            out.matrix(s.centroids());
        } else if (e instanceof Assigned a) {
            out.writeByte(ASSIGNED);
            out.writeInt(a.restart());
            out.writeInt(a.iteration());
            out.ints(EventArrays.labels(a));   // read only: no copy of n labels per event
            out.writeDouble(a.inertia());
            out.writeInt(a.pointsMoved());
            out.ints(a.clusterSizes());
        } else if (e instanceof EmptyClusterRepaired r) {
            out.writeByte(EMPTY_CLUSTER_REPAIRED);
            out.writeInt(r.restart());
            out.writeInt(r.iteration());
            out.writeInt(r.cluster());
            out.string(r.policy().name());
            out.writeInt(r.pointIndex());
            out.writeInt(r.donorCluster());
            out.doubles(r.centroid());
        } else if (e instanceof Updated u) {
            out.writeByte(UPDATED);
            out.writeInt(u.restart());
            out.writeInt(u.iteration());
            out.matrix(u.centroids());
            out.doubles(u.shifts());
        } else {
            RunFinished f = (RunFinished) e;
            out.writeByte(RUN_FINISHED);
            out.writeInt(f.restart());
            out.writeInt(f.iteration());
            out.string(f.stopReason().name());
            CoreAccess.get().writeResult(out, f.result());
        }
    }

    static Recording readRecording(InputStream in) throws IOException {
        if (in == null) {
            throw new IllegalArgumentException("input stream must not be null");
        }
        FormatInput body = FormatInput.open(in, RECORDING_MAGIC, "recording", FormatFiles.VERSION, FormatFiles.sizeOf(in));
        Recording recording = body.guard(() -> {
            int n = body.positive("n");
            int d = body.positive("d");
            boolean single = body.bool("precision flag");
            int length;
            Dataset data;
            if (single) {
                float[] values = body.floats("data values");
                length = values.length;
                data = length == (long) n * d ? Dataset.ofFloatsRowMajor(values, d) : null;
            } else {
                double[] values = body.doubles("data values");
                length = values.length;
                data = length == (long) n * d ? Dataset.ofRowMajor(values, d) : null;
            }
            if (data == null) {
                throw body.error("data has " + length + " values, expected n * d = " + ((long) n * d));
            }
            if (body.bool("weights flag")) {
                data = data.withWeights(body.doubles("weights"));
            }
            List<String> names = body.strings("column names");
            if (!names.isEmpty()) {
                data = data.withColumnNames(names);
            }
            int count = body.count("events", 1);
            List<KMeansEvent> events = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                if (body.atEnd()) {   // an input of unknown size shows a count too large only here
                    throw body.error("the count of events is " + count + ", but the content ends after " + i);
                }
                events.add(event(body, data));
            }
            return Recording.of(events);
        });
        body.end();
        return recording;
    }

    private static KMeansEvent event(FormatInput in, Dataset data) throws IOException {
        long at = in.position();
        byte tag = in.readByte();
        switch (tag) {
            case RUN_STARTED: {
                int restart = in.readInt();
                int restarts = in.readInt();
                int k = in.positive("k");
                long seed = in.readLong();
                String initializer = in.string("initializer");
                EmptyClusterPolicy policy = in.enumValue(EmptyClusterPolicy.class, "empty-cluster policy");
                int maxIterations = in.readInt();
                double tolerance = in.readDouble();
                return new RunStarted(restart, restarts, data, k, seed, initializer, policy, maxIterations, tolerance);
            }
            case SEED_CHOSEN: {
                int restart = in.readInt();
                int seedIndex = in.readInt();
                int point = in.readInt();
                double[] centroid = in.doubles("seed centroid");
                return new SeedChosen(restart, seedIndex, point, centroid, in.readDouble(), in.readDouble(),
                        in.string("seed reason"));
            }
            case INITIALIZED:
                return new Initialized(in.readInt(), in.matrix("initial centroids"));
            case ASSIGNED: {
                int restart = in.readInt();
                int iteration = in.readInt();
                int[] labels = in.ints("labels");
                double inertia = in.readDouble();
                int moved = in.readInt();
                int[] sizes = in.ints("cluster sizes");
                if (labels.length != data.n()) {
                    throw in.error("an assignment has " + labels.length + " labels for " + data.n() + " points");
                }
                in.checkLabels(labels, sizes.length);
                return new Assigned(restart, iteration, labels, inertia, moved, sizes);
            }
            case EMPTY_CLUSTER_REPAIRED: {
                int restart = in.readInt();
                int iteration = in.readInt();
                int cluster = in.readInt();
                EmptyClusterPolicy policy = in.enumValue(EmptyClusterPolicy.class, "empty-cluster policy");
                int point = in.readInt();
                int donor = in.readInt();
                return new EmptyClusterRepaired(restart, iteration, cluster, policy, point, donor,
                        in.doubles("repaired centroid"));
            }
            case UPDATED: {
                int restart = in.readInt();
                int iteration = in.readInt();
                return new Updated(restart, iteration, in.matrix("updated centroids"), in.doubles("shifts"));
            }
            case RUN_FINISHED: {
                int restart = in.readInt();
                int iteration = in.readInt();
                StopReason reason = in.enumValue(StopReason.class, "stop reason");
                return new RunFinished(restart, iteration, reason, CoreAccess.get().readResult(in, data.n()));
            }
            default:
                throw new KMeansFormatException("unknown event tag " + tag + " at byte " + at);
        }
    }
}
