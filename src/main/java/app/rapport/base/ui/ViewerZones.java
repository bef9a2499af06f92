package app.rapport.base.ui;

import app.rapport.base.PersonalZones;
import app.rapport.base.SignedInUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives every UI the zone its {@link Times} use: the signed-in person's own zone when a feature
 * knows it, else the zone the browser reported when the page loaded, else UTC.
 */
@Component
class ViewerZones implements VaadinServiceInitListener {

    private final ObjectProvider<PersonalZones> personalZones;
    private final ObjectProvider<AuthenticationContext> authentication;

    ViewerZones(ObjectProvider<PersonalZones> personalZones, ObjectProvider<AuthenticationContext> authentication) {
        this.personalZones = personalZones;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var ui = init.getUI();
            Times.install(ui, () -> resolve(ui));
        });
    }

    private ZoneId resolve(UI ui) {
        return own().or(() -> browsers(ui)).orElse(Times.UTC);
    }

    private Optional<ZoneId> own() {
        var context = authentication.getIfAvailable();
        var zones = personalZones.getIfAvailable();
        if (context == null || zones == null) {
            return Optional.empty();
        }
        return context.getAuthenticatedUser(SignedInUser.class).flatMap(user -> zones.zoneOf(user.accountId()));
    }

    private static Optional<ZoneId> browsers(UI ui) {
        var details = ui.getPage().getExtendedClientDetails();
        var id = details == null ? null : details.getTimeZoneId();
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException notAZone) {
            return Optional.empty();
        }
    }
}
