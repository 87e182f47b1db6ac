package io.github.kmeans4j.internal;

/**
 * The SplitMix64 generator (Steele, Lea and Flood, "Fast splittable pseudorandom number
 * generators", OOPSLA 2014), written out here so that a seed gives the same stream on every
 * JDK version: the library's determinism must not depend on how a JDK implements
 * {@code java.util.random}.
 *
 * <p>Not thread-safe; every fit creates its own instance.
 */
public final class SplitMix64 {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private long state;

    /** Creates a generator whose stream is fixed by {@code seed}. */
    public SplitMix64(long seed) {
        this.state = seed;
    }

    /**
     * A generator for one restart of a fit: independent streams for different restarts of the
     * same seed, so restart {@code r} does not depend on how many numbers restart {@code r-1} drew.
     */
    public static SplitMix64 forRestart(long seed, int restart) {
        return new SplitMix64(mix(seed + GOLDEN_GAMMA * (restart + 1L)));
    }

    /** The SplitMix64 output function (a variant of MurmurHash3's finaliser). */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** The next 64 random bits. */
    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** A uniform double in [0, 1) with 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** A uniform int in [0, bound), without modulo bias (Lemire's multiply-and-reject). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, was " + bound);
        }
        long m = (nextLong() >>> 32) * bound;
        long low = m & 0xffffffffL;
        if (low < bound) {
            long threshold = (0x100000000L - bound) % bound;
            while (low < threshold) {
                m = (nextLong() >>> 32) * bound;
                low = m & 0xffffffffL;
            }
        }
        return (int) (m >>> 32);
    }
}
