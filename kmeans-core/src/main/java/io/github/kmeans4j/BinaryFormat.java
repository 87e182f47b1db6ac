package io.github.kmeans4j;

import io.github.kmeans4j.event.Assigned;
import io.github.kmeans4j.event.EmptyClusterRepaired;
import io.github.kmeans4j.event.Initialized;
import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.event.RunFinished;
import io.github.kmeans4j.event.RunStarted;
import io.github.kmeans4j.event.SeedChosen;
import io.github.kmeans4j.event.Updated;
import io.github.kmeans4j.internal.EventArrays;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The kmeans4j file formats, version 1: results ({@code KM4JRSLT}) and recordings
 * ({@code KM4JRCRD}). The layout is specified in {@code kmeans-core/FORMAT.md}; keep the two in step.
 *
 * <p>Writing is deterministic, so save, load, save gives the same bytes. Both directions stream:
 * {@link FormatOutput} computes the CRC-32 trailer as it writes, {@link FormatInput} as it reads,
 * so neither holds a copy of the file and no size is capped by the largest array. Reading checks
 * the magic before it reads further, allocates for a count no more than the bytes present, and
 * turns every failure into a {@link KMeansFormatException}, reported as a corrupt file whenever
 * the checksum does not match.
 */
final class BinaryFormat {
    static final String RESULT_MAGIC = "KM4JRSLT";
    static final String RECORDING_MAGIC = "KM4JRCRD";
    static final int VERSION = 1;

    private static final byte RUN_STARTED = 1;
    private static final byte SEED_CHOSEN = 2;
    private static final byte INITIALIZED = 3;
    private static final byte ASSIGNED = 4;
    private static final byte EMPTY_CLUSTER_REPAIRED = 5;
    private static final byte UPDATED = 6;
    private static final byte RUN_FINISHED = 7;

    private BinaryFormat() {
    }

    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    /**
     * Saves to {@code file} atomically: writes a sibling temporary file with a short name (so any
     * name the file system accepts can be saved to), forces it to the device, and renames it over
     * the target with {@link StandardCopyOption#ATOMIC_MOVE}, so a concurrent load sees the old
     * file or the new one, never none, and a crash leaves one of them. Only where the file system
     * refuses atomic moves is a plain replacing move used. The new file keeps the permissions of
     * the file it replaces; a new name gets the permissions any new file gets (the umask's). A
     * symbolic link is followed, even a dangling one: its target is written and the link kept. A
     * directory is refused. On failure no temporary file is left behind and the target is intact.
     */
    static void writeFile(Path file, Writer writer) throws IOException {
        if (file == null) {
            throw new IllegalArgumentException("file must not be null");
        }
        Path target = followLinks(file);
        if (Files.isDirectory(target)) {
            throw new FileSystemException(target.toString(), null, "is a directory; give a file name to save to");
        }
        Path dir = target.getParent();
        Path temp = null;
        try {
            FileChannel channel = null;
            for (int attempt = 0; channel == null; attempt++) {
                temp = dir.resolve(".km4j-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
                try {
                    // CREATE_NEW without attributes: the umask's default mode, not createTempFile's 0600
                    channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } catch (FileAlreadyExistsException e) {
                    temp = null;
                    if (attempt == 100) {
                        throw e;
                    }
                }
            }
            try (FileChannel open = channel) {
                writer.write(Channels.newOutputStream(open));
                open.force(true);
            }
            keepPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } finally {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** {@code file} as an absolute path with every symbolic link at its end replaced by what it names. */
    private static Path followLinks(Path file) throws IOException {
        Path path = file.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(path); hops++) {
            if (hops == 40) {
                throw new FileSystemException(file.toString(), null, "too many levels of symbolic links");
            }
            path = path.getParent().resolve(Files.readSymbolicLink(path));
        }
        return path;
    }

    /** Gives {@code temp} the POSIX permissions of {@code target}, when it exists and has them. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (view == null || !Files.exists(target)) {
            return;
        }
        Set<PosixFilePermission> permissions;
        try {
            permissions = view.readAttributes().permissions();
        } catch (NoSuchFileException e) {
            return;   // removed meanwhile: a new file, which keeps the default permissions
        }
        Files.setPosixFilePermissions(temp, permissions);
    }

    /**
     * Reads a file through a stream, telling the reader the file's size when it is a regular file,
     * so every count is checked against the bytes left before anything is allocated for it.
     */
    static <T> T readFile(Path file, Reader<T> reader) throws IOException {
        if (file == null) {
            throw new IllegalArgumentException("file must not be null");
        }
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = Files.isRegularFile(file) ? channel.size() : -1;
            return reader.read(new SizedInput(Channels.newInputStream(channel), size));
        } catch (KMeansFormatException e) {
            throw new KMeansFormatException(file + ": " + e.getMessage(), e);
        }
    }

    /** A file's stream that knows the file's size; -1 when it is not known (a device, a pipe). */
    private static final class SizedInput extends FilterInputStream {
        final long size;

        SizedInput(InputStream in, long size) {
            super(in);
            this.size = size;
        }
    }

    private static long sizeOf(InputStream in) {
        return in instanceof SizedInput s ? s.size : -1;
    }

    // ------------------------------------------------------------------ writing

    static void writeResult(KMeansResult result, OutputStream out) throws IOException {
        write(RESULT_MAGIC, out, body -> result(body, result));
    }

    static void writeRecording(Recording recording, OutputStream out) throws IOException {
        write(RECORDING_MAGIC, out, body -> {
            Dataset data = recording.data();
            body.writeInt(data.n());
            body.writeInt(data.d());
            body.writeBoolean(data.precision() == Dataset.Precision.FLOAT);
            if (data.precision() == Dataset.Precision.FLOAT) {
                body.floats(data.floatValues());
            } else {
                body.doubles(data.values());
            }
            double[] weights = data.weightsOrNull();
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

    private interface Body {
        void write(FormatOutput body) throws IOException;
    }

    private static void write(String magic, OutputStream out, Body body) throws IOException {
        if (out == null) {
            throw new IllegalArgumentException("output stream must not be null");
        }
        FormatOutput data = new FormatOutput(out);
        data.write(magic.getBytes(StandardCharsets.US_ASCII));
        data.writeInt(VERSION);
        body.write(data);
        data.finish();
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
            result(out, f.result());
        }
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

    // ------------------------------------------------------------------ reading

    static KMeansResult readResult(InputStream in) throws IOException {
        if (in == null) {
            throw new IllegalArgumentException("input stream must not be null");
        }
        FormatInput body = FormatInput.open(in, RESULT_MAGIC, "result", VERSION, sizeOf(in));
        KMeansResult result = body.guard(() -> result(body, -1));
        body.end();
        return result;
    }

    static Recording readRecording(InputStream in) throws IOException {
        if (in == null) {
            throw new IllegalArgumentException("input stream must not be null");
        }
        FormatInput body = FormatInput.open(in, RECORDING_MAGIC, "recording", VERSION, sizeOf(in));
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
                return new RunFinished(restart, iteration, reason, result(in, data.n()));
            }
            default:
                throw new KMeansFormatException("unknown event tag " + tag + " at byte " + at);
        }
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
