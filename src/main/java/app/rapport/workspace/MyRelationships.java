package app.rapport.workspace;

import app.rapport.base.Days;
import app.rapport.pairing.RelationshipDirectory;
import app.rapport.pairing.RelationshipFacts;
import app.rapport.pairing.RelationshipStatus;
import app.rapport.program.ProgramDirectory;
import app.rapport.security.AppRoles;
import app.rapport.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The caller's started relationships as the portal home shows them, with the next step for each. */
@Service
@Transactional(readOnly = true)
public class MyRelationships {

    private final RelationshipDirectory relationships;
    private final ProgramDirectory programs;
    private final WorkspaceProgress progress;
    private final Clock clock;

    MyRelationships(RelationshipDirectory relationships, ProgramDirectory programs, WorkspaceProgress progress,
            Clock clock) {
        this.relationships = relationships;
        this.programs = programs;
        this.progress = progress;
        this.clock = clock;
    }

    /** One relationship on the home page: the partner, the program, how long since they last met, what next. */
    public record Card(RelationshipFacts relationship, String programName, boolean asMentor, String partnerName,
            Long daysSinceLastInteraction, String nextStep) {
    }

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public List<Card> cards() {
        var me = CurrentUser.require().accountId();
        var started = relationships.started(me);
        if (started.isEmpty()) {
            return List.of();
        }
        var names = programs.programs(started.stream().map(RelationshipFacts::programId).distinct().toList());
        var today = Days.today(clock);
        return started.stream()
                .sorted(Comparator.comparing((RelationshipFacts r) -> r.status() != RelationshipStatus.ACTIVE))
                .map(r -> {
                    boolean asMentor = r.mentorAccountId() == me;
                    var program = names.get(r.programId());
                    var last = progress.lastInteraction(r.id());
                    Long days = last == null ? null : ChronoUnit.DAYS.between(last, today);
                    return new Card(r, program.name(), asMentor, asMentor ? r.menteeName() : r.mentorName(), days,
                            progress.nextStep(r, program, me, days));
                }).toList();
    }
}
