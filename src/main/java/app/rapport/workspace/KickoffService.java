package app.rapport.workspace;

import app.rapport.base.RuleViolation;
import app.rapport.base.StaleEdit;
import app.rapport.security.AppRoles;
import app.rapport.workspace.domain.KickoffItem;
import app.rapport.workspace.domain.KickoffItemRepository;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Comparator;
import java.util.Objects;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The kick-off of a relationship (practice 1, check your motivation): each side writes what they
 * want from it. Both parties, the program's coordinators and admins read both sides; each party
 * writes and edits only their own, while the relationship is active.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class KickoffService {

    private static final String WHAT = "kick-off";

    private final KickoffItemRepository kickoffs;
    private final WorkspaceAccess access;
    private final Timeline timeline;
    private final Validator validator;
    private final Clock clock;

    KickoffService(KickoffItemRepository kickoffs, WorkspaceAccess access, Timeline timeline, Validator validator,
            Clock clock) {
        this.kickoffs = kickoffs;
        this.access = access;
        this.timeline = timeline;
        this.validator = validator;
        this.clock = clock;
    }


    /** Both sides' kick-offs, as far as they are written. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public Kickoffs kickoffs(long relationshipId) {
        var viewer = access.view(relationshipId);
        Kickoff mentor = null;
        Kickoff mentee = null;
        for (var item : kickoffs.findByRelationshipId(relationshipId)) {
            if (item.getSide() == Side.MENTOR) {
                mentor = kickoff(viewer, item);
            } else {
                mentee = kickoff(viewer, item);
            }
        }
        return new Kickoffs(mentor, mentee);
    }

    /**
     * Writes the caller's own kick-off, or rewrites it when {@code draft.version()} is the version
     * they read. Two tabs writing the first one at once, or an edit of an old version, is a
     * {@link StaleEdit}.
     */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    @Transactional
    public Kickoff write(long relationshipId, KickoffDraft draft) {
        var viewer = access.write(relationshipId);
        var clean = check(draft);
        var now = clock.instant();
        var existing = kickoffs.findByRelationshipId(relationshipId).stream()
                .filter(k -> k.getSide() == viewer.side()).findFirst();
        if (existing.isEmpty()) {
            if (draft.version() != null) {
                throw new StaleEdit(WHAT);
            }
            var item = save(new KickoffItem(relationshipId, viewer.side(), viewer.accountId(), clean.wants(),
                    clean.seesRelationship(), now));
            timeline.record(viewer, TimelineKind.KICKOFF, item.getId(), now, "Wrote the kick-off");
            return kickoff(viewer, item);
        }
        var item = existing.get();
        if (!Objects.equals(draft.version(), item.getVersion())) {
            throw new StaleEdit(WHAT);
        }
        item.rewrite(clean.wants(), clean.seesRelationship(), now);
        item = save(item);
        timeline.retell(TimelineKind.KICKOFF, item.getId(), now, "Updated the kick-off");
        return kickoff(viewer, item);
    }

    private KickoffDraft check(KickoffDraft draft) {
        if (draft == null) {
            throw new RuleViolation(null, "Nothing to save");
        }
        var clean = new KickoffDraft(draft.version(), draft.wants() == null ? null : draft.wants().strip(),
                draft.seesRelationship());
        validator.validate(clean).stream()
                .min(Comparator.comparing((ConstraintViolation<KickoffDraft> v) -> v.getPropertyPath().toString()))
                .ifPresent(v -> {
                    throw new RuleViolation(v.getPropertyPath().toString(), v.getMessage());
                });
        return clean;
    }

    private KickoffItem save(KickoffItem item) {
        try {
            return kickoffs.saveAndFlush(item);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            // The unique key (one per side) or the version refused it: someone saved first.
            throw new StaleEdit(WHAT);
        }
    }

    private static Kickoff kickoff(Viewer viewer, KickoffItem k) {
        return new Kickoff(k.getId(), k.getRelationshipId(), k.getSide(), k.getAuthorId(), viewer.nameOf(k.getSide()),
                k.getWants(), k.isSeesRelationship(), k.getWrittenAt(), k.getUpdatedAt(), k.getVersion());
    }
}
