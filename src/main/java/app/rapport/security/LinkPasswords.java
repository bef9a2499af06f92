package app.rapport.security;

import app.rapport.security.domain.Account;
import app.rapport.security.domain.AccountRepository;
import java.time.Clock;
import java.util.function.Function;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A password chosen through an emailed link (a reset link, an invitation): the link must be valid
 * and its account enabled, the password meets the policy before the link is spent, so a weak one
 * costs nothing, and the link is then used up. Runs in its caller's transaction, which also
 * records what the link was for.
 */
@Component
class LinkPasswords {

    private final AccountRepository accounts;
    private final LinkTokens links;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    LinkPasswords(AccountRepository accounts, LinkTokens links, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    LinkState state(LinkPurpose purpose, String token) {
        return links.state(purpose, token);
    }

    /**
     * Sets the password of the link's owner and uses the link up; returns the account. Every
     * session of the account ends at its next request (AccountStatusFilter sees the new hash).
     */
    Account choose(LinkPurpose purpose, String token, String newPassword, Function<LinkState, String> refusal) {
        var state = links.state(purpose, token);
        if (state != LinkState.VALID) {
            throw new AccountRuleException(null, refusal.apply(state));
        }
        var owner = links.owner(purpose, token).flatMap(accounts::findById)
                .orElseThrow(() -> new AccountRuleException(null, refusal.apply(LinkState.UNKNOWN)));
        if (!owner.isEnabled()) {
            throw new AccountRuleException(null, "This account is disabled. Ask an administrator.");
        }
        PasswordPolicy.problem(newPassword, owner.getEmail()).ifPresent(p -> {
            throw new AccountRuleException("newPassword", p);
        });
        // Two tabs racing with one link: only the first use finds it unused.
        var opened = links.use(purpose, token)
                .orElseThrow(() -> new AccountRuleException(null, refusal.apply(LinkState.USED)));
        var account = accounts.findById(opened.accountId()).orElseThrow();
        account.changePasswordHash(passwordEncoder.encode(newPassword), clock.instant());
        // The password is chosen: a reset link or an invitation still out must not choose another.
        links.revoke(LinkPurpose.PASSWORD_RESET, account.getId());
        links.revoke(LinkPurpose.INVITATION, account.getId());
        try {
            return accounts.saveAndFlush(account);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEditException();
        }
    }
}
