package app.rapport.feedback.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FeedbackViewLogRepository extends JpaRepository<FeedbackViewLogItem, Long> {

    List<FeedbackViewLogItem> findByRoundIdOrderByIdAsc(long roundId);

    long countByRoundId(long roundId);
}
