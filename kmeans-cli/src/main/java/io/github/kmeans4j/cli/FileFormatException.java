package io.github.kmeans4j.cli;

/** A file the command reads is not what it should be: exit status 1, the message names the file. */
final class FileFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FileFormatException(String message) {
        super(message);
    }
}
