package app.rapport.program.ui;

import app.rapport.base.Days;
import app.rapport.base.ui.BackgroundTasks;
import app.rapport.base.ui.Notifications;
import app.rapport.base.ui.Times;
import app.rapport.program.ParticipantInvitations;
import app.rapport.program.ParticipantSummary;
import app.rapport.program.ProgramDetails;
import app.rapport.security.InvitationState;
import app.rapport.security.InvitationStatus;
import app.rapport.security.Invitations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Participants page's invitations: each row's standing (invited, joined, bounced...), read
 * with each page of the grid in one statement; inviting one person from their row; and inviting
 * the selection, or everyone not invited yet, after a confirmation that says how many.
 */
final class ParticipantInvites {


    private final ParticipantInvitations invitations;
    private final BackgroundTasks tasks;
    private final ProgramDetails program;
    private final Runnable refresh;
    private final Button button = new Button("Invite…", VaadinIcon.ENVELOPE_O.create());
    private Map<Long, InvitationStatus> statuses = Map.of();
    private Set<ParticipantSummary> selected = Set.of();

    ParticipantInvites(ParticipantInvitations invitations, BackgroundTasks tasks, ProgramDetails program,
            Runnable refresh) {
        this.invitations = invitations;
        this.tasks = tasks;
        this.program = program;
        this.refresh = refresh;
        button.setId("invite-participants");
        button.setVisible(!program.readOnly());
        button.addClickListener(e -> confirm());
    }

    Button button() {
        return button;
    }

    void select(Set<ParticipantSummary> selection) {
        this.selected = selection;
        button.setText(selection.isEmpty() ? "Invite…" : "Invite " + selection.size() + " selected…");
    }

    /** Reads the standing of the people on a page the grid has just fetched. */
    List<ParticipantSummary> read(List<ParticipantSummary> page) {
        statuses = invitations.statuses(program.id(), page.stream().map(ParticipantSummary::accountId).toList());
        return page;
    }

    InvitationState state(ParticipantSummary p) {
        var status = statuses.get(p.accountId());
        return status == null ? InvitationState.NOT_INVITED : status.state();
    }

    /** The badge's words: the state, and for an open invitation when it runs out. */
    String label(ParticipantSummary p) {
        var status = statuses.get(p.accountId());
        if (status == null) {
            return InvitationState.NOT_INVITED.label();
        }
        return status.state().label();
    }

    /** The line under the badge: until when an open invitation holds, in the viewer's zone. */
    String until(ParticipantSummary p) {
        var status = statuses.get(p.accountId());
        if (status == null || status.state() != InvitationState.INVITED || status.expiresAt() == null) {
            return "";
        }
        return "until " + Days.DAY_MONTH.format(Times.day(status.expiresAt()));
    }

    /** What the badge's tooltip adds: the mail server's refusal of a bounce, how often it was sent. */
    String detail(ParticipantSummary p) {
        var status = statuses.get(p.accountId());
        if (status == null || status.sentCount() == 0) {
            return "";
        }
        var sent = status.sentCount() == 1 ? "Sent once" : "Sent " + status.sentCount() + " times";
        var last = status.lastSentAt() == null ? "" : ", last on " + Times.date(status.lastSentAt());
        var error = status.bounceError() == null ? "" : ". The mail server said: " + status.bounceError();
        return sent + last + error;
    }

    static String tone(InvitationState state) {
        return switch (state) {
            case JOINED -> "rapport-badge-ok";
            case INVITED -> "rapport-badge-invited";
            case EXPIRED -> "rapport-badge-expired";
            case BOUNCED, DISABLED -> "rapport-badge-off";
            case NOT_INVITED -> "";
        };
    }

    /** Whether the row offers "Invite" (or "Resend"). */
    boolean invitable(ParticipantSummary p) {
        return !program.readOnly() && p.status() == app.rapport.program.EnrolmentStatus.ACTIVE
                && state(p).invitable();
    }

    String action(ParticipantSummary p) {
        var state = state(p);
        return state == InvitationState.NOT_INVITED ? "Invite" : "Resend";
    }

    void inviteOne(ParticipantSummary p) {
        if (!invitable(p)) {
            return;
        }
        Invitations.Sent sent;
        try {
            sent = invitations.invite(program.id(), List.of(p.enrolmentId()));
        } catch (org.springframework.dao.OptimisticLockingFailureException
                | org.springframework.dao.DataIntegrityViolationException e) {
            // Someone else invited this person at the same moment; nothing of this attempt was kept.
            Notifications.error("Someone else just sent " + p.name() + " an invitation. Look again before resending.");
            refresh.run();
            return;
        }
        if (sent.sent() == 1) {
            Notifications.success("Invitation sent to " + p.email());
        } else if (sent.disabled() > 0) {
            Notifications.error(p.name() + "'s account is disabled: an admin can enable it on the Accounts page.");
        } else {
            Notifications.error(p.name() + " has joined already.");
        }
        refresh.run();
    }

    private void confirm() {
        var pending = invitations.pending(program.id());
        var dialog = new ConfirmDialog();
        dialog.setId("invite-confirm");
        dialog.setWidth("min(32rem, 95vw)");
        dialog.setCancelable(true);
        String text;
        if (!selected.isEmpty()) {
            long open = selected.stream().filter(this::invitable).count();
            dialog.setHeader("Invite the selected people?");
            text = open == 0 ? "Everyone selected has joined already; nobody gets an invitation."
                    : people(open) + " get an invitation by email with a link to choose a password, valid for a "
                    + "week; earlier links stop working. People who joined already are left out.";
            dialog.setConfirmText(open == 0 ? "OK" : "Send " + open);
            dialog.addConfirmListener(e -> {
                if (open > 0) {
                    run(() -> invitations.invite(program.id(), ids(selected)));
                }
            });
        } else {
            dialog.setHeader("Invite everyone not invited yet?");
            text = pending.toInvite() == 0
                    ? "Everyone who has not joined has an invitation out, or it bounced: resend from their row."
                    : people(pending.toInvite()) + " never invited, or whose invitation expired, get one by email "
                    + "with a link to choose a password, valid for a week. " + pending.notJoined()
                    + " have not joined yet in all; open invitations are not sent again.";
            dialog.setConfirmText(pending.toInvite() == 0 ? "OK" : "Send " + pending.toInvite());
            dialog.addConfirmListener(e -> {
                if (pending.toInvite() > 0) {
                    run(() -> invitations.inviteEveryone(program.id()));
                }
            });
        }
        var paragraph = new Paragraph(text);
        paragraph.addClassName("rapport-confirm-wrap");
        dialog.setText(paragraph);
        dialog.open();
    }

    private void run(java.util.function.Supplier<Invitations.Sent> work) {
        button.setEnabled(false);
        tasks.task("Invitations of program " + program.id(), progress -> work.get())
                .onDone(sent -> {
                    Notifications.success(people(sent.sent()) + " invited"
                            + (sent.joined() > 0 ? "; " + sent.joined() + " had joined already." : "."));
                    refresh.run();
                })
                .onFailed(() -> Notifications.error("The invitations could not be sent. Nothing was sent; try again."))
                .always(() -> button.setEnabled(true))
                .start();
    }

    private static Collection<Long> ids(Set<ParticipantSummary> people) {
        return people.stream().map(ParticipantSummary::enrolmentId).toList();
    }

    private static String people(long n) {
        return n == 1 ? "1 person" : n + " people";
    }
}
