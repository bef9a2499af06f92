package app.rapport.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;

/** The account making the current request, for services that check ownership. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<RapportUser> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof RapportUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static RapportUser require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
    }
}
