package app.rapport.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.component.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.data.provider.KeyMapper;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ReturnChannelMap;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A grid column drawn by a {@link LitRenderer}, seen from the browser's side without a browser:
 * the template, the data a row sends, and a template function called the way a click in the
 * browser calls it. Each call renders the column's own renderer into a detached host with its own
 * key mapper, which is what the grid does with its element and its data communicator's keys. Rows
 * are given either as items or by index, as {@link GridTester#getRow(int)} fetches them.
 */
public final class LitColumns {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private LitColumns() {
    }

    /** The lit-html template of the column with this key. */
    public static String template(Grid<?> grid, String columnKey) {
        var renderer = renderer(grid, columnKey);
        try {
            // Flow keeps the template to itself (protected); the browser gets exactly this string.
            var getter = LitRenderer.class.getDeclaredMethod("getTemplateExpression");
            getter.setAccessible(true);
            return (String) getter.invoke(renderer);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read the template of column " + columnKey, e);
        }
    }

    /**
     * The properties of this item as the browser receives them (JSON), named as the template binds
     * them ({@code item.name}), without the renderer's namespace prefix.
     */
    public static <T> ObjectNode row(Grid<T> grid, String columnKey, T item) {
        var rendering = renderer(grid, columnKey).render(new Element("div"), new KeyMapper<>());
        var sent = JSON.objectNode();
        rendering.getDataGenerator().orElseThrow().generateData(item, sent);
        var row = JSON.objectNode();
        for (var property : sent.properties()) {
            row.set(property.getKey().replaceFirst("^lr_[0-9a-f]+_", ""), property.getValue());
        }
        return row;
    }

    /**
     * The properties the row at this index sends for the column, as {@link #row} gives them, read as
     * Java values: a string, a boolean, a number as the double JSON carries, {@code null} for a JSON
     * null (kept, so that a property sent empty can be told from one not sent), anything else as JSON.
     */
    public static <T> Map<String, Object> values(Grid<T> grid, String columnKey, int rowIndex) {
        var row = row(grid, columnKey, GridKt._get(grid, rowIndex));
        var values = new LinkedHashMap<String, Object>();
        for (var property : row.properties()) {
            JsonNode value = property.getValue();
            values.put(property.getKey(), switch (value.getNodeType()) {
                case NULL -> null;
                case STRING -> value.asString();
                case BOOLEAN -> value.asBoolean();
                case NUMBER -> value.asDouble();
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
        new GridTester<>(grid).ensureComponentIsUsable();
        assertThat(template(grid, columnKey)).as("template of column " + columnKey)
                .contains("@click=${" + function + "}");
        var host = new Element("div");
        var keys = new KeyMapper<T>();
        renderer(grid, columnKey).render(host, keys);
        var arguments = JSON.arrayNode();
        arguments.add(function);
        arguments.add(keys.key(item));
        arguments.add(JSON.arrayNode());
        host.getNode().getFeature(ReturnChannelMap.class).get(0).invoke(arguments);
    }

    /** {@link #call} for the row at this index. */
    public static <T> void call(Grid<T> grid, String columnKey, int rowIndex, String function) {
        call(grid, columnKey, GridKt._get(grid, rowIndex), function);
    }

    /**
     * Every string the row at this index sends to the browser: all columns' values and, when they are
     * open, its details, taken from the grid's own update to the browser. As a browser would, this
     * shows the row first if the grid has not sent it yet, and otherwise has the grid send it again.
     */
    public static <T> List<String> sent(Grid<T> grid, int rowIndex) {
        var item = GridKt._get(grid, rowIndex);
        var communicator = grid.getDataCommunicator();
        if (communicator.isItemActive(item)) {
            communicator.refresh(item);
        } else {
            communicator.setViewportRange(0, rowIndex + 1);
        }
        var invocations = SentJavaScript.inOneRoundTrip();
        var key = communicator.getKeyMapper().key(item);
        JsonNode last = null;
        for (var invocation : invocations) {
            if (invocation.getOwner() == grid.getElement().getNode()) {
                for (var parameter : invocation.getInvocation().getParameters()) {
                    if (parameter instanceof JsonNode json) {
                        last = rowWithKey(json, key, last);
                    }
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

    private static JsonNode rowWithKey(JsonNode json, String key, JsonNode found) {
        if (json.isArray()) {
            for (var element : json) {
                found = rowWithKey(element, key, found);
            }
        } else if (json.isObject() && json.has("key") && key.equals(json.get("key").asString())) {
            found = json;
        }
        return found;
    }

    private static void collect(JsonNode json, List<String> strings) {
        if (json.isString()) {
            strings.add(json.asString());
        } else if (json.isContainer()) {
            for (var element : json) {
                collect(element, strings);
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
