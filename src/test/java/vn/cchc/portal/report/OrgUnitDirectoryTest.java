package vn.cchc.portal.report;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import vn.cchc.portal.organization.OrgUnitKind;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OrgUnitDirectoryTest {

    private final List<OrgUnitDirectoryRow> rows = OrgUnitDirectory.rows(SampleOrgUnits.tree());

    @Test
    void rows_keep_the_tree_order_and_are_numbered_from_one() {
        assertEquals(SampleOrgUnits.tree().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(i + 1, rows.get(i).no());
        }
        assertEquals("Ủy ban nhân dân tỉnh Gia Lai", rows.getFirst().name());
    }

    @Test
    void each_unit_names_its_parent_and_the_root_has_none() {
        OrgUnitDirectoryRow iaTor = rows.stream()
                .filter(r -> r.name().equals("Xã Ia Tôr"))
                .findFirst()
                .orElseThrow();
        assertEquals("Huyện Chư Prông", iaTor.parentName());
        assertEquals("H03X00", iaTor.code());
        assertEquals(2, iaTor.depth());
        assertEquals("", rows.getFirst().parentName());
    }

    @Test
    void the_provincial_committee_is_abbreviated_as_parent_but_not_as_a_unit() {
        OrgUnitDirectoryRow home = rows.stream()
                .filter(r -> r.name().equals("Sở Nội vụ"))
                .findFirst()
                .orElseThrow();
        assertEquals("UBND tỉnh Gia Lai", home.parentName());
        assertEquals("Ủy ban nhân dân tỉnh Gia Lai", rows.getFirst().name());
    }

    @Test
    void kinds_are_named_in_Vietnamese() {
        assertEquals("UBND tỉnh", OrgUnitDirectory.kindLabel(OrgUnitKind.PROVINCE));
        assertEquals("Sở, ban, ngành", OrgUnitDirectory.kindLabel(OrgUnitKind.DEPARTMENT));
        assertEquals("Cơ quan", OrgUnitDirectory.kindLabel(OrgUnitKind.AGENCY));
        assertEquals("Đơn vị trực thuộc", OrgUnitDirectory.kindLabel(OrgUnitKind.SUBUNIT));
        assertEquals("Cấp huyện", OrgUnitDirectory.kindLabel(OrgUnitKind.DISTRICT));
        assertEquals("Cấp xã", OrgUnitDirectory.kindLabel(OrgUnitKind.COMMUNE));
    }

    @Test
    void the_document_is_an_unnumbered_list_from_the_Department_of_Home_Affairs() {
        OfficialDocument doc = OrgUnitDirectoryReport.document(
                SampleIssuer.SNV, LocalDate.of(2024, 1, 5), "Ủy ban nhân dân tỉnh Gia Lai");
        assertEquals("Số:      /DS-SNV", doc.numberLine());
        assertEquals("Gia Lai, ngày 05 tháng 01 năm 2024", doc.placeDateLine());
        assertEquals("- Như trên;\n- UBND tỉnh (b/c);\n- Lưu: VT, CCHC.", doc.recipientLines());
    }
}
