package io.github.kmeans4j;

import io.github.kmeans4j.recording.Recording;
import io.github.kmeans4j.recording.RunRecorder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * Saving and loading stream (reliability report, items 3, 7 and 11): save hands its output over in
 * bounded pieces with the checksum computed on the way, load reads no further than it must before
 * it refuses, and a crafted file with a valid checksum is refused quickly, without allocating for
 * the counts it claims. The crafted files are written here by hand from FORMAT.md.
 */
class StreamingFormatTest {
    private static final Duration QUICKLY = Duration.ofSeconds(10);

    /** An output that refuses any single write larger than {@code maxWrite} and counts the bytes. */
    private static final class PieceLimitedOutput extends OutputStream {
        private final int maxWrite;
        private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private int largest;

        PieceLimitedOutput(int maxWrite) {
            this.maxWrite = maxWrite;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (len > maxWrite) {
                throw new IllegalStateException("one write of " + len + " bytes: the file was buffered whole");
            }
            largest = Math.max(largest, len);
            copy.write(b, off, len);
        }
    }

    private static Recording recordingOfSize(int n) {
        Random random = new Random(3);
        double[] values = new double[n * 2];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextGaussian() + (i % 6) * 4;
        }
        RunRecorder recorder = new RunRecorder();
        KMeans.builder().k(3).seed(2).maxIterations(6).listener(recorder).build()
                .fit(Dataset.ofRowMajor(values, 2));
        return recorder.recording();
    }

    @Test
    void save_largeRecording_writtenInBoundedPiecesAndRoundTripsByteIdentical() throws IOException {
        Recording recording = recordingOfSize(100_000);   // 1.6 MB of data, 0.4 MB per assignment
        PieceLimitedOutput out = new PieceLimitedOutput(1 << 20);
        // was one write of the whole file, copied twice in memory first
        recording.save(out);
        byte[] saved = out.copy.toByteArray();
        assertThat(saved.length).as("larger than one piece may be").isGreaterThan(2 << 20);
        assertThat(out.largest).isLessThanOrEqualTo(1 << 20);

        CRC32 crc = new CRC32();
        crc.update(saved, 0, saved.length - 4);
        assertThat(ByteBuffer.wrap(saved).getInt(saved.length - 4)).as("trailer").isEqualTo((int) crc.getValue());
        Recording loaded = Recording.load(new ByteArrayInputStream(saved));
        assertThat(loaded).isEqualTo(recording);
        PieceLimitedOutput again = new PieceLimitedOutput(1 << 20);
        loaded.save(again);
        assertThat(again.copy.toByteArray()).isEqualTo(saved);
    }

    @Test
    void load_throughAStreamThatGivesFewBytesPerRead_sameRecording() throws IOException {
        Recording recording = recordingOfSize(500);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        recording.save(out);
        InputStream trickle = new ByteArrayInputStream(out.toByteArray()) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 3));
            }
        };
        assertThat(Recording.load(trickle)).isEqualTo(recording);
    }

    /** An endless stream that starts with {@code start} and then repeats {@code fill}. */
    private static InputStream endless(byte[] start, byte fill) {
        return new InputStream() {
            private long at;

            @Override
            public int read() {
                return at < start.length ? start[(int) at++] & 0xff : fill & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                for (int i = 0; i < len; i++) {
                    b[off + i] = (byte) read();
                }
                return len;
            }
        };
    }

    @Test
    void load_endlessZeros_refusedAtTheMagic() {
        // was OutOfMemoryError: the whole stream was read before anything was checked
        assertTimeoutPreemptively(QUICKLY, () -> {
            assertThatThrownBy(() -> KMeansResult.load(endless(new byte[0], (byte) 0)))
                    .isInstanceOf(KMeansFormatException.class).hasMessageContaining("not a kmeans4j result");
            assertThatThrownBy(() -> Recording.load(endless(new byte[0], (byte) 0)))
                    .isInstanceOf(KMeansFormatException.class).hasMessageContaining("not a kmeans4j recording");
        });
    }

    @Test
    void load_validHeaderThenEndlessZeros_refusedWithoutReadingItAll() {
        byte[] header = ByteBuffer.allocate(12).put("KM4JRSLT".getBytes(StandardCharsets.US_ASCII)).putInt(1).array();
        // was OutOfMemoryError (readAllBytes); k = 0 is refused, after a bounded look for the checksum
        assertTimeoutPreemptively(QUICKLY, () -> assertThatThrownBy(() -> KMeansResult.load(endless(header, (byte) 0)))
                .isInstanceOf(KMeansFormatException.class).hasMessageContaining("k is 0"));
    }

    // ------------------------------------------------------------------ crafted recordings

    private interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    /** Magic, version 1, the body, and the CRC-32 of all of it, computed here. */
    private static byte[] craft(Body body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write("KM4JRCRD".getBytes(StandardCharsets.US_ASCII));
        out.writeInt(1);
        body.write(out);
        out.flush();
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        out.writeInt((int) crc.getValue());
        return bytes.toByteArray();
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /** Data 1, 2, 3 (n = 3, d = 1, doubles, unweighted, unnamed), then the event count. */
    private static void data(DataOutputStream out, int events) throws IOException {
        out.writeInt(3);
        out.writeInt(1);
        out.writeBoolean(false);
        out.writeInt(3);
        out.writeDouble(1);
        out.writeDouble(2);
        out.writeDouble(3);
        out.writeBoolean(false);
        out.writeInt(0);
        out.writeInt(events);
    }

    private static void runStarted(DataOutputStream out, int k) throws IOException {
        out.writeByte(1);
        out.writeInt(0);          // restart
        out.writeInt(1);          // restarts
        out.writeInt(k);
        out.writeLong(9);         // seed
        string(out, "given");
        string(out, "FARTHEST_POINT");
        out.writeInt(10);         // maxIterations
        out.writeDouble(0);       // tolerance
    }

    private static void seedChosen(DataOutputStream out, int seedIndex) throws IOException {
        out.writeByte(2);
        out.writeInt(0);
        out.writeInt(seedIndex);
        out.writeInt(0);          // point
        out.writeInt(1);          // centroid: 1 value
        out.writeDouble(1);
        out.writeDouble(1);       // probability
        out.writeDouble(Double.POSITIVE_INFINITY);
        string(out, "crafted");
    }

    private static void emptyClusterRepaired(DataOutputStream out, int cluster) throws IOException {
        out.writeByte(5);
        out.writeInt(0);
        out.writeInt(1);          // iteration
        out.writeInt(cluster);
        string(out, "FARTHEST_POINT");
        out.writeInt(2);          // point
        out.writeInt(0);          // donor
        out.writeInt(1);
        out.writeDouble(3);
    }

    private static void assertRefusedQuickly(byte[] file, String problem) {
        assertTimeoutPreemptively(QUICKLY, () -> assertThatThrownBy(() -> Recording.load(new ByteArrayInputStream(file)))
                .isInstanceOf(KMeansFormatException.class).hasMessageContaining(problem));
    }

    @Test
    void load_craftedRecordingsOfThisLayout_loadWhenTheyAreConsistent() throws IOException {
        byte[] file = craft(out -> {
            data(out, 3);
            runStarted(out, 2);
            seedChosen(out, 0);
            seedChosen(out, 1);
        });
        Recording r = Recording.load(new ByteArrayInputStream(file));
        assertThat(r.frame(2).centroidCount()).isEqualTo(2);
    }

    @Test
    void load_craftedHugeKAndSeedIndex_refusedQuicklyWithoutAllocatingForThem() throws IOException {
        byte[] file = craft(out -> {
            data(out, 2);
            runStarted(out, Integer.MAX_VALUE);
            seedChosen(out, 500_000_000);
        });
        // was a successful load after 14-37 s holding 4 GB (or OutOfMemoryError): 148 bytes asking for 5e8 seeds
        assertRefusedQuickly(file, "k must be in [1, n = 3]");
        byte[] fitting = craft(out -> {
            data(out, 2);
            runStarted(out, 2);
            seedChosen(out, Integer.MAX_VALUE - 100);
        });
        assertRefusedQuickly(fitting, "seed");
    }

    @Test
    void load_craftedRepairBeforeAnySeed_refused() throws IOException {
        byte[] file = craft(out -> {
            data(out, 2);
            runStarted(out, 2);
            emptyClusterRepaired(out, 1);
        });
        // was ArrayIndexOutOfBoundsException escaping load
        assertRefusedQuickly(file, "event 1");
    }

    @Test
    void load_craftedSeedChosenTwice_refused() throws IOException {
        byte[] file = craft(out -> {
            data(out, 3);
            runStarted(out, 2);
            seedChosen(out, 0);
            seedChosen(out, 0);
        });
        // was accepted, the first seed overwritten
        assertRefusedQuickly(file, "seeds come in order");
    }

    @Test
    void load_craftedHugeDataCountOnAShortStream_refusedNamingTheCount() throws IOException {
        byte[] file = craft(out -> {
            out.writeInt(Integer.MAX_VALUE / 8);   // n
            out.writeInt(8);                       // d
            out.writeBoolean(false);
            out.writeInt(Integer.MAX_VALUE - 8);   // values: 16 GB promised, none present
            out.writeDouble(1);
        });
        assertRefusedQuickly(file, "the count of data values is " + (Integer.MAX_VALUE - 8));
    }
}
