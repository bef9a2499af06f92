package app.rapport.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributools.RenderersKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.KeyMapper;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ReturnChannelMap;
import elemental.json.Json;
import elemental.json.JsonObject;
import elemental.json.JsonValue;

/**
 * A grid column drawn by a {@link LitRenderer}, seen from the browser's side without a browser:
 * the template, the data a row sends, and a template function called the way a click in the
 * browser calls it. Karibu renders component columns on the server but has no helper for these.
 * Each call renders the column's own renderer into a detached host with its own key mapper, which
 * is what the grid does with its element and its data communicator's keys.
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

    /** Calls a template function for this item as {@code @click=${function}} does in the browser. */
    public static <T> void call(Grid<T> grid, String columnKey, T item, String function) {
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

    @SuppressWarnings("unchecked")
    private static <T> LitRenderer<T> renderer(Grid<T> grid, String columnKey) {
        var column = grid.getColumnByKey(columnKey);
        assertThat(column).as("column " + columnKey).isNotNull();
        assertThat(column.getRenderer()).as("renderer of column " + columnKey).isInstanceOf(LitRenderer.class);
        return (LitRenderer<T>) column.getRenderer();
    }
}
