package app.rapport.program;

import app.rapport.base.RuleViolation;
import app.rapport.program.domain.Program;
import app.rapport.program.domain.ProgramRepository;
import app.rapport.security.CurrentUser;
import app.rapport.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The object-level guard of the program feature: is the caller an admin, or a coordinator of
 * this program? And may the program still change?
 */
@Component
class ProgramAccess {

    private final ProgramRepository programs;
    private final ProgramDirectory directory;

    ProgramAccess(ProgramRepository programs, ProgramDirectory directory) {
        this.programs = programs;
        this.directory = directory;
    }

    boolean isAdmin() {
        return CurrentUser.get().map(u -> u.hasRole(Role.ADMIN)).orElse(false);
    }

    boolean canManage(long programId) {
        return directory.runs(CurrentUser.require(), programId);
    }

    /** The program, when the caller may manage it; otherwise the same refusal as for a missing one. */
    Program manageable(long programId) {
        var program = programs.findById(programId).orElseThrow(() -> new AccessDeniedException("No such program"));
        if (!canManage(programId)) {
            throw new AccessDeniedException("Not a coordinator of this program");
        }
        return program;
    }

    /** As {@link #manageable}, and open for changes (not closed). */
    Program changeable(long programId) {
        return requireOpen(manageable(programId));
    }

    /** Refuses any change to a closed program, whoever asks. */
    Program requireOpen(Program program) {
        if (program.getStatus() == ProgramStatus.CLOSED) {
            throw new RuleViolation(null, "This program is closed; it can no longer be changed.");
        }
        return program;
    }

    Program requireOpen(long programId) {
        return requireOpen(programs.findById(programId).orElseThrow(() -> new AccessDeniedException("No such program")));
    }
}
