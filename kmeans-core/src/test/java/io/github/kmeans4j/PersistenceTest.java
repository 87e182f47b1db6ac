package io.github.kmeans4j;

import io.github.kmeans4j.recording.Frame;
import io.github.kmeans4j.recording.Recording;
import io.github.kmeans4j.recording.RunRecorder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.kmeans4j.event.EmptyClusterRepaired;
import io.github.kmeans4j.event.KMeansEvent;
import io.github.kmeans4j.event.RunStarted;
import io.github.kmeans4j.event.SeedChosen;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link KMeansResult#save}/{@link KMeansResult#load} and {@link Recording#save}/{@link Recording#load}:
 * round trips, byte-identical re-saves, and rejection of everything that is not an intact file of
 * the right kind and version (layout in {@code kmeans-core/FORMAT.md}).
 */
class PersistenceTest {
    private static final byte[] PNG_HEADER = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1};

    // ------------------------------------------------------------------ fixtures

    /** Gaussian blobs around (0, 0), (6, 0) and (3, 5): {@code n} points, reproducible from {@code seed}. */
    private static Dataset blobs(long seed, int n) {
        Random random = new Random(seed);
        double[][] centers = {{0, 0}, {6, 0}, {3, 5}};
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] c = centers[i % centers.length];
            rows[i] = new double[] {c[0] + random.nextGaussian(), c[1] + random.nextGaussian()};
        }
        return Dataset.of(rows);
    }

    /**
     * Weighted 2-D points (0, 0), (1, 0), (2, 0) with weights 1, 2, 1 and named columns, fitted
     * twice from centroids (1, 0) and (1000, 0): every point joins cluster 0, so cluster 1 is
     * empty in iteration 1 and is repaired in both restarts.
     */
    private static KMeans repairingKMeans(RunRecorder recorder) {
        KMeans.Builder b = KMeans.builder().k(2).seed(11).restarts(2)
                .initializer(Initializer.given(new double[][] {{1, 0}, {1000, 0}}));
        if (recorder != null) {
            b.listener(recorder);
        }
        return b.build();
    }

    private static Dataset repairingData() {
        return Dataset.of(new double[][] {{0, 0}, {1, 0}, {2, 0}})
                .withWeights(new double[] {1, 2, 1})
                .withColumnNames("x", "y");
    }

    private static KMeansResult smallResult() {
        return KMeans.builder().k(2).seed(5).build().fit(Dataset.ofValues(0, 1, 10, 11));
    }

    private static byte[] save(KMeansResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            result.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] save(Recording recording) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            recording.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static KMeansResult loadResult(byte[] bytes) throws IOException {
        return KMeansResult.load(new ByteArrayInputStream(bytes));
    }

    private static Recording loadRecording(byte[] bytes) throws IOException {
        return Recording.load(new ByteArrayInputStream(bytes));
    }

    /** {@code content} followed by its CRC-32 as a big-endian int: a file whose checksum is right. */
    private static byte[] withCrc(byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        return ByteBuffer.allocate(content.length + 4).put(content).putInt((int) crc.getValue()).array();
    }

    /** Everything before the CRC trailer. */
    private static byte[] withoutCrc(byte[] file) {
        return Arrays.copyOf(file, file.length - 4);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private interface BodyWriter {
        void write(DataOutputStream out) throws IOException;
    }

    /** A file built by hand: magic, version, body, and a correct CRC-32. */
    private static byte[] craft(String magic, int version, BodyWriter body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(magic.getBytes(StandardCharsets.US_ASCII));
        out.writeInt(version);
        body.write(out);
        out.flush();
        return withCrc(bytes.toByteArray());
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /**
     * A recording written by hand from FORMAT.md: data 0, 1 (n = 2, d = 1, double, unweighted, unnamed),
     * then RunStarted (k = 1) and one SeedChosen with the given seed index and centroid.
     */
    private static byte[] craftRecording(int seedIndex, double[] centroid) throws IOException {
        return craft("KM4JRCRD", 1, out -> {
            out.writeInt(2);                    // n
            out.writeInt(1);                    // d
            out.writeBoolean(false);            // double precision
            out.writeInt(2);                    // values
            out.writeDouble(0);
            out.writeDouble(1);
            out.writeBoolean(false);            // unweighted
            out.writeInt(0);                    // no column names
            out.writeInt(2);                    // events
            out.writeByte(1);                   // RunStarted
            out.writeInt(0);
            out.writeInt(1);
            out.writeInt(1);
            out.writeLong(5);
            string(out, "test");
            string(out, "FARTHEST_POINT");
            out.writeInt(10);
            out.writeDouble(0);
            out.writeByte(2);                   // SeedChosen
            out.writeInt(0);
            out.writeInt(seedIndex);
            out.writeInt(0);
            out.writeInt(centroid.length);
            for (double v : centroid) {
                out.writeDouble(v);
            }
            out.writeDouble(0.5);
            out.writeDouble(Double.POSITIVE_INFINITY);
            string(out, "r");
        });
    }

    // ------------------------------------------------------------------ round trips

    @Test
    void resultSaveLoad_stream_loadedEqualsOriginal() throws IOException {
        KMeansResult result = KMeans.builder().k(3).seed(2).restarts(3).build().fit(blobs(1, 60));

        KMeansResult loaded = loadResult(save(result));

        assertThat(loaded).isEqualTo(result);
        assertThat(loaded.restartSummaries()).hasSize(3).isEqualTo(result.restartSummaries());
        assertThat(loaded.seed()).isEqualTo(2);
    }

    @Test
    void resultSaveLoad_path_loadedEqualsOriginalAndNoTemporaryFileIsLeft(@TempDir Path dir) throws IOException {
        KMeansResult result = repairingKMeans(null).fit(repairingData());
        Path file = dir.resolve("model.km4j");

        result.save(file);
        KMeansResult loaded = KMeansResult.load(file);

        assertThat(loaded).isEqualTo(result);
        assertThat(loaded.columnNames()).containsExactly("x", "y");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void resultSave_pathExists_fileReplaced(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("model.km4j");
        Files.write(file, new byte[100_000]);
        KMeansResult result = smallResult();

        result.save(file);

        assertThat(Files.readAllBytes(file)).isEqualTo(save(result));
    }

    @Test
    void resultSaveLoadSave_weightedNamedRestartsWithRepair_byteIdentical() throws IOException {
        RunRecorder recorder = new RunRecorder();
        KMeansResult result = repairingKMeans(recorder).fit(repairingData());
        assertThat(recorder.recording().events()).filteredOn(EmptyClusterRepaired.class::isInstance).hasSize(2);
        assertThat(result.restartSummaries()).hasSize(2);

        byte[] first = save(result);
        byte[] second = save(loadResult(first));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void resultSave_header_isMagicThenVersionOne() {
        byte[] bytes = save(smallResult());

        assertThat(new String(bytes, 0, 8, StandardCharsets.US_ASCII)).isEqualTo("KM4JRSLT");
        assertThat(ByteBuffer.wrap(bytes).getInt(8)).isEqualTo(1);
        assertThat(withCrc(withoutCrc(bytes))).as("trailer is the CRC-32 of the bytes before it").isEqualTo(bytes);
    }

    @Test
    void recordingSaveLoad_stream_loadedEqualsOriginal() throws IOException {
        RunRecorder recorder = new RunRecorder();
        KMeans.builder().k(3).seed(4).restarts(2).listener(recorder).build().fit(blobs(2, 30));
        Recording recording = recorder.recording();

        Recording loaded = loadRecording(save(recording));

        assertThat(loaded).isEqualTo(recording);
        assertThat(loaded.events()).isEqualTo(recording.events());
        assertThat(loaded.data()).isEqualTo(recording.data());
        assertThat(loaded.result()).isEqualTo(recording.result());
        assertThat(loaded.frames()).extracting(Frame::caption)
                .isEqualTo(recording.frames().stream().map(Frame::caption).toList());
    }

    @Test
    void recordingSaveLoadSave_floatData_keepsFloatPrecisionAndIsByteIdentical() throws IOException {
        RunRecorder recorder = new RunRecorder();
        Dataset floats = blobs(3, 40).toFloats().withColumnNames("a", "b");
        KMeans.builder().k(3).seed(8).listener(recorder).build().fit(floats);
        byte[] first = save(recorder.recording());

        Recording loaded = loadRecording(first);

        assertThat(loaded.data().precision()).isEqualTo(Dataset.Precision.FLOAT);
        assertThat(loaded.data()).isEqualTo(floats);
        assertThat(loaded).isEqualTo(recorder.recording());
        assertThat(save(loaded)).isEqualTo(first);
    }

    @Test
    void recordingSaveLoad_path_weightedNamedRestartsWithRepair_equalAndByteIdentical(@TempDir Path dir)
            throws IOException {
        RunRecorder recorder = new RunRecorder();
        repairingKMeans(recorder).fit(repairingData());
        Recording recording = recorder.recording();
        assertThat(recording.events()).filteredOn(RunStarted.class::isInstance).hasSize(2);
        assertThat(recording.events()).filteredOn(EmptyClusterRepaired.class::isInstance).hasSize(2);
        Path file = dir.resolve("run.km4j");
        Path again = dir.resolve("again.km4j");

        recording.save(file);
        Recording loaded = Recording.load(file);
        loaded.save(again);

        assertThat(loaded).isEqualTo(recording);
        assertThat(loaded.data().weights()).containsExactly(1, 2, 1);
        assertThat(loaded.data().columnNames()).containsExactly("x", "y");
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(file));
    }

    @Property(tries = 40, seed = "20261123")
    void saveLoad_anyFit_resultAndRecordingRoundTripToTheSameBytes(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int k, @ForAll @IntRange(min = 1, max = 3) int restarts,
            @ForAll boolean weighted, @ForAll @IntRange(min = 0, max = 4) int initializerIndex) throws IOException {
        Initializer[] initializers = {Initializer.greedyKMeansPlusPlus(), Initializer.kMeansPlusPlus(),
            Initializer.randomPoints(), Initializer.randomPartition(), Initializer.farthestPoint()};
        Dataset data = blobs(seed, 24);
        if (weighted) {
            Random random = new Random(seed);
            double[] w = new double[data.n()];
            for (int i = 0; i < w.length; i++) {
                w[i] = i < k ? 1 : random.nextInt(4) * 0.5;   // the first k rows keep k distinct points weighted
            }
            data = data.withWeights(w).withColumnNames("a", "b");
        }
        RunRecorder recorder = new RunRecorder();
        KMeansResult result = KMeans.builder().k(k).seed(seed).restarts(restarts)
                .initializer(initializers[initializerIndex]).listener(recorder).build().fit(data);
        Recording recording = recorder.recording();

        byte[] resultBytes = save(result);
        byte[] recordingBytes = save(recording);

        assertThat(loadResult(resultBytes)).isEqualTo(result);
        assertThat(save(loadResult(resultBytes))).isEqualTo(resultBytes);
        assertThat(loadRecording(recordingBytes)).isEqualTo(recording);
        assertThat(save(loadRecording(recordingBytes))).isEqualTo(recordingBytes);
    }

    @Test
    void load_savedResult_modelAgreesWithOriginalOnNewPoints() throws IOException {
        KMeansResult original = KMeans.builder().k(3).seed(8).build().fit(blobs(3, 45));
        KMeansResult loaded = loadResult(save(original));
        Random random = new Random(99);

        for (int i = 0; i < 200; i++) {
            double[] point = {random.nextDouble() * 12 - 3, random.nextDouble() * 12 - 3};
            assertThat(loaded.predict(point)).isEqualTo(original.predict(point));
            assertThat(loaded.transform(point)).containsExactly(original.transform(point));
        }
        Dataset fresh = blobs(4, 30);
        assertThat(loaded.predict(fresh)).containsExactly(original.predict(fresh));
        assertThat(loaded.transform(fresh)).isDeepEqualTo(original.transform(fresh));
        assertThat(loaded.predict(fresh)).isNotEmpty();
    }

    @Test
    void craftedRecording_validPerFormatSpec_loadsAndMatchesWhatTheLibraryWrites() throws IOException {
        byte[] crafted = craftRecording(0, new double[] {0});
        Dataset data = Dataset.ofValues(0, 1);
        Recording expected = Recording.of(List.of(
                new RunStarted(0, 1, data, 1, 5, "test", EmptyClusterPolicy.FARTHEST_POINT, 10, 0.0),
                new SeedChosen(0, 0, 0, new double[] {0}, 0.5, Double.POSITIVE_INFINITY, "r")));

        assertThat(loadRecording(crafted)).isEqualTo(expected);
        assertThat(save(expected)).isEqualTo(crafted);
    }

    // ------------------------------------------------------------------ rejections

    @Test
    void load_emptyInput_rejectedAsNotAKmeans4jFile() {
        assertThatThrownBy(() -> loadResult(new byte[0]))
                .isInstanceOf(KMeansFormatException.class)
                .hasMessageContaining("not a kmeans4j result")
                .hasMessageContaining("0 bytes");
        assertThatThrownBy(() -> loadRecording(new byte[0]))
                .isInstanceOf(KMeansFormatException.class)
                .hasMessageContaining("not a kmeans4j recording");
    }

    @Test
    void load_pngHeader_rejectedAsNotAKmeans4jFile() {
        assertThatThrownBy(() -> loadResult(PNG_HEADER))
                .isInstanceOf(KMeansFormatException.class)
                .hasMessageContaining("not a kmeans4j result")
                .hasMessageContaining("PNG");
        assertThatThrownBy(() -> loadRecording(PNG_HEADER))
                .isInstanceOf(KMeansFormatException.class)
                .hasMessageContaining("not a kmeans4j recording");
    }

    @Test
    void load_resultFileAsRecording_rejectedNamingBothMagics() {
        byte[] resultFile = save(smallResult());

        assertThatThrownBy(() -> loadRecording(resultFile))
                .isInstanceOf(KMeansFormatException.class)
                .hasMessageContaining("not a kmeans4j recording")
                .hasMessageContaining("KM4JRSLT")
                .hasMessageContaining("KM4JRCRD");
    }

    @Test
    void load_recordingFileAsResult_rejectedAsNotAResult() {
        RunRecorder recorder = new RunRecorder();
        KMeans.builder().k(2).seed(5).listener(recorder).build().fit(Dataset.ofValues(0, 1, 10, 11));
        byte[] recordingFile = save(recorder.recording());

        assertThatThrownBy(() -> loadResult(recordingFile))
                .isInstanceOf(KMeansFormatException.class)
                .hasMessageContaining("not a kmeans4j result")
                .hasMessageContaining("KM4JRCRD");
    }

    @Test
    void load_unsupportedVersionWithValidChecksum_rejectedNamingTheVersion() {
        byte[] content = withoutCrc(save(smallResult()));
        ByteBuffer.wrap(content).putInt(8, 2);
        byte[] versionTwo = withCrc(content);

        assertThatThrownBy(() -> loadResult(versionTwo))
                .isInstanceOf(KMeansFormatException.class)
                .hasMessageContaining("unsupported")
                .hasMessageContaining("version 2");
    }

    @Test
    void load_flippedByteInTheMiddle_rejectedAsCorrupt() {
        byte[] bytes = save(smallResult());
        bytes[bytes.length / 2] ^= 0x10;

        assertThatThrownBy(() -> loadResult(bytes))
                .isInstanceOf(KMeansFormatException.class)
                .hasMessageContaining("corrupt or truncated")
                .hasMessageContaining("checksum");
    }

    @Test
    void load_anySingleBitFlipped_alwaysKMeansFormatException() {
        byte[] original = save(smallResult());
        for (int i = 0; i < original.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] bytes = original.clone();
                bytes[i] ^= (byte) (1 << bit);
                assertThat(catchThrowable(() -> loadResult(bytes)))
                        .as("bit %d of byte %d flipped", bit, i)
                        .isInstanceOf(KMeansFormatException.class);
            }
        }
    }

    @Test
    void load_everyTruncationOfAResult_alwaysKMeansFormatException() {
        byte[] whole = save(smallResult());
        for (int length = 0; length < whole.length; length++) {
            byte[] prefix = Arrays.copyOf(whole, length);
            assertThat(catchThrowable(() -> loadResult(prefix)))
                    .as("first %d of %d bytes", length, whole.length)
                    .isInstanceOf(KMeansFormatException.class)
                    .hasMessageMatching("(?s).*(not a kmeans4j|corrupt or truncated).*");
        }
    }

    @Test
    void load_everyTruncationOfARecording_alwaysKMeansFormatException() {
        RunRecorder recorder = new RunRecorder();
        KMeans.builder().k(2).seed(5).listener(recorder).build().fit(Dataset.ofValues(0, 1, 10, 11));
        byte[] whole = save(recorder.recording());
        for (int length = 0; length < whole.length; length++) {
            byte[] prefix = Arrays.copyOf(whole, length);
            assertThat(catchThrowable(() -> loadRecording(prefix)))
                    .as("first %d of %d bytes", length, whole.length)
                    .isInstanceOf(KMeansFormatException.class);
        }
    }

    @Test
    void load_trailingGarbageAfterTheChecksum_rejectedAsCorrupt() {
        byte[] bytes = concat(save(smallResult()), new byte[] {1, 2, 3});

        assertThatThrownBy(() -> loadResult(bytes))
                .isInstanceOf(KMeansFormatException.class)
                .hasMessageContaining("corrupt or truncated");
    }

    @Test
    void load_trailingBytesInsideAValidChecksum_rejectedAsUnexpectedBytes() {
        byte[] bytes = withCrc(concat(withoutCrc(save(smallResult())), new byte[] {0, 0, 0, 0, 0}));

        assertThatThrownBy(() -> loadResult(bytes))
                .isInstanceOf(KMeansFormatException.class)
                .hasMessageContaining("5 unexpected bytes");
    }

    @Test
    void load_bodyCutShortWithValidChecksum_rejectedAsEndingEarly() {
        byte[] content = withoutCrc(save(smallResult()));
        byte[] bytes = withCrc(Arrays.copyOf(content, content.length - 2));

        assertThatThrownBy(() -> loadResult(bytes))
                .isInstanceOf(KMeansFormatException.class)
                .hasMessageContaining("ends early");
    }

    @Test
    void load_hugeLabelCountWithValidChecksum_formatExceptionNotOutOfMemory() {
        KMeansResult result = smallResult();   // k = 2, d = 1: the label count is at byte 12 + 4 + 4 + 4 + 2 * 8
        byte[] content = withoutCrc(save(result));
        int labelCountAt = 12 + 4 + 4 + 4 + result.k() * result.d() * 8;
        assertThat(ByteBuffer.wrap(content).getInt(labelCountAt)).as("layout check").isEqualTo(result.n());
        ByteBuffer.wrap(content).putInt(labelCountAt, Integer.MAX_VALUE);

        assertThatThrownBy(() -> loadResult(withCrc(content)))
                .isInstanceOf(KMeansFormatException.class)
                .hasMessageContaining("labels")
                .hasMessageContaining(String.valueOf(Integer.MAX_VALUE));
    }

    @Test
    void load_negativeLabelCountWithValidChecksum_formatException() {
        KMeansResult result = smallResult();
        byte[] content = withoutCrc(save(result));
        ByteBuffer.wrap(content).putInt(12 + 4 + 4 + 4 + result.k() * result.d() * 8, -1);

        assertThatThrownBy(() -> loadResult(withCrc(content)))
                .isInstanceOf(KMeansFormatException.class)
                .hasMessageContaining("labels");
    }

    @Test
    void load_labelOutsideKWithValidChecksum_formatExceptionNamingThePoint() {
        KMeansResult result = smallResult();
        byte[] content = withoutCrc(save(result));
        int firstLabelAt = 12 + 4 + 4 + 4 + result.k() * result.d() * 8 + 4;
        ByteBuffer.wrap(content).putInt(firstLabelAt, 7);

        assertThatThrownBy(() -> loadResult(withCrc(content)))
                .isInstanceOf(KMeansFormatException.class)
                .hasMessageContaining("label 7 of point 0");
    }

    @Test
    void load_hugeEventCountWithValidChecksum_formatExceptionNotOutOfMemory() throws IOException {
        byte[] content = withoutCrc(craftRecording(0, new double[] {0}));
        // After magic and version: n, d, precision flag, value count, 2 values, weighted flag, name
        // count, event count.
        int eventCountAt = 12 + 4 + 4 + 1 + 4 + 16 + 1 + 4;
        assertThat(ByteBuffer.wrap(content).getInt(eventCountAt)).as("layout check").isEqualTo(2);
        ByteBuffer.wrap(content).putInt(eventCountAt, Integer.MAX_VALUE);

        assertThatThrownBy(() -> loadRecording(withCrc(content)))
                .isInstanceOf(KMeansFormatException.class)
                .hasMessageContaining("events");
    }

    @Test
    void load_recordingSeedIndexHugeWithValidChecksum_formatExceptionNotOutOfMemory() throws IOException {
        byte[] crafted = craftRecording(Integer.MAX_VALUE - 1, new double[] {0});

        assertThat(catchThrowable(() -> loadRecording(crafted)))
                .isInstanceOf(KMeansFormatException.class);
    }

    @Test
    void load_recordingSeedIndexNegativeWithValidChecksum_formatException() throws IOException {
        byte[] crafted = craftRecording(-1, new double[] {0});

        assertThat(catchThrowable(() -> loadRecording(crafted)))
                .isInstanceOf(KMeansFormatException.class);
    }

    @Test
    void load_recordingSeedCentroidOfWrongDimensionWithValidChecksum_formatException() throws IOException {
        byte[] crafted = craftRecording(0, new double[0]);

        assertThat(catchThrowable(() -> loadRecording(crafted)))
                .isInstanceOf(KMeansFormatException.class);
    }

    @Test
    void load_corruptFileByPath_messageNamesTheFileAndTheProblem(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.km4j");
        byte[] bytes = save(smallResult());
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);

        assertThatThrownBy(() -> KMeansResult.load(file))
                .isInstanceOf(KMeansFormatException.class)
                .hasMessageContaining("broken.km4j")
                .hasMessageContaining("corrupt or truncated");
        assertThatThrownBy(() -> Recording.load(file))
                .isInstanceOf(KMeansFormatException.class)
                .hasMessageContaining("broken.km4j")
                .hasMessageContaining("not a kmeans4j recording");
    }

    @Test
    void saveAndLoad_nullArguments_rejected() {
        KMeansResult result = smallResult();
        assertThatThrownBy(() -> result.save((Path) null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> result.save((java.io.OutputStream) null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KMeansResult.load((Path) null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KMeansResult.load((java.io.InputStream) null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void loadedRecording_runStartedOfEveryRestart_carriesTheRecordedData() throws IOException {
        RunRecorder recorder = new RunRecorder();
        repairingKMeans(recorder).fit(repairingData());
        Recording loaded = loadRecording(save(recorder.recording()));

        for (KMeansEvent e : loaded.events()) {
            if (e instanceof RunStarted s) {
                assertThat(s.data()).isEqualTo(repairingData());
            }
        }
    }
}
