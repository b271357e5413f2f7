package vn.cchc.portal.report;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The document tables as migration V14 creates them, with Hibernate validating the mapping. Abstract:
 * {@link ReportRepositoryH2Test} and {@link ReportRepositoryPostgresTest} run the same tests on H2 and on a real
 * PostgreSQL.
 */
@DataJpaTest(showSql = false, properties = "spring.jpa.hibernate.ddl-auto=validate")
abstract class ReportRepositoryContractTest {

    @Autowired
    EntityManager em;

    @Autowired
    DocumentIssuerRepository issuers;

    @Autowired
    GeneratedReportRepository reports;

    @Autowired
    GeneratedReportFileRepository files;

    long unit(String code) {
        return ((Number) em.createNativeQuery("select id from org_unit where code = ?1")
                        .setParameter(1, code)
                        .getSingleResult())
                .longValue();
    }

    @Test
    void theProvinceAndTheDepartmentOfHomeAffairsAreSeededAsIssuersWithoutSignerNames() {
        DocumentIssuer province = issuers.findById(unit("UBT")).orElseThrow();
        assertThat(province.place).isEqualTo("Gia Lai");
        assertThat(province.symbol).isEqualTo("UBND");
        assertThat(province.signerAuthority).isEqualTo("TM. ỦY BAN NHÂN DÂN");
        assertThat(province.signerTitle).isEqualTo("CHỦ TỊCH");
        assertThat(province.signerName).isNull();
        DocumentIssuer department = issuers.findById(unit("SNV")).orElseThrow();
        assertThat(department.symbol).isEqualTo("SNV");
        assertThat(department.signerAuthority).isEqualTo("KT. GIÁM ĐỐC");
        assertThat(department.signerTitle).isEqualTo("PHÓ GIÁM ĐỐC");
        assertThat(issuers.count()).isEqualTo(2);
    }

    @Test
    void anArchivedFileComesBackByteForByteAndNewestFirst() {
        byte[] content = new byte[70_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }
        GeneratedReport older = report("Báo cáo quý III/2023", Instant.parse("2024-01-02T03:00:00Z"), 10);
        GeneratedReport newer = report("Kế hoạch 1908/KH-UBND", Instant.parse("2024-01-02T04:00:00Z"), content.length);
        GeneratedReportFile file = new GeneratedReportFile();
        file.reportId = newer.id;
        file.content = content;
        files.saveAndFlush(file);
        em.clear();

        assertThat(files.findById(newer.id).orElseThrow().content).isEqualTo(content);
        assertThat(reports.findTop200ByOrderByCreatedAtDescIdDesc())
                .extracting(r -> r.id)
                .containsSubsequence(newer.id, older.id);
        GeneratedReport read = reports.findById(older.id).orElseThrow();
        assertThat(read.title).isEqualTo("Báo cáo quý III/2023");
        assertThat(read.kind).isEqualTo(DocumentKind.PERIODIC);
        assertThat(read.format).isEqualTo(ExportFormat.PDF);
        assertThat(read.createdAt).isEqualTo(Instant.parse("2024-01-02T03:00:00Z"));
    }

    @Test
    void aKnownKindAndFormatAreStored() {
        assertThat(insertReport("PLAN", "XLSX")).isEqualTo(1);
    }

    @Test
    void anUnknownKindIsRefused() {
        assertThatThrownBy(() -> insertReport("LETTER", "PDF")).isInstanceOf(Exception.class);
    }

    @Test
    void anUnknownFormatIsRefused() {
        assertThatThrownBy(() -> insertReport("PLAN", "ODT")).isInstanceOf(Exception.class);
    }

    private int insertReport(String kind, String format) {
        return em.createNativeQuery("insert into generated_report (kind, title, parameters, format, file_name,"
                        + " display_name, size_bytes, sha256, created_by, created_at) values (?1, 't', 'p', ?2, 'f', 'd', 1,"
                        + " 'x', 'u', current_timestamp)")
                .setParameter(1, kind)
                .setParameter(2, format)
                .executeUpdate();
    }

    @Test
    void onePeriodicReportDraftPerScope() {
        String insert = "insert into report_draft (scope_key, section1, updated_by, updated_at) values "
                + "('plan:1:q1-2026', ?1, 'u', current_timestamp)";
        em.createNativeQuery(insert).setParameter(1, "2. Về tổ chức chỉ đạo").executeUpdate();
        assertThat(em.createNativeQuery("select section1 from report_draft where scope_key = 'plan:1:q1-2026'")
                        .getResultList())
                .isEqualTo(List.of("2. Về tổ chức chỉ đạo"));
        assertThatThrownBy(
                        () -> em.createNativeQuery(insert).setParameter(1, "x").executeUpdate())
                .isInstanceOf(Exception.class);
    }

    private GeneratedReport report(String title, Instant at, int size) {
        GeneratedReport r = new GeneratedReport();
        r.kind = title.startsWith("Kế hoạch") ? DocumentKind.PLAN : DocumentKind.PERIODIC;
        r.title = title;
        r.parameters = "kế hoạch mã 1";
        r.format = ExportFormat.PDF;
        r.fileName = "f.pdf";
        r.displayName = title + ".pdf";
        r.sizeBytes = size;
        r.sha256 = "0".repeat(64);
        r.unitId = unit("UBT");
        r.createdBy = "lanhdao.ubnd";
        r.createdAt = at;
        return reports.saveAndFlush(r);
    }
}
