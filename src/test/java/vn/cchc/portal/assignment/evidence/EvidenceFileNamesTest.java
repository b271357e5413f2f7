package vn.cchc.portal.assignment.evidence;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceFileNamesTest {

    @Test
    void foldersAndDotDotAreDroppedWhateverTheSeparator() {
        assertThat(EvidenceFileNames.sanitize("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
        assertThat(EvidenceFileNames.sanitize("C:\\Users\\cv\\Desktop\\Báo cáo.docx"))
                .isEqualTo("Báo cáo.docx");
        assertThat(EvidenceFileNames.sanitize("..")).isEmpty();
        assertThat(EvidenceFileNames.sanitize("/")).isEmpty();
        assertThat(EvidenceFileNames.sanitize("...pdf")).isEqualTo("pdf");
        assertThat(EvidenceFileNames.sanitize(".hidden.pdf")).isEqualTo("hidden.pdf");
    }

    @Test
    void namesAreNfcNormalised() {
        String nfd = Normalizer.normalize("Kế hoạch cải cách hành chính.xlsx", Normalizer.Form.NFD);

        assertThat(EvidenceFileNames.sanitize(nfd))
                .isEqualTo("Kế hoạch cải cách hành chính.xlsx")
                .isNotEqualTo(nfd);
    }

    @Test
    void controlInvisibleAndReservedCharactersAreRemovedOrReplaced() {
        assertThat(EvidenceFileNames.sanitize("bao\u0000cao\r\n.pdf")).isEqualTo("baocao.pdf");
        assertThat(EvidenceFileNames.sanitize("hoso\u202Efdp.exe")).isEqualTo("hosofdp.exe");
        assertThat(EvidenceFileNames.sanitize("a\u200Bb.pdf")).isEqualTo("ab.pdf");
        assertThat(EvidenceFileNames.sanitize("Báo cáo: \"quý 1\" <bản?>.pdf"))
                .isEqualTo("Báo cáo_ _quý 1_ _bản__.pdf");
        assertThat(EvidenceFileNames.sanitize("  Báo\u00A0\u00A0cáo \t quý 1 .pdf . "))
                .isEqualTo("Báo cáo quý 1 .pdf");
    }

    @Test
    void longNamesAreShortenedKeepingTheExtension() {
        String name = "Báo cáo ".repeat(60) + ".docx";

        String sanitized = EvidenceFileNames.sanitize(name);

        assertThat(sanitized)
                .hasSizeLessThanOrEqualTo(EvidenceFileNames.MAX_LENGTH)
                .endsWith(".docx");
        assertThat(EvidenceFileNames.sanitize("😀".repeat(150) + ".pdf"))
                .hasSizeLessThanOrEqualTo(EvidenceFileNames.MAX_LENGTH)
                .endsWith("😀.pdf");
    }

    @Test
    void theExtensionIsWhatFollowsTheLastDotOfTheName() {
        assertThat(EvidenceFileNames.extension("Báo cáo quý 1.PDF")).isEqualTo("PDF");
        assertThat(EvidenceFileNames.extension("bao.cao.v2.docx")).isEqualTo("docx");
        assertThat(EvidenceFileNames.extension("baocao")).isEmpty();
        assertThat(EvidenceFileNames.extension(".pdf")).isEmpty();
        assertThat(EvidenceFileNames.extension("baocao.")).isEmpty();
        assertThat(EvidenceFileNames.withExtension("baocao.docx", EvidenceType.PDF))
                .isEqualTo("baocao.pdf");
        assertThat(EvidenceFileNames.withExtension("baocao", EvidenceType.JPEG)).isEqualTo("baocao.jpg");
    }

    @Test
    void typesKnowTheirExtensionsMimeTypesAndVietnameseLabels() {
        assertThat(EvidenceType.JPEG.acceptsExtension("JPEG")).isTrue();
        assertThat(EvidenceType.JPEG.acceptsExtension(".jpg")).isTrue();
        assertThat(EvidenceType.PDF.acceptsExtension("docx")).isFalse();
        assertThat(EvidenceType.claimedBy("x.XLSX")).contains(EvidenceType.XLSX);
        assertThat(EvidenceType.claimedBy("x.exe")).isEmpty();
        assertThat(EvidenceType.acceptedExtensions())
                .containsExactly(".pdf", ".docx", ".xlsx", ".png", ".jpg", ".jpeg");
        assertThat(EvidenceType.DOCX.mimeType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(EvidenceType.XLSX.label()).isEqualTo("Bảng tính Excel (XLSX)");
        assertThat(EvidenceType.names()).isEqualTo("PDF, DOCX, XLSX, PNG, JPEG");
    }
}
