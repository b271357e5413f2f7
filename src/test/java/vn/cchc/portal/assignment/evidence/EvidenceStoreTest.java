package vn.cchc.portal.assignment.evidence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import vn.cchc.portal.shared.BusinessException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.portal.assignment.evidence.EvidenceFixtures.*;

class EvidenceStoreTest {

    private static final String NOT_ACCEPTED = "\" không phải là PDF, DOCX, XLSX hoặc ảnh PNG/JPEG hợp lệ.";

    @TempDir
    Path dir;

    private EvidenceStore store() {
        return new EvidenceStore(dir, DataSize.ofMegabytes(20));
    }

    private StoredEvidence store(String name, byte[] content) {
        return store().store(name, new ByteArrayInputStream(content));
    }

    /** Regular files in the store folder, temporary ones included. */
    private List<Path> filesInStore() throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private void assertStored(StoredEvidence stored, byte[] content, EvidenceType type, String fileName)
            throws IOException {
        String sha = sha256(content);
        assertThat(stored.type()).isEqualTo(type);
        assertThat(stored.fileName()).isEqualTo(fileName);
        assertThat(stored.sizeBytes()).isEqualTo(content.length);
        assertThat(stored.sha256()).isEqualTo(sha);
        assertThat(stored.storageKey()).isEqualTo(sha.substring(0, 2) + "/" + sha);
        Path file = dir.resolve(sha.substring(0, 2)).resolve(sha);
        assertThat(file).isRegularFile().hasBinaryContent(content);
    }

    private void assertRefused(String name, byte[] content, String message) throws IOException {
        assertThatThrownBy(() -> store(name, content))
                .isInstanceOf(BusinessException.class)
                .hasMessage(message);
        assertThat(filesInStore()).isEmpty();
    }

    @Test
    void aRealPdfIsStoredUnderItsSha256WithItsNameAndType() throws IOException {
        byte[] pdf = pdf();

        assertStored(store("Báo cáo quý 1.pdf", pdf), pdf, EvidenceType.PDF, "Báo cáo quý 1.pdf");
        assertThat(filesInStore()).hasSize(1);
    }

    @Test
    void realDocxXlsxPngAndJpegFilesAreStoredWithTheTypeOfTheirContent() throws IOException {
        byte[] docx = docx();
        byte[] xlsx = xlsx();
        byte[] png = png();
        byte[] jpeg = jpeg();

        assertStored(store("Báo cáo.docx", docx), docx, EvidenceType.DOCX, "Báo cáo.docx");
        assertStored(store("Bảng tiến độ.xlsx", xlsx), xlsx, EvidenceType.XLSX, "Bảng tiến độ.xlsx");
        assertStored(store("anh-chup.png", png), png, EvidenceType.PNG, "anh-chup.png");
        assertStored(store("hien-truong.jpeg", jpeg), jpeg, EvidenceType.JPEG, "hien-truong.jpeg");
        assertThat(filesInStore()).hasSize(4);
    }

    @Test
    void anUpperCaseExtensionAndADecomposedVietnameseNameAreFineAndTheNameIsStoredNfc() throws IOException {
        byte[] pdf = pdf();
        String decomposed = java.text.Normalizer.normalize("Báo cáo quý 1.PDF", java.text.Normalizer.Form.NFD);

        StoredEvidence stored = store(decomposed, pdf);

        assertStored(stored, pdf, EvidenceType.PDF, "Báo cáo quý 1.PDF");
        assertThat(stored.fileName()).isNotEqualTo(decomposed);
    }

    @Test
    void aRenamedExeUploadedAsPdfIsRejected() throws IOException {
        assertRefused("baocao.pdf", exe(), "Tệp \"baocao.pdf" + NOT_ACCEPTED);
    }

    @Test
    void anElfBinaryAScriptAndHtmlAreRejectedWhateverTheirName() throws IOException {
        assertRefused("anh.png", elf(), "Tệp \"anh.png" + NOT_ACCEPTED);
        assertRefused("baocao.pdf", text("#!/bin/sh\necho hi\n"), "Tệp \"baocao.pdf" + NOT_ACCEPTED);
        assertRefused("trang.docx", text("<html><body>x</body></html>"), "Tệp \"trang.docx" + NOT_ACCEPTED);
    }

    @Test
    void aTextFileRenamedXlsxIsRejected() throws IOException {
        assertRefused(
                "so-lieu.xlsx", text("TT,Chỉ tiêu,Kết quả\n1,TC 1.1,100%\n"), "Tệp \"so-lieu.xlsx" + NOT_ACCEPTED);
    }

    @Test
    void aZipThatIsNotAnOfficeDocumentRenamedDocxIsRejected() throws IOException {
        assertRefused("baocao.docx", plainZip(), "Tệp \"baocao.docx" + NOT_ACCEPTED);
    }

    @Test
    void aDocxThatInflatesToOneGibibyteIsRefusedWithItsOwnMessageAndNothingIsKept() throws IOException {
        // a real DOCX with one more part of 1 GiB of zeros: about 1 MB on disk, 1 GiB when opened
        byte[] bomb = rezip(docx(), java.util.Map.of(), java.util.Map.of());
        Path file = Files.createTempFile("bomb-", ".docx");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file));
                var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(bomb))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new java.util.zip.ZipEntry("word/media/image1.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 1024; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertThat(Files.size(file)).isLessThan(20L << 20);

        try (InputStream upload = Files.newInputStream(file)) {
            assertThatThrownBy(() -> store().store("baocao.docx", upload))
                    .isInstanceOf(BusinessException.class)
                    .hasMessageContaining("khi giải nén lớn bất thường");
        } finally {
            Files.delete(file);
        }
        assertThat(filesInStore()).isEmpty();
    }

    @Test
    void aRealDocxAndXlsxPassTheInflationCheck() throws IOException {
        for (byte[] office : List.of(docx(), xlsx())) {
            Path file = Files.createTempFile("office-", ".zip");
            try {
                Files.write(file, office);
                assertThat(EvidenceTypeDetector.inflatesTooMuch(file)).isFalse();
            } finally {
                Files.delete(file);
            }
        }
    }

    @Test
    void aTruncatedDocxIsRejected() throws IOException {
        byte[] docx = docx();

        assertRefused(
                "baocao.docx", java.util.Arrays.copyOf(docx, docx.length / 2), "Tệp \"baocao.docx" + NOT_ACCEPTED);
    }

    @Test
    void oldFormatAndPasswordProtectedOfficeFilesAreRejectedWithAnExplanation() throws IOException {
        String message = "\" là tệp Word/Excel định dạng cũ (.doc, .xls) hoặc đã đặt mật khẩu. "
                + "Hãy lưu lại thành DOCX hoặc XLSX không đặt mật khẩu rồi tải lên lại.";

        assertRefused("so-lieu.xls", xls(), "Tệp \"so-lieu.xls" + message);
        assertRefused("so-lieu.xlsx", passwordProtectedXlsx(), "Tệp \"so-lieu.xlsx" + message);
    }

    @Test
    void aRealPdfNamedDocxIsRefusedAndTheRightNameIsSuggested() throws IOException {
        assertRefused(
                "baocao.docx",
                pdf(),
                "Tệp \"baocao.docx\" có nội dung là PDF nhưng phần mở rộng là .docx. "
                        + "Hãy đổi tên thành \"baocao.pdf\" rồi tải lên lại.");
        assertRefused(
                "baocao",
                pdf(),
                "Tệp \"baocao\" có nội dung là PDF nhưng tên tệp không có phần mở rộng. "
                        + "Hãy đổi tên thành \"baocao.pdf\" rồi tải lên lại.");
        assertRefused(
                "anh.jpg",
                png(),
                "Tệp \"anh.jpg\" có nội dung là PNG nhưng phần mở rộng là .jpg. "
                        + "Hãy đổi tên thành \"anh.png\" rồi tải lên lại.");
    }

    @Test
    void aStreamOverTheLimitIsRejectedAfterReadingAtMostOneByteTooMany() throws IOException {
        EvidenceStore store = new EvidenceStore(dir, DataSize.ofKilobytes(1));
        EndlessStream huge = new EndlessStream(10L * 1024 * 1024 * 1024);

        assertThatThrownBy(() -> store.store("lon.pdf", huge))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Tệp vượt quá dung lượng cho phép 1 KB.");
        assertThat(huge.read).isEqualTo(1025);
        assertThat(filesInStore()).isEmpty();
    }

    @Test
    void aFileOfExactlyTheLimitIsAcceptedAndOneByteMoreIsNot() throws IOException {
        byte[] pdf = pdf();
        EvidenceStore exact = new EvidenceStore(dir, DataSize.ofBytes(pdf.length));
        EvidenceStore smaller = new EvidenceStore(dir, DataSize.ofBytes(pdf.length - 1));

        assertThatThrownBy(() -> smaller.store("a.pdf", new ByteArrayInputStream(pdf)))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("Tệp vượt quá dung lượng cho phép ");
        assertThat(filesInStore()).isEmpty();
        assertThat(exact.store("a.pdf", new ByteArrayInputStream(pdf)).sizeBytes())
                .isEqualTo(pdf.length);
    }

    @Test
    void theDefaultLimitIsTwentyMegabytesAndIsShownAsSuch() throws IOException {
        EvidenceStore store = new EvidenceStore(dir, DataSize.parse("20MB"));

        assertThat(store.maxBytes()).isEqualTo(20L * 1024 * 1024);
        assertThatThrownBy(() -> store.store("lon.pdf", new EndlessStream(21L * 1024 * 1024)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Tệp vượt quá dung lượng cho phép 20 MB.");
        assertThat(filesInStore()).isEmpty();
        assertThat(EvidenceStore.formatSize(1536L * 1024)).isEqualTo("1,5 MB");
        assertThat(EvidenceStore.formatSize(512)).isEqualTo("512 byte");
    }

    @Test
    void anEmptyFileIsRejected() throws IOException {
        assertRefused("trong.pdf", new byte[0], "Tệp rỗng.");
    }

    @Test
    void aNameWithNothingLeftAfterCleaningIsRejected() throws IOException {
        assertRefused("../..", pdf(), "Tên tệp không hợp lệ.");
        assertRefused("\u202E\u0000 ", pdf(), "Tên tệp không hợp lệ.");
        assertRefused(null, pdf(), "Tên tệp không hợp lệ.");
    }

    @Test
    void aPathTraversalNameKeepsOnlyTheFileNameAndTheBytesStayInTheStore() throws IOException {
        byte[] pdf = pdf();
        Path outside = dir.getParent().resolve("etc").resolve("passwd.pdf");

        StoredEvidence stored = store("../../etc/passwd.pdf", pdf);

        assertStored(stored, pdf, EvidenceType.PDF, "passwd.pdf");
        assertThat(outside).doesNotExist();
        assertThat(filesInStore())
                .singleElement()
                .satisfies(file -> assertThat(file.startsWith(dir)).isTrue());
        assertThat(store("..\\..\\Windows\\baocao.pdf", pdf).fileName()).isEqualTo("baocao.pdf");
    }

    @Test
    void controlAndBidiCharactersAreRemovedFromTheNameBeforeTheExtensionIsChecked() throws IOException {
        // "hoso\u202Efdp.exe" displays as "hosoexe.pdf": it is an .exe name and a PDF content
        assertRefused(
                "hoso\u202Efdp.exe",
                pdf(),
                "Tệp \"hosofdp.exe\" có nội dung là PDF nhưng phần mở rộng "
                        + "là .exe. Hãy đổi tên thành \"hosofdp.pdf\" rồi tải lên lại.");
        assertThat(store("bao\u0000cao\n.pdf", pdf()).fileName()).isEqualTo("baocao.pdf");
    }

    @Test
    void identicalFilesAreStoredOnceUnderOneKey() throws IOException {
        byte[] pdf = pdf();

        StoredEvidence first = store("quy1.pdf", pdf);
        StoredEvidence second = store("ban-sao.pdf", pdf);

        assertThat(second.storageKey()).isEqualTo(first.storageKey());
        assertThat(second.fileName()).isEqualTo("ban-sao.pdf");
        assertThat(filesInStore()).hasSize(1);
    }

    @Test
    void concurrentStoresOfTheSameAndOfDifferentFilesAllSucceedAndLeaveNoTemporaryFile() throws Exception {
        EvidenceStore store = store();
        byte[] same = pdf("Cùng một tệp");
        List<byte[]> different =
                IntStream.range(0, 8).mapToObj(i -> pdf("Tệp số " + i)).toList();
        List<Callable<StoredEvidence>> tasks = new java.util.ArrayList<>();
        for (int i = 0; i < 16; i++) {
            tasks.add(() -> store.store("cung.pdf", new ByteArrayInputStream(same)));
        }
        for (byte[] content : different) {
            tasks.add(() -> store.store("khac.pdf", new ByteArrayInputStream(content)));
        }

        List<StoredEvidence> results = new java.util.ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<StoredEvidence> future : pool.invokeAll(tasks)) {
                results.add(future.get());
            }
        }

        assertThat(results.subList(0, 16)).extracting(StoredEvidence::sha256).containsOnly(sha256(same));
        assertThat(filesInStore()).hasSize(1 + different.size());
        assertThat(filesInStore())
                .allSatisfy(file -> assertThat(file.getFileName().toString()).hasSize(64));
    }

    @Test
    void openReturnsTheStoredBytesAndOpenVerifiedChecksThemAgainstTheKey() throws IOException {
        byte[] docx = docx();
        EvidenceStore store = store();
        StoredEvidence stored = store.store("baocao.docx", new ByteArrayInputStream(docx));

        try (InputStream in = store.open(stored.storageKey())) {
            assertThat(in.readAllBytes()).isEqualTo(docx);
        }
        try (InputStream in = store.openVerified(stored.storageKey())) {
            assertThat(in.readAllBytes()).isEqualTo(docx);
        }
        assertThat(store.verify(stored.storageKey())).isTrue();
        assertThat(store.exists(stored.storageKey())).isTrue();
    }

    @Test
    void openVerifiedRefusesAFileWhoseBytesNoLongerMatchItsChecksum() throws IOException {
        EvidenceStore store = store();
        StoredEvidence stored = store.store("baocao.pdf", new ByteArrayInputStream(pdf()));
        Path file = dir.resolve(stored.storageKey());
        byte[] tampered = Files.readAllBytes(file);
        tampered[tampered.length / 2] ^= 1;
        Files.write(file, tampered);

        assertThatThrownBy(() -> store.openVerified(stored.storageKey()))
                .isInstanceOf(EvidenceUnavailableException.class)
                .hasMessageContaining("đã bị thay đổi hoặc hỏng")
                .extracting(e -> ((EvidenceUnavailableException) e).reason())
                .isEqualTo(EvidenceUnavailableException.Reason.CORRUPTED);
        assertThat(store.verify(stored.storageKey())).isFalse();
        try (InputStream in = store.open(stored.storageKey())) {
            assertThat(in.readAllBytes()).isEqualTo(tampered);
        }
    }

    @Test
    void storingTheSameBytesAgainRepairsADamagedCopy() throws IOException {
        byte[] pdf = pdf();
        EvidenceStore store = store();
        StoredEvidence stored = store.store("a.pdf", new ByteArrayInputStream(pdf));
        Files.write(dir.resolve(stored.storageKey()), new byte[] {1, 2, 3});

        store.store("a.pdf", new ByteArrayInputStream(pdf));

        assertThat(store.verify(stored.storageKey())).isTrue();
    }

    @Test
    void aMissingFileAndAKeyThatIsNotOneAreReportedDistinctly() throws IOException {
        EvidenceStore store = store();
        StoredEvidence stored = store.store("a.pdf", new ByteArrayInputStream(pdf()));
        assertThat(store.delete(stored.storageKey())).isTrue();

        assertThatThrownBy(() -> store.open(stored.storageKey()))
                .isInstanceOf(EvidenceUnavailableException.class)
                .hasMessage("Không tìm thấy tệp minh chứng trên máy chủ. Hãy báo quản trị viên.");
        assertThatThrownBy(() -> store.openVerified(stored.storageKey()))
                .isInstanceOf(EvidenceUnavailableException.class);
        assertThat(store.exists(stored.storageKey())).isFalse();
        String sha = stored.sha256();
        String otherFolder = sha.startsWith("00") ? "11" : "00"; // the PDF's bytes, and so its hash, vary per run
        for (String bad : new String[] {
            "../../etc/passwd",
            sha,
            otherFolder + "/" + sha,
            sha.substring(0, 2) + "/../" + sha,
            sha.toUpperCase().substring(0, 2) + "/" + sha.toUpperCase(),
            null
        }) {
            assertThatThrownBy(() -> store.open(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aFailingUploadStreamLeavesNoTemporaryFile() throws IOException {
        InputStream broken = new InputStream() {
            private int left = 10_000;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    throw new IOException("client went away");
                }
                left--;
                return '%';
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (left <= 0) {
                    throw new IOException("client went away");
                }
                int n = Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) '%');
                left -= n;
                return n;
            }
        };

        assertThatThrownBy(() -> store().store("a.pdf", broken)).isInstanceOf(UncheckedIOException.class);
        assertThat(filesInStore()).isEmpty();
    }

    @Test
    void leftOverTemporaryFilesOfACrashAreRemovedOnFirstUse() throws IOException {
        Path tmp = Files.createDirectories(dir.resolve(EvidenceStore.TMP_DIR));
        Path old = Files.writeString(tmp.resolve("upload-1.part"), "x");
        Files.setLastModifiedTime(
                old, java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2020-01-01T00:00:00Z")));
        Path recent = Files.writeString(tmp.resolve("upload-2.part"), "y");

        store("a.pdf", pdf());

        assertThat(old).doesNotExist();
        assertThat(recent).exists();
    }

    @Test
    void theFolderIsCreatedOnFirstUseNotWhenTheBeanIsMade() {
        Path folder = dir.resolve("moi");

        EvidenceStore store = new EvidenceStore(folder, DataSize.ofMegabytes(1));

        assertThat(folder).doesNotExist();
        store.store("a.png", new ByteArrayInputStream(png()));
        assertThat(folder).isDirectory();
        assertThat(store.directory()).contains(folder.toAbsolutePath());
    }
}
