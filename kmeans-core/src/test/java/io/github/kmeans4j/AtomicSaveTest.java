package io.github.kmeans4j;

import io.github.kmeans4j.internal.format.FormatFiles;
import io.github.kmeans4j.recording.Recording;
import io.github.kmeans4j.recording.RunRecorder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code save(Path)} of results and recordings (reliability report, item 6): the file's
 * permissions, links, and what is left behind when a save fails. The atomic rename itself, a
 * directory as target and long names are covered by {@link ReliabilityEdgesTest}.
 */
class AtomicSaveTest {
    @TempDir
    Path dir;

    private static KMeansResult model() {
        return KMeans.builder().k(2).seed(1).build().fit(Dataset.ofValues(0, 1, 10, 11));
    }

    private static Recording recording() {
        RunRecorder recorder = new RunRecorder();
        KMeans.builder().k(2).seed(1).listener(recorder).build().fit(Dataset.ofValues(0, 1, 10, 11));
        return recorder.recording();
    }

    private boolean posix() {
        return Files.getFileAttributeView(dir, java.nio.file.attribute.PosixFileAttributeView.class) != null;
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void save_newFile_getsTheDefaultPermissionsOfANewFile() throws IOException {
        assumeTrue(posix(), "POSIX permissions");
        // The default is whatever the umask makes of a new file: compare with one made plainly.
        Set<PosixFilePermission> plain = Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain")));
        Path result = dir.resolve("model.km4j");
        Path run = dir.resolve("run.km4j");
        model().save(result);
        recording().save(run);
        // was rw------- always (the temporary file of createTempFile)
        assertThat(Files.getPosixFilePermissions(result)).isEqualTo(plain);
        assertThat(Files.getPosixFilePermissions(run)).isEqualTo(plain);
    }

    @Test
    void save_existingFile_keepsItsPermissions() throws IOException {
        assumeTrue(posix(), "POSIX permissions");
        // Mode bits are stored and read back for root too, so this holds whoever runs it.
        for (String mode : List.of("rw-r-----", "r--r--r--", "rw-rw-rw-")) {
            Path target = dir.resolve("model-" + mode + ".km4j");
            Files.write(target, new byte[] {1});
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(mode));
            model().save(target);
            // was rw------- after every save
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo(mode);
            assertThat(KMeansResult.load(target)).isEqualTo(model());
        }
    }

    @Test
    void save_throughASymbolicLink_writesItsTargetAndKeepsTheLink() throws IOException {
        Path real = dir.resolve("real.km4j");
        Path link = dir.resolve("link.km4j");
        Path dangling = dir.resolve("dangling.km4j");
        try {
            Files.createSymbolicLink(link, real.getFileName());
            Files.createSymbolicLink(dangling, Path.of("later.km4j"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links: " + e);
        }
        Files.write(real, new byte[] {1});
        model().save(link);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(KMeansResult.load(real)).isEqualTo(model());

        // was: the dangling link replaced by a regular file, its target never written
        recording().save(dangling);
        assertThat(Files.isSymbolicLink(dangling)).isTrue();
        assertThat(Recording.load(dir.resolve("later.km4j"))).isEqualTo(recording());
    }

    @Test
    void writeFile_writerFails_targetIntactAndNoTemporaryFileLeft() throws IOException {
        Path target = dir.resolve("model.km4j");
        model().save(target);
        byte[] before = Files.readAllBytes(target);
        List<Path> listed = listing();

        assertThatThrownBy(() -> FormatFiles.writeFile(target, out -> {
            out.write(new byte[100_000]);
            throw new IOException("disk full (simulated)");
        })).isInstanceOf(IOException.class).hasMessageContaining("simulated");
        assertThat(listing()).isEqualTo(listed);
        assertThat(Files.readAllBytes(target)).isEqualTo(before);
    }

    @Test
    void save_intoAMissingDirectory_failsAndCreatesNothing() {
        Path target = dir.resolve("missing").resolve("model.km4j");
        assertThatThrownBy(() -> model().save(target)).isInstanceOf(IOException.class);
        assertThat(Files.exists(target.getParent())).isFalse();
    }

    @Test
    void save_ontoADirectoryThroughALink_refused() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        Path link = dir.resolve("link");
        try {
            Files.createSymbolicLink(link, sub.getFileName());
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links: " + e);
        }
        assertThatThrownBy(() -> model().save(link)).isInstanceOf(FileSystemException.class)
                .hasMessageContaining("is a directory");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.isDirectory(sub)).isTrue();
    }
}
