package io.github.kmeans4j.internal.format;

import io.github.kmeans4j.KMeansFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The reading side of {@link FormatFiles}: a cursor that streams the input through a fixed
 * buffer instead of reading it whole.
 *
 * <p>The CRC-32 trailer is the file's last 4 bytes, so the cursor always holds the latest 4 bytes
 * back: only bytes with 4 more after them are content, and the checksum runs over content as it is
 * released. When the input ends, the held bytes are the trailer and the checksum covers exactly
 * what it should. A file cannot be checked before it is parsed without holding it, so every
 * failure is settled the same way instead: read on to the end (no further than {@link #DRAIN_LIMIT}
 * when the size is unknown) and, when the checksum does not match, report the file as corrupt or
 * truncated rather than the symptom the damage happened to cause.
 *
 * <p>An array never gets more room than its count, and, where the input's size is unknown, no
 * more than {@link #FIRST_CHUNK} elements beyond what has been read: a count written by a
 * malicious or damaged file costs at most the bytes actually present.
 */
public final class FormatInput {
    public static final int HEADER = 8 + 4;
    public static final int TRAILER = 4;
    private static final int BUFFER = 1 << 16;
    /** Elements an array of unproven count gets at first; it grows by doubling as its values arrive. */
    public static final int FIRST_CHUNK = 1 << 16;
    /** How far past a failure an input of unknown size is read to check its checksum. */
    static final long DRAIN_LIMIT = 64L << 20;

    private final InputStream in;
    private final String kind;
    private final long size;                    // the whole input's bytes when known (a regular file), else -1
    private final byte[] bytes = new byte[BUFFER];
    private final ByteBuffer view = ByteBuffer.wrap(bytes);   // big-endian
    private final CRC32 crc = new CRC32();      // over every content byte released so far
    private long base;                          // offset in the input of bytes[0]
    private int pos;                            // the next content byte
    private int limit;                          // end of the content; bytes[limit, filled) are held back
    private int filled;
    private boolean eof;

    private FormatInput(InputStream in, String kind, long size) {
        this.in = in;
        this.kind = kind;
        this.size = size;
    }

    /**
     * Opens {@code in} as a kmeans4j file of the given magic: reads no more than the header before
     * the magic and the version are checked, so an endless stream of anything else fails at once.
     *
     * @param size the input's total size when known, else -1
     */
    public static FormatInput open(InputStream in, String magic, String kind, int version, long size) throws IOException {
        FormatInput input = new FormatInput(in, kind, size);
        while (input.filled < HEADER + TRAILER && !input.eof) {
            input.read();
        }
        int raw = input.filled;
        if (raw >= 8) {
            String found = new String(input.bytes, 0, 8, StandardCharsets.US_ASCII);
            if (!found.equals(magic)) {
                throw new KMeansFormatException("not a kmeans4j " + kind + " file: it starts with \""
                        + printable(found) + "\", expected \"" + magic + "\"");
            }
        }
        if (raw < HEADER + TRAILER) {
            throw new KMeansFormatException("not a kmeans4j " + kind + ": " + raw
                    + " bytes is shorter than the header (truncated or empty)");
        }
        int found = input.view.getInt(8);
        if (found != version) {
            throw new KMeansFormatException("unsupported kmeans4j " + kind + " format version " + found
                    + "; this library reads version " + version);
        }
        input.release();
        input.pos = HEADER;
        return input;
    }

    private static String printable(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c >= 32 && c < 127 ? c : '?');
        }
        return out.toString();
    }

    // ------------------------------------------------------------------ buffer

    /** One read from the input into the free part of the buffer, compacting it first if it is full. */
    private void read() throws IOException {
        if (filled == BUFFER) {
            System.arraycopy(bytes, pos, bytes, 0, filled - pos);
            base += pos;
            limit -= pos;
            filled -= pos;
            pos = 0;
        }
        int got = in.read(bytes, filled, BUFFER - filled);
        if (got < 0) {
            eof = true;
        } else {
            filled += got;
        }
    }

    /** Makes every byte with 4 more after it content, and adds it to the checksum. */
    private void release() {
        int end = Math.max(limit, filled - TRAILER);
        crc.update(bytes, limit, end - limit);
        limit = end;
    }

    /** Whether {@code n} (at most the buffer's size) content bytes are there, reading if need be. */
    private boolean more(int n) throws IOException {
        while (limit - pos < n && !eof) {
            read();
            release();
        }
        return limit - pos >= n;
    }

    private void need(int n) throws IOException {
        if (!more(n)) {
            throw new KMeansFormatException("kmeans4j " + kind + " ends early: a value at byte " + position()
                    + " runs past the end of its content");
        }
    }

    /** Whether the content ends here (reading to find out). */
    public boolean atEnd() throws IOException {
        return !more(1);
    }

    public long position() {
        return base + pos;
    }

    /** Content bytes left after the cursor, or -1 when the input's size is not known. */
    private long left() {
        return size < 0 ? -1 : size - TRAILER - position();
    }

    // ------------------------------------------------------------------ failures

    public interface Parse<T> {
        T parse() throws IOException;
    }

    /**
     * Runs a parse. Any failure, from a value out of range to a runtime exception of a constructor
     * fed crafted values, becomes a {@link KMeansFormatException}, settled against the checksum.
     */
    public <T> T guard(Parse<T> parse) throws IOException {
        try {
            return parse.parse();
        } catch (KMeansFormatException e) {
            throw settle(e);
        } catch (IllegalArgumentException e) {
            throw settle(new KMeansFormatException("kmeans4j " + kind + " holds an invalid value before byte "
                    + position() + ": " + e.getMessage(), e));
        } catch (RuntimeException e) {   // a crafted file must never escape as anything else
            throw settle(new KMeansFormatException("kmeans4j " + kind + " is inconsistent before byte " + position()
                    + ": " + e, e));
        }
    }

    /**
     * The exception to report for {@code problem}: reads on to the end and, when the checksum shows
     * the file is damaged, says so instead, since the problem is then only a symptom.
     */
    private KMeansFormatException settle(KMeansFormatException problem) throws IOException {
        if (!drain()) {
            return new KMeansFormatException(problem.getMessage() + " (the checksum was not checked: more than "
                    + DRAIN_LIMIT + " bytes follow)", problem);
        }
        return intact() ? problem : corrupt(problem);
    }

    /** Reads to the end of the input, skipping content; false if it gave up at the drain limit. */
    private boolean drain() throws IOException {
        long start = position();
        while (!eof) {
            if (size < 0 && base + filled - start > DRAIN_LIMIT) {
                return false;
            }
            pos = limit;
            read();
            release();
        }
        return true;
    }

    /** At the end of the input: whether there is a trailer and it matches the content. */
    private boolean intact() {
        return filled - limit == TRAILER && view.getInt(limit) == (int) crc.getValue();
    }

    private KMeansFormatException corrupt(Throwable cause) {
        return new KMeansFormatException("kmeans4j " + kind + " is corrupt or truncated: checksum mismatch over its "
                + (base + filled) + " bytes", cause);
    }

    /** Requires the content to end here and the input with the trailer, which must match. */
    public void end() throws IOException {
        boolean more = more(1);
        long at = position();
        long extra = 0;
        if (more) {
            boolean all = drain();
            extra = base + limit - at;
            if (!all) {
                throw new KMeansFormatException("kmeans4j " + kind + " has more than " + extra
                        + " unexpected bytes after its content, at byte " + at);
            }
        }
        if (!intact()) {
            throw corrupt(null);
        }
        if (more) {
            throw new KMeansFormatException("kmeans4j " + kind + " has " + extra
                    + " unexpected bytes after its content, at byte " + at);
        }
    }

    public KMeansFormatException error(String message) {
        return new KMeansFormatException("kmeans4j " + kind + " is invalid before byte " + position() + ": " + message);
    }

    // ------------------------------------------------------------------ values

    public byte readByte() throws IOException {
        need(1);
        return bytes[pos++];
    }

    public int readInt() throws IOException {
        need(4);
        int v = view.getInt(pos);
        pos += 4;
        return v;
    }

    public long readLong() throws IOException {
        need(8);
        long v = view.getLong(pos);
        pos += 8;
        return v;
    }

    public double readDouble() throws IOException {
        return Double.longBitsToDouble(readLong());
    }

    public int positive(String what) throws IOException {
        int v = readInt();
        if (v < 1) {
            throw error(what + " is " + v + ", must be at least 1");
        }
        return v;
    }

    public boolean bool(String what) throws IOException {
        byte b = readByte();
        if (b != 0 && b != 1) {
            throw error(what + " is " + b + ", must be 0 or 1");
        }
        return b == 1;
    }

    /**
     * A count of items of at least {@code minBytes} each, checked against the bytes left when the
     * input's size is known (otherwise the items are read as they arrive and the count is checked
     * when the input runs out).
     */
    public int count(String what, int minBytes) throws IOException {
        int v = readInt();
        long left = left();
        if (v < 0 || (left >= 0 && (long) v * minBytes > left)) {
            throw error("the count of " + what + " is " + v + (left >= 0 ? ", more than the " + left
                    + " bytes left can hold" : ", a negative count"));
        }
        return v;
    }

    /** Room for the first elements of an array of {@code count}: all of them only when the input holds them. */
    private int firstRoom(int count) {
        return left() >= 0 ? count : Math.min(count, FIRST_CHUNK);
    }

    /**
     * The input ran out inside an array whose count was read at byte {@code countAt}: named by its
     * count, since the count is what promised more than there was.
     */
    private KMeansFormatException shortArray(String what, int count, long countAt, int elementBytes) {
        long left = base + limit - countAt - 4;
        return new KMeansFormatException("kmeans4j " + kind + " is invalid before byte " + countAt + ": the count of "
                + what + " is " + count + ", more than the " + left + " bytes left can hold (" + elementBytes
                + " bytes each)");
    }

    /** The elements of an array of {@code count} that may be copied now, after growing {@code room} if full. */
    private int chunk(int count, int done, int capacity, int elementBytes, String what, long countAt)
            throws IOException {
        if (!more(elementBytes)) {
            throw shortArray(what, count, countAt, elementBytes);
        }
        return Math.min((limit - pos) / elementBytes, Math.min(capacity, count) - done);
    }

    private static int grown(int capacity, int count) {
        return (int) Math.min(count, 2L * capacity);
    }

    public double[] doubles(String what) throws IOException {
        long countAt = position();
        int count = count(what, 8);
        double[] out = new double[firstRoom(count)];
        for (int done = 0; done < count; ) {
            if (done == out.length) {
                out = Arrays.copyOf(out, grown(out.length, count));
            }
            int take = chunk(count, done, out.length, 8, what, countAt);
            for (int i = 0; i < take; i++, pos += 8) {
                out[done + i] = Double.longBitsToDouble(view.getLong(pos));
            }
            done += take;
        }
        return out;
    }

    public float[] floats(String what) throws IOException {
        long countAt = position();
        int count = count(what, 4);
        float[] out = new float[firstRoom(count)];
        for (int done = 0; done < count; ) {
            if (done == out.length) {
                out = Arrays.copyOf(out, grown(out.length, count));
            }
            int take = chunk(count, done, out.length, 4, what, countAt);
            for (int i = 0; i < take; i++, pos += 4) {
                out[done + i] = Float.intBitsToFloat(view.getInt(pos));
            }
            done += take;
        }
        return out;
    }

    public int[] ints(String what) throws IOException {
        long countAt = position();
        int count = count(what, 4);
        int[] out = new int[firstRoom(count)];
        for (int done = 0; done < count; ) {
            if (done == out.length) {
                out = Arrays.copyOf(out, grown(out.length, count));
            }
            int take = chunk(count, done, out.length, 4, what, countAt);
            view.position(pos);
            view.asIntBuffer().get(out, done, take);
            pos += take * 4;
            done += take;
        }
        return out;
    }

    public byte[] byteArray(String what) throws IOException {
        long countAt = position();
        int count = count(what, 1);
        byte[] out = new byte[firstRoom(count)];
        for (int done = 0; done < count; ) {
            if (done == out.length) {
                out = Arrays.copyOf(out, grown(out.length, count));
            }
            int take = chunk(count, done, out.length, 1, what, countAt);
            System.arraycopy(bytes, pos, out, done, take);
            pos += take;
            done += take;
        }
        return out;
    }

    public double[][] matrix(String what) throws IOException {
        int rows = count(what, 4);
        List<double[]> out = new ArrayList<>(Math.min(rows, FIRST_CHUNK));
        for (int i = 0; i < rows; i++) {
            out.add(doubles(what));
        }
        return out.toArray(new double[0][]);
    }

    public String string(String what) throws IOException {
        return new String(byteArray(what), StandardCharsets.UTF_8);
    }

    public List<String> strings(String what) throws IOException {
        int count = count(what, 4);
        List<String> out = new ArrayList<>(Math.min(count, FIRST_CHUNK));
        for (int i = 0; i < count; i++) {
            out.add(string(what));
        }
        return out;
    }

    public <E extends Enum<E>> E enumValue(Class<E> type, String what) throws IOException {
        String name = string(what);
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw error(what + " \"" + name + "\" is not one of this version's values");
        }
    }

    public void checkLabels(int[] labels, int k) throws KMeansFormatException {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= k) {
                throw error("label " + labels[i] + " of point " + i + " is outside [0, " + k + ")");
            }
        }
    }
}
