package app.rapport.support;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._expectEditableByUser;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributools.RenderersKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.KeyMapper;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ReturnChannelMap;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import elemental.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A grid column drawn by a {@link LitRenderer}, seen from the browser's side without a browser:
 * the template, the data a row sends, and a template function called the way a click in the
 * browser calls it. Karibu renders component columns on the server but has no helper for these.
 * Each call renders the column's own renderer into a detached host with its own key mapper, which
 * is what the grid does with its element and its data communicator's keys. Rows are given either
 * as items or by index, as Karibu's {@code GridKt._get(grid, rowIndex)} fetches them.
 */
public final class LitColumns {

    private LitColumns() {
    }

    /** The lit-html template of the column with this key. */
    public static String template(Grid<?> grid, String columnKey) {
        return RenderersKt.getTemplate(renderer(grid, columnKey));
    }

    /**
     * The properties of this item as the browser receives them (JSON), named as the template binds
     * them ({@code item.name}), without the renderer's namespace prefix.
     */
    public static <T> JsonObject row(Grid<T> grid, String columnKey, T item) {
        var rendering = renderer(grid, columnKey).render(new Element("div"), new KeyMapper<>());
        var sent = Json.createObject();
        rendering.getDataGenerator().orElseThrow().generateData(item, sent);
        var row = Json.createObject();
        for (var key : sent.keys()) {
            JsonValue value = sent.get(key);
            row.put(key.replaceFirst("^lr_[0-9a-f]+_", ""), value);
        }
        return row;
    }

    /**
     * The properties the row at this index sends for the column, as {@link #row} gives them, read as
     * Java values: a string, a boolean, a number as the double JSON carries, {@code null} for a JSON
     * null (kept, so that a property sent empty can be told from one not sent), anything else as JSON.
     */
    public static <T> Map<String, Object> values(Grid<T> grid, String columnKey, int rowIndex) {
        var row = row(grid, columnKey, _get(grid, rowIndex));
        var values = new LinkedHashMap<String, Object>();
        for (var key : row.keys()) {
            JsonValue value = row.get(key);
            values.put(key, switch (value.getType()) {
                case NULL -> null;
                case STRING -> value.asString();
                case BOOLEAN -> value.asBoolean();
                case NUMBER -> value.asNumber();
                default -> value;
            });
        }
        return values;
    }

    /**
     * Calls a template function for this item as {@code @click=${function}} does in the browser,
     * which a user can do only in a grid that is enabled and visible.
     */
    public static <T> void call(Grid<T> grid, String columnKey, T item, String function) {
        _expectEditableByUser(grid);
        assertThat(template(grid, columnKey)).as("template of column " + columnKey)
                .contains("@click=${" + function + "}");
        var host = new Element("div");
        var keys = new KeyMapper<T>();
        renderer(grid, columnKey).render(host, keys);
        var arguments = Json.createArray();
        arguments.set(0, function);
        arguments.set(1, keys.key(item));
        arguments.set(2, Json.createArray());
        host.getNode().getFeature(ReturnChannelMap.class).get(0).invoke(arguments);
    }

    /** {@link #call} for the row at this index. */
    public static <T> void call(Grid<T> grid, String columnKey, int rowIndex, String function) {
        call(grid, columnKey, _get(grid, rowIndex), function);
    }

    /**
     * Every string the row at this index sends to the browser: all columns' values and, when they are
     * open, its details, taken from the grid's own update to the browser. As a browser would, this
     * shows the row first if the grid has not sent it yet, and otherwise has the grid send it again.
     */
    public static <T> List<String> sent(Grid<T> grid, int rowIndex) {
        var item = _get(grid, rowIndex);
        var communicator = grid.getDataCommunicator();
        if (communicator.isItemActive(item)) {
            communicator.refresh(item);
        } else {
            communicator.setViewportRange(0, rowIndex + 1);
        }
        var invocations = SentJavaScript.inOneRoundTrip();
        var key = communicator.getKeyMapper().key(item);
        JsonObject last = null;
        for (var invocation : invocations) {
            if (invocation.getOwner() == grid.getElement().getNode()) {
                for (var parameter : invocation.getInvocation().getParameters()) {
                    last = rowWithKey(parameter, key, last);
                }
            }
        }
        assertThat(last).as("the row " + rowIndex + " sent to the browser").isNotNull();
        var strings = new ArrayList<String>();
        collect(last, strings);
        return strings;
    }

    /** Each of these values is bound as text, an element's whole content, and the template renders no markup. */
    public static void assertBoundAsText(String template, String... names) {
        assertThat(template).doesNotContain("unsafeHTML", "unsafeSVG", "innerHTML", "unsafeStatic");
        for (var name : names) {
            assertThat(template).as(name + " is bound as an element's text").contains(">${item." + name + "}<");
        }
    }

    private static JsonObject rowWithKey(Object json, String key, JsonObject found) {
        if (json instanceof JsonArray array) {
            for (int i = 0; i < array.length(); i++) {
                found = rowWithKey(array.get(i), key, found);
            }
        } else if (json instanceof JsonObject object && object.hasKey("key")
                && key.equals(object.get("key").asString())) {
            found = object;
        }
        return found;
    }

    private static void collect(JsonValue json, List<String> strings) {
        switch (json.getType()) {
            case STRING -> strings.add(json.asString());
            case OBJECT -> {
                var object = (JsonObject) json;
                for (var key : object.keys()) {
                    collect(object.get(key), strings);
                }
            }
            case ARRAY -> {
                var array = (JsonArray) json;
                for (int i = 0; i < array.length(); i++) {
                    collect(array.get(i), strings);
                }
            }
            default -> {
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> LitRenderer<T> renderer(Grid<T> grid, String columnKey) {
        var column = grid.getColumnByKey(columnKey);
        assertThat(column).as("column " + columnKey).isNotNull();
        assertThat(column.getRenderer()).as("renderer of column " + columnKey).isInstanceOf(LitRenderer.class);
        return (LitRenderer<T>) column.getRenderer();
    }
}
