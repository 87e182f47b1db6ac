package io.github.kmeans4j.internal;

/** Placeholder until the register-tiled kernel lands: delegates to the scalar reference. */
public final class PortableKernel {
    /** The shared instance. */
    public static final DistanceKernel INSTANCE = ScalarKernel.INSTANCE;

    private PortableKernel() {
    }
}
