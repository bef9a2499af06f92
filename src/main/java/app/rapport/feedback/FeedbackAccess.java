package app.rapport.feedback;

import app.rapport.base.RuleViolation;
import app.rapport.pairing.RelationshipDirectory;
import app.rapport.pairing.RelationshipFacts;
import app.rapport.pairing.RelationshipStatus;
import app.rapport.program.ProgramDirectory;
import app.rapport.program.ProgramRef;
import app.rapport.security.CurrentUser;
import app.rapport.security.RapportUser;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with peer feedback on a relationship: the two parties, the program's
 * coordinators and admins read its rounds and ask; nobody else, the peers included. A stranger is
 * refused as if the relationship did not exist.
 */
@Component
class FeedbackAccess {

    private final RelationshipDirectory relationships;
    private final ProgramDirectory programs;

    FeedbackAccess(RelationshipDirectory relationships, ProgramDirectory programs) {
        this.relationships = relationships;
        this.programs = programs;
    }

    /** The caller and what they are to a relationship. */
    record Scope(RelationshipFacts relationship, ProgramRef program, long me, boolean party) {
    }

    /** To read a relationship's rounds; a relationship that never started has none. */
    Scope view(long relationshipId) {
        var scope = scope(relationshipId);
        var status = scope.relationship().status();
        if (!status.started()) {
            throw new AccessDeniedException("No such relationship");
        }
        return scope;
    }

    /** To ask for feedback: only while the relationship is active and its program open. */
    Scope ask(long relationshipId) {
        var scope = scope(relationshipId);
        if (scope.program().closed()) {
            throw new RuleViolation(null, "This program is closed; nobody can be asked for feedback any more.");
        }
        if (scope.relationship().status() != RelationshipStatus.ACTIVE) {
            throw new RuleViolation(null, "This relationship is "
                    + scope.relationship().status().label().toLowerCase(Locale.ROOT)
                    + "; feedback can be asked only while it is active.");
        }
        return scope;
    }

    /** Coordinators of the program and admins, for the program's oversight and settings. */
    ProgramRef oversee(long programId) {
        var me = CurrentUser.require();
        var program = programs.program(programId).orElseThrow(() -> new AccessDeniedException("No such program"));
        if (!oversees(me, programId)) {
            throw new AccessDeniedException("Not your program");
        }
        return program;
    }

    /** Every change to a round once asked needs its program open; a closed program's feedback is read-only. */
    void programOpen(long programId) {
        if (programs.program(programId).map(ProgramRef::closed).orElse(true)) {
            throw new RuleViolation(null, "This program is closed; its peer feedback is read-only.");
        }
    }

    private Scope scope(long relationshipId) {
        var me = CurrentUser.require();
        var relationship = relationships.find(relationshipId)
                .orElseThrow(() -> new AccessDeniedException("No such relationship"));
        boolean party = relationship.isParty(me.accountId());
        if (!party && !oversees(me, relationship.programId())) {
            throw new AccessDeniedException("No such relationship");
        }
        var program = programs.program(relationship.programId()).orElseThrow();
        return new Scope(relationship, program, me.accountId(), party);
    }

    private boolean oversees(RapportUser me, long programId) {
        return programs.runs(me, programId);
    }
}
