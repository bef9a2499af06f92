package app.rapport.workspace.ui;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._expectEditableByUser;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributools.RenderersKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.DataGenerator;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableBiConsumer;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import elemental.json.JsonType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A grid's Lit-rendered cells as the browser gets them: the values a row sends for a column, the
 * strings a whole row sends, and the template's {@code @click=${name}} functions, called for a row.
 * Karibu's {@code _clickRenderer} and {@code _getCellComponent} know only component renderers.
 */
final class LitCells {

    private LitCells() {
    }

    @SuppressWarnings("unchecked")
    static <T> LitRenderer<T> renderer(Grid<T> grid, String columnKey) {
        var renderer = grid.getColumnByKey(columnKey).getRenderer();
        assertThat(renderer).as("the renderer of column " + columnKey).isInstanceOf(LitRenderer.class);
        return (LitRenderer<T>) renderer;
    }

    static String template(Grid<?> grid, String columnKey) {
        return RenderersKt.getTemplate(renderer(grid, columnKey));
    }

    /** The row's values for this column's template, by name (nulls kept). */
    static <T> Map<String, Object> values(Grid<T> grid, int row, String columnKey) {
        var item = _get(grid, row);
        var values = new LinkedHashMap<String, Object>();
        renderer(grid, columnKey).getValueProviders().forEach((name, value) -> values.put(name, value.apply(item)));
        return values;
    }

    /** Clicks the template's {@code @click=${function}} in this row, as a click on the vaadin-button would. */
    static <T> void click(Grid<T> grid, int row, String columnKey, String function) {
        _expectEditableByUser(grid);
        var renderer = renderer(grid, columnKey);
        assertThat(RenderersKt.getTemplate(renderer)).contains("@click=${" + function + "}");
        var callable = functions(renderer).get(function);
        assertThat(callable).as("function " + function + " of column " + columnKey).isNotNull();
        callable.accept(_get(grid, row), Json.createArray());
    }

    /**
     * Every string the row sends to the browser (all columns' values and, when open, its details), as
     * the grid's data generators write them into the row's JSON object.
     */
    static <T> List<String> sent(Grid<T> grid, int row) {
        var json = Json.createObject();
        generator(grid).generateData(_get(grid, row), json);
        var strings = new ArrayList<String>();
        collect(json, strings);
        return strings;
    }

    /** Each of these values is bound as text, an element's whole content, and no template renders markup. */
    static void assertBoundAsText(String template, String... names) {
        assertThat(template).doesNotContain("unsafeHTML", "unsafeSVG", "innerHTML", "unsafeStatic");
        for (var name : names) {
            assertThat(template).as(name + " is bound as an element's text").contains(">${item." + name + "}<");
        }
    }

    private static void collect(JsonObject json, List<String> strings) {
        for (var key : json.keys()) {
            var value = json.get(key);
            if (value.getType() == JsonType.STRING) {
                strings.add(value.asString());
            } else if (value.getType() == JsonType.OBJECT) {
                collect((JsonObject) value, strings);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<String, SerializableBiConsumer<T, JsonArray>> functions(LitRenderer<T> renderer) {
        return (Map<String, SerializableBiConsumer<T, JsonArray>>) field(LitRenderer.class, renderer,
                "clientCallables");
    }

    @SuppressWarnings("unchecked")
    private static <T> DataGenerator<T> generator(Grid<T> grid) {
        return (DataGenerator<T>) field(Grid.class, grid, "gridDataGenerator");
    }

    private static Object field(Class<?> type, Object target, String name) {
        try {
            var field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field.get(target);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Vaadin's " + type.getSimpleName() + " has no field " + name + " any more", e);
        }
    }
}
