package app.rapport.security;

import app.rapport.base.DemoSeeding;
import app.rapport.security.domain.Account;
import app.rapport.security.domain.AccountRepository;
import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives a workspace without an admin its first one, from {@code RAPPORT_ADMIN_EMAIL} and
 * {@code RAPPORT_ADMIN_PASSWORD}. Runs at start-up right after the demo workspace (whose people
 * include an admin), and does nothing while an enabled admin exists.
 */
@Component
@Order(DemoSeeding.ORDER + 1)
class AccountBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final FirstAdminProperties firstAdmin;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AccountBootstrap(AccountRepository accounts, PasswordEncoder encoder, FirstAdminProperties firstAdmin,
            TransactionTemplate transactions, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.firstAdmin = firstAdmin;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> ensureFirstAdmin());
    }

    private void ensureFirstAdmin() {
        if (accounts.countEnabledWithRole(Role.ADMIN) > 0) {
            return;
        }
        var admin = firstAdmin;
        if (admin.email() == null || admin.password() == null) {
            log.warn("No admin account exists. Set RAPPORT_ADMIN_EMAIL and RAPPORT_ADMIN_PASSWORD and restart "
                    + "to create the first one.");
            return;
        }
        if (!Emails.isValid(admin.email())) {
            throw new IllegalStateException("RAPPORT_ADMIN_EMAIL is not a valid email address");
        }
        PasswordPolicy.problem(admin.password(), admin.email()).ifPresent(problem -> {
            throw new IllegalStateException("RAPPORT_ADMIN_PASSWORD is not acceptable: " + problem);
        });
        if (accounts.existsByEmail(Emails.normalize(admin.email()))) {
            throw new IllegalStateException("RAPPORT_ADMIN_EMAIL belongs to an account that is not an enabled admin; "
                    + "fix it in the database or choose another email");
        }
        accounts.save(new Account(admin.email(), "Administrator", encoder.encode(admin.password()),
                Set.of(Role.ADMIN), clock.instant()));
        log.info("First admin account created for {}", Emails.normalize(admin.email()));
    }
}
