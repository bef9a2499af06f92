package app.rapport.program.domain;

import app.rapport.program.EnrolmentRole;

/** How many active enrolments of one role a program has. */
public record RoleCount(long programId, EnrolmentRole role, long count) {
}
