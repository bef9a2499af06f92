package app.rapport.pairing;

import java.util.Set;

/** The relationship grid's filters: statuses (empty means all) and text in either name. */
public record RelationshipFilter(Set<RelationshipStatus> statuses, String text) {

    public static final RelationshipFilter ALL = new RelationshipFilter(Set.of(), null);
}
