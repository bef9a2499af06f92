package app.rapport.security;

import app.rapport.security.ui.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The security chain: Vaadin's defaults with our login view, static assets and health probes
 * open, everything else signed in; method security on, so the services guard themselves.
 */
@Configuration
// Services use @PreAuthorize; JSR-250 stays off so @RolesAllowed on views does not make Spring proxy them.
@EnableMethodSecurity
class SecurityConfig {

    /**
     * Only the app's own origin, and what Vaadin needs beyond it, each found by a strict report-only
     * probe in Chromium: 'unsafe-inline' scripts (the bootstrap page's inline scripts) and 'unsafe-eval'
     * (Flow runs server-sent JavaScript through Function); inline styles (elements and attributes,
     * from the page and the components); data: fonts (Lumo's icon font) and data: images (the
     * components' SVG icons in their CSS). No frames, plugins, foreign forms or base changes.
     */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountUserDetailsService users, RequestUtil vaadinRequests)
            throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        http.authorizeHttpRequests(auth -> auth
                // A refusal (403) is shown as it is, not turned into a redirect to sign in when its error page renders.
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers(paths.matcher("/styles/**"), paths.matcher("/icons/**"), paths.matcher("/images/**"),
                        paths.matcher("/js/**"), paths.matcher("/webjars/**"), paths.matcher("/lumo/**"))
                .permitAll()
                .requestMatchers(paths.matcher("/actuator/health"), paths.matcher("/actuator/health/liveness"),
                        paths.matcher("/actuator/health/readiness"))
                .permitAll());
        http.addFilterBefore(new AccountStatusFilter(users), AuthorizationFilter.class);
        // Vaadin exempts the login view's path from CSRF, so a foreign page could post a sign-in. Its
        // login form sends the token when the page has the _csrf meta tags, which Vaadin's bootstrap
        // writes; so only Vaadin's own requests stay exempt (they carry Vaadin's own CSRF token).
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.addFilterBefore(new SignInOriginFilter(), CsrfFilter.class);
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                // Vaadin commits its pages past Spring's lazy header writing, which then adds nothing; so
                // the headers are set when the request arrives (a later setHeader by the app still wins).
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <F extends HeaderWriterFilter> F postProcess(F filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        // Vaadin 25 denies any request it does not know; as before, signed-in people reach the app with
        // every address, so an unknown one gets the app's own "not here" page instead of a bare 403.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)
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
