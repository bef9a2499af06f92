package app.rapport.pairing.domain;

import app.rapport.pairing.RelationshipStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RelationshipRepository extends JpaRepository<Relationship, Long> {

    @Query("""
            select count(r) from Relationship r where r.mentorEnrolmentId = :mentor and r.status in :statuses
            """)
    long countByMentor(@Param("mentor") long mentorEnrolmentId,
            @Param("statuses") Collection<RelationshipStatus> statuses);

    @Query("""
            select count(r) from Relationship r where r.menteeEnrolmentId = :mentee and r.status in :statuses
            """)
    long countByMentee(@Param("mentee") long menteeEnrolmentId,
            @Param("statuses") Collection<RelationshipStatus> statuses);

    @Query("""
            select count(r) > 0 from Relationship r
            where r.mentorEnrolmentId = :mentor and r.menteeEnrolmentId = :mentee and r.openPair = true
            """)
    boolean existsOpenPair(@Param("mentor") long mentorEnrolmentId, @Param("mentee") long menteeEnrolmentId);

    @Query("""
            select count(r) > 0 from Relationship r
            where r.mentorEnrolmentId = :mentor and r.menteeEnrolmentId = :mentee
              and r.status = app.rapport.pairing.RelationshipStatus.DECLINED
            """)
    boolean declinedBefore(@Param("mentor") long mentorEnrolmentId, @Param("mentee") long menteeEnrolmentId);

    /** The pairs of every declined proposal in the program. */
    @Query("""
            select new app.rapport.pairing.domain.PairIds(r.mentorEnrolmentId, r.menteeEnrolmentId) from Relationship r
            where r.programId = :program and r.status = app.rapport.pairing.RelationshipStatus.DECLINED
            """)
    List<PairIds> declinedPairs(@Param("program") long programId);

    /** Every relationship of the program that ended early, oldest end first. */
    @Query("""
            select new app.rapport.pairing.domain.EndedPair(r.mentorEnrolmentId, r.menteeEnrolmentId, r.closedAt,
                r.closeReason) from Relationship r
            where r.programId = :program and r.status = app.rapport.pairing.RelationshipStatus.ENDED
            order by r.closedAt
            """)
    List<EndedPair> endedPairs(@Param("program") long programId);

    /** The pair's latest relationship with this status, if any. */
    Optional<Relationship> findFirstByMentorEnrolmentIdAndMenteeEnrolmentIdAndStatusOrderByClosedAtDesc(
            long mentorEnrolmentId, long menteeEnrolmentId, RelationshipStatus status);

    /** Mentee names of the mentor's open relationships (active and proposed), in alphabetical order. */
    @Query("""
            select r.menteeName from Relationship r where r.mentorEnrolmentId = :mentor and r.openPair = true
            order by r.menteeName
            """)
    List<String> openMenteeNames(@Param("mentor") long mentorEnrolmentId);

    @Query("select r.mentorEnrolmentId from Relationship r where r.menteeEnrolmentId = :mentee and r.openPair = true")
    List<Long> openMentorsOf(@Param("mentee") long menteeEnrolmentId);

    /** Open relationships per mentor enrolment in the program. */
    @Query("""
            select new app.rapport.pairing.domain.EnrolmentCount(r.mentorEnrolmentId, count(r)) from Relationship r
            where r.programId = :program and r.openPair = true group by r.mentorEnrolmentId
            """)
    List<EnrolmentCount> openByMentor(@Param("program") long programId);

    /** Open relationships per mentee enrolment in the program. */
    @Query("""
            select new app.rapport.pairing.domain.EnrolmentCount(r.menteeEnrolmentId, count(r)) from Relationship r
            where r.programId = :program and r.openPair = true group by r.menteeEnrolmentId
            """)
    List<EnrolmentCount> openByMentee(@Param("program") long programId);

    /** Open relationships per program and status. */
    @Query("""
            select new app.rapport.pairing.domain.StatusCount(r.programId, r.status, count(r)) from Relationship r
            where r.programId in :programs and r.openPair = true group by r.programId, r.status
            """)
    List<StatusCount> countOpen(@Param("programs") Collection<Long> programIds);

    @Query("""
            select r from Relationship r
            where r.programId = :program and r.status in :statuses
              and (:text is null or lower(r.mentorName) like :text or lower(r.menteeName) like :text)
            """)
    List<Relationship> search(@Param("program") long programId,
            @Param("statuses") Collection<RelationshipStatus> statuses, @Param("text") String text, Pageable page);

    @Query("""
            select count(r) from Relationship r
            where r.programId = :program and r.status in :statuses
              and (:text is null or lower(r.mentorName) like :text or lower(r.menteeName) like :text)
            """)
    long countSearch(@Param("program") long programId, @Param("statuses") Collection<RelationshipStatus> statuses,
            @Param("text") String text);

    @Query("""
            select r from Relationship r
            where (r.mentorAccountId = :account or r.menteeAccountId = :account) and r.status in :statuses
            order by r.proposedAt desc, r.id desc
            """)
    List<Relationship> findMine(@Param("account") long accountId,
            @Param("statuses") Collection<RelationshipStatus> statuses);

    @Query("""
            select count(r) > 0 from Relationship r
            where r.mentorEnrolmentId = :enrolment or r.menteeEnrolmentId = :enrolment
            """)
    boolean usesEnrolment(@Param("enrolment") long enrolmentId);

    @Modifying
    @Query("update Relationship r set r.mentorName = :name where r.mentorAccountId = :account")
    int renameMentor(@Param("account") long accountId, @Param("name") String name);

    @Modifying
    @Query("update Relationship r set r.menteeName = :name where r.menteeAccountId = :account")
    int renameMentee(@Param("account") long accountId, @Param("name") String name);

    List<Relationship> findByIdGreaterThanOrderByIdAsc(long afterId, Limit limit);

    List<Relationship> findByProgramIdAndIdGreaterThanOrderByIdAsc(long programId, long afterId, Limit limit);
}
