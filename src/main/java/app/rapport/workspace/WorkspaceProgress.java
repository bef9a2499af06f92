package app.rapport.workspace;

import app.rapport.base.Days;
import app.rapport.pairing.RelationshipFacts;
import app.rapport.pairing.RelationshipStatus;
import app.rapport.program.ProgramRef;
import app.rapport.workspace.domain.CheckinItemRepository;
import app.rapport.workspace.domain.InteractionItemRepository;
import app.rapport.workspace.domain.KickoffItemRepository;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a relationship stands for one of its parties, for the home page: the day of the last
 * interaction and the one next step that matters most (kick-off first, then meeting, then the
 * check-in of the current period). The caller has already checked who may know.
 */
@Component
@Transactional(readOnly = true)
class WorkspaceProgress {

    private final InteractionItemRepository interactions;
    private final KickoffItemRepository kickoffs;
    private final CheckinItemRepository checkins;
    private final Clock clock;

    WorkspaceProgress(InteractionItemRepository interactions, KickoffItemRepository kickoffs,
            CheckinItemRepository checkins, Clock clock) {
        this.interactions = interactions;
        this.kickoffs = kickoffs;
        this.checkins = checkins;
        this.clock = clock;
    }

    LocalDate lastInteraction(long relationshipId) {
        return interactions.lastDate(relationshipId).orElse(null);
    }

    String nextStep(RelationshipFacts r, ProgramRef program, long accountId, Long daysSinceLast) {
        if (r.status() != RelationshipStatus.ACTIVE) {
            return null;
        }
        var side = r.mentorAccountId() == accountId ? Side.MENTOR : Side.MENTEE;
        if (kickoffs.findByRelationshipId(r.id()).stream().noneMatch(k -> k.getSide() == side)) {
            return "write your kick-off: what you want from this relationship.";
        }
        if (daysSinceLast == null) {
            return "log your first meeting.";
        }
        if (daysSinceLast > program.stallThresholdDays()) {
            return "it has been a while; try a short call or a walk.";
        }
        var today = Days.today(clock);
        var period = CheckinPeriod.of(Days.of(r.startedAt()), program.checkinCadenceDays(),
                today);
        if (checkins.findByRelationshipIdAndSideAndPeriodStart(r.id(), side, period.start()).isEmpty()) {
            return "check in for " + period.label() + ".";
        }
        return "plan your next meeting.";
    }
}
