package io.github.kmeans4j.internal.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * The writing side of {@link FormatFiles}: big-endian values streamed to the caller's output
 * through a fixed buffer and a {@link CheckedOutputStream}, so the CRC-32 trailer is computed on the
 * fly and no copy of the file is ever held. Memory is the buffer, whatever the size of the file;
 * the target receives writes of at most {@link #BUFFER} bytes. The target is flushed, never closed.
 */
public final class FormatOutput {
    /** Bytes gathered before they are handed to the target. */
    public static final int BUFFER = 1 << 16;

    private final OutputStream target;
    private final CheckedOutputStream checked;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);   // big-endian, as FORMAT.md says

    public FormatOutput(OutputStream target) {
        this.target = target;
        this.checked = new CheckedOutputStream(target, new CRC32());
    }

    private void room(int bytes) throws IOException {
        if (buffer.remaining() < bytes) {
            drain();
        }
    }

    private void drain() throws IOException {
        checked.write(buffer.array(), 0, buffer.position());
        buffer.clear();
    }

    public void writeByte(int v) throws IOException {
        room(1);
        buffer.put((byte) v);
    }

    public void writeBoolean(boolean v) throws IOException {
        writeByte(v ? 1 : 0);
    }

    public void writeInt(int v) throws IOException {
        room(4);
        buffer.putInt(v);
    }

    public void writeLong(long v) throws IOException {
        room(8);
        buffer.putLong(v);
    }

    public void writeDouble(double v) throws IOException {
        room(8);
        buffer.putLong(Double.doubleToLongBits(v));   // NaN canonical, as DataOutput.writeDouble writes it
    }

    public void write(byte[] bytes) throws IOException {
        for (int done = 0; done < bytes.length; ) {
            room(1);
            int take = Math.min(buffer.remaining(), bytes.length - done);
            buffer.put(bytes, done, take);
            done += take;
        }
    }

    /** {@code doubles}: a count, then the values. */
    public void doubles(double[] values) throws IOException {
        writeInt(values.length);
        for (double v : values) {
            writeDouble(v);
        }
    }

    /** {@code floats}: a count, then the values. */
    public void floats(float[] values) throws IOException {
        writeInt(values.length);
        for (float v : values) {
            room(4);
            buffer.putInt(Float.floatToIntBits(v));   // NaN canonical, as DataOutput.writeFloat writes it
        }
    }

    /** {@code ints}: a count, then the values. */
    public void ints(int[] values) throws IOException {
        writeInt(values.length);
        for (int done = 0; done < values.length; ) {
            room(4);
            int take = Math.min(buffer.remaining() / 4, values.length - done);
            buffer.asIntBuffer().put(values, done, take);
            buffer.position(buffer.position() + take * 4);
            done += take;
        }
    }

    /** {@code matrix}: a row count, then each row as {@code doubles}. */
    public void matrix(double[][] rows) throws IOException {
        writeInt(rows.length);
        for (double[] row : rows) {
            doubles(row);
        }
    }

    /** {@code string}: a byte count, then UTF-8. */
    public void string(String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        writeInt(utf8.length);
        write(utf8);
    }

    /** {@code strings}: a count, then each {@code string}. */
    public void strings(List<String> list) throws IOException {
        writeInt(list.size());
        for (String s : list) {
            string(s);
        }
    }

    /** Writes what is buffered, then the CRC-32 of every byte so far, and flushes the target. */
    public void finish() throws IOException {
        drain();
        int crc = (int) checked.getChecksum().getValue();
        buffer.putInt(crc);
        target.write(buffer.array(), 0, buffer.position());   // the trailer is not part of its own checksum
        buffer.clear();
        target.flush();
    }
}
