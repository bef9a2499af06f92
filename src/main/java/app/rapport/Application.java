package app.rapport;

import app.rapport.base.AppClock;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
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
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Rapport");
        settings.addFavIcon("icon", "icons/rapport.svg", "any");
        // One stylesheet served as a static file: an app theme would force an npm bundle build.
        settings.addLink("stylesheet", "styles/app.css");
    }

    /** Time comes from here, so tests can move it. */
    @Bean
    Clock clock() {
        return new AppClock();
    }
}
