package io.github.kmeans4j.data;

import io.github.kmeans4j.internal.SplitMix64;

/**
 * The random numbers of one generated data set: uniform and standard normal deviates from a
 * SplitMix64 stream. Normal deviates come from Marsaglia's polar method (Marsaglia and Bray, 1964)
 * with {@link StrictMath#log}, so a seed gives the same deviates on every JDK and platform.
 *
 * <p>Not thread-safe; each generated data set has its own.
 */
final class Draws {

    /** Keeps a data set's stream apart from the stream of a fit given the same seed. */
    private static final long DATA_STREAM = 0x6b6d65616e73446cL;

    private final SplitMix64 random;
    private double spareNormal;
    private boolean hasSpare;

    Draws(long seed) {
        this.random = new SplitMix64(SplitMix64.mix(seed ^ DATA_STREAM));
    }

    /** Uniform in [0, 1). */
    double uniform() {
        return random.nextDouble();
    }

    /** Uniform in [lo, hi) (just lo when the two are equal). */
    double uniform(double lo, double hi) {
        return lo + (hi - lo) * random.nextDouble();
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** A standard normal deviate (mean 0, standard deviation 1). */
    double normal() {
        if (hasSpare) {
            hasSpare = false;
            return spareNormal;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * random.nextDouble() - 1;
            v = 2 * random.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double factor = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        spareNormal = v * factor;
        hasSpare = true;
        return u * factor;
    }
}
