package io.github.kmeans4j;

import io.github.kmeans4j.recording.Recording;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kmeans4j.event.Assigned;
import io.github.kmeans4j.event.RunStarted;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Smaller defects of the reliability report on release a3c303d (items 6 and 11): each case failed
 * there with the exception named in its comment.
 */
class ReliabilityEdgesTest {
    @TempDir
    Path dir;

    @Test
    void label_outOfRange_namesThePointAndTheRange() {
        Assigned assigned = new Assigned(0, 1, new int[] {0, 1, 0}, 1.0, 0, new int[] {2, 1});
        // was ArrayIndexOutOfBoundsException
        assertThatThrownBy(() -> assigned.label(5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5").hasMessageContaining("[0, 3)");
        assertThatThrownBy(() -> assigned.label(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void runStarted_kOrIterationsOutOfRange_rejected() {
        Dataset data = Dataset.ofValues(1, 2, 3);
        // was accepted
        assertThatThrownBy(() -> new RunStarted(0, 1, data, -5, 1, "given", EmptyClusterPolicy.FARTHEST_POINT, 10, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k must be in [1, n = 3]");
        assertThatThrownBy(() -> new RunStarted(0, 1, data, 4, 1, "given", EmptyClusterPolicy.FARTHEST_POINT, 10, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 4");
        assertThatThrownBy(() -> new RunStarted(0, 1, data, 2, 1, "given", EmptyClusterPolicy.FARTHEST_POINT, -3, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxIterations");
        assertThatThrownBy(() -> new RunStarted(2, 2, data, 2, 1, "given", EmptyClusterPolicy.FARTHEST_POINT, 10, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("restart 2 of 2");
    }

    @Test
    void of_moreValuesThanAnArrayHolds_namesTheSize() {
        double[] row = new double[50_000];
        double[][] rows = new double[50_000][];
        java.util.Arrays.fill(rows, row);
        // was ArithmeticException: integer overflow
        assertThatThrownBy(() -> Dataset.of(rows)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("50000 rows of 50000 values");
        float[][] floats = new float[50_000][];
        java.util.Arrays.fill(floats, new float[50_000]);
        assertThatThrownBy(() -> Dataset.ofFloats(floats)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("50000 rows of 50000 values");
    }

    @Test
    void withWeights_totalOverflows_rejected() {
        double max = Double.MAX_VALUE;
        // was accepted: the total, +Infinity, is > 0
        assertThatThrownBy(() -> Dataset.ofValues(0, 1).withWeights(new double[] {max, max}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("add up to more than");
    }

    private static KMeansResult model() {
        return KMeans.builder().k(2).seed(1).build().fit(Dataset.ofValues(0, 1, 10, 11));
    }

    @Test
    void save_ontoADirectory_refusedAndTheDirectoryKept() throws Exception {
        Path target = Files.createDirectory(dir.resolve("model.km4j"));
        // was: the empty directory replaced by a file
        assertThatThrownBy(() -> model().save(target)).isInstanceOf(FileSystemException.class)
                .hasMessageContaining("is a directory");
        assertThat(Files.isDirectory(target)).isTrue();
    }

    @Test
    void save_aNameOf240Bytes_works() throws Exception {
        Path target = dir.resolve("m".repeat(240) + ".km4j");
        // was FileSystemException: File name too long (the temporary name was longer)
        model().save(target);
        assertThat(KMeansResult.load(target)).isEqualTo(model());
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void save_whileAnotherThreadLoads_theFileIsNeverMissing() throws Exception {
        Path target = dir.resolve("model.km4j");
        KMeansResult model = model();
        model.save(target);
        AtomicBoolean saving = new AtomicBoolean(true);
        AtomicInteger missing = new AtomicInteger();
        AtomicInteger loads = new AtomicInteger();
        Thread loader = new Thread(() -> {
            while (saving.get()) {
                try {
                    KMeansResult.load(target);
                    loads.incrementAndGet();
                } catch (NoSuchFileException e) {
                    missing.incrementAndGet();
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        loader.start();
        try {
            // was: thousands of NoSuchFileException (the old file unlinked before the rename)
            for (int i = 0; i < 300; i++) {
                model.save(target);
            }
        } finally {
            saving.set(false);
            loader.join();
        }
        assertThat(loads.get()).isPositive();
        assertThat(missing.get()).as("loads that found no file").isZero();
    }

    @Test
    void fit_finiteDataWhoseSumsOverflow_rejectedNamingTheCause() {
        double max = Double.MAX_VALUE;
        // was ArrayIndexOutOfBoundsException in greedy k-means++ (weight·D² overflows)
        assertThatThrownBy(() -> KMeans.builder().k(2).seed(1).build().fit(Dataset.ofValues(-1e300, 0, 1e300)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overflow")
                .hasMessageContaining("rescale");
        // was the same, with ordinary coordinates and large finite weights
        assertThatThrownBy(() -> KMeans.builder().k(2).seed(1).build().fit(Dataset.ofValues(0, 1e5, 2e5, 3e5)
                .withWeights(new double[] {1e300, 1e300, 1e300, 1e300})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("total weight");
        // was a centroid of Infinity, saved but refused by load
        assertThatThrownBy(() -> KMeans.builder().k(1).seed(1).build().fit(Dataset.ofValues(max, max / 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overflow");
    }

    @Test
    void fit_largeButSafeData_stillFits() {
        // 1e150 with unit spread: the sums stay far below overflow, so nothing is refused
        KMeansResult result = KMeans.builder().k(2).seed(1).build()
                .fit(Dataset.ofValues(1e150, 1e150 + 1e135, 2e150, 2e150 + 1e135));
        assertThat(result.labels()[0]).isEqualTo(result.labels()[1]).isNotEqualTo(result.labels()[2]);
    }

    private static RunStarted start(int k) {
        return new RunStarted(0, 1, Dataset.ofValues(1, 2, 3), k, 1, "given", EmptyClusterPolicy.FARTHEST_POINT, 10, 0);
    }

    @Test
    void recordingOf_aRepairBeforeAnyCentroidExists_rejectedNamingTheEvent() {
        var repaired = new io.github.kmeans4j.event.EmptyClusterRepaired(0, 1, 1, EmptyClusterPolicy.FARTHEST_POINT,
                2, 0, new double[] {3});
        // was ArrayIndexOutOfBoundsException from arraycopy
        assertThatThrownBy(() -> Recording.of(java.util.List.of(start(2), repaired)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("event 1");
        assertThatThrownBy(() -> Recording.of(java.util.List.of(start(2))).with(repaired))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("event 1");
    }

    @Test
    void recordingOf_aSeedAheadOfItsTurn_rejected() {
        var seed = new io.github.kmeans4j.event.SeedChosen(0, 1, 0, new double[] {1}, 1, 0, "crafted");
        // was accepted: the centroid array grown to (seedIndex + 1)·d values, 4 GB for a crafted index
        assertThatThrownBy(() -> Recording.of(java.util.List.of(start(2), seed)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("event 1")
                .hasMessageContaining("seeds come in order");
    }

    @Test
    void load_anEndlessStreamOfAnotherKind_refusedAfterItsFirstBytes() {
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
        // was OutOfMemoryError: the whole stream was read before the magic was checked
        assertThatThrownBy(() -> KMeansResult.load(endless)).isInstanceOf(KMeansFormatException.class)
                .hasMessageContaining("xxxxxxxx");
        assertThatThrownBy(() -> Recording.load(endless)).isInstanceOf(KMeansFormatException.class);
    }

    @Test
    void miniBatchAndExact1D_weightsWhoseSumsOverflow_rejected() {
        double max = Double.MAX_VALUE;
        Dataset heavy = Dataset.ofValues(0, 1, 2, 3).withWeights(new double[] {max / 8, max / 8, max / 8, max / 8});
        // was centroids [[NaN], [NaN]]
        assertThatThrownBy(() -> MiniBatchKMeans.builder().k(2).seed(1).initializer(Initializer.randomPoints())
                .build().fit(heavy, 5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overflow");
        // was inertia Infinity with stop reason OPTIMAL
        assertThatThrownBy(() -> Exact1D.fit(Dataset.ofValues(0, 1e10, 2e10, 10e10, 11e10)
                .withWeights(new double[] {1e300, 1e300, 1e300, 1e300, 1e300}), 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overflow");
    }
}
