package app.rapport.workspace;

import app.rapport.security.AppRoles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens a relationship's workspace: who the caller is there and what they may do. */
@Service
@Transactional(readOnly = true)
public class WorkspaceService {

    private final WorkspaceAccess access;

    WorkspaceService(WorkspaceAccess access) {
        this.access = access;
    }

    /** The caller's view of the relationship; refused for anyone but the pair, its coordinators and admins. */
    @PreAuthorize(AppRoles.IS_SIGNED_IN)
    public Viewer open(long relationshipId) {
        return access.view(relationshipId);
    }
}
