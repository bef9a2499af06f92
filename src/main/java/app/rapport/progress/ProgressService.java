package app.rapport.progress;

import app.rapport.base.Days;
import app.rapport.feedback.PeerSignals;
import app.rapport.pairing.RelationshipStatus;
import app.rapport.program.ProgramDirectory;
import app.rapport.program.ProgramRef;
import app.rapport.progress.RelationshipProgress.GoalLine;
import app.rapport.security.AppRoles;
import app.rapport.security.CurrentUser;
import app.rapport.workspace.WorkspaceService;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress for people: a relationship's page (the pair, the program's coordinators, admins: the
 * same people who open its workspace) and a program's dashboard (its coordinators and admins).
 * Everything is read from the progress tables, a handful of statements per page.
 */
@Service
@Transactional(readOnly = true)
public class ProgressService {

    /** Days after which a proposal nobody answered counts as at risk. */
    static final int PROPOSAL_PATIENCE_DAYS = 7;
    /** Points of health lost over 4 weeks that count as a fall. */
    static final int HEALTH_FALL = 15;
    static final int TREND_WEEKS = 16;
    static final int RECENT_DAYS = 30;
    static final int PEER_RATE_DAYS = 180;

    private final WorkspaceService workspace;
    private final ProgramDirectory programs;
    private final PeerSignals peers;
    private final ProgressStore store;
    private final DashboardStore dashboards;
    private final ProgressProjector projector;
    private final Clock clock;

    ProgressService(WorkspaceService workspace, ProgramDirectory programs, PeerSignals peers, ProgressStore store,
            DashboardStore dashboards, ProgressProjector projector, Clock clock) {
        this.workspace = workspace;
        this.programs = programs;
        this.peers = peers;
        this.store = store;
        this.dashboards = dashboards;
        this.projector = projector;
        this.clock = clock;
    }

    /** The weeks of a relationship from the week of {@code from} to the week of {@code to}. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public RelationshipProgress progress(long relationshipId, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("The range must start before it ends");
        }
        var viewer = workspace.open(relationshipId);
        var r = viewer.relationship();
        var fromWeek = Projections.weekStart(from);
        var toWeek = Projections.weekStart(to);
        var summary = store.summary(relationshipId);
        var weeks = store.weeks(relationshipId, fromWeek, toWeek);
        var index = new HashMap<LocalDate, Integer>();
        for (int i = 0; i < weeks.size(); i++) {
            index.put(weeks.get(i).weekStart(), i);
        }
        var lines = new LinkedHashMap<Long, GoalLine>();
        for (var g : store.goalWeeks(relationshipId, fromWeek, toWeek)) {
            var at = index.get(g.weekStart());
            if (at != null) {
                lines.computeIfAbsent(g.goalId(), id -> new GoalLine(id, g.title(),
                        Arrays.asList(new Integer[weeks.size()]))).progress().set(at, g.progress());
            }
        }
        var health = summary.filter(s -> s.health() != null)
                .map(s -> new Health(s.health(), ReasonText.decode(s.reasons()))).orElse(null);
        return new RelationshipProgress(r.id(), r.programId(), viewer.program().name(), r.mentorName(),
                r.menteeName(), r.status(), viewer.isParty(), viewer.program().stallThresholdDays(),
                r.startedAt() == null ? null : HealthFormula.date(r.startedAt()), fromWeek, toWeek.plusDays(6), health,
                summary.map(Projection.Summary::computedOn).orElse(null), weeks,
                lines.values().stream().map(l -> new GoalLine(l.goalId(), l.title(),
                        Collections.unmodifiableList(new ArrayList<>(l.progress())))).toList());
    }

    @PreAuthorize(AppRoles.IS_STAFF)
    public ProgramDashboard dashboard(long programId) {
        var program = manageable(programId);
        var today = today();
        var from = today.minusDays(RECENT_DAYS - 1L);
        var quietBefore = today.minusDays(program.stallThresholdDays());
        var proposedBefore = clock.instant().minus(Duration.ofDays(PROPOSAL_PATIENCE_DAYS));
        var figures = dashboards.figures(programId, from, quietBefore, proposedBefore);
        var activity = dashboards.activity(programId, from);
        var trend = dashboards.trend(programId, Projections.weekStart(today).minusWeeks(TREND_WEEKS - 1L));
        var atRisk = atRisk(program, today, quietBefore, proposedBefore);
        var peerCounts = peers.responseCounts(programId, clock.instant().minus(Duration.ofDays(PEER_RATE_DAYS)));
        double expected = figures.activeSince() * 2.0 * RECENT_DAYS / program.checkinCadenceDays();
        Integer checkinRate = expected == 0 ? null : (int) Math.min(100, Math.round(100 * activity[1] / expected));
        Integer peerRate = peerCounts.asked() == 0 ? null
                : (int) Math.round(100.0 * peerCounts.answered() / peerCounts.asked());
        return new ProgramDashboard(program, figures.relationships(),
                figures.active(), figures.averageHealth() == null ? null : (int) Math.round(figures.averageHealth()),
                activity[0], checkinRate, peerRate, figures.bands(), trend, figures.atRisk(), atRisk, today);
    }

    /**
     * How many relationships are at risk in each program, by the dashboard's rules: for the home
     * page's cards. Every program must be one the caller may manage.
     */
    @PreAuthorize(AppRoles.IS_STAFF)
    public Map<Long, Integer> atRiskCounts(Collection<Long> programIds) {
        var today = today();
        var proposedBefore = clock.instant().minus(Duration.ofDays(PROPOSAL_PATIENCE_DAYS));
        var counts = new LinkedHashMap<Long, Integer>();
        for (var id : programIds) {
            var program = manageable(id);
            counts.put(id, dashboards.figures(id, today.minusDays(RECENT_DAYS - 1L),
                    today.minusDays(program.stallThresholdDays()), proposedBefore).atRisk());
        }
        return counts;
    }

    private List<AtRisk> atRisk(ProgramRef program, LocalDate today, LocalDate quietBefore, Instant proposedBefore) {
        var list = new ArrayList<AtRisk>();
        for (var s : dashboards.atRisk(program.id(), quietBefore, proposedBefore)) {
            var reasons = new ArrayList<String>();
            if (s.status() == RelationshipStatus.PROPOSED) {
                reasons.add("Proposal waiting for an answer for "
                        + HealthFormula.days(HealthFormula.date(s.proposedAt()), today) + " days");
            } else {
                var last = s.lastInteractionOn();
                var quietSince = last == null ? s.startedOn() : last;
                if (quietSince.isBefore(quietBefore)) {
                    reasons.add((last == null ? "No interaction since the start, " : "No interaction for ")
                            + HealthFormula.days(quietSince, today) + " days (stall threshold "
                            + program.stallThresholdDays() + ")");
                }
                if (s.health() != null && s.healthFourWeeksAgo() != null
                        && s.healthFourWeeksAgo() - s.health() >= HEALTH_FALL) {
                    reasons.add("Health fell from " + s.healthFourWeeksAgo() + " to " + s.health() + " in 4 weeks");
                }
                if (s.oneSided()) {
                    reasons.add("One-sided give-and-take: help flows almost only to the "
                            + (s.menteeAsks() + s.mentorGives() >= s.mentorAsks() + s.menteeGives() ? "mentee"
                                    : "mentor"));
                }
            }
            list.add(new AtRisk(s.relationshipId(), s.mentorName(), s.menteeName(), s.status(), s.health(),
                    List.copyOf(reasons)));
        }
        return list;
    }

    @PreAuthorize(AppRoles.IS_STAFF)
    public List<RelationshipRow> relationships(long programId, RowQuery query, int offset, int limit) {
        manageable(programId);
        return dashboards.rows(programId, query, offset, limit).stream().map(RelationshipRow::of).toList();
    }

    @PreAuthorize(AppRoles.IS_STAFF)
    public int countRelationships(long programId, RowQuery query) {
        manageable(programId);
        return dashboards.count(programId, query);
    }

    /** Every relationship the query selects, in its order, handed one at a time (for the CSV export). */
    @PreAuthorize(AppRoles.IS_STAFF)
    public void eachRelationship(long programId, RowQuery query, Consumer<RelationshipRow> row) {
        manageable(programId);
        dashboards.each(programId, query, s -> row.accept(RelationshipRow.of(s)));
    }

    /** The relationships the query selects, with their metrics, as CSV (a header row first). */
    @PreAuthorize(AppRoles.IS_STAFF)
    public void exportCsv(long programId, RowQuery query, Writer out) {
        manageable(programId);
        try (var csv = new RelationshipsCsv(out)) {
            dashboards.each(programId, query, s -> csv.write(RelationshipRow.of(s)));
        }
    }

    /** Computes every relationship's metrics afresh from what was recorded (admins). */
    @PreAuthorize(AppRoles.IS_ADMIN)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public RebuildReport rebuild() {
        return projector.rebuildAll("ADMIN", CurrentUser.require().accountId());
    }

    @PreAuthorize(AppRoles.IS_STAFF)
    public Optional<RebuildReport> lastRebuild() {
        return store.lastRebuild();
    }

    /** The program when the caller coordinates it or is an admin; otherwise as if it did not exist. */
    private ProgramRef manageable(long programId) {
        return programs.runBy(CurrentUser.require(), programId)
                .orElseThrow(() -> new AccessDeniedException("Not a coordinator of this program"));
    }

    private LocalDate today() {
        return Days.today(clock);
    }
}
