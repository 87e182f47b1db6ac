package io.github.kmeans4j.internal;

import io.github.kmeans4j.event.Assigned;

/**
 * The labels inside an {@link Assigned} event without the copy its public accessor makes, for
 * the recording package's {@code Recording}: a recording of a fit with n points and many iterations
 * would otherwise hold a second copy of n labels per assignment. The event class registers its
 * accessor when it is initialised, which has happened once an instance exists. Callers must never
 * modify the array they get. This package is not exported.
 */
public final class EventArrays {
    /** Reads an event's own label array. */
    public interface LabelAccess {
        /**
         * The event's label array itself.
         *
         * @param event the event
         * @return its labels, not a copy
         */
        int[] labels(Assigned event);
    }

    private static volatile LabelAccess access;

    private EventArrays() {
    }

    /**
     * Registers the accessor; called once, by {@link Assigned}'s static initialiser.
     *
     * @param labels the accessor
     * @throws IllegalStateException if one is registered already
     */
    public static synchronized void register(LabelAccess labels) {
        if (access != null) {
            throw new IllegalStateException("the Assigned label accessor is registered already");
        }
        access = labels;
    }

    /**
     * The labels of {@code event}, shared: never modify them.
     *
     * @param event the event
     * @return its label array itself
     */
    public static int[] labels(Assigned event) {
        return access.labels(event);
    }
}
