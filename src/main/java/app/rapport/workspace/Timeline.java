package app.rapport.workspace;

import app.rapport.feedback.FeedbackRevealed;
import app.rapport.pairing.RelationshipMoved;
import app.rapport.workspace.domain.TimelineItem;
import app.rapport.workspace.domain.TimelineItemRepository;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the timeline, always inside the transaction of the change it tells of (so a change
 * that fails leaves no entry behind). The workspace's services call it; pairing's steps arrive as
 * events. Every change to what the pair recorded is also told to the rest of the app as a
 * {@link WorkspaceChanged} event (progress derives its metrics from it).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Timeline {

    /** The kinds whose changes move a relationship's metrics. */
    private static final Set<TimelineKind> MEASURED = EnumSet.of(TimelineKind.INTERACTION, TimelineKind.CHECKIN,
            TimelineKind.GOAL, TimelineKind.PROGRESS);

    private final TimelineItemRepository items;
    private final ApplicationEventPublisher events;

    Timeline(TimelineItemRepository items, ApplicationEventPublisher events) {
        this.items = items;
        this.events = events;
    }

    void record(Viewer actor, TimelineKind kind, Long sourceId, Instant at, String summary) {
        items.save(new TimelineItem(actor.relationshipId(), kind, sourceId, at, actor.accountId(), actor.displayName(),
                summary));
        changed(actor.relationshipId(), kind);
    }

    /** Retells the entry of an edited goal, interaction or check-in. */
    void retell(TimelineKind kind, long sourceId, Instant at, String summary) {
        items.findFirstByKindAndSourceId(kind, sourceId).ifPresent(item -> {
            item.retell(at, summary);
            changed(item.getRelationshipId(), kind);
        });
    }

    void remove(TimelineKind kind, long sourceId) {
        items.findFirstByKindAndSourceId(kind, sourceId).ifPresent(item -> changed(item.getRelationshipId(), kind));
        items.deleteBySource(kind, sourceId);
    }

    private void changed(long relationshipId, TimelineKind kind) {
        if (MEASURED.contains(kind)) {
            events.publishEvent(new WorkspaceChanged(relationshipId, kind));
        }
    }

    /** One entry per feedback round, when its results become visible; no single person did it. */
    @EventListener
    void on(FeedbackRevealed revealed) {
        var summary = new StringBuilder("Peer feedback is in: ").append(revealed.answers()).append(" answers");
        appendAverage(summary, "rapport", revealed.rapport());
        appendAverage(summary, "give and take", revealed.giveAndTake());
        appendAverage(summary, "communication", revealed.communication());
        items.save(new TimelineItem(revealed.relationshipId(), TimelineKind.FEEDBACK, revealed.roundId(), revealed.at(),
                null, "Peers", summary.toString()));
    }

    private static void appendAverage(StringBuilder summary, String dimension, Double average) {
        if (average != null) {
            summary.append(" · ").append(dimension).append(' ').append(String.format(Locale.UK, "%.1f", average));
        }
    }

    @EventListener
    void on(RelationshipMoved moved) {
        var summary = switch (moved.kind()) {
            case PROPOSED -> "Pairing proposed";
            case ACCEPTED -> moved.actorName() + " accepted the pairing";
            case ACTIVATED -> "The relationship started";
            case DECLINED -> "Declined";
            case ENDED -> "Ended early";
            case COMPLETED -> "Completed";
            case WITHDRAWN -> "Proposal withdrawn";
        };
        items.save(new TimelineItem(moved.relationshipId(), TimelineKind.TRANSITION, null, moved.at(),
                moved.actorId(), moved.actorName(), moved.reason() == null ? summary : summary + ": " + moved.reason()));
    }
}
