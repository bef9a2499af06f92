package app.rapport.security;

import app.rapport.security.domain.Account;
import app.rapport.security.domain.AccountRepository;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features may know and do about accounts: look people up, and bring people into the
 * workspace when a coordinator enrols them. Coordinators and admins only.
 */
@Service
@Transactional(readOnly = true)
public class PeopleService {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AuditLog auditLog;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    /**
     * The hash given to accounts created by a bulk import: a bcrypt hash of a secret nobody
     * keeps, so no password signs in, yet a sign-in attempt costs as much as for any account.
     */
    private final String unusablePasswordHash;

    PeopleService(AccountRepository accounts, PasswordEncoder encoder, AuditLog auditLog, JdbcTemplate jdbc,
            Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.clock = clock;
        var secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.unusablePasswordHash = encoder.encode(Base64.getEncoder().encodeToString(secret));
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    public List<PersonRef> coordinators() {
        return accounts.search(null, Role.COORDINATOR, PageRequest.of(0, 500, Sort.by("displayName"))).stream()
                .filter(Account::isEnabled).map(PeopleService::ref).toList();
    }

    @PreAuthorize(AppRoles.IS_STAFF)
    public List<PersonRef> search(String text, int limit) {
        var pattern = app.rapport.base.Like.containing(text);
        return accounts.search(pattern, null, PageRequest.of(0, limit, Sort.by("displayName"))).stream()
                .filter(Account::isEnabled).map(PeopleService::ref).toList();
    }

    @PreAuthorize(AppRoles.IS_STAFF)
    public Optional<PersonRef> findByEmail(String email) {
        return accounts.findByEmail(Emails.normalize(email)).map(PeopleService::ref);
    }

    /**
     * Enabled accounts whose name (never their email) contains {@code text}, except
     * {@code excluded}, by name: for a participant choosing colleagues to ask for feedback, who
     * may find a colleague by name without learning addresses. Blank text finds nobody.
     */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public List<PersonRef> searchEnabledByName(String text, Collection<Long> excluded, int limit) {
        var pattern = app.rapport.base.Like.containing(text);
        if (pattern == null) {
            return List.of();
        }
        var sql = new StringBuilder("select id, display_name, email from account where enabled = true"
                + " and lower(display_name) like ?");
        var args = new ArrayList<Object>(List.of(pattern));
        if (!excluded.isEmpty()) {
            sql.append(" and id not in (").append(placeholders(excluded.size())).append(")");
            args.addAll(excluded);
        }
        sql.append(" order by display_name, id limit ?");
        args.add(Math.max(1, limit));
        return jdbc.query(sql.toString(), (rs, n) -> new PersonRef(rs.getLong(1), rs.getString(2), rs.getString(3)),
                args.toArray());
    }

    /**
     * The account with exactly this email, for someone who already knows the address (a
     * participant asking a colleague outside their program): never a search.
     */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public Optional<Long> idOfEmail(String email) {
        return accounts.findByEmail(Emails.normalize(email)).map(Account::getId);
    }

    /** The ids among these that belong to an enabled account. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public Set<Long> enabled(Collection<Long> ids) {
        return accounts.findAllById(ids).stream().filter(Account::isEnabled).map(Account::getId)
                .collect(Collectors.toSet());
    }

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public Map<Long, PersonRef> people(Collection<Long> ids) {
        return accounts.findAllById(ids).stream().map(PeopleService::ref)
                .collect(Collectors.toMap(PersonRef::id, Function.identity()));
    }

    /** Account ids of those emails that have an account (emails normalised). */
    @PreAuthorize(AppRoles.IS_STAFF)
    public Map<String, Long> idsByEmail(Collection<String> emails) {
        var ids = new HashMap<String, Long>();
        var normalized = emails.stream().map(Emails::normalize).distinct().toList();
        for (var chunk : chunks(normalized, 1000)) {
            jdbc.query("select id, email from account where email in (" + placeholders(chunk.size()) + ")",
                    rs -> { ids.put(rs.getString(2), rs.getLong(1)); }, chunk.toArray());
        }
        return ids;
    }

    /**
     * The account with this email, created as a participant with a one-time password when it
     * does not exist yet; an existing account gains the participant role if it lacked it.
     */
    @PreAuthorize(AppRoles.IS_STAFF)
    @Transactional
    public EnsuredPerson ensurePerson(String email, String displayName) {
        var normalized = Emails.normalize(email);
        if (!Emails.isValid(normalized)) {
            throw new AccountRuleException("email", "Enter a valid email address");
        }
        var existing = accounts.findByEmail(normalized);
        if (existing.isPresent()) {
            grantParticipant(existing.get());
            return new EnsuredPerson(ref(existing.get()), false, null);
        }
        if (displayName == null || displayName.isBlank()) {
            throw new AccountRuleException("displayName", "Enter a name");
        }
        if (displayName.strip().length() > AccountSummary.DISPLAY_NAME_MAX) {
            throw new AccountRuleException("displayName", "Use at most 100 characters");
        }
        var password = PasswordPolicy.generate();
        var account = accounts.saveAndFlush(new Account(normalized, displayName, encoder.encode(password),
                EnumSet.of(Role.PARTICIPANT), clock.instant()));
        auditLog.record(AuditEventType.ACCOUNT_CREATED, account.getId(), CurrentUser.require().accountId(),
                normalized, "enrolled by a coordinator");
        return new EnsuredPerson(ref(account), true, password);
    }

    /**
     * Bulk form of {@link #ensurePerson} for imports: one statement batch, no passwords (the new
     * accounts get one from an admin's reset). Returns the account id of every email given.
     */
    @PreAuthorize(AppRoles.IS_STAFF)
    @Transactional
    public Map<String, Long> ensurePeople(Map<String, String> namesByEmail) {
        var ids = new HashMap<String, Long>();
        var normalized = new HashMap<String, String>();
        namesByEmail.forEach((email, name) -> normalized.put(Emails.normalize(email), name));
        for (var chunk : chunks(new ArrayList<>(normalized.keySet()), 1000)) {
            jdbc.query("select id, email from account where email in (" + placeholders(chunk.size()) + ")",
                    rs -> { ids.put(rs.getString(2), rs.getLong(1)); }, chunk.toArray());
        }
        var missing = normalized.keySet().stream().filter(e -> !ids.containsKey(e)).sorted().toList();
        var now = Timestamp.from(clock.instant());
        jdbc.batchUpdate("insert into account (email, display_name, password_hash, enabled, created_at, updated_at, "
                + "version) values (?, ?, ?, true, ?, ?, 0)", missing, 500, (ps, email) -> {
                    ps.setString(1, email);
                    ps.setString(2, normalized.get(email).strip());
                    ps.setString(3, unusablePasswordHash);
                    ps.setTimestamp(4, now);
                    ps.setTimestamp(5, now);
                });
        for (var chunk : chunks(missing, 1000)) {
            jdbc.query("select id, email from account where email in (" + placeholders(chunk.size()) + ")",
                    rs -> { ids.put(rs.getString(2), rs.getLong(1)); }, chunk.toArray());
        }
        // Everyone enrolled needs the participant role to reach the portal.
        var lacking = new ArrayList<Long>();
        for (var chunk : chunks(new ArrayList<>(ids.values()), 1000)) {
            jdbc.query("select a.id from account a where a.id in (" + placeholders(chunk.size()) + ") and not exists "
                    + "(select 1 from account_role r where r.account_id = a.id and r.role = 'PARTICIPANT')",
                    rs -> { lacking.add(rs.getLong(1)); }, chunk.toArray());
        }
        jdbc.batchUpdate("insert into account_role (account_id, role) values (?, 'PARTICIPANT')", lacking, 500,
                (ps, id) -> ps.setLong(1, id));
        var actor = CurrentUser.require().accountId();
        jdbc.batchUpdate("insert into security_audit_event (occurred_at, event_type, account_id, actor_account_id, "
                + "email, detail, version) values (?, 'ACCOUNT_CREATED', ?, ?, ?, 'created by a participant import', 0)",
                missing, 500, (ps, email) -> {
                    ps.setTimestamp(1, now);
                    ps.setLong(2, ids.get(email));
                    ps.setLong(3, actor);
                    ps.setString(4, email);
                });
        return ids;
    }

    private void grantParticipant(Account account) {
        if (!account.getRoles().contains(Role.PARTICIPANT)) {
            var roles = EnumSet.copyOf(account.getRoles());
            roles.add(Role.PARTICIPANT);
            auditLog.record(AuditEventType.ROLE_CHANGE, account.getId(), CurrentUser.require().accountId(),
                    account.getEmail(), "participant role added at enrolment");
            account.changeRoles(roles, clock.instant());
        }
    }

    private static <T> List<List<T>> chunks(List<T> list, int size) {
        var result = new ArrayList<List<T>>();
        for (int i = 0; i < list.size(); i += size) {
            result.add(list.subList(i, Math.min(list.size(), i + size)));
        }
        return result;
    }

    private static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    static PersonRef ref(Account a) {
        return new PersonRef(a.getId(), a.getDisplayName(), a.getEmail());
    }
}
