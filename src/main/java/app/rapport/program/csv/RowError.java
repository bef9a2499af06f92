package app.rapport.program.csv;

/**
 * One problem with one data line of an imported file.
 *
 * @param line    the 1-based physical line number where the record starts (the header is line 1)
 * @param message what is wrong, written for the person who prepared the file
 */
public record RowError(int line, String message) {
}
