package app.rapport.security.domain;

import app.rapport.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One "forgot password" request, whether or not the email has an account. */
@Entity
@Table(name = "password_reset_request")
public class PasswordResetRequest extends AbstractEntity {

    /** Longest network address kept: an IPv6 address with a zone fits. */
    public static final int ADDRESS_MAX = 64;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "address", nullable = false, length = ADDRESS_MAX)
    private String address;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    protected PasswordResetRequest() {
    }

    public PasswordResetRequest(String email, String address, Instant requestedAt) {
        this.email = email;
        this.address = address;
        this.requestedAt = requestedAt;
    }
}
