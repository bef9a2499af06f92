package app.rapport.program.domain;

import app.rapport.program.ProgramStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProgramRepository extends JpaRepository<Program, Long> {

    /** {@code coordinator} null means every program (an admin's view). */
    @Query("""
            select p from Program p
            where (:text is null or lower(p.name) like :text)
              and (:status is null or p.status = :status)
              and (:coordinator is null or :coordinator member of p.coordinatorIds)
            """)
    List<Program> search(@Param("text") String text, @Param("status") ProgramStatus status,
            @Param("coordinator") Long coordinator, Pageable page);

    @Query("""
            select count(p) from Program p
            where (:text is null or lower(p.name) like :text)
              and (:status is null or p.status = :status)
              and (:coordinator is null or :coordinator member of p.coordinatorIds)
            """)
    long countSearch(@Param("text") String text, @Param("status") ProgramStatus status,
            @Param("coordinator") Long coordinator);

    boolean existsByNameIgnoreCase(String name);

    Optional<Program> findByNameIgnoreCase(String name);

    @Query("select count(p) > 0 from Program p where p.id = :program and :account member of p.coordinatorIds")
    boolean isCoordinator(@Param("program") long programId, @Param("account") long accountId);

    @Query("select p from Program p where p.id = :program and :account member of p.coordinatorIds")
    Optional<Program> findCoordinated(@Param("program") long programId, @Param("account") long accountId);
}
