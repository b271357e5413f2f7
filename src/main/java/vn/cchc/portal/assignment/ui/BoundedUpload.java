package vn.cchc.portal.assignment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.SecurityLog;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * An upload streamed to a temporary file with the size limit enforced while it streams: nothing is held in memory, a
 * file over the limit stops being read one byte past it and is refused with a message, whatever the browser's own
 * limit said. The file is handed over in the UI's access and deleted afterwards.
 */
final class BoundedUpload implements UploadHandler {

    private static final int BUFFER = 64 * 1024;

    private final long maxBytes;
    private final String limitText;
    private final BiConsumer<String, Path> received;
    private final Consumer<String> refused;

    /**
     * @param received called in the UI's access with the file name and the temporary file (deleted after the call)
     * @param refused  called in the UI's access with the message when the file is over the limit
     */
    BoundedUpload(long maxBytes, String limitText, BiConsumer<String, Path> received, Consumer<String> refused) {
        this.maxBytes = maxBytes;
        this.limitText = limitText;
        this.received = received;
        this.refused = refused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        String name = event.getFileName();
        Path file;
        try (InputStream in = event.getInputStream()) {
            file = copy(in, event.getFileSize(), maxBytes, limitText);
        } catch (BusinessException tooLarge) {
            SecurityLog.event(SecurityLog.Action.UPLOAD_REFUSED, currentUser(), null, "evidence \"" + name + "\"");
            event.reject(tooLarge.getMessage());
            ui.access(() -> refused.accept(tooLarge.message(ui.getLocale())));
            return;
        }
        ui.access(() -> {
            try {
                received.accept(name, file);
            } finally {
                delete(file);
            }
        });
    }

    /**
     * Copies the stream to a new temporary file, reading at most one byte past the limit; refuses (and deletes the
     * file) when the declared or the actual size is over it.
     */
    static Path copy(InputStream in, long declaredSize, long maxBytes, String limitText) throws IOException {
        BusinessException tooLarge = BusinessException.of("error.evidence.tooBig", limitText);
        if (declaredSize > maxBytes) {
            throw tooLarge;
        }
        Path file = Files.createTempFile("cchc-upload-", ".part");
        boolean kept = false;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            long size = 0;
            while (size <= maxBytes) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, maxBytes + 1 - size));
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
                size += n;
            }
            if (size > maxBytes) {
                throw tooLarge;
            }
            kept = true;
            return file;
        } finally {
            if (!kept) {
                delete(file);
            }
        }
    }

    private static String currentUser() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        return auth == null ? null : auth.getName();
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
