package vn.cchc.portal.assignment.ui;

import org.junit.jupiter.api.Test;
import vn.cchc.portal.assignment.evidence.EvidenceFixtures.EndlessStream;
import vn.cchc.portal.shared.BusinessException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
        EndlessStream upload = new EndlessStream(120L * 1024 * 1024);
        long tempFilesBefore = tempUploads();

        assertThatThrownBy(() -> BoundedUpload.copy(upload, -1, LIMIT, "20 MB"))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Tệp vượt quá dung lượng cho phép 20 MB.");

        assertThat(upload.read).isEqualTo(LIMIT + 1);
        assertThat(tempUploads()).isEqualTo(tempFilesBefore);
    }

    @Test
    void aDeclaredSizeOverTheLimitIsRefusedBeforeReadingAnything() {
        EndlessStream upload = new EndlessStream(120L * 1024 * 1024);
        assertThatThrownBy(() -> BoundedUpload.copy(upload, 120L * 1024 * 1024, LIMIT, "20 MB"))
                .isInstanceOf(BusinessException.class);
        assertThat(upload.read).isZero();
    }

    @Test
    void aFileAtTheLimitIsKeptWhole() throws IOException {
        Path file = BoundedUpload.copy(new EndlessStream(LIMIT), LIMIT, LIMIT, "20 MB");
        try {
            assertThat(Files.size(file)).isEqualTo(LIMIT);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long tempUploads() throws IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("cchc-upload-"))
                    .count();
        }
    }
}
