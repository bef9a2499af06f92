package app.rapport.pairing;

import java.util.Set;

/**
 * A relationship's lifecycle: {@code PROPOSED -> ACTIVE -> COMPLETED}, {@code PROPOSED -> DECLINED}
 * (a party's no), {@code PROPOSED -> WITHDRAWN} (the coordinator's, before anyone answered) and
 * {@code ACTIVE -> ENDED}. The service moves relationships only along these arrows.
 */
public enum RelationshipStatus {
    PROPOSED("Proposed"), ACTIVE("Active"), COMPLETED("Completed"), DECLINED("Declined"), ENDED("Ended early"),
    WITHDRAWN("Withdrawn");

    private final String label;

    RelationshipStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Proposed or active: it holds a mentor's slot and blocks a second relationship of the pair. */
    public boolean open() {
        return this == PROPOSED || this == ACTIVE;
    }

    /** Active once: it has (or had) a workspace; a proposal that was declined or withdrawn never did. */
    public boolean started() {
        return this == ACTIVE || this == COMPLETED || this == ENDED;
    }

    public boolean canMoveTo(RelationshipStatus target) {
        return switch (this) {
            case PROPOSED -> Set.of(ACTIVE, DECLINED, WITHDRAWN).contains(target);
            case ACTIVE -> Set.of(COMPLETED, ENDED).contains(target);
            default -> false;
        };
    }
}
