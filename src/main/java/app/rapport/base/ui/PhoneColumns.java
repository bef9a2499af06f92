package app.rapport.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * A grid that reads well on a phone: below {@link #NARROW} pixels of window width it shows only its
 * stacked column (everything of a row in one cell, one line under the other), above it only its
 * other columns. It follows the window as it is resized or the phone turned.
 */
public final class PhoneColumns {

    /** Narrower than a small tablet held upright. */
    public static final int NARROW = 600;

    private PhoneColumns() {
    }

    public static <T> void follow(Grid<T> grid, Grid.Column<T> stacked) {
        stacked.setVisible(false);
        grid.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            var details = page.getExtendedClientDetails();
            if (details != null && details.getWindowInnerWidth() > 0) {
                show(grid, stacked, details.getWindowInnerWidth() < NARROW);
            }
            Registration resize = page.addBrowserWindowResizeListener(e -> show(grid, stacked, e.getWidth() < NARROW));
            grid.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    static <T> void show(Grid<T> grid, Grid.Column<T> stacked, boolean narrow) {
        List<Grid.Column<T>> columns = grid.getColumns();
        columns.forEach(c -> c.setVisible(c == stacked ? narrow : !narrow));
    }
}
