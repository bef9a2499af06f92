package app.rapport.workspace;

import app.rapport.base.RuleViolation;
import app.rapport.base.StaleEdit;
import app.rapport.security.AppRoles;
import app.rapport.workspace.domain.GoalItem;
import app.rapport.workspace.domain.GoalItemRepository;
import app.rapport.workspace.domain.GoalProgressItem;
import app.rapport.workspace.domain.GoalProgressItemRepository;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * A relationship's goals: either party adds, edits, moves the progress of and completes a goal;
 * coordinators and admins read. Every value the progress takes is kept with who set it and when,
 * for charts. A goal is always reached through its relationship's access check.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class GoalService {

    private static final String WHAT = "goal";

    private final GoalItemRepository goals;
    private final GoalProgressItemRepository progress;
    private final WorkspaceAccess access;
    private final Timeline timeline;
    private final Validator validator;
    private final Clock clock;

    GoalService(GoalItemRepository goals, GoalProgressItemRepository progress, WorkspaceAccess access,
            Timeline timeline, Validator validator, Clock clock) {
        this.goals = goals;
        this.progress = progress;
        this.access = access;
        this.timeline = timeline;
        this.validator = validator;
        this.clock = clock;
    }


    /** Open goals first, oldest first; then completed ones, the latest completion first. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public List<Goal> goals(long relationshipId) {
        var viewer = access.view(relationshipId);
        return goals.findByRelationshipIdOrderByCreatedAtAscIdAsc(relationshipId).stream()
                .sorted(Comparator.comparing((GoalItem g) -> g.getStatus() == GoalStatus.COMPLETED)
                        .thenComparing(g -> g.getCompletedAt() == null ? Instant.MIN : g.getCompletedAt(),
                                Comparator.reverseOrder()))
                .map(g -> goal(viewer, g)).toList();
    }

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public Goal goal(long goalId) {
        var item = found(goalId);
        return goal(access.view(item.getRelationshipId()), item);
    }

    /** Adds a goal at 0 %, the first point of its progress history. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional
    public Goal add(long relationshipId, GoalDraft draft) {
        var viewer = access.write(relationshipId);
        var clean = check(draft);
        var now = clock.instant();
        var item = goals.saveAndFlush(new GoalItem(relationshipId, clean.title(), clean.description(),
                viewer.accountId(), now));
        progress.save(new GoalProgressItem(item.getId(), relationshipId, 0, viewer.accountId(), now));
        timeline.record(viewer, TimelineKind.GOAL, item.getId(), now, added(item.getTitle()));
        return goal(viewer, item);
    }

    /** Changes an open goal's title and description, made on the version the caller read. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional
    public Goal edit(long goalId, long version, GoalDraft draft) {
        var item = found(goalId);
        var viewer = access.write(item.getRelationshipId());
        open(item, version);
        var clean = check(draft);
        item.describe(clean.title(), clean.description(), clock.instant());
        item = save(item);
        timeline.retell(TimelineKind.GOAL, item.getId(), item.getCreatedAt(), added(item.getTitle()));
        return goal(viewer, item);
    }

    /** Moves an open goal's progress to {@code percent} (0-100) and keeps the new value, dated. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional
    public Goal setProgress(long goalId, long version, int percent) {
        var item = found(goalId);
        var viewer = access.write(item.getRelationshipId());
        open(item, version);
        if (percent < Goal.PROGRESS_MIN || percent > Goal.PROGRESS_MAX) {
            throw new RuleViolation("progress", "Progress is a whole number from 0 to 100 %");
        }
        int before = item.getProgress();
        if (before == percent) {
            return goal(viewer, item);
        }
        var now = clock.instant();
        item.progress(percent, now);
        item = save(item);
        var point = progress.save(new GoalProgressItem(item.getId(), item.getRelationshipId(), percent,
                viewer.accountId(), now));
        timeline.record(viewer, TimelineKind.PROGRESS, point.getId(), now,
                item.getTitle() + ": " + before + " % → " + percent + " %");
        return goal(viewer, item);
    }

    /** Marks an open goal reached: its progress goes to 100 % and it is kept, read-only. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional
    public Goal complete(long goalId, long version) {
        var item = found(goalId);
        var viewer = access.write(item.getRelationshipId());
        open(item, version);
        var now = clock.instant();
        item.complete(now);
        item = save(item);
        progress.save(new GoalProgressItem(item.getId(), item.getRelationshipId(), Goal.PROGRESS_MAX,
                viewer.accountId(), now));
        timeline.record(viewer, TimelineKind.GOAL, item.getId(), now,
                "Completed the goal “" + item.getTitle() + "”");
        return goal(viewer, item);
    }

    /** Every value each goal's progress took, oldest first, for charting progress over time. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public List<GoalProgressPoint> progressHistory(long relationshipId) {
        var viewer = access.view(relationshipId);
        var titles = goals.findByRelationshipIdOrderByCreatedAtAscIdAsc(relationshipId).stream()
                .collect(Collectors.toMap(GoalItem::getId, GoalItem::getTitle));
        return progress.findByRelationshipIdOrderByRecordedAtAscIdAsc(relationshipId).stream()
                .map(p -> new GoalProgressPoint(p.getGoalId(), titles.get(p.getGoalId()), p.getRecordedAt(),
                        p.getProgress(), p.getActorId(), name(viewer, p.getActorId())))
                .toList();
    }

    /** The goal, whoever asks; its relationship's access check must follow before anything is shown. */
    private GoalItem found(long goalId) {
        return goals.findById(goalId).orElseThrow(() -> new AccessDeniedException("No such goal"));
    }

    private static void open(GoalItem item, long version) {
        if (item.getVersion() != version) {
            throw new StaleEdit(WHAT);
        }
        if (item.getStatus() == GoalStatus.COMPLETED) {
            throw new RuleViolation(null, "This goal is completed; it can no longer change.");
        }
    }

    private GoalDraft check(GoalDraft draft) {
        if (draft == null) {
            throw new RuleViolation(null, "Nothing to save");
        }
        var description = draft.description() == null || draft.description().isBlank() ? null
                : draft.description().strip();
        var clean = new GoalDraft(draft.title() == null ? null : draft.title().strip(), description);
        validator.validate(clean).stream()
                .min(Comparator.comparing((ConstraintViolation<GoalDraft> v) -> !"title".equals(
                        v.getPropertyPath().toString())))
                .ifPresent(v -> {
                    throw new RuleViolation(v.getPropertyPath().toString(), v.getMessage());
                });
        return clean;
    }

    private GoalItem save(GoalItem item) {
        try {
            return goals.saveAndFlush(item);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEdit(WHAT);
        }
    }

    private static String added(String title) {
        return "Added the goal “" + title + "”";
    }

    private static String name(Viewer viewer, long accountId) {
        var r = viewer.relationship();
        return accountId == r.mentorAccountId() ? r.mentorName()
                : accountId == r.menteeAccountId() ? r.menteeName() : "Someone";
    }

    private static Goal goal(Viewer viewer, GoalItem g) {
        return new Goal(g.getId(), g.getRelationshipId(), g.getTitle(), g.getDescription(), g.getProgress(),
                g.getStatus(), g.getCreatedBy(), name(viewer, g.getCreatedBy()), g.getCreatedAt(), g.getUpdatedAt(),
                g.getCompletedAt(), g.getVersion());
    }
}
