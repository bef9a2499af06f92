package app.rapport.program;

/**
 * Implemented by features that hang things on an enrolment (pairing: relationships), so an
 * enrolment in use is withdrawn rather than removed.
 */
public interface EnrolmentUsage {

    boolean isInUse(long enrolmentId);
}
