package app.rapport.program;

/** The facts about one enrolment another feature needs to check its own rules. */
public record EnrolmentRef(long id, long programId, long accountId, String name, EnrolmentRole role,
        Integer capacity, EnrolmentStatus status) {

    public boolean active() {
        return status == EnrolmentStatus.ACTIVE;
    }
}
