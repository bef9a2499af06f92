package app.rapport.program;

/** A program's identity and status, for features that hang their data on a program. */
public record ProgramRef(long id, String name, ProgramStatus status) {

    public boolean closed() {
        return status == ProgramStatus.CLOSED;
    }
}
