package app.rapport.program.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Small helpers shared by the CSV tests. */
final class ParticipantCsvFixtures {

    static final String HEADER_LINE = "email,name,role,capacity,skills,goals,department,timezone,languages";

    private ParticipantCsvFixtures() {
    }

    static ParseResult parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    static ParseResult parse(byte[] bytes) {
        try {
            return ParticipantCsv.parse(new ByteArrayInputStream(bytes), ParticipantCsv.MAX_BYTES, value -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines joined with LF, a header line first. */
    static String file(String header, String... lines) {
        return header + "\n" + String.join("\n", lines) + "\n";
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (var part : parts) {
            length += part.length;
        }
        var all = new byte[length];
        int at = 0;
        for (var part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
