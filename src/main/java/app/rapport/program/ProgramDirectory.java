package app.rapport.program;

import app.rapport.base.DemoPrograms;
import app.rapport.program.domain.Enrolment;
import app.rapport.program.domain.EnrolmentRepository;
import app.rapport.program.domain.Program;
import app.rapport.program.domain.ProgramRepository;
import app.rapport.security.RapportUser;
import app.rapport.security.Role;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lookups for other features, which check access themselves first (as a service of theirs
 * does before it touches a program). Nothing here is guarded: never hand it to a view.
 */
@Component
@Transactional(readOnly = true)
public class ProgramDirectory implements DemoPrograms {

    private final ProgramRepository programs;
    private final EnrolmentRepository enrolments;

    ProgramDirectory(ProgramRepository programs, EnrolmentRepository enrolments) {
        this.programs = programs;
        this.enrolments = enrolments;
    }

    public Optional<ProgramRef> program(long programId) {
        return programs.findById(programId).map(ProgramDirectory::ref);
    }

    /** The demo program, once its demo step has made it (for the other features' demo steps). */
    public Optional<ProgramRef> demoProgram() {
        return programs.findByNameIgnoreCase(ProgramDemoData.PROGRAM).map(ProgramDirectory::ref);
    }

    @Override
    public Optional<Long> demoProgramId() {
        return demoProgram().map(ProgramRef::id);
    }

    public Map<Long, ProgramRef> programs(Collection<Long> programIds) {
        return programs.findAllById(programIds).stream().map(ProgramDirectory::ref)
                .collect(Collectors.toMap(ProgramRef::id, Function.identity()));
    }

    /** The program, when the account coordinates it; one statement for a guard that needs both. */
    public Optional<ProgramRef> coordinatedBy(long programId, long accountId) {
        return programs.findCoordinated(programId, accountId).map(ProgramDirectory::ref);
    }

    public boolean isCoordinator(long programId, long accountId) {
        return programs.isCoordinator(programId, accountId);
    }

    /**
     * The one rule for running a program: an admin runs every program, a coordinator the ones they
     * are named for. Every feature's guard asks this, never its own copy.
     */
    public boolean runs(RapportUser person, long programId) {
        return person.hasRole(Role.ADMIN)
                || (person.hasRole(Role.COORDINATOR) && programs.isCoordinator(programId, person.accountId()));
    }

    /** The program, when this person runs it (see {@link #runs}); empty when not, or when there is none. */
    public Optional<ProgramRef> runBy(RapportUser person, long programId) {
        return person.hasRole(Role.ADMIN) ? program(programId)
                : person.hasRole(Role.COORDINATOR) ? coordinatedBy(programId, person.accountId()) : Optional.empty();
    }

    public Optional<EnrolmentRef> enrolment(long enrolmentId) {
        return enrolments.findById(enrolmentId).map(ProgramDirectory::ref);
    }

    public Optional<ParticipantSummary> profile(long enrolmentId) {
        return enrolments.findById(enrolmentId).map(EnrolmentService::summary);
    }

    /** The program's active enrolments in one role, with their profiles, for matching. */
    public List<ParticipantSummary> activeProfiles(long programId, EnrolmentRole role) {
        return enrolments.findActiveInRole(programId, role).stream().map(EnrolmentService::summary).toList();
    }

    /**
     * The program's people: account ids of its active participants whose name or email contains
     * {@code text} (by name, at most {@code limit}), then of all its coordinators (unfiltered).
     */
    public List<Long> people(long programId, String text, int limit) {
        var ids = new java.util.LinkedHashSet<>(enrolments.findActiveAccounts(programId,
                app.rapport.base.Like.containing(text), org.springframework.data.domain.PageRequest.of(0, limit)));
        programs.findById(programId).ifPresent(p -> ids.addAll(p.getCoordinatorIds()));
        return List.copyOf(ids);
    }

    private static ProgramRef ref(Program p) {
        return new ProgramRef(p.getId(), p.getName(), p.getStatus(), p.getStartsOn(), p.getEndsOn(), p.getStallThresholdDays(),
                p.getCheckinCadenceDays(), p.getAnonymityThreshold());
    }

    private static EnrolmentRef ref(Enrolment e) {
        return new EnrolmentRef(e.getId(), e.getProgramId(), e.getAccountId(), e.getPersonName(), e.getRole(),
                e.getCapacity(), e.getStatus());
    }
}
