package app.rapport.program.ui;

import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadResult;
import java.io.IOException;
import java.util.function.LongFunction;

/**
 * Takes one file of at most {@code maxBytes} into memory and hands it to the UI. A larger one is
 * refused as early as it can be: by its declared length before a byte is read, otherwise as soon as
 * one byte more than the limit has come, so a client that skips the browser's own size check never
 * makes the server hold more than the limit. A refusal answers 413, which the upload shows as "File
 * is too large", and the UI is told why in words.
 */
final class LimitedUploadHandler implements UploadHandler {

    private static final int CONTENT_TOO_LARGE = 413;

    private final long maxBytes;
    private final SerializableConsumer<byte[]> onFile;
    private final SerializableConsumer<String> onRefused;
    private final LongFunction<String> refusal;

    /**
     * @param refusal the message for a file of this many bytes, or of an unknown size above the limit when
     *                given -1
     */
    LimitedUploadHandler(long maxBytes, LongFunction<String> refusal, SerializableConsumer<byte[]> onFile,
            SerializableConsumer<String> onRefused) {
        this.maxBytes = maxBytes;
        this.refusal = refusal;
        this.onFile = onFile;
        this.onRefused = onRefused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        // -1 when the client sent no length (a chunked body): then only reading tells.
        long declared = event.getFileSize();
        if (declared > maxBytes) {
            refuse(event, declared);
            return;
        }
        byte[] bytes;
        try (var in = event.getInputStream()) {
            bytes = in.readNBytes((int) maxBytes + 1);
        }
        if (bytes.length > maxBytes) {
            refuse(event, -1);
            return;
        }
        event.getUI().access(() -> onFile.accept(bytes));
    }

    private void refuse(UploadEvent event, long size) {
        var message = refusal.apply(size);
        event.reject(message);
        event.getUI().access(() -> onRefused.accept(message));
    }

    @Override
    public void responseHandled(UploadResult result) {
        if (result.exception() == null && result.allRejected()) {
            result.response().setStatus(CONTENT_TOO_LARGE);
        } else {
            UploadHandler.super.responseHandled(result);
        }
    }
}
