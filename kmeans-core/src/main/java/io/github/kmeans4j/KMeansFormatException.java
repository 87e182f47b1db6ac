package io.github.kmeans4j;

import java.io.IOException;

/**
 * A saved result or recording could not be read because its content is not what the format
 * promises: another kind of file, an unsupported version, a truncated or corrupted file. The
 * message says which, and at which byte when that is known.
 */
public final class KMeansFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with its message. */
    public KMeansFormatException(String message) {
        super(message);
    }

    /** Creates the exception with its message and cause. */
    public KMeansFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
