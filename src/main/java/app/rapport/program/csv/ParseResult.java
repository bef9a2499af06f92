package app.rapport.program.csv;

import app.rapport.program.ParticipantRow;
import java.util.List;

/**
 * The outcome of reading a participant file.
 *
 * @param fileError a problem with the file as a whole (size, encoding, header); when set, there are no rows
 *                  and no row errors, because nothing in the file could be trusted
 * @param rows      the valid data rows in file order; rows with an error are left out
 * @param errors    one entry per problem found in a data row, in file order
 * @param dataLines how many non-blank data records the file has, valid or not
 */
public record ParseResult(String fileError, List<ParticipantRow> rows, List<RowError> errors, int dataLines) {

    public ParseResult {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    static ParseResult ofFileError(String message) {
        return new ParseResult(message, List.of(), List.of(), 0);
    }

    /** True when the whole file can be imported as it is. */
    public boolean ok() {
        return fileError == null && errors.isEmpty();
    }
}
