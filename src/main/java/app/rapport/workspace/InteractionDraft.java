package app.rapport.workspace;

import java.time.LocalDate;

/**
 * What one side logs about a meeting or exchange. Help asked for and help given each come with
 * the side that asked or gave, or neither. The service checks every rule; the constants are shared
 * with the columns and the form's fields.
 */
public record InteractionDraft(LocalDate date, Integer minutes, InteractionFormat format, Side initiatedBy,
        Side helpAskedBy, String helpAsked, Side helpGivenBy, String helpGiven, String notes) {

    public static final int MINUTES_MIN = 1;
    public static final int MINUTES_MAX = 600;
    public static final int HELP_MAX = 500;
    public static final int NOTES_MAX = 4000;
}
