package app.rapport.feedback.domain;

import app.rapport.security.AccountDirectory;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Accounts as peer feedback needs them: searched by any participant who may ask, and with their
 * enabled flag, through the security feature's directory. The service checks access first.
 */
@Component
public class PeerAccounts {

    /** An account's id, name, email and whether it may sign in. */
    public record PeerAccount(long id, String name, String email, boolean enabled) {
    }

    private final AccountDirectory directory;

    PeerAccounts(AccountDirectory directory) {
        this.directory = directory;
    }

    /** Enabled accounts whose name or email contains {@code text} (any case), except {@code excluded}; by name. */
    public List<PeerAccount> searchEnabled(String text, Collection<Long> excluded, int limit) {
        return directory.searchEnabled(text, excluded, limit).stream()
                .map(p -> new PeerAccount(p.id(), p.displayName(), p.email(), true)).toList();
    }

    /** The accounts of those ids that exist, enabled or not. */
    public Map<Long, PeerAccount> find(Collection<Long> ids) {
        var found = new HashMap<Long, PeerAccount>();
        if (ids.isEmpty()) {
            return found;
        }
        var enabled = directory.enabled(ids);
        directory.people(ids).values().forEach(p -> found.put(p.id(),
                new PeerAccount(p.id(), p.displayName(), p.email(), enabled.contains(p.id()))));
        return found;
    }
}
