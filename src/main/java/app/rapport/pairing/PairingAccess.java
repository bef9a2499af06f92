package app.rapport.pairing;

import app.rapport.base.RuleViolation;
import app.rapport.pairing.domain.PairingSettings;
import app.rapport.pairing.domain.PairingSettingsRepository;
import app.rapport.pairing.domain.Relationship;
import app.rapport.program.ProgramDirectory;
import app.rapport.program.ProgramRef;
import app.rapport.security.CurrentUser;
import java.time.Clock;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The object-level guard of the pairing feature: who may see or move a relationship (its two
 * parties, the program's coordinators, admins), whether the program may still change, and the
 * program's pairing lock.
 */
@Component
class PairingAccess {

    private final ProgramDirectory programs;
    private final PairingSettingsRepository settings;
    private final Clock clock;

    PairingAccess(ProgramDirectory programs, PairingSettingsRepository settings, Clock clock) {
        this.programs = programs;
        this.settings = settings;
        this.clock = clock;
    }

    boolean canManage(long programId) {
        return programs.runs(CurrentUser.require(), programId);
    }

    /** The program, when the caller coordinates it (or is an admin); otherwise as if it did not exist. */
    ProgramRef manageable(long programId) {
        var program = programs.program(programId).orElseThrow(() -> new AccessDeniedException("No such program"));
        if (!canManage(programId)) {
            throw new AccessDeniedException("Not a coordinator of this program");
        }
        return program;
    }

    /** A relationship the caller may see: a party, or a manager of its program. */
    void requireReader(Relationship r) {
        var me = CurrentUser.require();
        if (!isParty(r, me.accountId()) && !canManage(r.getProgramId())) {
            throw new AccessDeniedException("Not your relationship");
        }
    }

    static boolean isParty(Relationship r, long accountId) {
        return r.getMentorAccountId() == accountId || r.getMenteeAccountId() == accountId;
    }

    ProgramRef requireOpen(long programId) {
        var program = programs.program(programId).orElseThrow(() -> new AccessDeniedException("No such program"));
        if (program.closed()) {
            throw new RuleViolation(null, "This program is closed; its relationships can no longer change.");
        }
        return program;
    }

    /** The program's settings, unlocked; created with the defaults when missing. */
    PairingSettings settings(long programId) {
        return settings.findByProgramId(programId).orElseGet(() -> create(programId));
    }

    /**
     * Takes the program's pairing lock, held until the transaction ends, so that two changes
     * counting the same mentor's slots or mentee's relationships run one after the other.
     */
    PairingSettings lock(long programId) {
        return settings.lockByProgramId(programId).orElseGet(() -> {
            create(programId);
            return settings.lockByProgramId(programId).orElseThrow();
        });
    }

    private PairingSettings create(long programId) {
        try {
            return settings.saveAndFlush(new PairingSettings(programId, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            return settings.findByProgramId(programId).orElseThrow(() -> e);
        }
    }

    /** Settings for a new program, in the transaction that creates it. */
    @org.springframework.context.event.EventListener
    void on(app.rapport.program.ProgramCreated created) {
        settings(created.programId());
    }
}
