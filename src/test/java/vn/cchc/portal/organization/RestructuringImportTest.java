package vn.cchc.portal.organization;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.audit.AuditRow;
import vn.cchc.portal.audit.AuditSubjectType;
import vn.cchc.portal.organization.UnitImportPreview.Change;
import vn.cchc.portal.organization.UnitImportPreview.ChangeType;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.support.MutableClock;
import vn.cchc.portal.support.SignIn;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A restructuring imported as data (issue 15): the Gia Lai 2025 fixture is previewed with every change, applied in
 * one transaction (districts end on 30/06/2025, the new wards and communes start on 01/07/2025 with their
 * predecessors), and the structure can be read as of any day; a file with a problem changes nothing. Each test
 * runs in a transaction that is rolled back, so the shared demo tree stays as it was for other tests.
 */
@SpringBootTest
@Transactional
class RestructuringImportTest {

    private static final LocalDate BEFORE = LocalDate.of(2025, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);
    private static final LocalDate EFFECTIVE = LocalDate.of(2025, 7, 1);

    @Autowired
    UnitImport imports;

    @Autowired
    OrgUnitService units;

    @Autowired
    AuditLog audit;

    @Autowired
    UserDetailsService users;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void signIn() {
        SignIn.as(users, "admin");
    }

    private long districtsOn(LocalDate day) {
        return units.unitsOn(day).stream()
                .filter(u -> u.kind() == OrgUnitKind.DISTRICT)
                .count();
    }

    private OrgUnitSummary unit(String code) {
        return units.tree(true).stream()
                .filter(u -> u.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void thePreviewOfTheGiaLaiFixtureListsEveryChangeAndWritesNothing() {
        UnitImportPreview preview = imports.preview(UnitWorkbooks.giaLai2025(), UnitImportMode.RESTRUCTURING);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.canApply()).isTrue();
        assertThat(preview.decisionNumber()).isEqualTo("1664/NQ-UBTVQH15");
        assertThat(preview.effectiveDate()).isEqualTo(EFFECTIVE);
        Change pleiku = preview.changes().stream()
                .filter(c -> c.unit().equals("Phường Pleiku"))
                .findFirst()
                .orElseThrow();
        assertThat(pleiku.type()).isEqualTo(ChangeType.MERGED);
        assertThat(pleiku.predecessors())
                .hasSize(5)
                .contains("Phường Tây Sơn (Thành phố Pleiku)", "Xã Trà Đa (Thành phố Pleiku)");
        // the old Gia Lai's 77 new units of the 135: 69 merges, 8 communes left as they were (one renamed: the 2024
        // list spells "Xã Ia Đom")
        assertThat(preview.changes())
                .filteredOn(c -> c.type() == ChangeType.MERGED)
                .extracting(Change::unit)
                .hasSize(69)
                .contains(
                        "Phường Pleiku",
                        "Phường Thống Nhất",
                        "Phường Diên Hồng",
                        "Phường Hội Phú",
                        "Phường An Phú",
                        "Phường An Khê",
                        "Phường Ayun Pa",
                        "Xã Biển Hồ",
                        "Xã Gào",
                        "Xã Ia Tôr",
                        "Xã Ia Dơk",
                        "Xã Kông Bơ La");
        assertThat(preview.changes())
                .filteredOn(c -> c.type() == ChangeType.MOVED)
                .hasSize(7);
        assertThat(preview.changes())
                .filteredOn(c -> c.type() == ChangeType.RENAMED)
                .extracting(Change::unit, Change::predecessors)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Xã Ia Dom", List.of("Xã Ia Đom (Huyện Đức Cơ)")));
        assertThat(preview.changes())
                .filteredOn(c -> c.unit().equals("Xã Ia Tôr"))
                .singleElement()
                .extracting(Change::predecessors)
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactlyInAnyOrder(
                        "Xã Ia Băng (Huyện Chư Prông)", "Xã Ia Tôr (Huyện Chư Prông)", "Xã Ia Bang (Huyện Chư Prông)");
        assertThat(preview.changes())
                .filteredOn(c -> c.type() == ChangeType.MOVED)
                .extracting(Change::unit, Change::predecessors)
                .contains(org.assertj.core.groups.Tuple.tuple("Xã Ia O", List.of("Xã Ia O (Huyện Ia Grai)")));
        assertThat(preview.changes())
                .filteredOn(c -> c.type() == ChangeType.LEVEL_REMOVED)
                .hasSize(17);
        // every commune of the 2024 list has its successor: none ends without one
        assertThat(preview.changes())
                .filteredOn(c -> c.type() == ChangeType.ENDED)
                .isEmpty();
        assertThat(preview.warnings())
                .extracting(UnitImportPreview.Message::text)
                .noneMatch(t -> t.contains("không ghi đơn vị kế thừa"));

        assertThat(districtsOn(EFFECTIVE)).isEqualTo(17);
        assertThat(units.find("P-PLEIKU")).isEmpty();
    }

    @Test
    void applyingTheFixtureEndsTheDistrictsOn30June2025AndStartsTheNewUnitsOn1JulyWithTheirPredecessors() {
        OrgUnitSummary taySon = units.find("X185").orElseThrow();
        String oldLabel = units.labelOf(taySon.id());

        imports.apply(UnitWorkbooks.giaLai2025(), UnitImportMode.RESTRUCTURING);

        assertThat(districtsOn(BEFORE)).isEqualTo(17);
        assertThat(districtsOn(LAST_DAY)).isEqualTo(17);
        assertThat(districtsOn(EFFECTIVE)).isZero();
        assertThat(districtsOn(clock.today())).isZero();
        assertThat(units.tree(true))
                .filteredOn(u -> u.kind() == OrgUnitKind.DISTRICT)
                .hasSize(17)
                .allSatisfy(d -> assertThat(d.validTo()).isEqualTo(LAST_DAY));

        OrgUnitSummary pleiku = unit("P-PLEIKU");
        assertThat(pleiku.name()).isEqualTo("Phường Pleiku");
        assertThat(pleiku.validFrom()).isEqualTo(EFFECTIVE);
        assertThat(pleiku.kind()).isEqualTo(OrgUnitKind.COMMUNE);
        assertThat(units.labelOf(pleiku.parentId())).isEqualTo("Ủy ban nhân dân tỉnh Gia Lai");
        OrgUnitSummary endedTaySon = unit("X185");
        assertThat(endedTaySon.validTo()).isEqualTo(LAST_DAY);
        assertThat(endedTaySon.successorId()).isEqualTo(pleiku.id());
        assertThat(units.labelOf(taySon.id())).as("old plans keep the old name").isEqualTo(oldLabel);
        assertThat(unit("X097").successorId()).isEqualTo(unit("X-IAO").id());

        List<String> today =
                units.unitsOn(clock.today()).stream().map(OrgUnitSummary::code).toList();
        assertThat(today)
                .contains("P-PLEIKU", "X-BIENHO", "X-GAO", "X-KRONG", "SNV")
                .doesNotContain("X185", "H16");
        List<String> before =
                units.unitsOn(BEFORE).stream().map(OrgUnitSummary::code).toList();
        assertThat(before).contains("X185", "H16").doesNotContain("P-PLEIKU");

        assertThat(audit.history(AuditSubjectType.ORG_UNIT, pleiku.id(), Locale.of("vi")))
                .extracting(AuditRow::fieldLabel)
                .contains("Đơn vị tiền thân", "Văn bản quyết định");
        assertThat(audit.history(AuditSubjectType.ORG_UNIT, taySon.id(), Locale.of("vi")))
                .extracting(AuditRow::actionLabel, AuditRow::fieldLabel)
                .contains(org.assertj.core.groups.Tuple.tuple("Sáp nhập vào đơn vị khác", "Đơn vị kế thừa"));
    }

    @Test
    void aFileWithAnUnknownPredecessorIsRefusedWithItsRowAndNothingChanges() {
        byte[] file = UnitWorkbooks.decision(
                "99/NQ-UBTVQH15",
                List.of(
                        List.of("P-MOI", "Phường Mới", "Cấp xã", "UBT", "X185; Xã Không Có Thật"),
                        List.of("", "Cấp huyện", "Cấp huyện", "", "", "Bỏ cấp")));
        int unitsBefore = units.tree(true).size();

        UnitImportPreview preview = imports.preview(file, UnitImportMode.RESTRUCTURING);

        assertThat(preview.canApply()).isFalse();
        assertThat(preview.problems())
                .extracting(UnitImportPreview.Message::full)
                .containsExactly("Dòng 6: Không tìm thấy đơn vị tiền thân “Xã Không Có Thật” (ghi mã hoặc tên đơn vị"
                        + " đang hoạt động trước ngày hiệu lực).");
        assertThatThrownBy(() -> imports.apply(file, UnitImportMode.RESTRUCTURING))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).message(Locale.of("vi")))
                        .contains("Dòng 6")
                        .contains("Không có thay đổi nào được lưu"));
        assertThat(units.tree(true)).hasSize(unitsBefore);
        assertThat(units.find("P-MOI")).isEmpty();
        assertThat(districtsOn(clock.today())).isEqualTo(17);
        assertThat(unit("X185").validTo()).isNull();
    }

    @Test
    void aCommuneLeftWithoutSuccessorWhenItsLevelIsRemovedIsListedAsEndedWithAWarning() {
        byte[] file = UnitWorkbooks.decision(
                "96/NQ-UBTVQH15",
                List.of(
                        List.of("P-MOI", "Phường Mới", "Cấp xã", "UBT", "X185; X197"),
                        List.of("", "Cấp huyện", "Cấp huyện", "", "", "Bỏ cấp")));

        UnitImportPreview preview = imports.preview(file, UnitImportMode.RESTRUCTURING);

        assertThat(preview.canApply()).as("a warning, not a problem").isTrue();
        assertThat(preview.changes())
                .filteredOn(c -> c.type() == ChangeType.ENDED)
                .extracting(Change::unit)
                .contains("Xã Ia Kly (Huyện Chư Prông)", "Phường Hoa Lư (Thành phố Pleiku)")
                .doesNotContain("Phường Tây Sơn (Thành phố Pleiku)");
        assertThat(preview.warnings())
                .extracting(UnitImportPreview.Message::text)
                .anyMatch(t -> t.contains("Xã Ia Kly (Huyện Chư Prông)") && t.contains("không ghi đơn vị kế thừa"));
        assertThat(units.find("P-MOI")).as("a preview writes nothing").isEmpty();
    }

    @Test
    void anAmbiguousPredecessorANameClashAndAnUnknownParentAreListedWithTheirRows() {
        byte[] file = UnitWorkbooks.decision(
                "98/NQ-UBTVQH15",
                List.of(
                        List.of("X-A", "Xã Ia O", "Cấp xã", "UBT", "Xã Ia O"),
                        List.of("X-B", "Xã Hòa Bình", "Cấp xã", "UBT", "X185"),
                        List.of("X-C", "Xã Hòa Bình", "Cấp xã", "UBT", "X186"),
                        List.of("X-D", "Xã Đông", "Cấp xã", "Tỉnh Không Có", "X187")));

        UnitImportPreview preview = imports.preview(file, UnitImportMode.RESTRUCTURING);

        assertThat(preview.problems())
                .extracting(UnitImportPreview.Message::row)
                .containsExactly(6, 8, 9);
        assertThat(preview.problems().get(0).text())
                .contains("Xã Ia O (Huyện Ia Grai)")
                .contains("Xã Ia O (Huyện Chư Prông)");
        assertThat(preview.problems().get(1).text()).contains("trùng với dòng 7");
        assertThat(preview.problems().get(2).text()).contains("Không tìm thấy đơn vị cấp trên “Tỉnh Không Có”");
    }

    @Test
    void aSplitEndsTheUnitWithEveryPartAsItsSuccessorsAndLeavesTheChoicePerItem() {
        byte[] file = UnitWorkbooks.decision(
                "97/NQ-UBTVQH15",
                List.of(
                        List.of("X-TS-A", "Phường Tây Sơn A", "Cấp xã", "H16", "X185"),
                        List.of("X-TS-B", "Phường Tây Sơn B", "Cấp xã", "H16", "X185")));

        UnitImportPreview preview = imports.apply(file, UnitImportMode.RESTRUCTURING);

        assertThat(preview.changes()).extracting(Change::type).containsExactly(ChangeType.SPLIT, ChangeType.SPLIT);
        OrgUnitSummary taySon = unit("X185");
        long partA = unit("X-TS-A").id();
        long partB = unit("X-TS-B").id();
        assertThat(taySon.validTo()).isEqualTo(LAST_DAY);
        assertThat(taySon.successorId())
                .as("no single successor: the work is shared out item by item")
                .isNull();
        assertThat(units.successorsOf(taySon.id())).containsExactlyInAnyOrder(partA, partB);
        assertThat(units.predecessorsOf(partB)).containsExactly(taySon.id());
        assertThat(unit("X-TS-B").parentId()).isEqualTo(unit("H16").id());
        assertThat(audit.history(AuditSubjectType.ORG_UNIT, taySon.id(), Locale.of("vi")))
                .extracting(AuditRow::actionLabel)
                .contains("Chia tách thành nhiều đơn vị");
    }

    @Test
    void aMergeStillNamesItsOneSuccessorAndWritesNoSplitRows() {
        imports.apply(UnitWorkbooks.giaLai2025(), UnitImportMode.RESTRUCTURING);

        long iaTor = unit("X-IATOR").id();
        for (String old : List.of("X044", "X045", "X047")) {
            assertThat(unit(old).successorId()).isEqualTo(iaTor);
            assertThat(units.successorsOf(unit(old).id())).containsExactly(iaTor);
        }
        assertThat(units.predecessorsOf(iaTor))
                .containsExactlyInAnyOrder(
                        unit("X044").id(), unit("X045").id(), unit("X047").id());
        java.util.Set<String> fixtureCodes = java.util.Set.of(
                "P-PLEIKU",
                "P-THONGNHAT",
                "P-DIENHONG",
                "P-HOIPHU",
                "P-ANPHU",
                "X-BIENHO",
                "X-GAO",
                "X-IATOR",
                "X-IADOK",
                "X-IAO",
                "X-IAPUCH",
                "X-IAMO",
                "X-IAPNON",
                "X-IANAN",
                "X-IACHIA",
                "X-KRONG",
                "X-IADOM");
        assertThat(units.unitsOn(EFFECTIVE))
                .filteredOn(u -> fixtureCodes.contains(u.code()))
                .as("the 17 new units of the fixture, in force from 01/07/2025 directly under the province")
                .hasSize(17)
                .allSatisfy(u -> assertThat(u.depth()).isEqualTo(1));
    }
}
