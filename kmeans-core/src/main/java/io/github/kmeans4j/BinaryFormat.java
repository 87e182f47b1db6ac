package io.github.kmeans4j;

import io.github.kmeans4j.event.Assigned;
import io.github.kmeans4j.event.EmptyClusterRepaired;
import io.github.kmeans4j.event.Initialized;
import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.event.RunFinished;
import io.github.kmeans4j.event.RunStarted;
import io.github.kmeans4j.event.SeedChosen;
import io.github.kmeans4j.event.Updated;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The kmeans4j file formats, version 1: results ({@code KM4JRSLT}) and recordings
 * ({@code KM4JRCRD}). The layout is specified in {@code kmeans-core/FORMAT.md}; keep the two in step.
 *
 * <p>Writing is deterministic, so save, load, save gives the same bytes. Reading takes the whole
 * input, checks magic, version and the CRC-32 trailer before parsing, and checks every length
 * against the bytes left, so a corrupt file fails with a message rather than a huge allocation.
 */
final class BinaryFormat {
    static final String RESULT_MAGIC = "KM4JRSLT";
    static final String RECORDING_MAGIC = "KM4JRCRD";
    static final int VERSION = 1;
    private static final int HEADER = 8 + 4;
    private static final int TRAILER = 4;

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
     * Writes to a sibling temporary file (a short name, so any name the file system accepts can be
     * saved to) and renames it into place atomically, so a failed save leaves no half file and a
     * concurrent load sees either the old file or the new one, never none. A symbolic link is
     * followed (its target is replaced, the link kept); a directory is refused.
     */
    static void writeFile(Path file, Writer writer) throws IOException {
        if (file == null) {
            throw new IllegalArgumentException("file must not be null");
        }
        Path absolute = file.toAbsolutePath();
        if (Files.isSymbolicLink(absolute) && Files.exists(absolute)) {
            absolute = absolute.toRealPath();
        }
        if (Files.isDirectory(absolute)) {
            throw new java.nio.file.FileSystemException(absolute.toString(), null,
                    "is a directory; give a file name to save to");
        }
        Path temp = Files.createTempFile(absolute.getParent(), ".km4j-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                writer.write(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static <T> T readFile(Path file, Reader<T> reader) throws IOException {
        if (file == null) {
            throw new IllegalArgumentException("file must not be null");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return reader.read(in);
        } catch (KMeansFormatException e) {
            throw new KMeansFormatException(file + ": " + e.getMessage(), e);
        }
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
                floats(body, data.floatValues());
            } else {
                doubles(body, data.values());
            }
            double[] weights = data.weightsOrNull();
            body.writeBoolean(weights != null);
            if (weights != null) {
                doubles(body, weights);
            }
            strings(body, data.columnNames());
            List<KMeansEvent> events = recording.events();
            body.writeInt(events.size());
            for (KMeansEvent e : events) {
                event(body, e);
            }
        });
    }

    private interface Body {
        void write(DataOutputStream body) throws IOException;
    }

    private static void write(String magic, OutputStream out, Body body) throws IOException {
        if (out == null) {
            throw new IllegalArgumentException("output stream must not be null");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(bytes);
        data.write(magic.getBytes(StandardCharsets.US_ASCII));
        data.writeInt(VERSION);
        body.write(data);
        data.flush();
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        data.writeInt((int) crc.getValue());
        data.flush();
        bytes.writeTo(out);
        out.flush();
    }

    private static void event(DataOutputStream out, KMeansEvent e) throws IOException {
        if (e instanceof RunStarted s) {
            out.writeByte(RUN_STARTED);
            out.writeInt(s.restart());
            out.writeInt(s.restarts());
            out.writeInt(s.k());
            out.writeLong(s.seed());
            string(out, s.initializer());
            string(out, s.emptyClusterPolicy().name());
            out.writeInt(s.maxIterations());
            out.writeDouble(s.tolerance());
        } else if (e instanceof SeedChosen s) {
            out.writeByte(SEED_CHOSEN);
            out.writeInt(s.restart());
            out.writeInt(s.seedIndex());
            out.writeInt(s.pointIndex());
            doubles(out, s.centroid());
            out.writeDouble(s.probability());
            out.writeDouble(s.distanceSquared());
            string(out, s.reason());
        } else if (e instanceof Initialized s) {
            out.writeByte(INITIALIZED);
            out.writeInt(s.restart());
            matrix(out, s.centroids());
        } else if (e instanceof Assigned a) {
            out.writeByte(ASSIGNED);
            out.writeInt(a.restart());
            out.writeInt(a.iteration());
            ints(out, a.labels());
            out.writeDouble(a.inertia());
            out.writeInt(a.pointsMoved());
            ints(out, a.clusterSizes());
        } else if (e instanceof EmptyClusterRepaired r) {
            out.writeByte(EMPTY_CLUSTER_REPAIRED);
            out.writeInt(r.restart());
            out.writeInt(r.iteration());
            out.writeInt(r.cluster());
            string(out, r.policy().name());
            out.writeInt(r.pointIndex());
            out.writeInt(r.donorCluster());
            doubles(out, r.centroid());
        } else if (e instanceof Updated u) {
            out.writeByte(UPDATED);
            out.writeInt(u.restart());
            out.writeInt(u.iteration());
            matrix(out, u.centroids());
            doubles(out, u.shifts());
        } else {
            RunFinished f = (RunFinished) e;
            out.writeByte(RUN_FINISHED);
            out.writeInt(f.restart());
            out.writeInt(f.iteration());
            string(out, f.stopReason().name());
            result(out, f.result());
        }
    }

    private static void result(DataOutputStream out, KMeansResult r) throws IOException {
        out.writeInt(r.k());
        out.writeInt(r.d());
        doubles(out, r.centroidsFlat());
        ints(out, r.labelsShared());
        ints(out, r.clusterSizesShared());
        out.writeDouble(r.inertia());
        out.writeInt(r.iterations());
        string(out, r.stopReason().name());
        out.writeLong(r.seed());
        out.writeInt(r.restart());
        out.writeBoolean(r.cancelled());
        out.writeInt(r.restartSummaries().size());
        for (KMeansResult.RestartSummary s : r.restartSummaries()) {
            out.writeInt(s.restart());
            out.writeDouble(s.inertia());
            out.writeInt(s.iterations());
            string(out, s.stopReason().name());
        }
        strings(out, r.columnNames());
    }

    private static void doubles(DataOutputStream out, double[] values) throws IOException {
        out.writeInt(values.length);
        for (double v : values) {
            out.writeDouble(v);
        }
    }

    private static void floats(DataOutputStream out, float[] values) throws IOException {
        out.writeInt(values.length);
        for (float v : values) {
            out.writeFloat(v);
        }
    }

    private static void matrix(DataOutputStream out, double[][] rows) throws IOException {
        out.writeInt(rows.length);
        for (double[] row : rows) {
            doubles(out, row);
        }
    }

    private static void ints(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            string(out, s);
        }
    }

    // ------------------------------------------------------------------ reading

    static KMeansResult readResult(InputStream in) throws IOException {
        Input body = open(RESULT_MAGIC, "result", in);
        KMeansResult result = body.guard(() -> result(body, -1));
        body.end();
        return result;
    }

    static Recording readRecording(InputStream in) throws IOException {
        Input body = open(RECORDING_MAGIC, "recording", in);
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
                events.add(event(body, data));
            }
            return Recording.of(events);
        });
        body.end();
        return recording;
    }

    private static Input open(String magic, String kind, InputStream in) throws IOException {
        if (in == null) {
            throw new IllegalArgumentException("input stream must not be null");
        }
        byte[] head = in.readNBytes(8);   // the magic first: an endless stream of another kind fails here
        if (head.length == 8 && !new String(head, StandardCharsets.US_ASCII).equals(magic)) {
            throw new KMeansFormatException("not a kmeans4j " + kind + " file: it starts with \""
                    + printable(new String(head, StandardCharsets.US_ASCII)) + "\", expected \"" + magic + "\"");
        }
        byte[] rest = in.readAllBytes();
        byte[] all = Arrays.copyOf(head, head.length + rest.length);
        System.arraycopy(rest, 0, all, head.length, rest.length);
        if (all.length < HEADER + TRAILER) {
            throw new KMeansFormatException("not a kmeans4j " + kind + ": " + all.length
                    + " bytes is shorter than the header (truncated or empty)");
        }
        String found = new String(all, 0, 8, StandardCharsets.US_ASCII);
        if (!found.equals(magic)) {
            throw new KMeansFormatException("not a kmeans4j " + kind + " file: it starts with \""
                    + printable(found) + "\", expected \"" + magic + "\"");
        }
        ByteBuffer buffer = ByteBuffer.wrap(all);
        int version = buffer.getInt(8);
        if (version != VERSION) {
            throw new KMeansFormatException("unsupported kmeans4j " + kind + " format version " + version
                    + "; this library reads version " + VERSION);
        }
        CRC32 crc = new CRC32();
        crc.update(all, 0, all.length - TRAILER);
        int stored = buffer.getInt(all.length - TRAILER);
        if (stored != (int) crc.getValue()) {
            throw new KMeansFormatException("kmeans4j " + kind + " is corrupt or truncated: checksum mismatch over its "
                    + all.length + " bytes");
        }
        buffer.position(HEADER).limit(all.length - TRAILER);
        return new Input(buffer, kind);
    }

    private static String printable(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c >= 32 && c < 127 ? c : '?');
        }
        return out.toString();
    }

    private static KMeansEvent event(Input in, Dataset data) throws KMeansFormatException {
        int at = in.position();
        byte tag = in.buffer.get();
        switch (tag) {
            case RUN_STARTED: {
                int restart = in.buffer.getInt();
                int restarts = in.buffer.getInt();
                int k = in.positive("k");
                long seed = in.buffer.getLong();
                String initializer = in.string("initializer");
                EmptyClusterPolicy policy = in.enumValue(EmptyClusterPolicy.class, "empty-cluster policy");
                int maxIterations = in.buffer.getInt();
                double tolerance = in.buffer.getDouble();
                return new RunStarted(restart, restarts, data, k, seed, initializer, policy, maxIterations, tolerance);
            }
            case SEED_CHOSEN: {
                int restart = in.buffer.getInt();
                int seedIndex = in.buffer.getInt();
                int point = in.buffer.getInt();
                double[] centroid = in.doubles("seed centroid");
                return new SeedChosen(restart, seedIndex, point, centroid, in.buffer.getDouble(), in.buffer.getDouble(),
                        in.string("seed reason"));
            }
            case INITIALIZED:
                return new Initialized(in.buffer.getInt(), in.matrix("initial centroids"));
            case ASSIGNED: {
                int restart = in.buffer.getInt();
                int iteration = in.buffer.getInt();
                int[] labels = in.ints("labels");
                double inertia = in.buffer.getDouble();
                int moved = in.buffer.getInt();
                int[] sizes = in.ints("cluster sizes");
                if (labels.length != data.n()) {
                    throw in.error("an assignment has " + labels.length + " labels for " + data.n() + " points");
                }
                in.checkLabels(labels, sizes.length);
                return new Assigned(restart, iteration, labels, inertia, moved, sizes);
            }
            case EMPTY_CLUSTER_REPAIRED: {
                int restart = in.buffer.getInt();
                int iteration = in.buffer.getInt();
                int cluster = in.buffer.getInt();
                EmptyClusterPolicy policy = in.enumValue(EmptyClusterPolicy.class, "empty-cluster policy");
                int point = in.buffer.getInt();
                int donor = in.buffer.getInt();
                return new EmptyClusterRepaired(restart, iteration, cluster, policy, point, donor,
                        in.doubles("repaired centroid"));
            }
            case UPDATED: {
                int restart = in.buffer.getInt();
                int iteration = in.buffer.getInt();
                return new Updated(restart, iteration, in.matrix("updated centroids"), in.doubles("shifts"));
            }
            case RUN_FINISHED: {
                int restart = in.buffer.getInt();
                int iteration = in.buffer.getInt();
                StopReason reason = in.enumValue(StopReason.class, "stop reason");
                return new RunFinished(restart, iteration, reason, result(in, data.n()));
            }
            default:
                throw new KMeansFormatException("unknown event tag " + tag + " at byte " + at);
        }
    }

    private static KMeansResult result(Input in, int expectedN) throws KMeansFormatException {
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
        double inertia = in.buffer.getDouble();
        int iterations = in.buffer.getInt();
        StopReason reason = in.enumValue(StopReason.class, "stop reason");
        long seed = in.buffer.getLong();
        int restart = in.buffer.getInt();
        boolean cancelled = in.bool("cancelled flag");
        int summaryCount = in.count("restart summaries", 4 + 8 + 4 + 4);
        List<KMeansResult.RestartSummary> summaries = new ArrayList<>();
        for (int i = 0; i < summaryCount; i++) {
            summaries.add(new KMeansResult.RestartSummary(in.buffer.getInt(), in.buffer.getDouble(), in.buffer.getInt(),
                    in.enumValue(StopReason.class, "stop reason")));
        }
        List<String> names = in.strings("column names");
        if (!names.isEmpty() && names.size() != d) {
            throw in.error("result has " + names.size() + " column names for d = " + d);
        }
        return new KMeansResult(k, d, centroids, labels, sizes, inertia, iterations, reason, seed, restart, summaries,
                cancelled, names);
    }

    /** A cursor over a verified body. */
    private static final class Input {
        final ByteBuffer buffer;
        final String kind;

        Input(ByteBuffer buffer, String kind) {
            this.buffer = buffer;
            this.kind = kind;
        }

        interface Parse<T> {
            T parse() throws KMeansFormatException;
        }

        /** Runs a parse, turning a read past the end or an invalid value into a format error. */
        <T> T guard(Parse<T> parse) throws KMeansFormatException {
            try {
                return parse.parse();
            } catch (BufferUnderflowException e) {
                throw new KMeansFormatException("kmeans4j " + kind + " ends early: a value at byte " + position()
                        + " runs past the end of its content", e);
            } catch (IllegalArgumentException e) {
                throw new KMeansFormatException("kmeans4j " + kind + " holds an invalid value before byte " + position()
                        + ": " + e.getMessage(), e);
            } catch (RuntimeException e) {   // a crafted file must never escape as anything else
                throw new KMeansFormatException("kmeans4j " + kind + " is inconsistent before byte " + position()
                        + ": " + e, e);
            }
        }

        void end() throws KMeansFormatException {
            if (buffer.hasRemaining()) {
                throw new KMeansFormatException("kmeans4j " + kind + " has " + buffer.remaining()
                        + " unexpected bytes after its content, at byte " + position());
            }
        }

        int position() {
            return buffer.position();
        }

        KMeansFormatException error(String message) {
            return new KMeansFormatException("kmeans4j " + kind + " is invalid before byte " + position() + ": " + message);
        }

        int positive(String what) throws KMeansFormatException {
            int v = buffer.getInt();
            if (v < 1) {
                throw error(what + " is " + v + ", must be at least 1");
            }
            return v;
        }

        /** A count of items of at least {@code minBytes} each, checked against the bytes left. */
        int count(String what, int minBytes) throws KMeansFormatException {
            int v = buffer.getInt();
            if (v < 0 || (long) v * minBytes > buffer.remaining()) {
                throw error("the count of " + what + " is " + v + ", more than the " + buffer.remaining()
                        + " bytes left can hold");
            }
            return v;
        }

        boolean bool(String what) throws KMeansFormatException {
            byte b = buffer.get();
            if (b != 0 && b != 1) {
                throw error(what + " is " + b + ", must be 0 or 1");
            }
            return b == 1;
        }

        double[] doubles(String what) throws KMeansFormatException {
            double[] out = new double[count(what, 8)];
            buffer.asDoubleBuffer().get(out);
            buffer.position(buffer.position() + out.length * 8);
            return out;
        }

        float[] floats(String what) throws KMeansFormatException {
            float[] out = new float[count(what, 4)];
            buffer.asFloatBuffer().get(out);
            buffer.position(buffer.position() + out.length * 4);
            return out;
        }

        int[] ints(String what) throws KMeansFormatException {
            int[] out = new int[count(what, 4)];
            buffer.asIntBuffer().get(out);
            buffer.position(buffer.position() + out.length * 4);
            return out;
        }

        double[][] matrix(String what) throws KMeansFormatException {
            int rows = count(what, 4);
            double[][] out = new double[rows][];
            for (int i = 0; i < rows; i++) {
                out[i] = doubles(what);
            }
            return out;
        }

        String string(String what) throws KMeansFormatException {
            byte[] utf8 = new byte[count(what, 1)];
            buffer.get(utf8);
            return new String(utf8, StandardCharsets.UTF_8);
        }

        List<String> strings(String what) throws KMeansFormatException {
            int count = count(what, 4);
            List<String> out = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                out.add(string(what));
            }
            return out;
        }

        <E extends Enum<E>> E enumValue(Class<E> type, String what) throws KMeansFormatException {
            String name = string(what);
            try {
                return Enum.valueOf(type, name);
            } catch (IllegalArgumentException e) {
                throw error(what + " \"" + name + "\" is not one of this version's values");
            }
        }

        void checkLabels(int[] labels, int k) throws KMeansFormatException {
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] < 0 || labels[i] >= k) {
                    throw error("label " + labels[i] + " of point " + i + " is outside [0, " + k + ")");
                }
            }
        }
    }
}
