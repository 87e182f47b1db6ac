package io.github.kmeans4j.internal.format;

import io.github.kmeans4j.Dataset;
import io.github.kmeans4j.KMeansResult;
import java.io.IOException;

/**
 * What the recording package needs from the core package that is not public API: a result's
 * body in the format, and the arrays of a dataset and of a result without copies (a recording of
 * n points neither writes nor replays a second copy of them). The core package's
 * {@code ResultFormat} registers the accessor when it is initialised, and {@link #get()}
 * initialises it first. This package is not exported.
 */
public final class CoreAccess {
    /** The core package's side. */
    public interface Access {
        /**
         * Writes a result's body.
         *
         * @param out the output
         * @param result the result
         * @throws IOException if writing fails
         */
        void writeResult(FormatOutput out, KMeansResult result) throws IOException;

        /**
         * Reads a result's body.
         *
         * @param in the input
         * @param expectedN the number of labels expected, or -1 for any
         * @return the result
         * @throws IOException if reading fails or the body is not in the format
         */
        KMeansResult readResult(FormatInput in, int expectedN) throws IOException;

        /**
         * A double dataset's values, row-major, shared: never modify them.
         *
         * @param data a dataset of double precision
         * @return its values
         */
        double[] values(Dataset data);

        /**
         * A float dataset's values, row-major, shared: never modify them.
         *
         * @param data a dataset of float precision
         * @return its values
         */
        float[] floatValues(Dataset data);

        /**
         * A dataset's weights, shared: never modify them.
         *
         * @param data a dataset
         * @return its weights, or null when it has none
         */
        double[] weightsOrNull(Dataset data);

        /**
         * A result's centroids, row-major, shared: never modify them.
         *
         * @param result a result
         * @return its centroids
         */
        double[] centroids(KMeansResult result);

        /**
         * A result's labels, shared: never modify them.
         *
         * @param result a result
         * @return its labels
         */
        int[] labels(KMeansResult result);
    }

    private static volatile Access access;

    private CoreAccess() {
    }

    /**
     * Registers the accessor; called once, by the core package's {@code ResultFormat}.
     *
     * @param core the accessor
     * @throws IllegalStateException if one is registered already
     */
    public static synchronized void register(Access core) {
        if (access != null) {
            throw new IllegalStateException("the core accessor is registered already");
        }
        access = core;
    }

    /**
     * The accessor, after initialising the class that registers it.
     *
     * @return the accessor
     */
    public static Access get() {
        Access a = access;
        if (a == null) {
            try {
                Class.forName("io.github.kmeans4j.ResultFormat", true, CoreAccess.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("the core package's result format is missing", e);
            }
            a = access;
        }
        return a;
    }
}
