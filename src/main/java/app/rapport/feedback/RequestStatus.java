package app.rapport.feedback;

/** Where a request to one peer stands: waiting, answered, declined by the peer, or cancelled by the asker. */
public enum RequestStatus {
    OPEN("Open"), ANSWERED("Answered"), DECLINED("Declined"), CANCELLED("Cancelled");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
