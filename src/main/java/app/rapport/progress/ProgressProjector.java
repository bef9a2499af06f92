package app.rapport.progress;

import app.rapport.base.Days;
import app.rapport.base.TimeTravel;
import app.rapport.feedback.FeedbackRevealed;
import app.rapport.feedback.PeerResultsChanged;
import app.rapport.feedback.PeerSignals;
import app.rapport.pairing.RelationshipDirectory;
import app.rapport.pairing.RelationshipFacts;
import app.rapport.pairing.RelationshipMoved;
import app.rapport.program.ProgramDirectory;
import app.rapport.program.StallThresholdChanged;
import app.rapport.progress.HealthFormula.Input;
import app.rapport.security.AccountRenamed;
import app.rapport.workspace.WorkspaceChanged;
import app.rapport.workspace.WorkspaceHistory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the progress tables in step with what happened: after every committed change another
 * feature tells of, the relationship concerned is projected again from its whole history (as of
 * today), under a lock on its summary row so two updates of one relationship never interleave.
 * The full rebuild projects every relationship the same way, a slice at a time. A failed update
 * is logged and left for the next rebuild; it never undoes the change that caused it.
 */
@Component
class ProgressProjector {

    private static final Logger log = LoggerFactory.getLogger(ProgressProjector.class);
    static final int SLICE = 200;

    private final RelationshipDirectory relationships;
    private final ProgramDirectory programs;
    private final WorkspaceHistory workspace;
    private final PeerSignals peers;
    private final ProgressStore store;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final TaskExecutor background = new SimpleAsyncTaskExecutor("progress-program-");

    ProgressProjector(RelationshipDirectory relationships, ProgramDirectory programs, WorkspaceHistory workspace,
            PeerSignals peers, ProgressStore store, Clock clock, PlatformTransactionManager transactions) {
        this.relationships = relationships;
        this.programs = programs;
        this.workspace = workspace;
        this.peers = peers;
        this.store = store;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    @TransactionalEventListener
    void on(WorkspaceChanged changed) {
        refresh(changed.relationshipId());
    }

    @TransactionalEventListener
    void on(RelationshipMoved moved) {
        refresh(moved.relationshipId());
    }

    @TransactionalEventListener
    void on(FeedbackRevealed revealed) {
        refresh(revealed.relationshipId());
    }

    @TransactionalEventListener
    void on(PeerResultsChanged changed) {
        refresh(changed.relationshipId());
    }

    @TransactionalEventListener
    void on(AccountRenamed renamed) {
        tx.executeWithoutResult(status -> store.rename(renamed.accountId(), renamed.displayName()));
    }

    /**
     * Projects one relationship again. History written in the past by the demo seeders (see
     * {@link TimeTravel}) is left to the full rebuild they run once they are done.
     */
    void refresh(long relationshipId) {
        if (TimeTravel.current() != null) {
            return;
        }
        try {
            tx.executeWithoutResult(status -> project(List.of(relationshipId), today()));
        } catch (RuntimeException e) {
            log.warn("Could not update the progress of relationship {}; the next rebuild will", relationshipId, e);
        }
    }

    /** Projects every relationship of the workspace as of today, a slice per transaction. */
    RebuildReport rebuildAll(String trigger, Long requestedBy) {
        var asOf = today();
        long run = store.startRebuild(trigger, requestedBy, asOf, clock.instant());
        int count = projectInSlices(after -> relationships.after(after, SLICE), asOf);
        store.finishRebuild(run, count, clock.instant());
        log.info("Progress rebuilt ({}): {} relationships as of {}", trigger, count, asOf);
        return store.rebuild(run);
    }

    /**
     * A new stall threshold changes what counts as a gap, so every relationship of the program is
     * projected again: in the background, a slice per transaction, as the full rebuild does.
     */
    @TransactionalEventListener
    void on(StallThresholdChanged changed) {
        background.execute(() -> {
            try {
                projectInSlices(after -> relationships.after(changed.programId(), after, SLICE), today());
            } catch (RuntimeException e) {
                log.warn("Could not update program {} after its stall threshold changed; the next rebuild will",
                        changed.programId(), e);
            }
        });
    }

    /** Projects the relationships a slice at a time, a transaction per slice; returns how many. */
    private int projectInSlices(LongFunction<List<RelationshipFacts>> next, LocalDate asOf) {
        long after = 0;
        int count = 0;
        while (true) {
            var slice = next.apply(after);
            if (slice.isEmpty()) {
                return count;
            }
            var ids = slice.stream().map(RelationshipFacts::id).toList();
            tx.executeWithoutResult(status -> project(ids, asOf));
            count += ids.size();
            after = ids.get(ids.size() - 1);
        }
    }

    /** Reads the relationships' histories after locking their rows, so what is written is never older than what is kept. */
    private void project(List<Long> relationshipIds, LocalDate asOf) {
        store.lock(relationshipIds);
        var facts = relationships.find(relationshipIds);
        if (facts.isEmpty()) {
            return;
        }
        var ids = facts.stream().map(f -> f.id()).toList();
        var settings = programs.programs(facts.stream().map(f -> f.programId()).distinct().toList());
        var histories = workspace.of(ids);
        var rounds = peers.revealed(ids);
        var projections = new ArrayList<Projection>(facts.size());
        for (var f : facts) {
            var input = Input.of(f, settings.get(f.programId()).stallThresholdDays(),
                    histories.getOrDefault(f.id(), WorkspaceHistory.Pair.EMPTY), rounds.getOrDefault(f.id(), List.of()));
            projections.add(Projections.project(input, asOf));
        }
        store.replace(projections);
    }

    LocalDate today() {
        return Days.today(clock);
    }
}
