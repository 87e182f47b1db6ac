package io.github.kmeans4j.internal;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.KMeans;
import io.github.kmeans4j.KMeansResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The program {@link DefaultFitInChildJvmTest} starts in a fresh JVM: one fit with every default,
 * then the name of the kernel the automatic choice took and the fit's stop reason, written to
 * the file named by the first argument (never to standard output, which must stay empty).
 */
public final class DefaultFitChild {
    private DefaultFitChild() {
    }

    /**
     * Runs the fit.
     *
     * @param args the file to write the kernel's name and the stop reason to
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        double[][] rows = new double[500][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new double[] {(i % 4) * 10 + (i % 7) * 0.1, (i % 5) * 0.1};
        }
        KMeansResult result = KMeans.builder().k(4).seed(1).build().fit(Dataset.of(rows));
        Files.writeString(Path.of(args[0]), Kernels.automatic().name() + " " + result.stopReason(),
                StandardCharsets.UTF_8);
    }
}
