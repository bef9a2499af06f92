package app.rapport.workspace;

import app.rapport.base.RuleViolation;
import app.rapport.pairing.RelationshipDirectory;
import app.rapport.program.ProgramDirectory;
import app.rapport.program.ProgramRef;
import app.rapport.security.CurrentUser;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The guard of every workspace service method. The two parties, the program's coordinators and
 * admins open a relationship (the last two read-only); nobody else, peers included. Only the pair
 * writes, while the relationship is active and the program open.
 */
@Component
class WorkspaceAccess {

    /** How long a program's name and settings are reused for reading; every write reads them afresh. */
    private static final long PROGRAM_TTL_NANOS = 5_000_000_000L;

    private final RelationshipDirectory relationships;
    private final ProgramDirectory programs;
    private final Map<Long, CachedProgram> recentPrograms = new ConcurrentHashMap<>();

    WorkspaceAccess(RelationshipDirectory relationships, ProgramDirectory programs) {
        this.relationships = relationships;
        this.programs = programs;
    }

    private record CachedProgram(ProgramRef program, long until) {
    }

    /** The caller's view of the relationship; a stranger is refused as if it did not exist. */
    Viewer view(long relationshipId) {
        return view(relationshipId, false);
    }

    /**
     * A page of the workspace asks for the same relationship several times in one round trip (the
     * page, the nudge, a grid's count and rows); who may see it is decided afresh each time, but the
     * program's name and settings are reused for a few seconds. Writes never reuse them.
     */
    private Viewer view(long relationshipId, boolean fresh) {
        var me = CurrentUser.require();
        var relationship = relationships.find(relationshipId)
                .filter(r -> r.status().started())
                .orElseThrow(() -> new AccessDeniedException("No such relationship"));
        var program = program(relationship.programId(), fresh);
        Side side = relationship.mentorAccountId() == me.accountId() ? Side.MENTOR
                : relationship.menteeAccountId() == me.accountId() ? Side.MENTEE : null;
        if (side == null && !programs.runs(me, program.id())) {
            throw new AccessDeniedException("Not your relationship");
        }
        return new Viewer(relationship, program, me.accountId(), me.displayName(), side);
    }

    private ProgramRef program(long programId, boolean fresh) {
        long now = System.nanoTime();
        var cached = recentPrograms.get(programId);
        if (!fresh && cached != null && now - cached.until() < 0) {
            return cached.program();
        }
        var program = programs.program(programId).orElseThrow();
        if (recentPrograms.size() > 10_000) {
            recentPrograms.clear();
        }
        recentPrograms.put(programId, new CachedProgram(program, now + PROGRAM_TTL_NANOS));
        return program;
    }

    /** As {@link #view}, for a change: only the pair, and only while it may still change. */
    Viewer write(long relationshipId) {
        var viewer = view(relationshipId, true);
        if (!viewer.isParty()) {
            throw new AccessDeniedException("Only the two people paired write in their workspace");
        }
        if (!viewer.canWrite()) {
            throw new RuleViolation(null, viewer.program().closed()
                    ? "This program is closed; the workspace is read-only."
                    : "This relationship is " + viewer.relationship().status().label().toLowerCase(Locale.ROOT)
                            + "; its workspace is read-only.");
        }
        return viewer;
    }
}
