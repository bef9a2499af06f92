package app.rapport.program.csv;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns the uploaded bytes into text, or says precisely why it cannot: too large, not text, not UTF-8.
 * The whole file is held in memory, but never more than the limit plus one byte.
 */
final class FileText {

    private static final long MB = 1024L * 1024;
    private static final long KB = 1024L;
    // Arrays cannot be quite Integer.MAX_VALUE long; the app's limit is far below this anyway.
    private static final int LARGEST_ARRAY = Integer.MAX_VALUE - 16;

    /** Exactly one of the two is set. */
    record Outcome(String text, String error) {
    }

    private FileText() {
    }

    static Outcome read(InputStream in, long maxBytes) throws IOException {
        int limit = (int) Math.max(0, Math.min(maxBytes, LARGEST_ARRAY));
        // One byte more than allowed is enough to know the file is too large, without reading the rest.
        byte[] bytes = in.readNBytes(limit + 1);
        if (bytes.length > limit) {
            return error(tooLarge(-1, maxBytes));
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            return error("The file is not UTF-8 encoded: it is UTF-16 (\"Unicode text\"). "
                    + "Please save it as CSV UTF-8 and upload it again.");
        }
        for (byte b : bytes) {
            if (b == 0) {
                return error("The file is not a CSV text file: it contains binary data (is it an Excel workbook?). "
                        + "Please save it as CSV UTF-8. " + ParticipantCsv.expectedHeader());
            }
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        return decode(bytes, start);
    }

    private static Outcome decode(byte[] bytes, int start) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var input = ByteBuffer.wrap(bytes, start, bytes.length - start);
        // UTF-8 never needs more chars than bytes.
        var output = CharBuffer.allocate(bytes.length - start);
        var result = decoder.decode(input, output, true);
        if (!result.isError()) {
            result = decoder.flush(output);
        }
        if (result.isError()) {
            return error(notUtf8(bytes, input.position()));
        }
        output.flip();
        var text = output.toString();
        if (text.isBlank()) {
            return error("The file is empty. " + ParticipantCsv.expectedHeader());
        }
        return new Outcome(text, null);
    }

    private static String notUtf8(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        var shownByte = position < bytes.length
                ? String.format(Locale.ROOT, "the byte 0x%02X", bytes[position] & 0xFF)
                : "an incomplete character";
        return "The file is not UTF-8 encoded: line " + line + " contains " + shownByte
                + ", which is not valid UTF-8 (often an accented letter from an older program). "
                + "Please save it as CSV UTF-8 and upload it again.";
    }

    /** Why a file of {@code size} bytes is refused; a negative size when only "more than the limit" is known. */
    static String tooLarge(long size, long maxBytes) {
        var what = size < 0 ? "larger than " + describeSize(maxBytes)
                : describeSize(size) + "; the limit is " + describeSize(maxBytes);
        return "The file is " + what + ". Split it into smaller files and import them one after the other.";
    }

    /**
     * "5 MB" for the app's limit; small limits (as in tests) read as KB or bytes rather than "0 MB". Rounded
     * up, so that a file just over the limit never reads as the limit itself.
     */
    static String describeSize(long bytes) {
        if (bytes >= MB) {
            return new BigDecimal(bytes).divide(BigDecimal.valueOf(MB), 1, RoundingMode.UP)
                    .stripTrailingZeros().toPlainString() + " MB";
        }
        if (bytes >= KB) {
            return (bytes + KB - 1) / KB + " KB";
        }
        return bytes + " bytes";
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Outcome error(String message) {
        return new Outcome(null, message);
    }
}
