package app.rapport.loaddata;

import app.rapport.base.ActingAs;
import app.rapport.program.ProgramService;
import app.rapport.progress.ProgressService;
import app.rapport.security.AccountService;
import app.rapport.security.FirstAdminProperties;
import app.rapport.security.NewAccount;
import app.rapport.security.PersonRef;
import app.rapport.security.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * With the Spring profile {@code loaddata}: fills the database once with the load test's workspace
 * ({@link LoadDataGenerator}, spec from {@link LoadDataProperties}), so that the one command that
 * runs a load test needs nothing else. Runs after the first admin exists and before the app is
 * ready, so the load never meets a half-written workspace. As that admin ({@code RAPPORT_ADMIN_EMAIL})
 * it gives the program more coordinators and rebuilds the progress metrics, the way an admin would
 * in the app; without an admin both are skipped and the start-up rebuild does the metrics later, in
 * the background.
 *
 * <p>It leaves the accounts for the simulations in {@code participants.csv} (every mentee, and every
 * mentor once, with an active relationship) and {@code coordinators.csv} in the feeder directory.
 * When both files exist and their program is still in the database, it does nothing: a restart on
 * the same database reuses the workspace.
 */
@Component
@Profile("loaddata")
@Order(100)
class LoadDataRunner implements ApplicationRunner {

    static final String PARTICIPANTS = "participants.csv";
    static final String COORDINATORS = "coordinators.csv";

    private static final Logger log = LoggerFactory.getLogger(LoadDataRunner.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final PasswordEncoder encoder;
    private final ActingAs acting;
    private final AccountService accounts;
    private final ProgramService programs;
    private final ProgressService progress;
    private final FirstAdminProperties admin;
    private final LoadDataProperties properties;

    LoadDataRunner(DataSource dataSource, Clock clock, PasswordEncoder encoder, UserDetailsService users,
            AccountService accounts, ProgramService programs, ProgressService progress, FirstAdminProperties admin,
            LoadDataProperties properties) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
        this.encoder = encoder;
        this.acting = new ActingAs(users);
        this.accounts = accounts;
        this.programs = programs;
        this.progress = progress;
        this.admin = admin;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        var dir = properties.feederDir().toAbsolutePath();
        var existing = existingProgram(dir);
        if (existing.isPresent()) {
            log.info("Load data already in place: program {} with the accounts in {}; nothing generated",
                    existing.get(), dir);
            return;
        }
        var spec = properties.spec();
        log.info("Generating load data: {}", spec);
        var result = new LoadDataGenerator(dataSource, clock, encoder.encode(properties.password())).generate(spec);
        log.info("Load data written in {} ms: program {} ({}), rows {}", result.elapsedMillis(), result.programId(),
                result.programName(), result.rows());
        var coordinators = new ArrayList<>(List.of(result.coordinatorEmail()));
        if (admin.email() == null) {
            log.warn("No RAPPORT_ADMIN_EMAIL: the program keeps one coordinator, and progress is rebuilt by the "
                    + "start-up job in the background");
        } else {
            try {
                acting.as(admin.email(), () -> {
                    coordinators.addAll(moreCoordinators(result));
                    var report = progress.rebuild();
                    log.info("Progress rebuilt for {} relationships in {} ms", report.relationships(),
                            report.took().toMillis());
                    return null;
                });
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
        writeFeeders(dir, result.programId(), coordinators);
    }

    /** The program of the feeder files, when they exist and it is still in the database. */
    private Optional<Long> existingProgram(Path dir) {
        var participants = dir.resolve(PARTICIPANTS);
        var coordinators = dir.resolve(COORDINATORS);
        if (!Files.isRegularFile(participants) || !Files.isRegularFile(coordinators)) {
            return Optional.empty();
        }
        try (var lines = Files.lines(coordinators, StandardCharsets.UTF_8)) {
            var programId = lines.skip(1).findFirst().map(line -> Long.parseLong(line.split(",")[2].strip()));
            return programId.filter(id -> jdbc.sql("SELECT COUNT(*) FROM program WHERE id = ?").param(id)
                    .query(Long.class).single() > 0);
        } catch (IOException | RuntimeException e) {
            log.warn("Feeder files in {} unreadable ({}); generating afresh", dir, e.getMessage());
            return Optional.empty();
        }
    }

    /** Coordinator accounts 2..n, made and appointed through the services as the admin. */
    private List<String> moreCoordinators(LoadDataResult result) {
        var emails = new ArrayList<String>();
        var ids = new HashSet<Long>();
        for (int n = 2; n <= properties.coordinators(); n++) {
            var email = String.format(Locale.ROOT, "c%02d.%s%s", n, result.runTag(), LoadDataGenerator.DOMAIN);
            var created = accounts.create(new NewAccount(email, "Load Coordinator " + n, Set.of(Role.COORDINATOR),
                    properties.password()));
            ids.add(created.account().id());
            emails.add(email);
        }
        if (!ids.isEmpty()) {
            var program = programs.get(result.programId());
            program.coordinators().stream().map(PersonRef::id).forEach(ids::add);
            programs.setCoordinators(program.id(), program.version(), ids);
        }
        return emails;
    }

    /** Written to a temporary file and moved, coordinators last: their file marks a complete set. */
    private void writeFeeders(Path dir, long programId, List<String> coordinators) {
        var rows = jdbc.sql("""
                SELECT r.id, mentee.email AS mentee_email, mentor.email AS mentor_email
                FROM relationship r
                JOIN account mentee ON mentee.id = r.mentee_account_id
                JOIN account mentor ON mentor.id = r.mentor_account_id
                WHERE r.program_id = ? AND r.status = 'ACTIVE'
                ORDER BY r.id""").param(programId)
                .query((rs, i) -> new ActivePair(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
        var password = properties.password();
        var participants = new ArrayList<String>();
        participants.add("email,password,relationshipId,programId,role");
        var mentors = new LinkedHashSet<String>();
        for (var pair : rows) {
            participants.add(String.join(",", pair.menteeEmail(), password, Long.toString(pair.id()),
                    Long.toString(programId), "mentee"));
            if (mentors.add(pair.mentorEmail())) {
                participants.add(String.join(",", pair.mentorEmail(), password, Long.toString(pair.id()),
                        Long.toString(programId), "mentor"));
            }
        }
        var coordinatorRows = new ArrayList<String>();
        coordinatorRows.add("email,password,programId");
        coordinatorRows.addAll(coordinators.stream().map(email -> String.join(",", email, password,
                Long.toString(programId))).toList());
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(dir.resolve(COORDINATORS));
            write(dir.resolve(PARTICIPANTS), participants);
            write(dir.resolve(COORDINATORS), coordinatorRows);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the feeder files to " + dir, e);
        }
        log.info("Feeder files in {}: {} participants with an active relationship, {} coordinators", dir,
                participants.size() - 1, coordinators.size());
    }

    private static void write(Path target, List<String> lines) throws IOException {
        var temporary = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(temporary, lines, StandardCharsets.UTF_8);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private record ActivePair(long id, String menteeEmail, String mentorEmail) {
    }
}
