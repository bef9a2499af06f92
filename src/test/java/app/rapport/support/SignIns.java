package app.rapport.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.AuthenticationException;

/** Whether an email and password get past the app's own authentication, as the sign-in form would. */
public final class SignIns {

    private SignIns() {
    }

    public static boolean works(AuthenticationConfiguration authentication, String email, String password) {
        try {
            authentication.getAuthenticationManager().authenticate(
                    new UsernamePasswordAuthenticationToken(email, password));
            return true;
        } catch (AuthenticationException e) {
            return false;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
