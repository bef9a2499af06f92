package app.rapport.security;

import app.rapport.security.domain.Account;
import app.rapport.security.domain.AccountRepository;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads an account with its roles as the principal Spring Security keeps. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public RapportUser loadUserByUsername(String email) {
        return accounts.findWithRolesByEmail(Emails.normalize(email)).map(AccountUserDetailsService::toUser)
                .orElseThrow(() -> new UsernameNotFoundException("no account"));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<RapportUser> loadById(long accountId) {
        return accounts.findWithRolesById(accountId).map(AccountUserDetailsService::toUser);
    }

    static RapportUser toUser(Account a) {
        return new RapportUser(a.getId(), a.getEmail(), a.getDisplayName(), a.getRoles(), a.isEnabled(),
                a.getPasswordHash());
    }
}
