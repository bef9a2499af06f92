package app.rapport.program;

import app.rapport.program.domain.EnrolmentRepository;
import app.rapport.security.AppRoles;
import app.rapport.security.CurrentUser;
import app.rapport.security.InvitationState;
import app.rapport.security.InvitationStatus;
import app.rapport.security.Invitations;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A program's coordinators (and admins) invite its active participants who have never signed in:
 * one, a selection, or everyone not invited yet (after a CSV import). Each gets a link by email to
 * choose a password; the Participants page shows who is invited, joined or bounced.
 */
@Service
@Transactional(readOnly = true)
public class ParticipantInvitations {

    /** States "invite everyone" reaches: an invitation still open or bounced is resent only by hand. */
    private static final List<InvitationState> FOR_ALL = List.of(InvitationState.NOT_INVITED, InvitationState.EXPIRED);

    private final EnrolmentRepository enrolments;
    private final ProgramAccess access;
    private final Invitations invitations;

    ParticipantInvitations(EnrolmentRepository enrolments, ProgramAccess access, Invitations invitations) {
        this.enrolments = enrolments;
        this.access = access;
        this.invitations = invitations;
    }

    /** How many of the program's active participants have not joined, and how many of those "invite everyone" reaches. */
    public record Pending(int notJoined, int toInvite) {
    }

    /** The invitation status of the program's people among these accounts; others are left out. */
    @PreAuthorize(AppRoles.IS_STAFF)
    public Map<Long, InvitationStatus> statuses(long programId, Collection<Long> accountIds) {
        access.manageable(programId);
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return invitations.statuses(enrolments.findEnrolledAccounts(programId, accountIds));
    }

    @PreAuthorize(AppRoles.IS_STAFF)
    public Pending pending(long programId) {
        access.manageable(programId);
        var all = invitations.statuses(enrolments.findActiveAccountIds(programId, true, List.of(-1L))).values();
        int notJoined = (int) all.stream().filter(s -> s.state().invitable()).count();
        int toInvite = (int) all.stream().filter(s -> FOR_ALL.contains(s.state())).count();
        return new Pending(notJoined, toInvite);
    }

    /**
     * Invites (or invites again) these participants of the program; people who joined already, and
     * enrolments not active or of another program, are left alone.
     */
    @PreAuthorize(AppRoles.IS_STAFF)
    @Transactional
    public Invitations.Sent invite(long programId, Collection<Long> enrolmentIds) {
        var program = access.changeable(programId);
        if (enrolmentIds.isEmpty()) {
            return new Invitations.Sent(0, 0, 0);
        }
        var accounts = enrolments.findActiveAccountIds(programId, false, enrolmentIds);
        return invitations.invite(accounts, program.getName(), CurrentUser.require().accountId());
    }

    /** Invites everyone of the program never invited, or whose invitation ran out unused. */
    @PreAuthorize(AppRoles.IS_STAFF)
    @Transactional
    public Invitations.Sent inviteEveryone(long programId) {
        var program = access.changeable(programId);
        var statuses = invitations.statuses(enrolments.findActiveAccountIds(programId, true, List.of(-1L)));
        var due = statuses.values().stream().filter(s -> FOR_ALL.contains(s.state()))
                .map(InvitationStatus::accountId).toList();
        return invitations.invite(due, program.getName(), CurrentUser.require().accountId());
    }
}
