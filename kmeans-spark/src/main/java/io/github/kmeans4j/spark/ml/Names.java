package io.github.kmeans4j.spark.ml;

import io.github.kmeans4j.Initializer;
import io.github.kmeans4j.Kernel;
import java.util.Locale;

/** The core's settings named by the string params of {@link KMeans4jParams}. */
final class Names {
    private Names() {
    }

    /**
     * The initializer called {@code name}; {@code given} holds the centroids of {@code "given"}
     * and must be null for every other name, so that centroids set for nothing are not ignored.
     */
    static Initializer initializer(String name, double[][] given) {
        if (given != null && !name.equals("given")) {
            throw new IllegalArgumentException("initialCentroids are set but initializer is \"" + name
                    + "\"; set initializer to \"given\" to start from them, or clear them");
        }
        return switch (name) {
            case "greedy-k-means++" -> Initializer.greedyKMeansPlusPlus();
            case "k-means++" -> Initializer.kMeansPlusPlus();
            case "k-means||" -> Initializer.kMeansParallel();
            case "random" -> Initializer.randomPoints();
            case "random-partition" -> Initializer.randomPartition();
            case "farthest-point" -> Initializer.farthestPoint();
            case "given" -> {
                if (given == null) {
                    throw new IllegalArgumentException("initializer \"given\" needs initialCentroids");
                }
                yield Initializer.given(given);
            }
            default -> throw new IllegalArgumentException("unknown initializer \"" + name + "\"; use one of "
                    + String.join(", ", ParamDeclarations.INITIALIZERS));
        };
    }

    /** Checks the name of an assignment pass: only Lloyd's runs on Spark. */
    static void checkAlgorithm(String name) {
        for (String accepted : ParamDeclarations.ALGORITHMS) {
            if (accepted.equals(name)) {
                return;
            }
        }
        throw new IllegalArgumentException("algorithm \"" + name + "\" does not run on Spark: its rows are assigned"
                + " by Lloyd's pass, so use \"lloyd\" (or \"auto\", which is Lloyd's here)");
    }

    /** The kernel called {@code name}. */
    static Kernel kernel(String name) {
        for (String accepted : ParamDeclarations.KERNELS) {
            if (accepted.equals(name)) {
                return Kernel.valueOf(name.toUpperCase(Locale.ROOT));
            }
        }
        throw new IllegalArgumentException("unknown kernel \"" + name + "\"; use one of "
                + String.join(", ", ParamDeclarations.KERNELS));
    }
}
