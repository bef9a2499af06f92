package app.rapport.security;

import app.rapport.base.SignedInUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account as Spring Security holds it in the session. Immutable: when the account
 * changes, a fresh one replaces it at the next request.
 */
public final class RapportUser implements UserDetails, CredentialsContainer, SignedInUser {

    private final long accountId;
    private final String email;
    private final String displayName;
    private final Set<Role> roles;
    private final boolean enabled;
    private final String credentialsStamp;
    private String passwordHash;

    public RapportUser(long accountId, String email, String displayName, Set<Role> roles, boolean enabled,
            String passwordHash) {
        this.accountId = accountId;
        this.email = email;
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        this.enabled = enabled;
        this.credentialsStamp = stamp(passwordHash);
        this.passwordHash = passwordHash;
    }

    /**
     * A digest of the stored hash, kept after the credentials are erased: every change or reset of
     * the password writes a new (salted) hash, so a session whose stamp no longer matches the
     * database signed in with a password that is gone. The digest is no help to a cracker.
     */
    private static String stamp(String passwordHash) {
        if (passwordHash == null) {
            return "";
        }
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public long accountId() {
        return accountId;
    }

    @Override
    public String email() {
        return email;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Set<String> roleNames() {
        return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = roles.stream()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    /** Signed in with the password the account has now (not one changed or reset since). */
    boolean sameCredentialsAs(RapportUser other) {
        return credentialsStamp.equals(other.credentialsStamp);
    }

    /** Same account, same name, same roles, same status: nothing to refresh. */
    boolean sameAs(RapportUser other) {
        return accountId == other.accountId && enabled == other.enabled && email.equals(other.email)
                && displayName.equals(other.displayName) && roles.equals(other.roles);
    }

    @Override
    public String toString() {
        return "RapportUser[" + accountId + "]";
    }
}
