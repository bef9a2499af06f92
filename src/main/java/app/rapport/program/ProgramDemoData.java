package app.rapport.program;

import app.rapport.base.DemoSeeding;
import app.rapport.base.DemoStage;
import app.rapport.base.DemoStep;
import app.rapport.program.domain.Enrolment;
import app.rapport.program.domain.EnrolmentRepository;
import app.rapport.program.domain.ProgramRepository;
import app.rapport.security.Invitations;
import app.rapport.security.PeopleService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo program: "Spring 2026 Leadership Circle", coordinated by the demo coordinator, with 20
 * mentors and 40 mentees whose profiles are varied but reproducible (seeded). Made through the
 * same services a person would use, acting as the demo admin.
 */
@Component
class ProgramDemoData implements DemoStep {

    static final String PROGRAM = "Spring 2026 Leadership Circle";

    private static final Logger log = LoggerFactory.getLogger(ProgramDemoData.class);
    private static final List<String> FIRST = List.of("Aisha", "Bruno", "Chen", "Daria", "Emeka", "Freya", "Gabriel",
            "Hana", "Ivan", "Julia", "Kwame", "Laila", "Mateo", "Nadia", "Oscar", "Priyanka", "Quentin", "Rosa",
            "Stefan", "Tomoko", "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zara");
    private static final List<String> LAST = List.of("Abara", "Becker", "Castillo", "Dimitrov", "Eriksen", "Fontaine",
            "Gupta", "Haddad", "Ito", "Jovanovic", "Kaur", "Lindqvist", "Mwangi", "Novak", "Okoye", "Pereira",
            "Quinn", "Rossi", "Sato", "Tanaka", "Usman", "Varga", "Weber", "Yilmaz", "Zhou");
    private static final List<String> DEPARTMENTS = List.of("Engineering", "Sales", "Finance", "People", "Marketing",
            "Operations", "Legal", "Product", "Design", "Customer Success");
    private static final List<String> ZONES = List.of("Europe/Berlin", "Europe/London", "America/New_York",
            "America/Chicago", "Asia/Singapore", "Asia/Kolkata", "Australia/Sydney", "America/Sao_Paulo",
            "Europe/Madrid", "Africa/Lagos");
    private static final List<String> TOPICS = List.of("Negotiation", "Public speaking", "Hiring",
            "Stakeholder management", "Strategic planning", "Giving feedback", "Coaching", "Budgeting",
            "Product discovery", "Data storytelling", "Conflict resolution", "Career planning", "Delegation",
            "Time management", "Leading remote teams", "First-time management");
    private static final List<String> LANGUAGES = List.of("German", "Spanish", "French", "Portuguese", "Hindi",
            "Mandarin", "Japanese", "Swedish");

    private final ProgramRepository programs;
    private final ProgramService programService;
    private final ParticipantImport imports;
    private final PeopleService directory;
    private final EnrolmentRepository enrolments;
    private final ParticipantInvitations invitations;

    ProgramDemoData(ProgramRepository programs, ProgramService programService, ParticipantImport imports,
            PeopleService directory, EnrolmentRepository enrolments, ParticipantInvitations invitations) {
        this.enrolments = enrolments;
        this.invitations = invitations;
        this.programs = programs;
        this.programService = programService;
        this.imports = imports;
        this.directory = directory;
    }

    @Override
    public DemoStage stage() {
        return DemoStage.PROGRAM;
    }

    @Override
    public void seed(DemoSeeding.Demo demo) {
        if (programs.existsByNameIgnoreCase(PROGRAM)) {
            return;
        }
        var programId = demo.acting().as("admin@rapport.test", this::seed);
        demo.acting().as("coordinator@rapport.test", () -> invite(programId));
    }

    /**
     * The coordinator has invited all but the last ten imported people, so the Participants page
     * shows both states and the Mail page the invitations as sent.
     */
    private Invitations.Sent invite(long programId) {
        var imported = enrolments.findAll().stream().filter(e -> e.getProgramId() == programId)
                .filter(e -> !e.getPersonEmail().equals("mentor@rapport.test")
                        && !e.getPersonEmail().equals("mentee@rapport.test"))
                .map(Enrolment::getId).sorted().toList();
        return invitations.invite(programId, imported.subList(0, Math.max(0, imported.size() - 10)));
    }

    private long seed() {
        var coordinator = directory.findByEmail("coordinator@rapport.test").orElseThrow();
        var program = programService.create(new NewProgram(PROGRAM,
                "A six-month circle for new and aspiring leads: each mentee meets a senior colleague from "
                        + "another department every two to three weeks, works on two or three goals, and asks "
                        + "the people around them how the pair comes across.",
                LocalDate.of(2026, 5, 4), LocalDate.of(2027, 4, 30), Set.of(coordinator.id())));
        programService.advance(program.id(), program.version());
        var rows = people(new Random(2026));
        imports.apply(program.id(), new ImportPreview(null, List.of(), rows, rows.size(), 0, 0), p -> { });
        log.info("Demo program '{}' seeded with {} participants", PROGRAM, rows.size());
        return program.id();
    }

    /** 20 mentors and 40 mentees, the demo mentor and mentee among them. */
    static List<ParticipantRow> people(Random random) {
        var rows = new ArrayList<ParticipantRow>();
        rows.add(new ParticipantRow(0, "mentor@rapport.test", "Daniel Okafor", EnrolmentRole.MENTOR, 2,
                List.of("Negotiation", "Stakeholder management", "Hiring"), List.of("Coaching"), "Sales",
                "Europe/London", List.of("English")));
        rows.add(new ParticipantRow(0, "mentee@rapport.test", "Lena Fischer", EnrolmentRole.MENTEE, null,
                List.of("Data storytelling"), List.of("Negotiation", "Public speaking", "Hiring"), "Engineering",
                "Europe/Berlin", List.of("English", "German")));
        var used = new LinkedHashSet<String>();
        while (rows.size() < 60) {
            var first = FIRST.get(random.nextInt(FIRST.size()));
            var last = LAST.get(random.nextInt(LAST.size()));
            var email = (first + "." + last).toLowerCase() + "@rapport.test";
            if (!used.add(email)) {
                continue;
            }
            var mentor = rows.stream().filter(r -> r.role() == EnrolmentRole.MENTOR).count() < 20;
            var languages = new ArrayList<>(List.of("English"));
            if (random.nextInt(3) == 0) {
                languages.add(LANGUAGES.get(random.nextInt(LANGUAGES.size())));
            }
            rows.add(new ParticipantRow(0, email, first + " " + last,
                    mentor ? EnrolmentRole.MENTOR : EnrolmentRole.MENTEE, mentor ? 1 + random.nextInt(3) : null,
                    pick(random, mentor ? 3 + random.nextInt(3) : 1 + random.nextInt(2)),
                    pick(random, mentor ? 1 : 2 + random.nextInt(2)),
                    DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size())), ZONES.get(random.nextInt(ZONES.size())),
                    List.copyOf(languages)));
        }
        return rows;
    }

    private static List<String> pick(Random random, int count) {
        var chosen = new LinkedHashSet<String>();
        while (chosen.size() < count) {
            chosen.add(TOPICS.get(random.nextInt(TOPICS.size())));
        }
        return List.copyOf(chosen);
    }
}
