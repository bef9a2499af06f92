package app.rapport.security;

/** The person an email names; {@code oneTimePassword} is set only when the account was just created. */
public record EnsuredPerson(PersonRef person, boolean created, String oneTimePassword) {
}
