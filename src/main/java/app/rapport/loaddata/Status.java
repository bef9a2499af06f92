package app.rapport.loaddata;

/** A planned relationship's status, as the relationship table spells it. */
enum Status {
    PROPOSED, ACTIVE, COMPLETED, DECLINED, ENDED;

    boolean open() {
        return this == PROPOSED || this == ACTIVE;
    }

    boolean started() {
        return this == ACTIVE || this == COMPLETED || this == ENDED;
    }
}
