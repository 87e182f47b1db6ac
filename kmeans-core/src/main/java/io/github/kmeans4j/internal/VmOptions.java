package io.github.kmeans4j.internal;

import java.lang.reflect.Method;

/**
 * HotSpot's command-line flags (such as {@code TieredStopAtLevel}), read through the platform's
 * {@code HotSpotDiagnosticMXBean} by reflection, so that this module depends on neither
 * {@code java.management} nor {@code jdk.management}: where they are not in the JVM (a jlinked
 * image, another VM), every flag reads as unknown.
 */
final class VmOptions {
    private VmOptions() {
    }

    /** The flag's value as HotSpot prints it ({@code "true"}, {@code "4"}), or null if unknown. */
    static String value(String flag) {
        try {
            Class<?> beanType = Class.forName("com.sun.management.HotSpotDiagnosticMXBean");
            Class<?> factory = Class.forName("java.lang.management.ManagementFactory");
            Object bean = factory.getMethod("getPlatformMXBean", Class.class).invoke(null, beanType);
            Object option = beanType.getMethod("getVMOption", String.class).invoke(bean, flag);
            Method value = option.getClass().getMethod("getValue");
            return (String) value.invoke(option);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return null;
        }
    }
}
