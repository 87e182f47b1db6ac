package io.github.kmeans4j.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Strict UTF-8 decoding that hands over every character before a malformed byte sequence and
 * only then fails, so that a line reader on top of it fails on the very line that holds the bad
 * bytes (the JDK's {@code InputStreamReader} fails as soon as its look-ahead meets them, often
 * thousands of lines early). The failure says at which byte of the input the sequence starts.
 * Not thread-safe; closes nothing: the caller owns the stream.
 */
final class Utf8Reader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    /** Bytes of the input moved out of {@link #bytes} by the decoder so far, before its position. */
    private long consumedBefore;
    private boolean endOfInput;
    private boolean flushed;
    private NotUtf8Exception pending;

    Utf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (pending != null) {
            throw pending;
        }
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (true) {
            int before = bytes.position();
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            consumedBefore += bytes.position() - before;
            if (result.isError()) {
                pending = new NotUtf8Exception(consumedBefore, bytes, result.length());
                if (out.position() > offset) {
                    return out.position() - offset;   // the good characters first; fail on the next read
                }
                throw pending;
            }
            if (out.position() > offset) {   // full, or what the bytes at hand hold: enough for one read
                return out.position() - offset;
            }
            if (endOfInput) {
                if (!flushed) {
                    decoder.flush(out);
                    flushed = true;
                }
                return out.position() > offset ? out.position() - offset : -1;
            }
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
    }

    @Override
    public void close() {
        // the caller owns the stream
    }

    /** Bytes that are not UTF-8, with their place in the input. */
    static final class NotUtf8Exception extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        private final String detail;

        NotUtf8Exception(long offset, ByteBuffer at, int length) {
            byte[] bad = new byte[Math.min(length, at.remaining())];
            at.get(at.position(), bad);
            String hex = HexFormat.ofDelimiter(" ").withPrefix("0x").withUpperCase().formatHex(bad);
            this.detail = "the input is not UTF-8: " + (bad.length == 1 ? "byte " + hex + " at byte offset " + offset
                    + " is" : "bytes " + hex + " from byte offset " + offset + " are") + " not a valid UTF-8 character";
        }

        @Override
        public String getMessage() {
            return detail;
        }
    }
}
