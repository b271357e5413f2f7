package vn.cchc.portal.report;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.audit.AuditRow;
import vn.cchc.portal.audit.AuditSubjectType;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every generated file is archived with its kind, size, checksum and author, comes back byte for byte, is audited
 * when made and when handed out again, and stays with the unit it belongs to.
 */
@SpringBootTest
@Transactional
@WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = "dbUserDetailsService")
class ReportArchiveTest {

    @Autowired
    ReportCatalog catalog;

    @Autowired
    ReportArchive archive;

    @Autowired
    AuditLog audit;

    @Autowired
    UserDetailsService dbUserDetailsService;

    @Test
    void aGeneratedFileIsArchivedAndComesBackByteForByteAndBothAreAudited() {
        GeneratedFile made = catalog.generate(ReportRequest.orgUnits(), ExportFormat.PDF, null);

        ArchivedReport entry = archive.get(made.archiveId());
        assertThat(entry.kind()).isEqualTo(DocumentKind.ORG_UNITS);
        assertThat(entry.format()).isEqualTo(ExportFormat.PDF);
        assertThat(entry.sizeBytes()).isEqualTo(made.content().length);
        assertThat(entry.sha256())
                .isEqualTo(ReportArchive.sha256(made.content()))
                .isEqualTo(made.sha256());
        assertThat(entry.createdBy()).isEqualTo("chuyenvien.snv");
        assertThat(entry.displayName()).isEqualTo("Danh sách cơ quan, đơn vị.pdf");
        // other tests archive files too (under other clock settings): look for this one, not at the first row
        assertThat(archive.list()).extracting(ArchivedReport::id).contains(made.archiveId());

        GeneratedFile again = archive.download(made.archiveId());
        assertThat(again.content()).isEqualTo(made.content());
        assertThat(again.sha256()).isEqualTo(made.sha256());

        List<AuditRow> log = audit.history(AuditSubjectType.DOCUMENT, made.archiveId(), Locale.forLanguageTag("vi"));
        assertThat(log)
                .extracting(AuditRow::action)
                .containsExactlyInAnyOrder("DOCUMENT_GENERATED", "DOCUMENT_DOWNLOADED");
        assertThat(log).allSatisfy(r -> {
            assertThat(r.username()).isEqualTo("chuyenvien.snv");
            assertThat(r.subject()).isEqualTo("Danh sách cơ quan, đơn vị.pdf");
        });
        assertThat(log)
                .filteredOn(r -> r.action().equals("DOCUMENT_GENERATED"))
                .singleElement()
                .satisfies(r -> assertThat(r.newValue()).isEqualTo(made.sha256()));
    }

    @Test
    void aUnitUserNeitherSeesNorDownloadsTheProvincesFiles() {
        GeneratedFile made = catalog.generate(ReportRequest.orgUnits(), ExportFormat.XLSX, null);

        signInAs("giamdoc.stp");
        assertThat(archive.list()).extracting(ArchivedReport::id).doesNotContain(made.archiveId());
        assertThatThrownBy(() -> archive.download(made.archiveId()))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Bạn không có quyền xem văn bản, báo cáo của đơn vị khác.");
        assertThat(audit.history(AuditSubjectType.DOCUMENT, made.archiveId(), Locale.ROOT))
                .extracting(AuditRow::action)
                .containsExactly("DOCUMENT_GENERATED");
    }

    private void signInAs(String username) {
        UserDetails user = dbUserDetailsService.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
