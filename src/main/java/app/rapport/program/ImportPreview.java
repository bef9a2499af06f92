package app.rapport.program;

import java.util.List;

/**
 * What an import would do, shown before anything is written: the file's problem or each row's
 * problems (line and reason), and how many people are new, updated or unchanged. It carries the
 * valid rows, so confirming imports exactly what was previewed.
 */
public record ImportPreview(String fileError, List<Problem> problems, List<ParticipantRow> rows, int newCount,
        int updatedCount, int unchangedCount) {

    /** One line's problem. */
    public record Problem(int line, String message) {
    }

    /** Only a clean preview with something in it can be imported. */
    public boolean canImport() {
        return fileError == null && problems.isEmpty() && !rows.isEmpty();
    }
}
