package app.rapport.security;

import app.rapport.base.DemoMode;
import app.rapport.security.domain.Account;
import app.rapport.security.domain.AccountRepository;
import java.time.Clock;
import java.util.List;
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
 * Gives a new workspace its first people: the demo accounts on the embedded database (or where
 * {@code RAPPORT_DEMO=true}), otherwise a first admin from {@code RAPPORT_ADMIN_EMAIL} and
 * {@code RAPPORT_ADMIN_PASSWORD}. Runs at start-up, does nothing when its accounts exist.
 */
@Component
@Order(0)
class WorkspaceBootstrap implements ApplicationRunner {

    static final String DEMO_PASSWORD = "rapport-demo";

    private static final Logger log = LoggerFactory.getLogger(WorkspaceBootstrap.class);

    private record DemoPerson(String email, String name, Set<Role> roles) {
    }

    private static final List<DemoPerson> DEMO_PEOPLE = List.of(
            new DemoPerson("admin@rapport.test", "Morgan Reyes", Set.of(Role.ADMIN)),
            new DemoPerson("coordinator@rapport.test", "Priya Natarajan", Set.of(Role.COORDINATOR)),
            new DemoPerson("mentor@rapport.test", "Daniel Okafor", Set.of(Role.PARTICIPANT)),
            new DemoPerson("mentee@rapport.test", "Lena Fischer", Set.of(Role.PARTICIPANT)),
            new DemoPerson("peer@rapport.test", "Sam Whitaker", Set.of(Role.PARTICIPANT)),
            new DemoPerson("amara.diallo@rapport.test", "Amara Diallo", Set.of(Role.PARTICIPANT)),
            new DemoPerson("jonas.berg@rapport.test", "Jonas Berg", Set.of(Role.PARTICIPANT)),
            new DemoPerson("mei.tanaka@rapport.test", "Mei Tanaka", Set.of(Role.PARTICIPANT, Role.COORDINATOR)),
            new DemoPerson("carlos.mendes@rapport.test", "Carlos Mendes", Set.of(Role.PARTICIPANT)),
            new DemoPerson("hannah.kim@rapport.test", "Hannah Kim", Set.of(Role.PARTICIPANT)));

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final FirstAdminProperties firstAdmin;
    private final DemoMode demoMode;
    private final TransactionTemplate transactions;
    private final Clock clock;

    WorkspaceBootstrap(AccountRepository accounts, PasswordEncoder encoder, FirstAdminProperties firstAdmin,
            DemoMode demoMode, TransactionTemplate transactions, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.firstAdmin = firstAdmin;
        this.demoMode = demoMode;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> {
            if (demoMode.enabled()) {
                seedDemo();
            }
            ensureFirstAdmin();
        });
    }


    private void seedDemo() {
        if (accounts.existsByEmail(DEMO_PEOPLE.get(0).email())) {
            return;
        }
        var hash = encoder.encode(DEMO_PASSWORD);
        DEMO_PEOPLE.forEach(p -> accounts.save(new Account(p.email(), p.name(), hash, p.roles(), clock.instant())));
        log.info("Demo workspace seeded: sign in as admin@rapport.test (and the others in README) "
                + "with password '{}'", DEMO_PASSWORD);
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
