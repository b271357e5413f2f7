package vn.cchc.portal.organization;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import vn.cchc.portal.organization.UnitImportPreview.ChangeType;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.support.SignIn;
import vn.cchc.portal.support.UsePostgres;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A deployment's own organisation (issue 17): a production database on PostgreSQL with no demo data and no Gia Lai
 * units ({@code CCHC_SEED_UNITS=false}), only the first administrator from {@code CCHC_ADMIN_*}; the administrator
 * imports the province's three-level unit list from Excel. A file naming an unknown parent is refused with its row
 * and nothing changes; the good file gives that tree.
 */
@SpringBootTest
@UsePostgres
@ActiveProfiles("postgres")
@TestPropertySource(
        properties = {
            "spring.flyway.placeholders.seed_units=false",
            "cchc.admin.username=quantri",
            "cchc.admin.password=Bien-Dong#Sao-Mai-7391"
        })
class UnitListImportPostgresTest {

    private static final List<String> HEADER = List.of("Mã", "Tên đơn vị", "Tên viết tắt", "Loại", "Đơn vị cấp trên");

    @Autowired
    UnitImport imports;

    @Autowired
    OrgUnitService units;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private static byte[] list(List<List<String>> rows) {
        List<List<String>> table = new java.util.ArrayList<>();
        table.add(HEADER);
        table.addAll(rows);
        return UnitWorkbooks.of(List.of(List.of("DANH SÁCH CƠ QUAN, ĐƠN VỊ")), table);
    }

    private static final List<List<String>> PROVINCE = List.of(
            List.of("TINH", "Ủy ban nhân dân tỉnh Quảng Ngãi", "UBND tỉnh", "UBND tỉnh", ""),
            List.of("SNV", "Sở Nội vụ", "", "Sở, ban, ngành", "TINH"),
            List.of("STC", "Sở Tài chính", "", "Sở, ban, ngành", "Ủy ban nhân dân tỉnh Quảng Ngãi"),
            List.of("XA-BATO", "Xã Ba Tơ", "", "Cấp xã", "TINH"),
            List.of("P-CAMTHANH", "Phường Cẩm Thành", "", "Cấp xã", "TINH"),
            List.of("SNV-CCHC", "Phòng Cải cách hành chính", "", "Đơn vị trực thuộc", "SNV"),
            List.of("XA-BATO-VP", "Văn phòng HĐND và UBND xã", "", "Đơn vị trực thuộc", "Xã Ba Tơ"));

    @Test
    void onAnEmptyDatabaseTheAdministratorImportsAThreeLevelUnitListAndAnUnknownParentIsRefusedFirst() {
        assertThat(jdbc.queryForObject("select count(*) from org_unit", Integer.class))
                .as("only the provisional province committee of the first administrator")
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class))
                .isEqualTo(1);
        SignIn.as(users, "quantri");

        List<List<String>> withUnknownParent = new java.util.ArrayList<>(PROVINCE);
        withUnknownParent.add(List.of("SXD-VP", "Văn phòng Sở", "", "Đơn vị trực thuộc", "Sở Xây dựng"));
        byte[] bad = list(withUnknownParent);
        UnitImportPreview refused = imports.preview(bad, UnitImportMode.UNIT_LIST);
        assertThat(refused.problems())
                .extracting(UnitImportPreview.Message::full)
                .containsExactly("Dòng 11: Không tìm thấy đơn vị cấp trên “Sở Xây dựng” (ghi mã hoặc tên của một"
                        + " đơn vị trong tệp hoặc đang hoạt động).");
        assertThatThrownBy(() -> imports.apply(bad, UnitImportMode.UNIT_LIST)).isInstanceOf(BusinessException.class);
        assertThat(jdbc.queryForObject("select count(*) from org_unit", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select name from org_unit", String.class))
                .isEqualTo("Ủy ban nhân dân tỉnh");

        UnitImportPreview applied = imports.apply(list(PROVINCE), UnitImportMode.UNIT_LIST);

        assertThat(applied.changes())
                .extracting(UnitImportPreview.Change::type)
                .containsOnly(ChangeType.UPDATED, ChangeType.CREATED)
                .hasSize(7);
        List<OrgUnitSummary> tree = units.tree(false);
        assertThat(tree)
                .extracting(OrgUnitSummary::name, OrgUnitSummary::depth)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Ủy ban nhân dân tỉnh Quảng Ngãi", 0),
                        org.assertj.core.groups.Tuple.tuple("Sở Nội vụ", 1),
                        org.assertj.core.groups.Tuple.tuple("Phòng Cải cách hành chính", 2),
                        org.assertj.core.groups.Tuple.tuple("Sở Tài chính", 1),
                        org.assertj.core.groups.Tuple.tuple("Xã Ba Tơ", 1),
                        org.assertj.core.groups.Tuple.tuple("Văn phòng HĐND và UBND xã", 2),
                        org.assertj.core.groups.Tuple.tuple("Phường Cẩm Thành", 1));
        Map<String, OrgUnitKind> kinds =
                tree.stream().collect(Collectors.toMap(OrgUnitSummary::code, OrgUnitSummary::kind));
        assertThat(kinds)
                .containsEntry("TINH", OrgUnitKind.PROVINCE)
                .containsEntry("SNV", OrgUnitKind.DEPARTMENT)
                .containsEntry("P-CAMTHANH", OrgUnitKind.COMMUNE)
                .containsEntry("XA-BATO-VP", OrgUnitKind.SUBUNIT);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'UNIT_CREATED'", Integer.class))
                .isGreaterThanOrEqualTo(6);
    }
}
