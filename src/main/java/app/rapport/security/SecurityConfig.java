package app.rapport.security;

import app.rapport.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The security chain: Vaadin's defaults with our login view, static assets and health probes
 * open, everything else signed in; method security on, so the services guard themselves.
 */
@Configuration
// Services use @PreAuthorize; JSR-250 stays off so @RolesAllowed on views does not make Spring proxy them.
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountUserDetailsService users) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(paths.matcher("/styles/**"), paths.matcher("/icons/**"), paths.matcher("/images/**"),
                        paths.matcher("/js/**"), paths.matcher("/webjars/**"), paths.matcher("/lumo/**"))
                .permitAll()
                .requestMatchers(paths.matcher("/actuator/health"), paths.matcher("/actuator/health/liveness"),
                        paths.matcher("/actuator/health/readiness"))
                .permitAll());
        http.addFilterBefore(new AccountStatusFilter(users), AuthorizationFilter.class);
        // Vaadin 25 denies any request it does not know; as before, signed-in people reach the app with
        // every address, so an unknown one gets the app's own "not here" page instead of a bare 403.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(AuthorizedUrl::authenticated));
        return http.build();
    }

    /** bcrypt by default; the {@code {id}} prefix lets the algorithm change without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationProvider authenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder,
            LoginProtection protection) {
        return new LockoutAwareAuthenticationProvider(users, encoder, protection);
    }
}
