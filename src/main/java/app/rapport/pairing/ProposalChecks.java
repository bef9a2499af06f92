package app.rapport.pairing;

import app.rapport.base.RuleViolation;
import app.rapport.pairing.domain.PairingSettings;
import app.rapport.pairing.domain.Relationship;
import app.rapport.pairing.domain.RelationshipRepository;
import app.rapport.program.EnrolmentRef;
import app.rapport.program.EnrolmentRole;
import app.rapport.program.ProgramDirectory;
import app.rapport.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The rules a pairing must keep, each refusal saying why: who may be paired at all, and whether a
 * mentor and a mentee still have room. Called under the program's pairing lock, so the counts it
 * reads cannot change before the caller writes.
 */
@Component
class ProposalChecks {

    private final RelationshipRepository relationships;
    private final ProgramDirectory programs;
    private final Clock clock;

    ProposalChecks(RelationshipRepository relationships, ProgramDirectory programs, Clock clock) {
        this.relationships = relationships;
        this.programs = programs;
        this.clock = clock;
    }

    /** The two parties of an allowed new pair and their match. */
    record Checked(EnrolmentRef mentor, EnrolmentRef mentee, Match match) {
    }

    /** Every rule of a new pairing; a pair whose relationship ended early passes only when confirmed. */
    Checked newPair(long programId, PairingSettings settings, long mentorEnrolmentId, long menteeEnrolmentId,
            boolean againAfterEarlyEnd) {
        var mentor = party(programId, mentorEnrolmentId, EnrolmentRole.MENTOR);
        var mentee = party(programId, menteeEnrolmentId, EnrolmentRole.MENTEE);
        if (mentor.accountId() == mentee.accountId()) {
            throw new RuleViolation("mentor", "A person cannot mentor themselves");
        }
        if (relationships.existsOpenPair(mentor.id(), mentee.id())) {
            throw new RuleViolation("mentor", mentor.name() + " and " + mentee.name()
                    + " already have an open relationship in this program");
        }
        if (relationships.declinedBefore(mentor.id(), mentee.id())) {
            throw new RuleViolation("mentor", "A pairing of " + mentor.name() + " and " + mentee.name()
                    + " was declined before; choose someone else");
        }
        if (!againAfterEarlyEnd) {
            relationships.findFirstByMentorEnrolmentIdAndMenteeEnrolmentIdAndStatusOrderByClosedAtDesc(mentor.id(),
                    mentee.id(), RelationshipStatus.ENDED).ifPresent(ended -> {
                        throw new RuleViolation("mentor", "The relationship of " + mentor.name() + " and "
                                + mentee.name() + " ended early before (“" + ended.getCloseReason()
                                + "”); propose them again only after confirming it");
                    });
        }
        long open = relationships.countByMentor(mentor.id(), RelationshipService.OPEN);
        if (open > capacity(mentor)) {
            throw new RuleViolation("mentor", mentor.name() + " is over capacity (" + open
                    + " open relationships for " + slots(capacity(mentor))
                    + "); nobody can be proposed to them until some end or their capacity is raised");
        }
        if (open == capacity(mentor)) {
            throw new RuleViolation("mentor", mentor.name() + " has no free slot (" + open + " of "
                    + capacity(mentor) + " taken)");
        }
        menteeRoom(settings, mentee);
        var match = matchOf(settings, mentor.id(), mentee.id());
        if (!match.allowed()) {
            throw new RuleViolation("mentor", "This program's matching rules exclude this pair: "
                    + match.exclusion().toLowerCase(Locale.ROOT));
        }
        return new Checked(mentor, mentee, match);
    }

    /** Refuses to start a relationship when the mentor's slots filled up meanwhile. */
    void roomToStart(EnrolmentRef mentor, boolean asMentor) {
        long active = relationships.countByMentor(mentor.id(), RelationshipService.ACTIVE);
        long open = relationships.countByMentor(mentor.id(), RelationshipService.OPEN);
        if (active >= capacity(mentor) && open > capacity(mentor)) {
            throw new RuleViolation(null, asMentor
                    ? "You are over capacity: " + open + " open relationships for " + slots(capacity(mentor))
                            + ", " + active + " of them active, so no more can start. Ask your coordinator to "
                            + "raise your capacity."
                    : mentor.name() + " has no free mentoring slot any more: they are over capacity (" + open
                            + " open relationships for " + slots(capacity(mentor)) + "). Your coordinator can "
                            + "propose someone else.");
        }
        if (active >= capacity(mentor)) {
            throw new RuleViolation(null, asMentor
                    ? "All your mentoring slots are taken now (" + active + " of " + capacity(mentor)
                            + "): another pairing started first. Ask your coordinator to raise your capacity."
                    : mentor.name() + " has no free mentoring slot any more: another pairing started first. "
                            + "Your coordinator can propose someone else.");
        }
    }

    private EnrolmentRef party(long programId, long enrolmentId, EnrolmentRole role) {
        var field = role == EnrolmentRole.MENTOR ? "mentor" : "mentee";
        var enrolment = programs.enrolment(enrolmentId)
                .filter(e -> e.programId() == programId)
                .orElseThrow(() -> new RuleViolation(field, "This person is not enrolled in the program"));
        if (enrolment.role() != role) {
            throw new RuleViolation(field, enrolment.name() + " is enrolled as a "
                    + enrolment.role().name().toLowerCase(Locale.ROOT) + ", not as a " + field);
        }
        if (!enrolment.active()) {
            throw new RuleViolation(field, enrolment.name() + " has withdrawn from the program");
        }
        return enrolment;
    }

    private static int capacity(EnrolmentRef mentor) {
        return mentor.capacity() == null ? 0 : mentor.capacity();
    }

    private static String slots(int capacity) {
        return capacity == 1 ? "1 slot" : capacity + " slots";
    }

    /** Refuses when the mentee already has as many active relationships as the program allows. */
    void menteeRoom(PairingSettings settings, EnrolmentRef mentee) {
        long active = relationships.countByMentee(mentee.id(), RelationshipService.ACTIVE);
        if (active >= settings.getMenteeActiveMax()) {
            var who = CurrentUser.require().accountId() == mentee.accountId() ? "You already have"
                    : mentee.name() + " already has";
            throw new RuleViolation("mentee", who + (active == 1 ? " an active relationship" : " " + active
                    + " active relationships") + " in this program, the most it allows");
        }
    }

    private Match matchOf(PairingSettings settings, long mentorEnrolmentId, long menteeEnrolmentId) {
        var mentor = programs.profile(mentorEnrolmentId).orElseThrow();
        var mentee = programs.profile(menteeEnrolmentId).orElseThrow();
        return MatchScore.score(MatchProfile.of(mentee), MatchProfile.of(mentor), settings.weights(),
                clock.instant(), false);
    }

    static String reasons(List<String> reasons) {
        var joined = String.join("\n", reasons);
        return joined.length() <= Relationship.MATCH_REASONS_MAX ? joined
                : joined.substring(0, Relationship.MATCH_REASONS_MAX);
    }
}
