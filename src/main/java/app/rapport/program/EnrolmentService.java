package app.rapport.program;

import app.rapport.base.Like;
import app.rapport.base.RuleViolation;
import app.rapport.base.StaleEdit;
import app.rapport.program.domain.Enrolment;
import app.rapport.program.domain.EnrolmentRepository;
import app.rapport.program.domain.ParticipantQueries;
import app.rapport.program.domain.ProgramTag;
import app.rapport.program.domain.ProgramTagRepository;
import app.rapport.security.PeopleService;
import app.rapport.security.AppRoles;
import app.rapport.security.CurrentUser;
import app.rapport.security.Emails;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The people of a program: enrol, withdraw, remove, and keep profiles. Coordinators of the
 * program and admins manage everyone in it; a participant edits only their own profile.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class EnrolmentService {

    private static final String CAPACITY_RANGE = "A mentor's capacity is from " + ProfileLimits.CAPACITY_MIN + " to "
            + ProfileLimits.CAPACITY_MAX + " mentees";

    private final EnrolmentRepository enrolments;
    private final app.rapport.program.domain.ProgramRepository programs;
    private final ProgramTagRepository tags;
    private final ParticipantQueries queries;
    private final ProgramAccess access;
    private final PeopleService directory;
    private final List<EnrolmentUsage> usages;
    private final Clock clock;

    EnrolmentService(EnrolmentRepository enrolments, app.rapport.program.domain.ProgramRepository programs,
            ProgramTagRepository tags, ParticipantQueries queries,
            ProgramAccess access, PeopleService directory, List<EnrolmentUsage> usages, Clock clock) {
        this.enrolments = enrolments;
        this.programs = programs;
        this.tags = tags;
        this.queries = queries;
        this.access = access;
        this.directory = directory;
        this.usages = usages;
        this.clock = clock;
    }

    /** One page of the program's participants; five statements per page whatever its size. */
    @PreAuthorize(AppRoles.IS_STAFF)
    public List<ParticipantSummary> search(long programId, ParticipantFilter filter, int offset, int limit, Sort sort) {
        access.manageable(programId);
        return queries.page(criteria(programId, filter), sort, offset, limit).stream()
                .map(EnrolmentService::summary).toList();
    }

    @PreAuthorize(AppRoles.IS_STAFF)
    public long count(long programId, ParticipantFilter filter) {
        access.manageable(programId);
        return queries.count(criteria(programId, filter));
    }

    @PreAuthorize(AppRoles.IS_STAFF)
    public List<String> departments(long programId) {
        access.manageable(programId);
        return queries.departments(programId);
    }

    /** Tags of the program's vocabulary starting with the text typed, any case. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public List<String> suggestTags(long programId, String typed, int limit) {
        var prefix = Like.startingWith(typed);
        return tags.suggest(programId, prefix, PageRequest.of(0, limit)).stream().map(ProgramTag::getName).toList();
    }

    /** Enrols a person by email: an existing account is linked, a new one is created. */
    @PreAuthorize(AppRoles.IS_STAFF)
    @Transactional
    public AddedParticipant enrol(long programId, String email, String name, EnrolmentRole role, Integer capacity) {
        access.changeable(programId);
        if (role == null) {
            throw new RuleViolation("role", "Choose mentor or mentee");
        }
        checkCapacity(role, capacity);
        if (!Emails.isValid(email)) {
            throw new RuleViolation("email", "Enter a valid email address");
        }
        var person = directory.ensurePerson(email, name);
        if (enrolments.findByProgramIdAndAccountId(programId, person.person().id()).isPresent()) {
            throw new RuleViolation("email", person.person().displayName() + " is already in this program");
        }
        var enrolment = enrolments.saveAndFlush(new Enrolment(programId, person.person().id(),
                person.person().displayName(), person.person().email(), role, capacity,
                clock.instant()));
        return new AddedParticipant(summary(enrolment), person.oneTimePassword());
    }

    @PreAuthorize(AppRoles.IS_STAFF)
    @Transactional
    public void changeRole(long enrolmentId, long version, EnrolmentRole role, Integer capacity) {
        var enrolment = managedAt(enrolmentId, version);
        if (role == null) {
            throw new RuleViolation("role", "Choose mentor or mentee");
        }
        // A new enrolment may leave the capacity to the default; a change never makes one up.
        if (role == EnrolmentRole.MENTOR && capacity == null) {
            throw new RuleViolation("capacity", CAPACITY_RANGE);
        }
        checkCapacity(role, capacity);
        enrolment.assign(role, capacity, clock.instant());
        save(enrolment);
    }

    /**
     * The mentees of a mentor's open relationships (active and proposed), by name: a capacity
     * below their number leaves the mentor over capacity, which the editor says before saving.
     */
    @PreAuthorize(AppRoles.IS_STAFF)
    public List<String> openMentees(long enrolmentId) {
        var enrolment = enrolments.findById(enrolmentId).orElseThrow(() -> new AccessDeniedException("No such enrolment"));
        access.manageable(enrolment.getProgramId());
        return usages.stream().flatMap(u -> u.openMentees(enrolmentId).stream()).toList();
    }

    /**
     * The program's mentors holding more open relationships than their capacity (lowered after they
     * were paired): their relationships continue, but nobody new can be proposed to them.
     */
    @PreAuthorize(AppRoles.IS_STAFF)
    public Set<Long> overCapacity(long programId) {
        access.manageable(programId);
        var open = new HashMap<Long, Long>();
        usages.forEach(u -> u.openByMentor(programId).forEach((id, n) -> open.merge(id, n, Long::sum)));
        if (open.isEmpty()) {
            return Set.of();
        }
        return enrolments.findAllById(open.keySet()).stream()
                .filter(e -> e.getRole() == EnrolmentRole.MENTOR && e.getCapacity() != null
                        && open.get(e.getId()) > e.getCapacity())
                .map(Enrolment::getId).collect(Collectors.toUnmodifiableSet());
    }

    /** Removes an enrolment nothing refers to yet; one in use must be withdrawn instead. */
    @PreAuthorize(AppRoles.IS_STAFF)
    @Transactional
    public void remove(long enrolmentId, long version) {
        var enrolment = managedAt(enrolmentId, version);
        if (usages.stream().anyMatch(u -> u.isInUse(enrolmentId))) {
            throw new RuleViolation(null, "This person already has relationships in the program; withdraw them "
                    + "instead, so their history stays.");
        }
        enrolments.delete(enrolment);
        enrolments.flush();
    }

    @PreAuthorize(AppRoles.IS_STAFF)
    @Transactional
    public void withdraw(long enrolmentId, long version) {
        var enrolment = managedAt(enrolmentId, version);
        enrolment.withdraw(clock.instant());
        save(enrolment);
    }

    /** A profile as its owner or a coordinator of the program sees it. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public ParticipantSummary profile(long enrolmentId) {
        var enrolment = readable(enrolmentId);
        return summary(enrolment);
    }

    /** The caller's own enrolments, for the portal's profile page. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public List<MyEnrolment> myEnrolments() {
        var me = CurrentUser.require();
        var mine = enrolments.findByAccountIdOrderByIdAsc(me.accountId()).stream()
                .filter(e -> e.getStatus() == EnrolmentStatus.ACTIVE).toList();
        var names = programs.findAllById(mine.stream().map(Enrolment::getProgramId).toList()).stream()
                .collect(Collectors.toMap(app.rapport.program.domain.Program::getId,
                        app.rapport.program.domain.Program::getName));
        return mine.stream().map(e -> new MyEnrolment(names.get(e.getProgramId()),
                summary(e))).toList();
    }

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional
    public ParticipantSummary updateProfile(@Valid ProfileUpdate update) {
        var enrolment = readable(update.enrolmentId());
        access.requireOpen(enrolment.getProgramId()); // closed programs are read-only for everyone
        if (enrolment.getVersion() != update.version()) {
            throw new StaleEdit("profile");
        }
        if (update.timezone() != null && !update.timezone().isBlank()
                && !ZoneId.getAvailableZoneIds().contains(update.timezone().strip())) {
            throw new RuleViolation("timezone", "Choose a time zone from the list");
        }
        var skills = resolveTags(enrolment.getProgramId(), clean(update.skills(), ProfileLimits.TAG_MAX, "skills"));
        var goals = resolveTags(enrolment.getProgramId(), clean(update.goals(), ProfileLimits.TAG_MAX, "goals"));
        var languages = clean(update.languages(), ProfileLimits.LANGUAGE_MAX, "languages");
        enrolment.describe(update.department(), update.timezone(), update.availability(), update.bio(),
                clock.instant());
        enrolment.tag(skills, goals, languages, clock.instant());
        save(enrolment);
        return profile(enrolment.getId());
    }

    /** Finds or adds tags of the program's vocabulary, keeping the first spelling of each. */
    List<ProgramTag> resolveTags(long programId, List<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        var byKey = new LinkedHashMap<String, String>();
        names.forEach(n -> byKey.putIfAbsent(ProgramTag.key(n), n.strip()));
        var existing = tags.findByProgramIdAndNameKeyIn(programId, byKey.keySet()).stream()
                .collect(Collectors.toMap(ProgramTag::getNameKey, t -> t));
        var result = new ArrayList<ProgramTag>();
        byKey.forEach((key, name) -> result.add(existing.computeIfAbsent(key,
                k -> tags.saveAndFlush(new ProgramTag(programId, name)))));
        return result;
    }

    private static List<String> clean(Collection<String> values, int maxLength, String field) {
        if (values == null) {
            return List.of();
        }
        var seen = new LinkedHashMap<String, String>();
        for (var v : values) {
            if (v == null || v.isBlank()) {
                continue;
            }
            var s = v.strip();
            if (s.length() > maxLength) {
                throw new RuleViolation(field, "'" + s + "' is longer than " + maxLength + " characters");
            }
            seen.putIfAbsent(s.toLowerCase(Locale.ROOT), s);
        }
        return List.copyOf(seen.values());
    }

    private static void checkCapacity(EnrolmentRole role, Integer capacity) {
        if (role == EnrolmentRole.MENTOR && capacity != null
                && (capacity < ProfileLimits.CAPACITY_MIN || capacity > ProfileLimits.CAPACITY_MAX)) {
            throw new RuleViolation("capacity", CAPACITY_RANGE);
        }
    }

    private Enrolment managedAt(long enrolmentId, long version) {
        var enrolment = enrolments.findById(enrolmentId)
                .orElseThrow(() -> new AccessDeniedException("No such enrolment"));
        access.changeable(enrolment.getProgramId());
        if (enrolment.getVersion() != version) {
            throw new StaleEdit("enrolment");
        }
        return enrolment;
    }

    /** The enrolment, when the caller owns it or manages its program. */
    private Enrolment readable(long enrolmentId) {
        var enrolment = enrolments.findById(enrolmentId)
                .orElseThrow(() -> new AccessDeniedException("No such enrolment"));
        var me = CurrentUser.require();
        if (enrolment.getAccountId() != me.accountId() && !access.canManage(enrolment.getProgramId())) {
            throw new AccessDeniedException("Not your enrolment");
        }
        return enrolment;
    }

    private void save(Enrolment enrolment) {
        try {
            enrolments.saveAndFlush(enrolment);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEdit("profile");
        }
    }

    private static ParticipantQueries.Criteria criteria(long programId, ParticipantFilter f) {
        return new ParticipantQueries.Criteria(programId, f.role(),
                blank(f.tag()) ? null : ProgramTag.key(f.tag()),
                blank(f.department()) ? null : f.department().strip().toLowerCase(Locale.ROOT),
                Like.containing(f.text()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static ParticipantSummary summary(Enrolment e) {
        return new ParticipantSummary(e.getId(), e.getProgramId(), e.getAccountId(), e.getPersonName(),
                e.getPersonEmail(), e.getRole(),
                e.getCapacity(), e.getStatus(), e.getDepartment(), e.getTimezone(), names(e.getSkills()),
                names(e.getGoals()), List.copyOf(e.getLanguages()), e.getAvailability(), e.getBio(), e.getVersion());
    }

    private static List<String> names(Collection<ProgramTag> tags) {
        return tags.stream().map(ProgramTag::getName).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    /** Keeps the copy of a person's name on their enrolments current. */
    @org.springframework.context.event.EventListener
    void on(app.rapport.security.AccountRenamed renamed) {
        enrolments.renamePerson(renamed.accountId(), renamed.displayName());
    }

    /** Keeps the copy of a person's email on their enrolments current. */
    @org.springframework.context.event.EventListener
    void on(app.rapport.security.AccountEmailChanged changed) {
        enrolments.changePersonEmail(changed.accountId(), changed.email());
    }
}
