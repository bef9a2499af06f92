package app.rapport.workspace;

import app.rapport.security.AppRoles;
import app.rapport.workspace.domain.TimelineItem;
import app.rapport.workspace.domain.TimelineItemRepository;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A relationship's timeline, newest first, filtered by kind, one page at a time. */
@Service
@Transactional(readOnly = true)
public class TimelineService {

    private final TimelineItemRepository items;
    private final WorkspaceAccess access;

    TimelineService(TimelineItemRepository items, WorkspaceAccess access) {
        this.items = items;
        this.access = access;
    }

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public List<TimelineEntry> page(long relationshipId, Set<TimelineKind> kinds, int offset, int limit) {
        access.view(relationshipId);
        int size = Math.max(1, limit);
        return items.page(relationshipId, kinds(kinds), PageRequest.of(offset / size, size)).stream()
                .map(TimelineService::entry).toList();
    }

    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public long count(long relationshipId, Set<TimelineKind> kinds) {
        access.view(relationshipId);
        return items.count(relationshipId, kinds(kinds));
    }

    private static Set<TimelineKind> kinds(Set<TimelineKind> kinds) {
        return kinds == null || kinds.isEmpty() ? EnumSet.allOf(TimelineKind.class) : kinds;
    }

    private static TimelineEntry entry(TimelineItem t) {
        return new TimelineEntry(t.getId(), t.getKind(), t.getOccurredAt(), t.getActorId(), t.getActorName(),
                t.getSummary());
    }
}
