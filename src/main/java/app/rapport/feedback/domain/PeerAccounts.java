package app.rapport.feedback.domain;

import app.rapport.program.ProgramDirectory;
import app.rapport.security.PeopleService;
import app.rapport.security.PersonRef;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Accounts as peer feedback needs them: searched by any participant who may ask (within the
 * program's people, or by a whole email address), and with their enabled flag, through the
 * security and program features' directories. The service checks access first.
 */
@Component
public class PeerAccounts {

    /** An account's id, name, email (null where the searcher may not learn it) and whether it may sign in. */
    public record PeerAccount(long id, String name, String email, boolean enabled) {
    }

    /** Display names by account id; an id without an account is shown as "Someone". */
    public record Names(Map<Long, String> byId) {

        public String of(Long accountId) {
            return byId.getOrDefault(accountId, "Someone");
        }
    }

    private final PeopleService directory;
    private final ProgramDirectory programs;

    PeerAccounts(PeopleService directory, ProgramDirectory programs) {
        this.directory = directory;
        this.programs = programs;
    }

    /**
     * Enabled accounts, except {@code excluded}, by name: the program's people whose name or email
     * contains {@code text} (any case), with their email; anyone else whose name contains it,
     * without their email (a colleague found by name, not an address book); and whoever has
     * {@code text} as their whole email address, with it.
     */
    public List<PeerAccount> candidates(long programId, String text, Collection<Long> excluded, int limit) {
        var needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        var inProgram = new LinkedHashSet<>(programs.people(programId, needle, limit + excluded.size()));
        var ids = new LinkedHashSet<>(inProgram);
        var known = new HashSet<Long>();
        if (needle.contains("@")) {
            directory.idOfEmail(needle).ifPresent(id -> {
                ids.add(id);
                known.add(id);
            });
        }
        directory.searchEnabledByName(needle, excluded, limit).forEach(p -> ids.add(p.id()));
        ids.removeAll(excluded);
        if (ids.isEmpty()) {
            return List.of();
        }
        var enabled = directory.enabled(ids);
        return directory.people(ids).values().stream()
                .filter(p -> enabled.contains(p.id()))
                .filter(p -> known.contains(p.id()) || p.displayName().toLowerCase(Locale.ROOT).contains(needle)
                        || (inProgram.contains(p.id()) && p.email().toLowerCase(Locale.ROOT).contains(needle)))
                .sorted(Comparator.comparing(PersonRef::displayName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(PersonRef::id))
                .limit(limit)
                .map(p -> new PeerAccount(p.id(), p.displayName(),
                        inProgram.contains(p.id()) || known.contains(p.id()) ? p.email() : null, true))
                .toList();
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

    /** The display names of those accounts. */
    public Names names(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return new Names(Map.of());
        }
        return new Names(directory.people(new HashSet<>(ids)).values().stream()
                .collect(Collectors.toMap(PersonRef::id, PersonRef::displayName)));
    }
}
