package app.rapport.security;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The invitation reminders, sent by one instance at a time. */
@Component
class InvitationJobs {

    private static final Logger log = LoggerFactory.getLogger(InvitationJobs.class);

    private final Invitations invitations;

    InvitationJobs(Invitations invitations) {
        this.invitations = invitations;
    }

    @Scheduled(cron = "${rapport.invitations.remind-cron:0 5 * * * *}", zone = "UTC")
    @SchedulerLock(name = "invitation-reminders", lockAtLeastFor = "PT1M", lockAtMostFor = "PT20M")
    void remind() {
        int sent = invitations.remindDue();
        if (sent > 0) {
            log.info("Sent {} invitation reminders", sent);
        }
    }
}
