package app.rapport.program.domain;

import app.rapport.program.EnrolmentRole;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Repository;

/**
 * The participant list of a program: filtered, sorted and paged in the database, on the
 * enrolment table alone (it carries a copy of the person's name and email for this).
 */
@Repository
public class ParticipantQueries {

    /** Lower-case LIKE patterns / keys, or null for "any". */
    public record Criteria(long programId, EnrolmentRole role, String tagKey, String department, String text) {
    }

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "e.personName", "email", "e.personEmail", "role", "e.role", "department", "e.department",
            "timezone", "e.timezone");

    private final EntityManager em;

    public ParticipantQueries(EntityManager em) {
        this.em = em;
    }

    /** One page of enrolments; their tags load in batches when read. */
    public List<Enrolment> page(Criteria c, Sort sort, int offset, int limit) {
        var order = new ArrayList<String>();
        for (var o : sort) {
            var path = SORTABLE.get(o.getProperty());
            if (path != null) {
                order.add(path + (o.isAscending() ? " asc" : " desc"));
            }
        }
        order.add("e.personName asc");
        order.add("e.id asc");
        var query = em.createQuery("select e from Enrolment e where " + where(c) + " order by "
                + String.join(", ", order), Enrolment.class);
        bind(query, c);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(Criteria c) {
        var query = em.createQuery("select count(e) from Enrolment e where " + where(c), Long.class);
        bind(query, c);
        return query.getSingleResult();
    }

    private static String where(Criteria c) {
        var parts = new ArrayList<String>();
        parts.add("e.programId = :program");
        if (c.role() != null) {
            parts.add("e.role = :role");
        }
        if (c.department() != null) {
            parts.add("lower(e.department) = :department");
        }
        if (c.text() != null) {
            parts.add("(lower(e.personName) like :text or e.personEmail like :text)");
        }
        if (c.tagKey() != null) {
            parts.add("(exists (select 1 from Enrolment s join s.skills t where s = e and t.nameKey = :tag)"
                    + " or exists (select 1 from Enrolment g join g.goals t where g = e and t.nameKey = :tag))");
        }
        return String.join(" and ", parts);
    }

    private static void bind(TypedQuery<?> query, Criteria c) {
        query.setParameter("program", c.programId());
        if (c.role() != null) {
            query.setParameter("role", c.role());
        }
        if (c.department() != null) {
            query.setParameter("department", c.department());
        }
        if (c.text() != null) {
            query.setParameter("text", c.text());
        }
        if (c.tagKey() != null) {
            query.setParameter("tag", c.tagKey());
        }
    }

    /** Distinct departments of a program, for the filter's choices. */
    public List<String> departments(long programId) {
        return em.createQuery("select distinct e.department from Enrolment e where e.programId = :program "
                + "and e.department is not null order by e.department", String.class)
                .setParameter("program", programId).getResultList();
    }
}
