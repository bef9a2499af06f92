package app.rapport.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A read-only view of an account's name and email, so participant lists can search and sort by
 * them in one query. Accounts are changed only through the security feature (see docs/adr/0003).
 */
@Entity
@Immutable
@Table(name = "account")
public class ParticipantIdentity {

    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "email", insertable = false, updatable = false)
    private String email;

    @Column(name = "display_name", insertable = false, updatable = false)
    private String displayName;

    protected ParticipantIdentity() {
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }
}
