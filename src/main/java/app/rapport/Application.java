package app.rapport;

import app.rapport.base.AppClock;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * Rapport: a self-hosted team workspace for mentoring programs.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
// Lumo, then the app's own stylesheet over it; both are plain static files, so the prebuilt bundle serves.
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/app.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Rapport");
        settings.addFavIcon("icon", "icons/rapport.svg", "any");
    }

    /** Time comes from here, so tests can move it. */
    @Bean
    Clock clock() {
        return new AppClock();
    }
}
