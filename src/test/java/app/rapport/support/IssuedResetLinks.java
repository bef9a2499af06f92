package app.rapport.support;

import app.rapport.security.PasswordResetLinkIssued;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;

/**
 * Every reset link the app made, on whichever thread: what a test reads where a person would read
 * their email. Links of transactions that rolled back are here too, so tests look for the email
 * they asked for and check the token's state through the service.
 */
public final class IssuedResetLinks {

    private final List<PasswordResetLinkIssued> issued = new CopyOnWriteArrayList<>();

    @EventListener
    void on(PasswordResetLinkIssued link) {
        issued.add(link);
    }

    /** The newest link made for this email. */
    public Optional<PasswordResetLinkIssued> latestFor(String email) {
        return issued.reversed().stream().filter(l -> l.email().equals(email)).findFirst();
    }

    /** How many links were made for this email. */
    public long countFor(String email) {
        return issued.stream().filter(l -> l.email().equals(email)).count();
    }
}
