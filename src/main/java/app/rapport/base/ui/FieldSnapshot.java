package app.rapport.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The values of a form's fields at one moment, to tell later whether the person changed any. A
 * binder with a bean set cannot say it: it writes each valid change at once and forgets it.
 */
public final class FieldSnapshot {

    private final List<HasValue<?, ?>> fields;
    private final List<Object> values;

    private FieldSnapshot(List<HasValue<?, ?>> fields) {
        this.fields = fields;
        this.values = fields.stream().map(f -> (Object) f.getValue()).toList();
    }

    /** The values now of every field inside {@code form}, however deep. */
    public static FieldSnapshot of(Component form) {
        var found = new ArrayList<HasValue<?, ?>>();
        collect(form, found);
        return new FieldSnapshot(found);
    }

    /** The values now of these fields. */
    public static FieldSnapshot of(HasValue<?, ?>... fields) {
        return new FieldSnapshot(List.of(fields));
    }

    /** Whether any field holds a value other than the one it held when this was taken. */
    public boolean changed() {
        for (int i = 0; i < fields.size(); i++) {
            if (!same(values.get(i), fields.get(i).getValue())) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(Object before, Object now) {
        // An empty text and no text are the same to the person.
        return Objects.equals(before, now) || (blank(before) && blank(now));
    }

    private static boolean blank(Object value) {
        return value == null || value instanceof String s && s.isEmpty();
    }

    private static void collect(Component component, List<HasValue<?, ?>> found) {
        component.getChildren().forEach(child -> {
            if (child instanceof HasValue<?, ?> field) {
                found.add(field);
            } else {
                collect(child, found);
            }
        });
    }
}
