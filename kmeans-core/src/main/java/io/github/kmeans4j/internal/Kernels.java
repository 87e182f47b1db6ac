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

    /**
     * The automatic choice: the property if set, else the vector kernel where it is available and
     * {@linkplain #vectorUnsuitable() suitable}, else the portable one. Made once per JVM and
     * logged at {@link Level#DEBUG} on the logger {@code io.github.kmeans4j}, with the reason:
     * silent unless the application's logging configuration asks for that level.
     */
    public static DistanceKernel automatic() {
        DistanceKernel chosen = automatic;
        if (chosen == null) {
            String property = System.getProperty(PROPERTY);
            String why;
            if (property != null && !property.isBlank() && !property.trim().equalsIgnoreCase("auto")) {
                chosen = byName(property);
                why = "chosen by -D" + PROPERTY;
            } else {
                String unsuitable = vectorUnsuitable();
                if (unsuitable == null) {
                    chosen = vector();
                    why = "the Vector API is available and suitable";
                } else {
                    chosen = PortableKernel.INSTANCE;
                    why = unsuitable;
                }
            }
            System.getLogger("io.github.kmeans4j").log(Level.DEBUG,
                    "kmeans4j: distance kernel \"" + chosen.name() + "\": " + why);
            automatic = chosen;
        }
        return chosen;
    }

    /**
     * Why the automatic choice should not use the vector kernel on this JVM, or null if it
     * should. As Lucene does before it turns its Vector API code on, the kernel is used only where
     * it is fast: the module is present, the JVM is HotSpot with its optimising compiler (C2) on,
     * its preferred vectors hold at least 128 bits (two doubles), and fused multiply-add is done by
     * the hardware (else every {@code fma} lane is emulated, many times slower). Where a check
     * cannot be made (the JVM's flags are not readable), it does not count against the kernel.
     */
    public static String vectorUnsuitable() {
        if (!vectorAvailable()) {
            return "the Vector API module is absent; start the JVM with --add-modules jdk.incubator.vector "
                    + "for the faster Vector API kernel";
        }
        String vm = System.getProperty("java.vm.name", "");
        if (!vm.contains("HotSpot") && !vm.contains("OpenJDK")) {
            return "the JVM \"" + vm + "\" is not HotSpot, where the Vector API kernel was measured";
        }
        String info = System.getProperty("java.vm.info", "");
        if (info.contains("interpreted mode") || info.contains("emulated-client")) {
            return "the JVM runs without its optimising compiler (" + info + ")";
        }
        String tiered = VmOptions.value("TieredCompilation");
        String stopAt = VmOptions.value("TieredStopAtLevel");
        if ("true".equals(tiered) && stopAt != null && !stopAt.equals("4")) {
            return "the optimising compiler C2 is off (-XX:TieredStopAtLevel=" + stopAt + ")";
        }
        if ("false".equals(VmOptions.value("UseCompiler"))) {
            return "the JIT compiler is off (-XX:-UseCompiler)";
        }
        if ("false".equals(VmOptions.value("UseFMA"))) {
            return "fused multiply-add is off in this JVM (-XX:-UseFMA, or a CPU without it), and the Vector API would "
                    + "emulate it lane by lane";
        }
        try {
            Object bits = vectorClass().getMethod("preferredBits").invoke(null);
            if ((Integer) bits < 128) {
                return "the preferred vector size is " + bits + " bits, below the 128 needed for two doubles";
            }
        } catch (ReflectiveOperationException | LinkageError e) {
            return "the vector kernel could not be loaded: " + e;
        }
        return null;
    }

    private static DistanceKernel vector() {
        if (!vectorAvailable()) {
            throw new IllegalStateException("the vector kernel needs the Vector API: start the JVM with "
                    + "--add-modules jdk.incubator.vector");
        }
        try {
            return (DistanceKernel) vectorClass().getField("INSTANCE").get(null);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("the vector kernel could not be loaded: " + e, e);
        }
    }

    /** The vector kernel's class, once this module reads the Vector API (which must be present). */
    private static Class<?> vectorClass() throws ClassNotFoundException {
        // module-info does not require jdk.incubator.vector (javac would warn about the incubating
        // module when compiling it, and the module must stay optional): when this class is in a
        // named module, that module reads the Vector API only from here on. No-op on the class path.
        Kernels.class.getModule().addReads(ModuleLayer.boot().findModule("jdk.incubator.vector").orElseThrow());
        return Class.forName(VECTOR_CLASS);
    }
}
