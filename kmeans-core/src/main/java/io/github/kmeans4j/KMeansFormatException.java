package io.github.kmeans4j;

import java.io.IOException;

/**
 * A saved result or recording could not be read because its content is not what the format
 * promises: another kind of file, an unsupported version, a truncated or corrupted file. The
 * message says which, and at which byte when that is known.
 */
public final class KMeansFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with its message.
     *
     * @param message what is wrong with the content, and where
     */
    public KMeansFormatException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its message and cause.
     *
     * @param message what is wrong with the content, and where
     * @param cause the exception that revealed the fault
     */
    public KMeansFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
