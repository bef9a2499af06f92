package app.rapport.security.domain;

import app.rapport.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String normalizedEmail);

    boolean existsByEmail(String normalizedEmail);

    @Query("select a from Account a left join fetch a.roles where a.email = :email")
    Optional<Account> findWithRolesByEmail(@Param("email") String normalizedEmail);

    @Query("select a from Account a left join fetch a.roles where a.id = :id")
    Optional<Account> findWithRolesById(@Param("id") long id);

    /** {@code text} is a lower-case {@code LIKE} pattern or null; {@code role} null means any. */
    @Query("""
            select a from Account a
            where (:text is null or lower(a.email) like :text or lower(a.displayName) like :text)
              and (:role is null or :role member of a.roles)
            """)
    List<Account> search(@Param("text") String text, @Param("role") Role role, Pageable pageable);

    @Query("""
            select count(a) from Account a
            where (:text is null or lower(a.email) like :text or lower(a.displayName) like :text)
              and (:role is null or :role member of a.roles)
            """)
    long countSearch(@Param("text") String text, @Param("role") Role role);

    @Query("select count(a) from Account a where a.enabled = true and :role member of a.roles")
    long countEnabledWithRole(@Param("role") Role role);

    /** Notes the first sign-in, once; a bulk update, so it never collides with an admin's edit of the account. */
    @Modifying
    @Query("update Account a set a.firstSignedInAt = :at where a.id = :id and a.firstSignedInAt is null")
    int markFirstSignIn(@Param("id") long id, @Param("at") Instant at);
}
