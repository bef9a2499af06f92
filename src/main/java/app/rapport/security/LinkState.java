package app.rapport.security;

/** What an emailed link's token is worth now. */
public enum LinkState {
    VALID, EXPIRED, USED, UNKNOWN
}
