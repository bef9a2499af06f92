package app.rapport.base.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import java.util.Objects;
import java.util.Optional;

/**
 * A Chart.js chart drawn by the {@code <rapport-chart>} element in {@code frontend/js}. The
 * library comes from its WebJar and the element is a plain script, so no frontend bundle build is
 * needed (see docs/conventions.md). The canvas is hidden from assistive technology: show the figures as
 * text too, as {@link ChartCard} does.
 *
 * <p>The config goes to the browser as a one-off call in the response that shows the chart, not as
 * an element property: a property would stay in the UI's state on the server for as long as the
 * page is open (several KB per chart, for every open page). It is sent again whenever the chart is
 * attached anew, since the browser then builds a new element.
 */
@Tag("rapport-chart")
@JavaScript("context://js/rapport-chart.js")
public final class Chart extends Component implements HasSize, HasStyle {

    static final String DEFAULT_HEIGHT = "280px";

    private ChartSpec spec;
    private final OncePerResponse sender = new OncePerResponse(this, () -> {
        if (spec != null) { // a chart shown before it has a spec draws nothing yet
            getElement().executeJs("this.config = $0", spec.toChartJsConfig());
        }
    });

    public Chart() {
        setHeight(DEFAULT_HEIGHT);
        getElement().setAttribute("role", "img");
    }

    public Chart(ChartSpec spec) {
        this();
        setSpec(spec);
    }

    /** Draws the spec, replacing what was drawn; its title becomes the accessible name. */
    public void setSpec(ChartSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
        getElement().setAttribute("aria-label", spec.title());
        sender.schedule();
    }

    public Optional<ChartSpec> getSpec() {
        return Optional.ofNullable(spec);
    }
}
