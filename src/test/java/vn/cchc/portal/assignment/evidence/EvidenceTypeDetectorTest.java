package vn.cchc.portal.assignment.evidence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.portal.assignment.evidence.EvidenceFixtures.*;

class EvidenceTypeDetectorTest {

    @TempDir
    Path dir;

    private Optional<EvidenceType> detect(byte[] content) throws IOException {
        Path file = Files.createTempFile(dir, "detect-", ".bin");
        Files.write(file, content);
        return EvidenceTypeDetector.detect(file);
    }

    @Test
    void realFilesWrittenByOpenPdfPoiAndImageIoAreRecognisedByTheirContent() throws IOException {
        assertThat(detect(pdf())).contains(EvidenceType.PDF);
        assertThat(detect(docx())).contains(EvidenceType.DOCX);
        assertThat(detect(xlsx())).contains(EvidenceType.XLSX);
        assertThat(detect(png())).contains(EvidenceType.PNG);
        assertThat(detect(jpeg())).contains(EvidenceType.JPEG);
    }

    @Test
    void executablesScriptsAndTextAreRefused() throws IOException {
        assertThat(detect(exe())).isEmpty();
        assertThat(detect(elf())).isEmpty();
        assertThat(detect(text("#!/bin/sh\nrm -rf /\n"))).isEmpty();
        assertThat(detect(text("<html><script>alert(1)</script></html>"))).isEmpty();
        assertThat(detect(text("TT;Tiêu chí;Tỷ lệ\n1;TC 1.1;100%\n"))).isEmpty();
        assertThat(detect(text("%PDF"))).isEmpty();
        assertThat(detect(text("%PDF-x.y rest"))).isEmpty();
        assertThat(detect(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
    }

    @Test
    void aSelfExtractingArchiveIsRefusedThoughAZipReaderWouldOpenIt() throws IOException {
        assertThat(detect(selfExtractingDocx())).isEmpty();
    }

    @Test
    void oldWordAndExcelFilesAndPasswordProtectedOnesAreOle2AndRefused() throws IOException {
        byte[] xls = xls();
        byte[] encrypted = passwordProtectedXlsx();

        assertThat(detect(xls)).isEmpty();
        assertThat(detect(encrypted)).isEmpty();
        assertThat(EvidenceTypeDetector.isOle2(Arrays.copyOf(xls, 16))).isTrue();
        assertThat(EvidenceTypeDetector.isOle2(Arrays.copyOf(encrypted, 16))).isTrue();
        assertThat(EvidenceTypeDetector.isOle2(Arrays.copyOf(docx(), 16))).isFalse();
    }

    @Test
    void zipsThatAreNotOfficeDocumentsAreRefused() throws IOException {
        assertThat(detect(plainZip())).isEmpty();
        // content types declare a Word document whose main part is missing
        assertThat(detect(rezip(docx(), Map.of("word/document.xml", bytes -> null), Map.of())))
                .isEmpty();
        // the main part without the content types
        assertThat(detect(rezip(docx(), Map.of("[Content_Types].xml", bytes -> null), Map.of())))
                .isEmpty();
        // an XLSX whose main part was renamed away
        assertThat(detect(rezip(
                        xlsx(), Map.of("xl/workbook.xml", bytes -> null), Map.of("xl/book.xml", text("<workbook/>")))))
                .isEmpty();
    }

    @Test
    void macroEnabledDocumentsAndTemplatesAreRefused() throws IOException {
        byte[] xlsm = rezip(
                xlsx(),
                Map.of(
                        "[Content_Types].xml",
                        replace(
                                EvidenceTypeDetector.XLSX_MAIN,
                                "application/vnd.ms-excel.sheet.macroEnabled.main+xml")),
                Map.of());
        byte[] docxWithMacros = rezip(docx(), Map.of(), Map.of("word/vbaProject.bin", new byte[] {1, 2, 3}));
        byte[] dotx = rezip(
                docx(),
                Map.of(
                        "[Content_Types].xml",
                        replace(
                                EvidenceTypeDetector.DOCX_MAIN,
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml")),
                Map.of());

        assertThat(detect(xlsm)).isEmpty();
        assertThat(detect(docxWithMacros)).isEmpty();
        assertThat(detect(dotx)).isEmpty();
    }

    @Test
    void aDocumentDeclaringBothAWordAndAnExcelMainPartIsRefused() throws IOException {
        byte[] both = rezip(
                docx(),
                Map.of(
                        "[Content_Types].xml",
                        replace(
                                "</Types>",
                                "<Override PartName=\"/xl/workbook.xml\" ContentType=\""
                                        + EvidenceTypeDetector.XLSX_MAIN + "\"/></Types>")),
                Map.of("xl/workbook.xml", text("<workbook/>")));

        assertThat(detect(both)).isEmpty();
    }

    @Test
    void theMainPartIsTakenFromTheContentTypesWhateverItsNameAndCase() throws IOException {
        byte[] renamed = rezip(
                docx(),
                Map.of(
                        "[Content_Types].xml",
                        replace("/word/document.xml", "/word/Document2.xml"),
                        "word/document.xml",
                        bytes -> null),
                Map.of("word/document2.xml", text("<w:document/>")));

        assertThat(detect(renamed)).contains(EvidenceType.DOCX);
    }

    @Test
    void truncatedAndCorruptedZipsAreRefused() throws IOException {
        byte[] docx = docx();
        byte[] corrupted = docx.clone();
        // overwrite the end of central directory record
        Arrays.fill(corrupted, corrupted.length - 22, corrupted.length, (byte) 0x20);

        assertThat(detect(Arrays.copyOf(docx, docx.length / 2))).isEmpty();
        assertThat(detect(Arrays.copyOf(docx, docx.length - 30))).isEmpty();
        assertThat(detect(corrupted)).isEmpty();
        assertThat(detect(new byte[] {'P', 'K', 3, 4})).isEmpty();
    }

    @Test
    void aZipWithTooManyEntriesIsRefusedWithoutReadingThem() throws IOException {
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i <= EvidenceTypeDetector.MAX_ZIP_ENTRIES; i++) {
            many.put("word/media/f" + i, new byte[0]);
        }

        assertThat(detect(rezip(docx(), Map.of(), many))).isEmpty();
    }

    @Test
    void aContentTypesPartThatInflatesBeyondTheLimitIsNotReadToTheEnd() throws IOException {
        String padding = " ".repeat(EvidenceTypeDetector.MAX_CONTENT_TYPES_BYTES);
        byte[] bomb = rezip(
                docx(),
                Map.of(
                        "[Content_Types].xml",
                        bytes -> (new String(bytes, StandardCharsets.UTF_8).replace("<Types", padding + "<Types"))
                                .getBytes(StandardCharsets.UTF_8)),
                Map.of());

        assertThat(bomb.length).isLessThan(100_000);
        assertThat(detect(bomb)).isEmpty();
    }
}
