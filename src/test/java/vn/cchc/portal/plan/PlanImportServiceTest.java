package vn.cchc.portal.plan;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.audit.AuditRow;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.plan.importer.AppendixWorkbookFixture;
import vn.cchc.portal.shared.BusinessException;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A planner imports the appendix of Plan 1908 into a draft: every row or nothing. */
@SpringBootTest
@Transactional
@WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = "dbUserDetailsService")
class PlanImportServiceTest {

    @Autowired
    PlanService plans;

    @Autowired
    PlanItemService items;

    @Autowired
    PlanImportService imports;

    @Autowired
    OrgUnitService units;

    private long draft2023() {
        PlanFixtures fixtures = new PlanFixtures(plans, items, units);
        PlanHeaderForm form = fixtures.header("UBT", "Khắc phục tồn tại, hạn chế, nâng cao Chỉ số CCHC năm 2023");
        form.setYear(2023);
        form.setKind(PlanKind.REMEDIATION);
        return plans.create(form).id();
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = PlanImportServiceTest.class.getResourceAsStream("/plans/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void theShippedAppendixBecomesSeventyNineItemsUnderEightAreasWithCriteriaAndLeads() throws IOException {
        long planId = draft2023();

        ImportOutcome outcome = imports.importAppendix(planId, fixture("phu-luc-1908-2023.xlsx"));

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.itemsImported()).isEqualTo(79);
        List<PlanItemView> all = plans.get(planId).items();
        List<PlanItemView> areas =
                all.stream().filter(i -> i.kind() == PlanItemKind.GROUP).toList();
        assertThat(areas)
                .extracting(PlanItemView::number)
                .containsExactly("I", "II", "III", "IV", "V", "VI", "VII", "VIII");
        Map<Long, Long> perArea = all.stream()
                .filter(i -> i.kind() == PlanItemKind.ITEM)
                .collect(Collectors.groupingBy(PlanItemView::parentId, Collectors.counting()));
        assertThat(areas.stream().map(a -> perArea.get(a.id())).toList())
                .containsExactly(8L, 5L, 15L, 8L, 9L, 10L, 13L, 11L);
        PlanItemView first = all.get(1);
        assertThat(first.criterionCode()).isEqualTo("TC 1.1");
        assertThat(first.leadUnitName()).isEqualTo("Sở Nội vụ");
        assertThat(first.assigneeNames()).contains("Các sở, ban, ngành tỉnh", "UBND cấp huyện");
        assertThat(all).filteredOn(i -> i.kind() == PlanItemKind.ITEM).allSatisfy(i -> {
            assertThat(i.leadUnitId()).isNotNull();
            assertThat(i.criterionId()).isNotNull();
        });
        assertThat(plans.history(planId, Locale.ENGLISH))
                .extracting(AuditRow::action)
                .contains("ITEMS_IMPORTED");
    }

    @Test
    void theImportKeepsThePrintedLeadAndCoordinatingTextsOfEveryAppendixRowExactly() throws IOException {
        long planId = draft2023();

        imports.importAppendix(planId, fixture("phu-luc-1908-2023.xlsx"));

        List<PlanItemView> rows = plans.get(planId).items().stream()
                .filter(i -> i.kind() == PlanItemKind.ITEM)
                .toList();
        List<AppendixWorkbookFixture.ExpectedRow> expected = AppendixWorkbookFixture.expectedRows();
        assertThat(rows).hasSize(expected.size());
        for (int i = 0; i < rows.size(); i++) {
            AppendixWorkbookFixture.ExpectedRow want = expected.get(i);
            assertThat(rows.get(i).criterionCode()).isEqualTo(want.code());
            assertThat(rows.get(i).leadText()).as(want.code()).isEqualTo(want.lead());
            assertThat(rows.get(i).coordinatingText())
                    .as(want.code())
                    .isEqualTo(want.coordinating().isEmpty() ? null : want.coordinating());
            assertThat(rows.get(i).leadPrinted()).as(want.code()).isEqualTo(want.lead());
        }
        assertThat(rows)
                .filteredOn(r -> "TCTP 2.2.1".equals(r.criterionCode()))
                .singleElement()
                .satisfies(r -> assertThat(r.dueText()).isEqualTo("31/01/2024"));
    }

    @Test
    void aBrokenFileIsRefusedWithRowNumbersAndTheDatabaseIsUnchanged() throws IOException {
        long planId = draft2023();

        ImportOutcome outcome = imports.importAppendix(planId, fixture("phu-luc-loi.xlsx"));

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.problems()).extracting(ImportOutcome.Problem::row).containsExactly(9, 26, 50);
        assertThat(plans.get(planId).items()).isEmpty();
        assertThat(plans.history(planId, Locale.ENGLISH))
                .extracting(AuditRow::action)
                .doesNotContain("ITEMS_IMPORTED");
    }

    @Test
    void importingIntoAnIssuedPlanIsRefused() throws IOException {
        PlanFixtures fixtures = new PlanFixtures(plans, items, units);
        long planId = draft2023();
        fixtures.item(planId, null, "1", "Một mục", "SNV", List.of());
        fixtures.sign(planId, "1/KH-UBND");
        plans.issue(planId);
        byte[] xlsx = fixture("phu-luc-1908-2023.xlsx");

        assertThatThrownBy(() -> imports.importAppendix(planId, xlsx))
                .hasMessage(BusinessException.of(PlanValidation.READ_ONLY).getMessage());
    }

    @Test
    @WithUserDetails(value = "giamdoc.stp", userDetailsServiceBeanName = "dbUserDetailsService")
    void aUnitHeadCannotImportIntoAProvincePlan() {
        assertThatThrownBy(() -> imports.importAppendix(1L, new byte[] {1})).isInstanceOf(AccessDeniedException.class);
    }
}
