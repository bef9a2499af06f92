package app.rapport.support;

import app.rapport.security.AccountService;
import app.rapport.security.CreatedAccount;
import app.rapport.security.NewAccount;
import app.rapport.security.Role;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Test people: plausible names and unique emails from a seeded generator (so a failure can be
 * replayed), and signing in as someone for service calls.
 */
public final class TestPeople {

    private static final List<String> FIRST = List.of("Ana", "Ben", "Chidi", "Dana", "Eero", "Farah", "Gus", "Hiro",
            "Ines", "Jae", "Kofi", "Lucía", "Maël", "Nora", "Olu", "Pia");
    private static final List<String> LAST = List.of("Ahmed", "Bauer", "Costa", "Dubois", "Eze", "Fong", "García",
            "Hale", "Ivanova", "Jensen", "Kowalski", "Lund", "Moreau", "Nakamura", "O'Neil", "Petrov");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Random random;

    public TestPeople(long seed) {
        this.random = new Random(seed);
    }

    public String name() {
        return FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
    }

    /** Unique within the test JVM; mixed case on purpose, since emails are case-insensitive. */
    public String email(String name) {
        var local = name.replaceAll("[^A-Za-z]", ".").replaceAll("\\.+", ".");
        return local + "." + SEQUENCE.incrementAndGet() + "." + random.nextInt(1000) + "@Example.org";
    }

    public static void signIn(UserDetailsService users, String email) {
        var user = users.loadUserByUsername(email);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Does something as the demo admin, then restores whoever was signed in before. */
    public static <T> T asAdmin(UserDetailsService users, Supplier<T> work) {
        var before = SecurityContextHolder.getContext();
        signIn(users, "admin@rapport.test");
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /** A new participant account, made by the demo admin, with its generated password. */
    public CreatedAccount participant(AccountService accounts, UserDetailsService users) {
        var name = name();
        return asAdmin(users, () -> accounts.create(new NewAccount(email(name), name, Set.of(Role.PARTICIPANT), null)));
    }
}
