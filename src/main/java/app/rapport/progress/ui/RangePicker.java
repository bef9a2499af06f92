package app.rapport.progress.ui;

import app.rapport.base.ui.DateFields;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.function.BiConsumer;

/**
 * The date range of the progress page: a few usual ranges, or any two dates. It tells its
 * listener the chosen range whenever it changes to a valid one.
 */
final class RangePicker extends Composite<Div> {

    enum Preset {
        WEEKS_4("Last 4 weeks", 4), WEEKS_12("Last 12 weeks", 12), MONTHS_6("Last 6 months", 26),
        SINCE_START("Since the start", 0), CUSTOM("Custom dates", -1);

        private final String label;
        private final int weeks;

        Preset(String label, int weeks) {
            this.label = label;
            this.weeks = weeks;
        }
    }

    private final Select<Preset> preset = new Select<>();
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final LocalDate start;
    private final LocalDate today;
    private BiConsumer<LocalDate, LocalDate> listener = (a, b) -> { };
    private boolean updating;

    RangePicker(LocalDate start, LocalDate today, Preset initial) {
        this.start = start;
        this.today = today;
        preset.setLabel("Range");
        preset.setItems(Preset.values());
        preset.setItemLabelGenerator(p -> p.label);
        preset.setId("progress-range");
        from.setId("progress-from");
        DateFields.dayMonthYear(from);
        DateFields.dayMonthYear(to);
        to.setId("progress-to");
        from.setMin(start);
        to.setMin(start);
        from.setMax(today);
        to.setMax(today);
        preset.addValueChangeListener(e -> {
            if (e.getValue() != Preset.CUSTOM) {
                apply(e.getValue());
            }
        });
        from.addValueChangeListener(e -> custom());
        to.addValueChangeListener(e -> custom());
        var box = getContent();
        box.addClassName("rapport-range");
        box.add(preset, from, to);
        preset.setValue(initial);
    }

    void onChange(BiConsumer<LocalDate, LocalDate> newListener) {
        this.listener = newListener;
    }

    LocalDate from() {
        return from.getValue();
    }

    LocalDate to() {
        return to.getValue();
    }

    private void apply(Preset p) {
        updating = true;
        var first = p.weeks == 0 ? start : today.minusWeeks(p.weeks).plusDays(1);
        from.setValue(first.isBefore(start) ? start : first);
        to.setValue(today);
        updating = false;
        listener.accept(from.getValue(), to.getValue());
    }

    private void custom() {
        if (updating) {
            return;
        }
        if (from.getValue() == null || to.getValue() == null || from.getValue().isAfter(to.getValue())) {
            to.setInvalid(true);
            to.setErrorMessage("Choose a start before the end");
            return;
        }
        to.setInvalid(false);
        preset.setValue(Preset.CUSTOM);
        listener.accept(from.getValue(), to.getValue());
    }
}
