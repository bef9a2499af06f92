package app.rapport.program;

/** A new enrolment; {@code oneTimePassword} is set when a new account was made for the person. */
public record AddedParticipant(ParticipantSummary participant, String oneTimePassword) {
}
