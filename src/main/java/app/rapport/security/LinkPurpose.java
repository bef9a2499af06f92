package app.rapport.security;

/** What an emailed link may do; a token opens only the purpose it was made for. */
public enum LinkPurpose {
    PASSWORD_RESET,
    INVITATION,
    EMAIL_CHANGE
}
