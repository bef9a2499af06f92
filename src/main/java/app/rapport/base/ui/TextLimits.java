package app.rapport.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Locale;
import java.util.Optional;

/**
 * The length limit of a typed text, the same way in every form: no browser {@code maxlength}
 * (it cuts pasted text without a word), a counter that shows from 80 % of the limit, and a
 * refusal that says how long the text is. The limits themselves are the constants the columns and
 * the services use.
 */
public final class TextLimits {

    private static final String MAX_KEY = "rapport-text-max";
    private static final double COUNTER_FROM = 0.8;

    private TextLimits() {
    }

    /**
     * Shows a live counter under {@code field} once its text reaches 80 % of {@code max} (beside
     * the helper text it has now) and marks it invalid while it is longer. Call it after the
     * field's helper text is set. Returns the field.
     */
    public static <F extends TextFieldBase<F, String>> F limit(F field, int max) {
        ComponentUtil.setData(field, MAX_KEY, max);
        var counter = new Span();
        counter.addClassName("rapport-counter");
        if (field.getId().isPresent()) {
            counter.setId(field.getId().get() + "-counter");
        }
        var helper = new Div();
        helper.addClassName("rapport-helper");
        if (field.getHelperText() != null && !field.getHelperText().isBlank()) {
            var text = new Span(field.getHelperText());
            text.addClassName("rapport-helper-text");
            helper.add(text);
        }
        helper.add(counter);
        field.setHelperComponent(helper);
        if (field.getValueChangeMode() == ValueChangeMode.ON_CHANGE) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
        }
        show(field, counter, max);
        field.addValueChangeListener(e -> show(field, counter, max));
        return field;
    }

    /**
     * {@link #limit} plus a binding of {@code field} to {@code property} that refuses a longer text
     * before any other check of the property runs.
     */
    public static <B, F extends TextFieldBase<F, String>> Binder.Binding<B, String> bind(Binder<B> binder, F field,
            int max, String property) {
        limit(field, max);
        return binder.forField(field).withValidator(atMost(max)).bind(property);
    }

    /** The refusal of a text longer than {@code max}, for a binder: "At most 4,000 characters: this has 4,213". */
    public static Validator<String> atMost(int max) {
        return (text, context) -> text == null || text.length() <= max ? ValidationResult.ok()
                : ValidationResult.error(tooLong(max, text.length()));
    }

    /**
     * For a form without a binder: marks every field given a limit by {@link #limit} whose text
     * is longer, and tells whether any was.
     */
    @SafeVarargs
    public static boolean refused(TextFieldBase<?, String>... fields) {
        boolean any = false;
        for (var field : fields) {
            var problem = problem(field);
            if (problem.isPresent()) {
                field.setErrorMessage(problem.get());
                field.setInvalid(true);
                any = true;
            }
        }
        return any;
    }

    private static Optional<String> problem(TextFieldBase<?, String> field) {
        var max = (Integer) ComponentUtil.getData(field, MAX_KEY);
        var length = field.getValue() == null ? 0 : field.getValue().length();
        return max == null || length <= max ? Optional.empty() : Optional.of(tooLong(max, length));
    }

    static String tooLong(int max, int length) {
        return "At most " + number(max) + " characters: this has " + number(length);
    }

    private static void show(TextFieldBase<?, String> field, Span counter, int max) {
        int length = field.getValue() == null ? 0 : field.getValue().length();
        counter.setText(number(length) + " / " + number(max));
        counter.setVisible(length >= max * COUNTER_FROM);
        boolean over = length > max;
        counter.getElement().getClassList().set("rapport-counter-over", over);
        if (over) {
            field.setErrorMessage(tooLong(max, length));
            field.setInvalid(true);
        } else if (field.isInvalid() && field.getErrorMessage() != null
                && field.getErrorMessage().startsWith("At most " + number(max) + " characters")) {
            field.setInvalid(false);
        }
    }

    private static String number(int n) {
        return String.format(Locale.UK, "%,d", n);
    }
}
