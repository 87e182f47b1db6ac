package io.github.kmeans4j.internal.format;

import io.github.kmeans4j.KMeansFormatException;
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
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The frame shared by the kmeans4j file formats, version 1 (results: {@code ResultFormat} in the
 * core package; recordings: {@code RecordingFormat} in the recording package): magic, version,
 * body and CRC-32 trailer, and atomic saving to a file. The layout is specified in
 * {@code kmeans-core/FORMAT.md}; keep the two in step.
 *
 * <p>Writing is deterministic, so save, load, save gives the same bytes. Both directions stream:
 * {@link FormatOutput} computes the CRC-32 trailer as it writes, {@link FormatInput} as it reads,
 * so neither holds a copy of the file and no size is capped by the largest array. Reading checks
 * the magic before it reads further, allocates for a count no more than the bytes present, and
 * turns every failure into a {@link KMeansFormatException}, reported as a corrupt file whenever
 * the checksum does not match. This package is not exported.
 */
public final class FormatFiles {
    /** The version of both formats. */
    public static final int VERSION = 1;

    private FormatFiles() {
    }

    /** Writes a file's whole content. */
    public interface Writer {
        /**
         * Writes the content.
         *
         * @param out where to write
         * @throws IOException if writing fails
         */
        void write(OutputStream out) throws IOException;
    }

    /**
     * Reads a file's whole content.
     *
     * @param <T> what is read
     */
    public interface Reader<T> {
        /**
         * Reads the content.
         *
         * @param in the file's stream
         * @return what was read
         * @throws IOException if reading fails or the content is not in the format
         */
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
     *
     * @param file the file to save to
     * @param writer writes the content
     * @throws IOException if the file cannot be written
     */
    public static void writeFile(Path file, Writer writer) throws IOException {
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
     *
     * @param file the file to read
     * @param reader reads the content
     * @param <T> what is read
     * @return what the reader made of the file
     * @throws IOException if the file cannot be read or is not in the format
     */
    public static <T> T readFile(Path file, Reader<T> reader) throws IOException {
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

    /**
     * The size of the file {@code in} reads, when {@link #readFile} opened it on a regular file.
     *
     * @param in a stream
     * @return the file's size in bytes, or -1 when it is not known
     */
    public static long sizeOf(InputStream in) {
        return in instanceof SizedInput s ? s.size : -1;
    }

    /** Writes the body of a file after its header. */
    public interface Body {
        /**
         * Writes the body.
         *
         * @param body the output, which computes the checksum
         * @throws IOException if writing fails
         */
        void write(FormatOutput body) throws IOException;
    }

    /**
     * Writes one file: magic, version, the body, and the CRC-32 trailer.
     *
     * @param magic the eight ASCII characters that name the kind of file
     * @param out where to write
     * @param body writes the body
     * @throws IOException if writing fails
     */
    public static void write(String magic, OutputStream out, Body body) throws IOException {
        if (out == null) {
            throw new IllegalArgumentException("output stream must not be null");
        }
        FormatOutput data = new FormatOutput(out);
        data.write(magic.getBytes(StandardCharsets.US_ASCII));
        data.writeInt(VERSION);
        body.write(data);
        data.finish();
    }
}
