package app.rapport.workspace;

import app.rapport.base.Days;
import app.rapport.base.RuleViolation;
import app.rapport.base.StaleEdit;
import app.rapport.pairing.RelationshipStatus;
import app.rapport.security.AppRoles;
import app.rapport.workspace.domain.InteractionItem;
import app.rapport.workspace.domain.InteractionItemRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * A pair's interactions (practices 4 to 7): either side logs a meeting with what was asked for and
 * given, the other side confirms it, only its author changes or deletes it. Everyone who opens the
 * workspace reads them; a pair that has not met for longer than the program's stall threshold is
 * nudged towards a different, shorter format.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class InteractionService {

    private static final ZoneOffset LATEST_ZONE = ZoneOffset.ofHours(14);
    /** The day a relationship started, as it was somewhere on Earth (UTC-12), for the same reason. */
    private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(-12);
    /** What a stalled pair is offered, in order of preference: low effort, and a change of scene. */
    private static final List<Idea> IDEAS = List.of(new Idea(InteractionFormat.CALL, 15),
            new Idea(InteractionFormat.WALK, 20), new Idea(InteractionFormat.SHORT_17, 17),
            new Idea(InteractionFormat.VIDEO_CALL, 25), new Idea(InteractionFormat.CHAT, 10),
            new Idea(InteractionFormat.SHORT_10, 10));

    private final InteractionItemRepository interactions;
    private final WorkspaceAccess access;
    private final Timeline timeline;
    private final Clock clock;

    InteractionService(InteractionItemRepository interactions, WorkspaceAccess access, Timeline timeline,
            Clock clock) {
        this.interactions = interactions;
        this.access = access;
        this.timeline = timeline;
        this.clock = clock;
    }


    /** Now by the application's clock, for the date pickers' limits in the viewer's own zone. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public Instant now() {
        return clock.instant();
    }

    /**
     * The latest day that is today somewhere (UTC+14): people log a day by their own calendar,
     * which may already be tomorrow in UTC, and the service does not know where they sit.
     */
    private LocalDate latestToday() {
        return LocalDate.ofInstant(clock.instant(), LATEST_ZONE);
    }

    private LocalDate today() {
        return Days.today(clock);
    }

    /** Newest first, by the day it happened. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public List<Interaction> page(long relationshipId, int offset, int limit) {
        access.view(relationshipId);
        int size = Math.max(1, limit);
        return interactions.page(relationshipId, PageRequest.of(offset / size, size)).stream()
                .map(InteractionService::interaction).toList();
    }

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public long count(long relationshipId) {
        access.view(relationshipId);
        return interactions.countByRelationshipId(relationshipId);
    }

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public Optional<LocalDate> lastInteraction(long relationshipId) {
        access.view(relationshipId);
        return interactions.lastDate(relationshipId);
    }

    /**
     * Present when an active pair has logged nothing for longer than the program's stall
     * threshold (counted from the start when they never met).
     */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public Optional<Nudge> nudge(long relationshipId) {
        var viewer = access.view(relationshipId);
        if (viewer.relationship().status() != RelationshipStatus.ACTIVE || viewer.program().closed()) {
            return Optional.empty();
        }
        var last = interactions.findFirstByRelationshipIdOrderByOccurredOnDescIdDesc(relationshipId);
        var since = last.map(InteractionItem::getOccurredOn).orElse(startedOn(viewer));
        long days = ChronoUnit.DAYS.between(since, today());
        int threshold = viewer.program().stallThresholdDays();
        if (days <= threshold) {
            return Optional.empty();
        }
        var rhythm = " (this program suggests meeting at least every " + threshold + " days).";
        var message = last.map(i -> "No interaction logged for " + days + " days" + rhythm + " Last time was a "
                        + i.getFormat().describe(i.getMinutes()) + ": try something different and shorter, like "
                        + ideas(i) + ".")
                .orElse("No interaction logged in the " + days + " days since the relationship started" + rhythm
                        + " Start small: try " + ideas(null) + ".");
        return Optional.of(new Nudge(days, threshold, message));
    }

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional
    public Interaction log(long relationshipId, InteractionDraft draft) {
        var viewer = access.write(relationshipId);
        var item = interactions.saveAndFlush(new InteractionItem(relationshipId, viewer.side(), check(viewer, draft),
                clock.instant()));
        timeline.record(viewer, TimelineKind.INTERACTION, item.getId(), at(item), summary(viewer, item));
        return interaction(item);
    }

    /** Only its author edits an interaction; a confirmation by the partner is dropped, as it was of the old values. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional
    public Interaction edit(long interactionId, long version, InteractionDraft draft) {
        var item = interactions.findById(interactionId).orElseThrow(InteractionService::missing);
        var viewer = access.write(item.getRelationshipId());
        requireAuthor(viewer, item);
        current(item, version).change(check(viewer, draft), clock.instant());
        item = save(item);
        timeline.retell(TimelineKind.INTERACTION, item.getId(), at(item), summary(viewer, item));
        return interaction(item);
    }

    /** The side that did not log an interaction confirms it took place as logged. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional
    public Interaction confirm(long interactionId, long version) {
        var item = interactions.findById(interactionId).orElseThrow(InteractionService::missing);
        var viewer = access.write(item.getRelationshipId());
        if (item.getLoggedBy() == viewer.side()) {
            throw new RuleViolation(null, "You logged this interaction; " + viewer.partnerName() + " confirms it.");
        }
        current(item, version);
        if (item.getConfirmedAt() == null) {
            item.confirm(clock.instant());
            item = save(item);
        }
        return interaction(item);
    }

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional
    public void delete(long interactionId, long version) {
        var item = interactions.findById(interactionId).orElseThrow(InteractionService::missing);
        var viewer = access.write(item.getRelationshipId());
        requireAuthor(viewer, item);
        interactions.delete(current(item, version));
        try {
            interactions.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEdit("interaction");
        }
        timeline.remove(TimelineKind.INTERACTION, interactionId);
    }

    private InteractionDraft check(Viewer viewer, InteractionDraft d) {
        if (d == null || d.date() == null) {
            throw new RuleViolation("date", "Choose the day it happened");
        }
        var started = LocalDate.ofInstant(viewer.relationship().startedAt(), EARLIEST_ZONE);
        if (d.date().isAfter(latestToday())) {
            throw new RuleViolation("date", "The date cannot be in the future");
        }
        if (d.date().isBefore(started)) {
            throw new RuleViolation("date", "The date cannot be before the relationship started on "
                    + Days.DAY.format(started));
        }
        if (d.format() == null) {
            throw new RuleViolation("format", "Choose a format");
        }
        if (d.minutes() == null || d.minutes() < InteractionDraft.MINUTES_MIN
                || d.minutes() > InteractionDraft.MINUTES_MAX) {
            throw new RuleViolation("minutes", "Enter a duration from 1 to 600 minutes");
        }
        if (d.format().isShort() && !d.format().fixedMinutes().equals(d.minutes())) {
            throw new RuleViolation("minutes", "A " + d.format().label().toLowerCase(Locale.ROOT) + " lasts "
                    + d.format().fixedMinutes() + " minutes");
        }
        if (d.initiatedBy() == null) {
            throw new RuleViolation("initiatedBy", "Choose who started it");
        }
        var asked = help(d.helpAskedBy(), d.helpAsked(), "helpAsked", "who asked for help", "what help was asked for");
        var given = help(d.helpGivenBy(), d.helpGiven(), "helpGiven", "who gave help", "what help was given");
        var notes = text(d.notes());
        if (notes != null && notes.length() > InteractionDraft.NOTES_MAX) {
            throw new RuleViolation("notes", "Use at most 4,000 characters for notes");
        }
        return new InteractionDraft(d.date(), d.minutes(), d.format(), d.initiatedBy(), d.helpAskedBy(), asked,
                d.helpGivenBy(), given, notes);
    }

    /** Help comes with who asked or gave it and what it was about: both, or neither. */
    private static String help(Side by, String what, String field, String whoMissing, String whatMissing) {
        var text = text(what);
        if (by == null && text != null) {
            throw new RuleViolation(field + "By", "Choose " + whoMissing);
        }
        if (by != null && text == null) {
            throw new RuleViolation(field, "Say " + whatMissing);
        }
        if (text != null && text.length() > InteractionDraft.HELP_MAX) {
            throw new RuleViolation(field, "Use at most 500 characters");
        }
        return text;
    }

    private static String text(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    private static void requireAuthor(Viewer viewer, InteractionItem item) {
        if (item.getLoggedBy() != viewer.side()) {
            throw new AccessDeniedException("Only the person who logged an interaction changes it");
        }
    }

    private static InteractionItem current(InteractionItem item, long version) {
        if (item.getVersion() != version) {
            throw new StaleEdit("interaction");
        }
        return item;
    }

    private InteractionItem save(InteractionItem item) {
        try {
            return interactions.saveAndFlush(item);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEdit("interaction");
        }
    }

    private static AccessDeniedException missing() {
        return new AccessDeniedException("No such interaction");
    }

    static LocalDate startedOn(Viewer viewer) {
        return Days.of(viewer.relationship().startedAt());
    }

    /** Noon UTC of the day it happened, so the timeline orders interactions by when they took place. */
    private static Instant at(InteractionItem item) {
        return Days.noon(item.getOccurredOn());
    }

    private static String summary(Viewer viewer, InteractionItem i) {
        var summary = new StringBuilder(i.getFormat().describe(i.getMinutes())).append(", started by ")
                .append(viewer.nameOf(i.getInitiatedBy()));
        if (i.getHelpAskedBy() != null) {
            summary.append("; ").append(viewer.nameOf(i.getHelpAskedBy())).append(" asked for help");
        }
        if (i.getHelpGivenBy() != null) {
            summary.append("; ").append(viewer.nameOf(i.getHelpGivenBy())).append(" gave help");
        }
        return summary.toString();
    }

    /** Two ideas of another format and shorter than the last meeting; the shortest others when none is shorter. */
    private static String ideas(InteractionItem last) {
        var picked = last == null ? IDEAS.stream().limit(2).toList()
                : IDEAS.stream().filter(i -> i.format() != last.getFormat() && i.minutes() < last.getMinutes())
                        .limit(2).toList();
        if (picked.isEmpty()) {
            picked = IDEAS.stream().filter(i -> i.format() != last.getFormat())
                    .sorted(Comparator.comparingInt(Idea::minutes)).limit(2).toList();
        }
        return picked.stream().map(i -> "a " + i.format().describe(i.minutes())).collect(Collectors.joining(" or "));
    }

    private static Interaction interaction(InteractionItem i) {
        return new Interaction(i.getId(), i.getRelationshipId(), i.getOccurredOn(), i.getMinutes(), i.getFormat(),
                i.getInitiatedBy(), i.getHelpAskedBy(), i.getHelpAsked(), i.getHelpGivenBy(), i.getHelpGiven(),
                i.getNotes(), i.getLoggedBy(), i.getConfirmedAt(), i.getVersion());
    }

    private record Idea(InteractionFormat format, int minutes) {
    }
}
