package vn.cchc.portal.assignment.ui;

import org.junit.jupiter.api.Test;
import vn.cchc.portal.shared.BusinessException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Evidence uploads stream to a temporary file and stop one byte past the 20 MB limit: a 120 MB upload (the browser's
 * limit removed) is refused with a message after reading 20 MB + 1 byte, nothing of it stays on disk, and nothing of
 * it was held in memory.
 */
class BoundedUploadTest {

    private static final long LIMIT = ProgressPanel.MAX_EVIDENCE_BYTES;

    @Test
    void a120MegabyteUploadIsRefusedAfterReadingOneBytePastTheLimitAndLeavesNoFile() throws IOException {
        CountingStream upload = new CountingStream(120L * 1024 * 1024);
        long tempFilesBefore = tempUploads();

        assertThatThrownBy(() -> BoundedUpload.copy(upload, -1, LIMIT, "20 MB"))
                .isInstanceOf(BusinessException.class).hasMessage("Tệp vượt quá dung lượng cho phép 20 MB.");

        assertThat(upload.read).isEqualTo(LIMIT + 1);
        assertThat(tempUploads()).isEqualTo(tempFilesBefore);
    }

    @Test
    void aDeclaredSizeOverTheLimitIsRefusedBeforeReadingAnything() {
        CountingStream upload = new CountingStream(120L * 1024 * 1024);
        assertThatThrownBy(() -> BoundedUpload.copy(upload, 120L * 1024 * 1024, LIMIT, "20 MB"))
                .isInstanceOf(BusinessException.class);
        assertThat(upload.read).isZero();
    }

    @Test
    void aFileAtTheLimitIsKeptWhole() throws IOException {
        Path file = BoundedUpload.copy(new CountingStream(LIMIT), LIMIT, LIMIT, "20 MB");
        try {
            assertThat(Files.size(file)).isEqualTo(LIMIT);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long tempUploads() throws IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("cchc-upload-")).count();
        }
    }

    /** A stream of the given length generated on the fly, counting what was read. */
    private static final class CountingStream extends InputStream {
        private final long length;
        long read;

        CountingStream(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (read >= length) {
                return -1;
            }
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - read);
            Arrays.fill(b, off, off + n, (byte) 'x');
            read += n;
            return n;
        }
    }
}
