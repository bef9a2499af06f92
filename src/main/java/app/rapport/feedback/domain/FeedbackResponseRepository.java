package app.rapport.feedback.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FeedbackResponseRepository extends JpaRepository<FeedbackResponseItem, Long> {

    Optional<FeedbackResponseItem> findByRequestId(long requestId);

    List<FeedbackResponseItem> findByRoundIdIn(Collection<Long> roundIds);

    long countByRoundId(long roundId);
}
