package app.rapport.base;

import java.time.Instant;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * For the demo seeders only: do something as a given person (and, with {@link #at}, at a given
 * moment), through the same services and guards a request would go through. {@link DemoSeeding}
 * clears the security context after each step.
 */
@Component
public final class ActingAs {

    private final UserDetailsService users;

    public ActingAs(UserDetailsService users) {
        this.users = users;
    }

    public <T> T as(String email, Supplier<T> work) {
        var user = users.loadUserByUsername(email);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return work.get();
    }

    public <T> T at(Instant when, String email, Supplier<T> work) {
        return TimeTravel.at(when, () -> as(email, work));
    }
}
