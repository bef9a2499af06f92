package app.rapport.program.domain;

import app.rapport.program.EnrolmentRole;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    Optional<Enrolment> findByProgramIdAndAccountId(long programId, long accountId);

    List<Enrolment> findByAccountIdOrderByIdAsc(long accountId);

    /** The person's latest active enrolment that names a time zone. */
    Optional<Enrolment> findFirstByAccountIdAndStatusAndTimezoneIsNotNullOrderByIdDesc(long accountId,
            app.rapport.program.EnrolmentStatus status);

    @Query("""
            select e from Enrolment e
            where e.programId = :program and e.role = :role and e.status = app.rapport.program.EnrolmentStatus.ACTIVE
            order by e.personName, e.id
            """)
    List<Enrolment> findActiveInRole(@Param("program") long programId, @Param("role") EnrolmentRole role);

    /** Account ids of the program's active participants whose name or email matches a LIKE pattern; by name. */
    @Query("""
            select e.accountId from Enrolment e
            where e.programId = :program and e.status = app.rapport.program.EnrolmentStatus.ACTIVE
              and (:pattern is null or lower(e.personName) like :pattern or lower(e.personEmail) like :pattern)
            order by e.personName, e.id
            """)
    List<Long> findActiveAccounts(@Param("program") long programId, @Param("pattern") String pattern,
            org.springframework.data.domain.Pageable page);

    /** Active enrolments per program and role. */
    @Query("""
            select new app.rapport.program.domain.RoleCount(e.programId, e.role, count(e)) from Enrolment e
            where e.programId in :programs and e.status = app.rapport.program.EnrolmentStatus.ACTIVE
            group by e.programId, e.role
            """)
    List<RoleCount> countByRole(@Param("programs") List<Long> programIds);

    /** Keeps the copied name current; no version bump, since the person's profile did not change. */
    @org.springframework.data.jpa.repository.Modifying
    @Query("update Enrolment e set e.personName = :name where e.accountId = :account")
    int renamePerson(@Param("account") long accountId, @Param("name") String name);

    /** Keeps the copied email current, like the name. */
    @org.springframework.data.jpa.repository.Modifying
    @Query("update Enrolment e set e.personEmail = :email where e.accountId = :account")
    int changePersonEmail(@Param("account") long accountId, @Param("email") String email);

    /** Account ids of the program's active participants among the given enrolments (all of them when null). */
    @Query("""
            select e.accountId from Enrolment e
            where e.programId = :program and e.status = app.rapport.program.EnrolmentStatus.ACTIVE
              and (:all = true or e.id in :enrolments)
            order by e.personName, e.id
            """)
    List<Long> findActiveAccountIds(@Param("program") long programId, @Param("all") boolean all,
            @Param("enrolments") java.util.Collection<Long> enrolmentIds);

    /** Which of these accounts are enrolled in the program, whatever their enrolment's status. */
    @Query("select e.accountId from Enrolment e where e.programId = :program and e.accountId in :accounts")
    List<Long> findEnrolledAccounts(@Param("program") long programId,
            @Param("accounts") java.util.Collection<Long> accountIds);
}
