package app.rapport.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Locale;

/**
 * One date format for every date picker: day/month/year (UK), whatever the browser's locale, and a
 * message that says what the field expects when what was typed is no date.
 */
public final class DateFields {

    /** What a refused entry is told, in the format the pickers read. */
    public static final String EXPECTED = "Enter a date as day/month/year, for example 31/12/2026";

    private DateFields() {
    }

    /** Sets the picker's format and its message for text that is no date; returns it for chaining. */
    public static DatePicker dayMonthYear(DatePicker picker) {
        picker.setLocale(Locale.UK);
        var i18n = picker.getI18n() == null ? new DatePicker.DatePickerI18n() : picker.getI18n();
        picker.setI18n(i18n.setBadInputErrorMessage(EXPECTED));
        return picker;
    }
}
