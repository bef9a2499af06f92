package app.rapport.security;

import app.rapport.security.domain.LinkToken;
import app.rapport.security.domain.LinkTokenRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tokens of links sent by email. A token is 256 random bits, given out once and kept only as
 * its SHA-256 digest; it opens one purpose for one account, until it expires or is used, and a new
 * token for the same account and purpose replaces the older ones. Holding the token is the
 * credential, so callers are the services of the flows that send links (password reset,
 * invitations), never views.
 */
@Component
public class LinkTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();
    /** Tokens are 43 characters; anything far off that is no token and is not even looked up. */
    private static final int TOKEN_MAX = 64;

    private final LinkTokenRepository tokens;
    private final Clock clock;

    LinkTokens(LinkTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A token just made: the text for the link, shown once, and when it stops working. */
    public record Issued(long id, String token, Instant expiresAt) {
    }

    /** A token that opened its link: the account it belongs to. */
    public record Opened(long accountId) {
    }

    /** A new link for the account, replacing any unused one of the same purpose; in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Issued issue(LinkPurpose purpose, long accountId, Duration validFor) {
        var now = clock.instant();
        revoke(purpose, accountId);
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var token = URL_SAFE.encodeToString(bytes);
        var saved = tokens.save(new LinkToken(purpose, accountId, digest(token), now, now.plus(validFor)));
        return new Issued(saved.getId(), token, saved.getExpiresAt());
    }

    /** Ends every unused link of this purpose for the account; in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void revoke(LinkPurpose purpose, long accountId) {
        var now = clock.instant();
        tokens.findByAccountIdAndPurposeAndUsedAtIsNull(accountId, purpose).forEach(old -> old.use(now));
    }

    /** Whether the token would open a link of this purpose now; a token of another purpose is unknown. */
    @Transactional(readOnly = true)
    public LinkState state(LinkPurpose purpose, String token) {
        return find(purpose, token).map(this::state).orElse(LinkState.UNKNOWN);
    }

    /** The account a token of this purpose opens now, without using it; empty when it would not open. */
    @Transactional(readOnly = true)
    public Optional<Long> owner(LinkPurpose purpose, String token) {
        return find(purpose, token).filter(t -> state(t) == LinkState.VALID).map(LinkToken::getAccountId);
    }

    /**
     * Uses the token, once: a second use, even one racing this one, is refused. Empty when the
     * token does not open a link of this purpose now (see {@link #state}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Opened> use(LinkPurpose purpose, String token) {
        var found = find(purpose, token).filter(t -> state(t) == LinkState.VALID);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var link = found.get();
        link.use(clock.instant());
        try {
            tokens.saveAndFlush(link);
        } catch (OptimisticLockingFailureException e) {
            return Optional.empty();
        }
        return Optional.of(new Opened(link.getAccountId()));
    }

    private Optional<LinkToken> find(LinkPurpose purpose, String token) {
        if (token == null || token.isBlank() || token.length() > TOKEN_MAX) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(digest(token)).filter(t -> t.getPurpose() == purpose);
    }

    private LinkState state(LinkToken link) {
        if (link.isUsed()) {
            return LinkState.USED;
        }
        return clock.instant().isBefore(link.getExpiresAt()) ? LinkState.VALID : LinkState.EXPIRED;
    }

    static String digest(String token) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
