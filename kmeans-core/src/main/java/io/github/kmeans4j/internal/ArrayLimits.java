package io.github.kmeans4j.internal;

/**
 * The one limit on how many values the library keeps in a single array, shared by every place
 * that sizes one from user input (datasets built from rows, the CSV reader, the generators), so
 * they all refuse the same sizes with the same number in their messages.
 */
public final class ArrayLimits {
    /**
     * The most values in one array: the largest {@code int}, less a margin because some JVMs
     * refuse arrays within a few elements of it (they reserve room for the array header).
     */
    public static final int MAX_VALUES = Integer.MAX_VALUE - 8;

    private ArrayLimits() {
    }
}
