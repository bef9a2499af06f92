package app.rapport.program;

import app.rapport.base.PersonalZones;
import app.rapport.program.domain.EnrolmentRepository;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A person's zone is the one their latest active enrolment names (the import checks it is an IANA id). */
@Component
@Transactional(readOnly = true)
class EnrolmentZones implements PersonalZones {

    private final EnrolmentRepository enrolments;

    EnrolmentZones(EnrolmentRepository enrolments) {
        this.enrolments = enrolments;
    }

    @Override
    public Optional<ZoneId> zoneOf(long accountId) {
        return enrolments.findFirstByAccountIdAndStatusAndTimezoneIsNotNullOrderByIdDesc(accountId, EnrolmentStatus.ACTIVE)
                .flatMap(e -> parse(e.getTimezone()));
    }

    private static Optional<ZoneId> parse(String id) {
        try {
            return Optional.of(ZoneId.of(id.strip()));
        } catch (DateTimeException notAZone) {
            return Optional.empty();
        }
    }
}
