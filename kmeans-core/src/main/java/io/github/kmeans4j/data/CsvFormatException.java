package io.github.kmeans4j.data;

/**
 * A CSV file that {@link CsvReader} cannot read as numbers: the message says what is wrong, on
 * which line and in which column (both counted from 1, as a text editor and a spreadsheet count
 * them), and quotes the offending text.
 */
public final class CsvFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The 1-based line of the fault, 0 when it concerns the whole input (serialized). */
    private final int line;
    /** The 1-based column of the fault, 0 when it concerns a whole line or the whole input (serialized). */
    private final int column;

    CsvFormatException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    /** {@return the line of the fault, counted from 1 (physical lines, blank and comment lines included); 0 if none} */
    public int line() {
        return line;
    }

    /** {@return the column (field) of the fault, counted from 1; 0 if the fault concerns no single column} */
    public int column() {
        return column;
    }
}
