package app.rapport.loaddata;

import java.sql.SQLException;

/** Every statement of a run, parents before children. */
final class LoadTables {

    final LoadDb.Table account;
    final LoadDb.Table accountRole;
    final LoadDb.Table audit;
    final LoadDb.Table program;
    final LoadDb.Table programCoordinator;
    final LoadDb.Table pairingSettings;
    final LoadDb.Table feedbackSettings;
    final LoadDb.Table tag;
    final LoadDb.Table enrolment;
    final LoadDb.Table skill;
    final LoadDb.Table goalTag;
    final LoadDb.Table language;
    final LoadDb.Table relationship;
    final LoadDb.Table event;
    final LoadDb.Table kickoff;
    final LoadDb.Table goal;
    final LoadDb.Table progress;
    final LoadDb.Table interaction;
    final LoadDb.Table checkin;
    final LoadDb.Table round;
    final LoadDb.Table request;
    final LoadDb.Table response;
    final LoadDb.Table timeline;

    LoadTables(LoadDb db) throws SQLException {
        account = db.table("account", "id, email, display_name, password_hash, enabled, created_at, updated_at, "
                + "version");
        accountRole = db.table("account_role", "account_id, role", account);
        audit = db.table("security_audit_event", "id, occurred_at, event_type, account_id, actor_account_id, "
                + "email, detail, version", account);
        program = db.table("program", "id, name, description, starts_on, ends_on, status, stall_threshold_days, "
                + "anonymity_threshold, checkin_cadence_days, created_at, updated_at, version");
        programCoordinator = db.table("program_coordinator", "program_id, account_id", program, account);
        pairingSettings = db.table("pairing_settings", "id, program_id, goals_weight, language_weight, "
                + "language_required, timezone_weight, department_weight, department_required, pairings_final, "
                + "mentee_active_max, updated_at, version", program);
        feedbackSettings = db.table("feedback_settings", "id, program_id, coordinators_see_identity, updated_at, "
                + "version", program);
        tag = db.table("program_tag", "id, program_id, name, name_key, version", program);
        enrolment = db.table("enrolment", "id, program_id, account_id, person_name, person_email, role, capacity, "
                + "status, department, timezone, availability, bio, created_at, updated_at, version", program,
                account);
        skill = db.table("enrolment_skill", "enrolment_id, tag_id", enrolment, tag);
        goalTag = db.table("enrolment_goal", "enrolment_id, tag_id", enrolment, tag);
        language = db.table("enrolment_language", "enrolment_id, language", enrolment);
        relationship = db.table("relationship", "id, program_id, mentor_enrolment_id, mentee_enrolment_id, "
                + "mentor_account_id, mentee_account_id, mentor_name, mentee_name, status, open_pair, match_score, "
                + "match_reasons, proposed_by, proposed_at, mentor_accepted_at, mentee_accepted_at, started_at, "
                + "closed_at, close_reason, version", enrolment);
        event = db.table("relationship_event", "id, relationship_id, kind, from_status, to_status, actor_id, "
                + "actor_name, occurred_at, reason", relationship);
        kickoff = db.table("kickoff", "id, relationship_id, side, author_id, wants, sees_relationship, written_at, "
                + "updated_at, version", relationship);
        goal = db.table("goal", "id, relationship_id, title, description, progress, status, created_by, "
                + "created_at, updated_at, completed_at, version", relationship);
        progress = db.table("goal_progress", "id, goal_id, relationship_id, progress, actor_id, recorded_at, "
                + "version", goal);
        interaction = db.table("interaction", "id, relationship_id, logged_by, occurred_on, duration_minutes, "
                + "meeting_format, initiated_by, help_asked_by, help_asked, help_given_by, help_given, notes, "
                + "confirmed_at, created_at, updated_at, version", relationship);
        checkin = db.table("checkin", "id, relationship_id, author_side, period_start, connection_rating, "
                + "trust_rating, value_rating, reflection, reflection_shared, created_at, updated_at, version",
                relationship);
        round = db.table("feedback_round", "id, relationship_id, program_id, requested_by, requested_at, "
                + "ask_message, due_on, answer_count, revealed_at, version", relationship);
        request = db.table("feedback_request", "id, round_id, relationship_id, peer_account_id, status, asked_at, "
                + "reminded_at, answer_saves, updated_at, version", round);
        response = db.table("feedback_response", "id, request_id, round_id, rapport_rating, give_and_take_rating, "
                + "communication_rating, advice, signed_with_name, created_at, updated_at, version", request);
        timeline = db.table("timeline_entry", "id, relationship_id, kind, source_id, occurred_at, actor_id, "
                + "actor_name, summary", relationship);
    }
}
