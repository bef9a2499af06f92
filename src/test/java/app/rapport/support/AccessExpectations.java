package app.rapport.support;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** One cell of an access matrix: the call goes through when allowed, and is refused otherwise. */
public final class AccessExpectations {

    private AccessExpectations() {
    }

    /** Runs the call; when not allowed, expects it refused (signed in without the right, or not signed in). */
    public static void expectAccess(boolean allowed, Runnable call) {
        if (allowed) {
            call.run();
        } else {
            assertThatThrownBy(call::run).isInstanceOfAny(AccessDeniedException.class,
                    AuthenticationCredentialsNotFoundException.class);
        }
    }
}
