package app.rapport.base;

import java.util.Optional;

/** Which program is the demo one, for the demo steps after it is made; the program feature answers. */
public interface DemoPrograms {

    Optional<Long> demoProgramId();
}
