package app.rapport.workspace;

import app.rapport.base.Days;
import app.rapport.base.RuleViolation;
import app.rapport.base.StaleEdit;
import app.rapport.security.AppRoles;
import app.rapport.workspace.domain.CheckinItem;
import app.rapport.workspace.domain.CheckinItemRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Check-ins: each side rates connection, trust and value once per period of the program's
 * cadence, and may reflect. Ratings are seen by everyone who opens the workspace; a reflection by
 * its author only, unless they share it, and then by the partner and the coordinators too.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class CheckinService {

    private final CheckinItemRepository checkins;
    private final WorkspaceAccess access;
    private final Timeline timeline;
    private final Clock clock;

    CheckinService(CheckinItemRepository checkins, WorkspaceAccess access, Timeline timeline, Clock clock) {
        this.checkins = checkins;
        this.access = access;
        this.timeline = timeline;
        this.clock = clock;
    }


    /** The check-in period today falls in. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public CheckinPeriod currentPeriod(long relationshipId) {
        return period(access.view(relationshipId));
    }

    /** The caller's own check-in of the current period, if they made one; always empty for a coordinator. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public Optional<Checkin> mine(long relationshipId) {
        var viewer = access.view(relationshipId);
        if (!viewer.isParty()) {
            return Optional.empty();
        }
        return checkins.findByRelationshipIdAndSideAndPeriodStart(relationshipId, viewer.side(),
                period(viewer).start()).map(c -> checkin(viewer, c));
    }

    /** Newest period first; each reflection only where the caller may read it. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public List<Checkin> page(long relationshipId, int offset, int limit) {
        var viewer = access.view(relationshipId);
        int size = Math.max(1, limit);
        return checkins.page(relationshipId, PageRequest.of(offset / size, size)).stream()
                .map(c -> checkin(viewer, c)).toList();
    }

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public long count(long relationshipId) {
        access.view(relationshipId);
        return checkins.countByRelationshipId(relationshipId);
    }

    /** The caller's check-in for the current period; a second one in the same period is refused. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional
    public Checkin checkIn(long relationshipId, CheckinDraft draft) {
        var viewer = access.write(relationshipId);
        var clean = check(draft);
        var period = period(viewer);
        if (checkins.findByRelationshipIdAndSideAndPeriodStart(relationshipId, viewer.side(), period.start())
                .isPresent()) {
            throw alreadyCheckedIn(period);
        }
        CheckinItem item;
        try {
            item = checkins.saveAndFlush(new CheckinItem(relationshipId, viewer.side(), period.start(), clean,
                    clock.instant()));
        } catch (DataIntegrityViolationException e) {
            // Two tabs of the same person saving at once: the unique key lets one through.
            throw alreadyCheckedIn(period);
        }
        timeline.record(viewer, TimelineKind.CHECKIN, item.getId(), item.getCreatedAt(), summary(item));
        return checkin(viewer, item);
    }

    /** Only its author edits a check-in; it stays in its period and at its place on the timeline. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional
    public Checkin edit(long checkinId, long version, CheckinDraft draft) {
        var item = checkins.findById(checkinId).orElseThrow(() -> new AccessDeniedException("No such check-in"));
        var viewer = access.write(item.getRelationshipId());
        if (item.getSide() != viewer.side()) {
            throw new AccessDeniedException("Only the person who checked in changes a check-in");
        }
        if (item.getVersion() != version) {
            throw new StaleEdit("check-in");
        }
        item.change(check(draft), clock.instant());
        try {
            item = checkins.saveAndFlush(item);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEdit("check-in");
        }
        timeline.retell(TimelineKind.CHECKIN, item.getId(), item.getCreatedAt(), summary(item));
        return checkin(viewer, item);
    }

    private static CheckinDraft check(CheckinDraft d) {
        if (d == null) {
            throw new RuleViolation(null, "Rate connection, trust and value");
        }
        rating(d.connection(), "connection");
        rating(d.trust(), "trust");
        rating(d.value(), "value");
        var reflection = d.reflection() == null || d.reflection().isBlank() ? null : d.reflection().strip();
        if (reflection != null && reflection.length() > CheckinDraft.REFLECTION_MAX) {
            throw new RuleViolation("reflection", "Use at most 2,000 characters");
        }
        return new CheckinDraft(d.connection(), d.trust(), d.value(), reflection,
                reflection != null && d.shareReflection());
    }

    private static void rating(Integer rating, String field) {
        if (rating == null || rating < CheckinDraft.RATING_MIN || rating > CheckinDraft.RATING_MAX) {
            throw new RuleViolation(field, "Rate " + field + " from 1 to 5");
        }
    }

    private static RuleViolation alreadyCheckedIn(CheckinPeriod period) {
        return new RuleViolation(null, "You already checked in for " + period.label() + "; edit that one instead");
    }

    private CheckinPeriod period(Viewer viewer) {
        return CheckinPeriod.of(InteractionService.startedOn(viewer), viewer.program().checkinCadenceDays(),
                Days.today(clock));
    }

    private static String summary(CheckinItem c) {
        return "Checked in: connection " + c.getConnection() + ", trust " + c.getTrust() + ", value " + c.getValue();
    }

    private static Checkin checkin(Viewer viewer, CheckinItem c) {
        boolean readable = c.getSide() == viewer.side() || c.isReflectionShared();
        var period = CheckinPeriod.of(c.getPeriodStart(), viewer.program().checkinCadenceDays(), c.getPeriodStart());
        return new Checkin(c.getId(), c.getRelationshipId(), c.getSide(), viewer.nameOf(c.getSide()), period,
                c.getConnection(), c.getTrust(), c.getValue(), readable ? c.getReflection() : null,
                c.isReflectionShared(), c.getCreatedAt(), c.getVersion());
    }
}
