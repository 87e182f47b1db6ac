package io.github.kmeans4j.internal;

import java.lang.System.Logger.Level;
import java.util.Locale;

/** Finds the distance kernels and chooses one, once per JVM for the automatic choice. */
public final class Kernels {
    /** The system property that replaces the automatic choice. */
    public static final String PROPERTY = "kmeans4j.kernel";
    private static final String VECTOR_CLASS = "io.github.kmeans4j.internal.vector.VectorKernel";
    private static volatile DistanceKernel automatic;

    private Kernels() {
    }

    /** Whether the Vector API module is in the boot layer, so the vector kernel can load. */
    public static boolean vectorAvailable() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }

    /**
     * The kernel named {@code name}: {@code scalar}, {@code portable}, {@code vector} or {@code auto}.
     *
     * @throws IllegalArgumentException for another name
     * @throws IllegalStateException for {@code vector} without the Vector API module
     */
    public static DistanceKernel byName(String name) {
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "scalar":
                return ScalarKernel.INSTANCE;
            case "portable":
                return PortableKernel.INSTANCE;
            case "vector":
                return vector();
            case "auto":
                return automatic();
            default:
                throw new IllegalArgumentException("unknown distance kernel \"" + name
                        + "\"; expected scalar, portable, vector or auto");
        }
    }

    /** The automatic choice: the property if set, else vector when available, else portable. */
    public static DistanceKernel automatic() {
        DistanceKernel chosen = automatic;
        if (chosen == null) {
            String property = System.getProperty(PROPERTY);
            System.Logger log = System.getLogger("io.github.kmeans4j");
            if (property != null && !property.isBlank() && !property.trim().equalsIgnoreCase("auto")) {
                chosen = byName(property);
                log.log(Level.INFO, "kmeans4j: distance kernel \"" + chosen.name() + "\" chosen by -D" + PROPERTY);
            } else if (vectorAvailable()) {
                chosen = vector();
                log.log(Level.INFO, "kmeans4j: using the Vector API distance kernel");
            } else {
                chosen = PortableKernel.INSTANCE;
                log.log(Level.INFO, "kmeans4j: using the portable distance kernel; start the JVM with "
                        + "--add-modules jdk.incubator.vector for the faster Vector API kernel");
            }
            automatic = chosen;
        }
        return chosen;
    }

    private static DistanceKernel vector() {
        if (!vectorAvailable()) {
            throw new IllegalStateException("the vector kernel needs the Vector API: start the JVM with "
                    + "--add-modules jdk.incubator.vector");
        }
        try {
            // module-info does not require jdk.incubator.vector (javac would warn about the incubating
            // module when compiling it, and the module must stay optional): when this class is in a
            // named module, that module reads the Vector API only from here on. No-op on the class path.
            Kernels.class.getModule().addReads(ModuleLayer.boot().findModule("jdk.incubator.vector").orElseThrow());
            return (DistanceKernel) Class.forName(VECTOR_CLASS).getField("INSTANCE").get(null);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("the vector kernel could not be loaded: " + e, e);
        }
    }
}
