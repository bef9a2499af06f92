package app.rapport.workspace;

import app.rapport.workspace.domain.CheckinItemRepository;
import app.rapport.workspace.domain.GoalItemRepository;
import app.rapport.workspace.domain.GoalProgressItemRepository;
import app.rapport.workspace.domain.InteractionItemRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measurable part of many relationships' workspaces at once (dates, minutes, who asked and
 * gave, ratings, goal progress; never notes or reflections), in four statements, for read models
 * that derive metrics from it. Nothing here is guarded: the caller decides who sees what it derives.
 */
@Component
@Transactional(readOnly = true)
public class WorkspaceHistory {

    private final InteractionItemRepository interactions;
    private final CheckinItemRepository checkins;
    private final GoalItemRepository goals;
    private final GoalProgressItemRepository progress;

    WorkspaceHistory(InteractionItemRepository interactions, CheckinItemRepository checkins, GoalItemRepository goals,
            GoalProgressItemRepository progress) {
        this.interactions = interactions;
        this.checkins = checkins;
        this.goals = goals;
        this.progress = progress;
    }

    /** An interaction as progress counts it: its day, its minutes, and who asked for and gave help. */
    public record Met(LocalDate on, int minutes, Side askedBy, Side givenBy) {
    }

    /** A check-in as progress counts it: its author's side, when it was made, and its three ratings. */
    public record Rated(Side side, Instant at, int connection, int trust, int value) {

        public double average() {
            return (connection + trust + value) / 3.0;
        }
    }

    /** A goal and every value its progress took, oldest first. */
    public record GoalTrack(long goalId, String title, Instant createdAt, List<Step> steps) {
    }

    public record Step(Instant at, int progress) {
    }

    /** One relationship's measurable history. */
    public record Pair(List<Met> interactions, List<Rated> checkins, List<GoalTrack> goals) {

        public static final Pair EMPTY = new Pair(List.of(), List.of(), List.of());
    }

    /** The histories of the given relationships; one with nothing recorded is absent from the map. */
    public Map<Long, Pair> of(Collection<Long> relationshipIds) {
        if (relationshipIds.isEmpty()) {
            return Map.of();
        }
        var met = new HashMap<Long, List<Met>>();
        for (var row : interactions.measured(relationshipIds)) {
            met.computeIfAbsent(row.relationshipId(), k -> new ArrayList<>())
                    .add(new Met(row.occurredOn(), row.minutes(), row.helpAskedBy(), row.helpGivenBy()));
        }
        var rated = new HashMap<Long, List<Rated>>();
        for (var row : checkins.measured(relationshipIds)) {
            rated.computeIfAbsent(row.relationshipId(), k -> new ArrayList<>())
                    .add(new Rated(row.side(), row.createdAt(), row.connection(), row.trust(), row.value()));
        }
        var steps = new HashMap<Long, List<Step>>();
        for (var row : progress.measured(relationshipIds)) {
            steps.computeIfAbsent(row.goalId(), k -> new ArrayList<>()).add(new Step(row.recordedAt(), row.progress()));
        }
        var tracks = new HashMap<Long, List<GoalTrack>>();
        for (var row : goals.measured(relationshipIds)) {
            tracks.computeIfAbsent(row.relationshipId(), k -> new ArrayList<>()).add(new GoalTrack(row.goalId(),
                    row.title(), row.createdAt(), List.copyOf(steps.getOrDefault(row.goalId(), List.of()))));
        }
        var result = new LinkedHashMap<Long, Pair>();
        for (long id : relationshipIds) {
            if (met.containsKey(id) || rated.containsKey(id) || tracks.containsKey(id)) {
                result.put(id, new Pair(met.getOrDefault(id, List.of()), rated.getOrDefault(id, List.of()),
                        tracks.getOrDefault(id, List.of())));
            }
        }
        return result;
    }
}
