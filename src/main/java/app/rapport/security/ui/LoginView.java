package app.rapport.security.ui;

import app.rapport.security.LockoutProperties;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/**
 * {@code /login}: the sign-in form. Spring Security handles the post; after a failure this view
 * reads the reason Spring kept in the session, so a lockout or a disabled account gets its own
 * message while an unknown email and a wrong password get the same one.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in")
@AnonymousAllowed
public final class LoginView extends Main implements BeforeEnterObserver {

    private final transient AuthenticationContext authenticationContext;
    private final LoginForm form = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();
    private final LockoutProperties lockout;
    private final Paragraph notice = new Paragraph();

    public LoginView(AuthenticationContext authenticationContext, LockoutProperties lockout) {
        this.authenticationContext = authenticationContext;
        this.lockout = lockout;
        addClassName("rapport-login");

        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Email");
        i18n.getForm().setSubmit("Sign in");
        i18n.getForm().setForgotPassword("Forgot password?");
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));

        var brand = new H1(new Icon(VaadinIcon.CONNECT), new Span("Rapport"));
        var lead = new Paragraph("The workspace for your mentoring program: pairs, goals, meetings, "
                + "and honest feedback from the people who see you work together.");
        lead.addClassName("rapport-login-lead");
        notice.setId("login-notice");
        notice.addClassName("rapport-login-notice");
        notice.setVisible(false);
        var card = new Div(brand, lead, notice, form);
        card.addClassName("rapport-login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("reset")) {
            notice.setText("Your new password is set, and every other session of your account has ended. Sign in "
                    + "with it.");
            notice.setVisible(true);
        }
        if (parameters.containsKey("joined")) {
            notice.setText("Welcome! Your password is set. Sign in with your email and it to reach your home.");
            notice.setVisible(true);
        }
        var failed = parameters.containsKey("error");
        if (!failed) {
            return;
        }
        var session = VaadinSession.getCurrent().getSession();
        var cause = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        var error = i18n.getErrorMessage();
        if (cause instanceof LockedException locked) {
            error.setTitle("Account locked for now");
            error.setMessage(locked.getMessage());
        } else if (cause instanceof DisabledException disabled) {
            error.setTitle("Account disabled");
            error.setMessage(disabled.getMessage());
        } else {
            error.setTitle("Incorrect email or password");
            error.setMessage("Check both and try again. After " + lockout.maxFailures()
                    + " failed attempts, sign-in is paused for " + lockout.duration().toMinutes() + " minutes.");
        }
        form.setI18n(i18n);
        form.setError(true);
    }
}
