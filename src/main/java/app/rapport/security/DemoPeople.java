package app.rapport.security;

import app.rapport.base.DemoSeeding;
import app.rapport.base.DemoStage;
import app.rapport.base.DemoStep;
import app.rapport.security.domain.Account;
import app.rapport.security.domain.AccountRepository;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo's people, one per role and a few more, all signing in with the demo password. */
@Component
class DemoPeople implements DemoStep {

    static final String DEMO_PASSWORD = "rapport-demo";

    private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);

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
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoPeople(AccountRepository accounts, PasswordEncoder encoder, TransactionTemplate transactions, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public DemoStage stage() {
        return DemoStage.PEOPLE;
    }

    @Override
    public void seed(DemoSeeding.Demo demo) {
        transactions.executeWithoutResult(status -> seedDemo());
    }

    private void seedDemo() {
        if (accounts.existsByEmail(DEMO_PEOPLE.get(0).email())) {
            return;
        }
        var hash = encoder.encode(DEMO_PASSWORD);
        // The demo people know their password: they count as joined, so nobody invites them.
        DEMO_PEOPLE.forEach(p -> accounts.markFirstSignIn(
                accounts.save(new Account(p.email(), p.name(), hash, p.roles(), clock.instant())).getId(),
                clock.instant()));
        log.info("Demo workspace seeded: sign in as admin@rapport.test (and the others in README) "
                + "with password '{}'", DEMO_PASSWORD);
    }
}
