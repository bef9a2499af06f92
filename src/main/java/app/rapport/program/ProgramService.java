package app.rapport.program;

import app.rapport.base.Like;
import app.rapport.base.RuleViolation;
import app.rapport.base.StaleEdit;
import app.rapport.program.domain.EnrolmentRepository;
import app.rapport.program.domain.Program;
import app.rapport.program.domain.ProgramRepository;
import app.rapport.security.PeopleService;
import app.rapport.security.AppRoles;
import app.rapport.security.CurrentUser;
import app.rapport.security.PersonRef;
import app.rapport.security.Role;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Programs: admins create them and name their coordinators; coordinators run the programs they
 * coordinate (and only those); a closed program is read-only.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ProgramService {

    private final ProgramRepository programs;
    private final EnrolmentRepository enrolments;
    private final ProgramAccess access;
    private final PeopleService directory;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<PairCounts> pairCounts;

    ProgramService(ProgramRepository programs, EnrolmentRepository enrolments, ProgramAccess access,
            PeopleService directory, Clock clock, ApplicationEventPublisher events,
            ObjectProvider<PairCounts> pairCounts) {
        this.programs = programs;
        this.enrolments = enrolments;
        this.access = access;
        this.directory = directory;
        this.clock = clock;
        this.events = events;
        this.pairCounts = pairCounts;
    }

    /** The programs the caller may see: all for an admin, their own for a coordinator. */
    @PreAuthorize(AppRoles.IS_STAFF)
    public List<ProgramSummary> search(ProgramFilter filter, Pageable page) {
        var found = programs.search(Like.containing(filter.text()), filter.status(), scope(), page);
        var counts = new HashMap<Long, Map<EnrolmentRole, Long>>();
        Map<Long, PairCounts.Counts> pairs = Map.of();
        if (!found.isEmpty()) {
            var ids = found.stream().map(Program::getId).toList();
            for (var row : enrolments.countByRole(ids)) {
                counts.computeIfAbsent(row.programId(), k -> new HashMap<>()).put(row.role(), row.count());
            }
            var counter = pairCounts.getIfAvailable();
            pairs = counter == null ? Map.of() : counter.countOpen(ids);
        }
        var pairsByProgram = pairs;
        return found.stream().map(p -> {
            var c = counts.getOrDefault(p.getId(), Map.of());
            var r = pairsByProgram.getOrDefault(p.getId(), PairCounts.Counts.NONE);
            return new ProgramSummary(p.getId(), p.getName(), p.getStatus(), p.getStartsOn(), p.getEndsOn(),
                    c.getOrDefault(EnrolmentRole.MENTOR, 0L), c.getOrDefault(EnrolmentRole.MENTEE, 0L),
                    r.active(), r.proposed());
        }).toList();
    }

    @PreAuthorize(AppRoles.IS_STAFF)
    public long count(ProgramFilter filter) {
        return programs.countSearch(Like.containing(filter.text()), filter.status(), scope());
    }

    @PreAuthorize(AppRoles.IS_STAFF)
    public ProgramDetails get(long programId) {
        return details(access.manageable(programId));
    }

    /** Whether the caller may open this program's console (for views deciding what to show). */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public boolean canManage(long programId) {
        return programs.existsById(programId) && access.canManage(programId);
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public ProgramDetails create(@Valid NewProgram request) {
        checkDates(request.startsOn(), request.endsOn());
        checkCoordinators(request.coordinatorIds());
        if (programs.existsByNameIgnoreCase(request.name().strip())) {
            throw new RuleViolation("name", "A program with this name already exists");
        }
        try {
            var program = programs.saveAndFlush(new Program(request.name(), request.description(), request.startsOn(),
                    request.endsOn(), request.coordinatorIds(), clock.instant()));
            events.publishEvent(new ProgramCreated(program.getId()));
            return details(program);
        } catch (DataIntegrityViolationException e) {
            throw new RuleViolation("name", "A program with this name already exists");
        }
    }

    @PreAuthorize(AppRoles.IS_STAFF)
    @Transactional
    public ProgramDetails update(@Valid ProgramSettings settings) {
        var program = at(access.changeable(settings.id()), settings.version());
        checkDates(settings.startsOn(), settings.endsOn());
        var name = settings.name().strip();
        if (!name.equalsIgnoreCase(program.getName()) && programs.existsByNameIgnoreCase(name)) {
            throw new RuleViolation("name", "A program with this name already exists");
        }
        program.describe(name, settings.description(), settings.startsOn(), settings.endsOn(), clock.instant());
        boolean stallMoved = program.getStallThresholdDays() != settings.stallThresholdDays();
        program.configure(settings.stallThresholdDays(), settings.anonymityThreshold(), settings.checkinCadenceDays(),
                clock.instant());
        var saved = details(save(program));
        if (stallMoved) {
            events.publishEvent(new StallThresholdChanged(program.getId()));
        }
        return saved;
    }

    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional
    public ProgramDetails setCoordinators(long programId, long version, Set<Long> coordinatorIds) {
        var program = at(access.changeable(programId), version);
        if (coordinatorIds == null || coordinatorIds.isEmpty()) {
            throw new RuleViolation("coordinators", "Choose at least one coordinator");
        }
        checkCoordinators(coordinatorIds);
        program.replaceCoordinators(coordinatorIds, clock.instant());
        return details(save(program));
    }

    /** Moves a program one step on: draft to active, active to closed. */
    @PreAuthorize(AppRoles.IS_STAFF)
    @Transactional
    public ProgramDetails advance(long programId, long version) {
        var program = at(access.changeable(programId), version);
        program.moveTo(program.getStatus().next(), clock.instant());
        return details(save(program));
    }

    private Program at(Program program, long version) {
        if (program.getVersion() != version) {
            throw new StaleEdit("program");
        }
        return program;
    }

    private Program save(Program program) {
        try {
            return programs.saveAndFlush(program);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEdit("program");
        }
    }

    private void checkDates(LocalDate startsOn, LocalDate endsOn) {
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw new RuleViolation("endsOn", "The end date must not be before the start date");
        }
    }

    private void checkCoordinators(Set<Long> ids) {
        var allowed = directory.coordinators().stream().map(PersonRef::id).toList();
        if (!allowed.containsAll(ids)) {
            throw new RuleViolation("coordinators", "Only accounts with the coordinator role can coordinate a program");
        }
    }

    private static Long scope() {
        var user = CurrentUser.require();
        return user.hasRole(Role.ADMIN) ? null : user.accountId();
    }

    private ProgramDetails details(Program p) {
        var people = directory.people(p.getCoordinatorIds());
        var coordinators = p.getCoordinatorIds().stream().map(people::get).filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(PersonRef::displayName)).toList();
        return new ProgramDetails(p.getId(), p.getName(), p.getDescription(), p.getStartsOn(), p.getEndsOn(),
                p.getStatus(), p.getStallThresholdDays(), p.getAnonymityThreshold(), p.getCheckinCadenceDays(),
                coordinators, p.getVersion());
    }
}
