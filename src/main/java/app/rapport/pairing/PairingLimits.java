package app.rapport.pairing;

/** Lengths the pairing feature holds, shared by its columns, its service checks and the forms. */
public final class PairingLimits {

    /** A reason for declining, ending or withdrawing. */
    public static final int REASON_MAX = 500;

    private PairingLimits() {
    }
}
