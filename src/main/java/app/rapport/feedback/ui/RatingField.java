package app.rapport.feedback.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;

/** A rating from 1 to 5, or "could not observe" (held as 0 here, null in the answer). */
final class RatingField extends RadioButtonGroup<Integer> {

    static final int NOT_OBSERVED = 0;

    RatingField(String label, String id) {
        super(label);
        setItems(List.of(1, 2, 3, 4, 5, NOT_OBSERVED));
        setItemLabelGenerator(v -> v == NOT_OBSERVED ? "Could not observe" : String.valueOf(v));
        setId(id);
        setRequiredIndicatorVisible(true);
        addClassName("rapport-rating-choice");
    }

    /** The rating for the answer: 1-5, or null for "could not observe". */
    Integer rating() {
        var v = getValue();
        return v == null || v == NOT_OBSERVED ? null : v;
    }

    void show(Integer rating) {
        setValue(rating == null ? NOT_OBSERVED : rating);
    }
}
