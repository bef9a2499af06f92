package app.rapport.feedback.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FeedbackSettingsRepository extends JpaRepository<FeedbackSettingsItem, Long> {

    Optional<FeedbackSettingsItem> findByProgramId(long programId);

    /** The program's feedback lock, held to the end of the transaction: asks count open requests under it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from FeedbackSettingsItem s where s.programId = :program")
    Optional<FeedbackSettingsItem> lockByProgramId(@Param("program") long programId);
}
