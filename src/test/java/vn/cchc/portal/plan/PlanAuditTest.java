package vn.cchc.portal.plan;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.audit.AuditRow;
import vn.cchc.portal.audit.AuditSubjectType;
import vn.cchc.portal.criterion.CriterionService;
import vn.cchc.portal.organization.OrgUnitGroup;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.support.SignIn;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.portal.audit.AuditRows.assertReadable;
import static vn.cchc.portal.audit.AuditRows.find;
import static vn.cchc.portal.audit.AuditRows.row;

/** Every write to a plan and its items appears in the audit view with readable old and new values. */
@SpringBootTest
@Transactional
@WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = "dbUserDetailsService")
class PlanAuditTest {

    @Autowired
    PlanService plans;

    @Autowired
    PlanItemService items;

    @Autowired
    OrgUnitService units;

    @Autowired
    CriterionService criteria;

    @Autowired
    AuditLog audit;

    @Autowired
    UserDetailsService users;

    PlanFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PlanFixtures(plans, items, units);
    }

    @Test
    void planHeaderChangesAndIssuingAreShownWithNamesDatesAndStatesInVietnamese() {
        long planId = fixtures.draft("UBT", "Kế hoạch nhật ký thay đổi 2026");
        PlanHeaderForm header = plans.get(planId).header();
        header.setIssuingUnitId(fixtures.unit("SNV"));
        header.setKind(PlanKind.REMEDIATION);
        header.setReportingCadence(ReportingCadence.CAMPAIGN_10_DAYS);
        header.setStartDate(LocalDate.of(2026, 2, 1));
        plans.updateHeader(header);
        fixtures.item(planId, null, "1", "Mục tiêu", "SNV", List.of());
        fixtures.sign(planId, "77/KH-NKTD");
        plans.issue(planId);

        SignIn.as(users, "admin");
        List<AuditRow> rows = find(audit, AuditSubjectType.PLAN, "ke hoach nhat ky thay doi");
        assertReadable(rows);
        assertThat(row(rows, "PLAN_CREATED", null).actionLabel()).isEqualTo("Tạo kế hoạch");
        AuditRow issuer = row(rows, "PLAN_UPDATED", "issuingUnitId");
        assertThat(issuer.fieldLabel()).isEqualTo("Cơ quan ban hành");
        assertThat(issuer.oldValue()).isEqualTo("Ủy ban nhân dân tỉnh Gia Lai");
        assertThat(issuer.newValue()).isEqualTo("Sở Nội vụ");
        assertThat(row(rows, "PLAN_UPDATED", "kind").newValue()).isEqualTo("Kế hoạch khắc phục, nâng cao chỉ số");
        assertThat(row(rows, "PLAN_UPDATED", "startDate").newValue()).isEqualTo("01/02/2026");
        assertThat(row(rows, "PLAN_UPDATED", "issueDate").newValue()).isEqualTo("15/01/2026");
        AuditRow issued = row(rows, "PLAN_ISSUED", "status");
        assertThat(issued.fieldLabel()).isEqualTo("Trạng thái");
        assertThat(issued.oldValue()).isEqualTo("Dự thảo");
        assertThat(issued.newValue()).isEqualTo("Đã ban hành");
        assertThat(issued.user()).isEqualTo("Nguyễn Thị Hương");
        assertThat(issued.username()).isEqualTo("chuyenvien.snv");
        assertThat(issued.subject()).isEqualTo("77/KH-NKTD – Kế hoạch nhật ký thay đổi 2026");

        List<AuditRow> english = audit.search(
                new vn.cchc.portal.audit.AuditQuery(AuditSubjectType.PLAN, null, null, null, "77/KH-NKTD"),
                0,
                100,
                Locale.ENGLISH);
        AuditRow issuedInEnglish = row(english, "PLAN_ISSUED", "status");
        assertThat(issuedInEnglish.fieldLabel()).isEqualTo("Status");
        assertThat(issuedInEnglish.newValue()).isEqualTo("Issued");
    }

    @Test
    void itemChangesAreShownWithUnitGroupCriterionAndDateNamesInsideTheirPlan() {
        long planId = fixtures.draft("UBT", "Kế hoạch mục có nhật ký");
        long itemId = fixtures.item(
                planId,
                null,
                "1",
                "Rà soát thủ tục",
                "SNV",
                List.of(
                        ItemAssignee.unit(fixtures.unit("STP")),
                        ItemAssignee.group(OrgUnitGroup.ALL_DISTRICT_COMMITTEES)));
        PlanItemForm edit = PlanItemForm.of(plans.get(planId).items().getFirst(), planId);
        long criterionId =
                criteria.findByCode("PAR2023", "TCTP 1.3.1").orElseThrow().id();
        edit.setCriterionId(criterionId);
        edit.setDeadline(LocalDate.of(2026, 9, 30));
        edit.setLeadUnitId(fixtures.unit("STP"));
        edit.setAssignees(List.of(ItemAssignee.group(OrgUnitGroup.ALL_COMMUNE_COMMITTEES)));
        items.update(edit);
        long copy = items.duplicate(planId, itemId);
        items.move(planId, copy, -1);
        items.delete(planId, copy);

        SignIn.as(users, "admin");
        List<AuditRow> rows = find(audit, AuditSubjectType.PLAN_ITEM, "ke hoach muc co nhat ky");
        assertReadable(
                rows.stream().filter(r -> !r.action().equals("ITEM_DELETED")).toList());
        AuditRow assignees = row(rows, "ITEM_UPDATED", "assignees");
        assertThat(assignees.fieldLabel()).isEqualTo("Cơ quan phối hợp, thực hiện");
        assertThat(assignees.oldValue()).isEqualTo("Sở Tư pháp, UBND cấp huyện");
        assertThat(assignees.newValue()).isEqualTo("UBND cấp xã");
        AuditRow lead = row(rows, "ITEM_UPDATED", "leadUnitId");
        assertThat(lead.oldValue()).isEqualTo("Sở Nội vụ");
        assertThat(lead.newValue()).isEqualTo("Sở Tư pháp");
        assertThat(row(rows, "ITEM_UPDATED", "deadline").newValue()).isEqualTo("30/09/2026");
        assertThat(row(rows, "ITEM_UPDATED", "criterionId").newValue()).startsWith("TCTP 1.3.1 – ");
        assertThat(row(rows, "ITEM_ADDED", "title").newValue()).isEqualTo("Nhiệm vụ 1");
        AuditRow moved = row(rows, "ITEM_MOVED", "position");
        assertThat(moved.oldValue()).isEqualTo("2");
        assertThat(moved.newValue()).isEqualTo("1");
        assertThat(row(rows, "ITEM_DUPLICATED", "source").newValue()).isEqualTo("1 – Nhiệm vụ 1");
        AuditRow deleted = row(rows, "ITEM_DELETED", "title");
        assertThat(deleted.oldValue()).isEqualTo("1 – Nhiệm vụ 1");
        assertThat(deleted.subject()).as("a deleted item keeps the name it had").isEqualTo("1 – Nhiệm vụ 1");
        assertThat(row(rows, "ITEM_UPDATED", "deadline").subject()).isEqualTo("1 – Nhiệm vụ 1");
        assertThat(row(rows, "ITEM_UPDATED", "deadline").parent()).isEqualTo("Kế hoạch: Kế hoạch mục có nhật ký");

        SignIn.as(users, "chuyenvien.snv");
        fixtures.sign(planId, "79/KH-NKTD");
        SignIn.as(users, "admin");
        assertThat(find(audit, AuditSubjectType.PLAN_ITEM, "79/kh-nktd"))
                .as("rows written before the plan had its number are found by it")
                .extracting(AuditRow::action)
                .contains("ITEM_ADDED", "ITEM_UPDATED", "ITEM_DELETED");
        assertThat(find(audit, AuditSubjectType.PLAN, "79/KH-NKTD"))
                .extracting(AuditRow::action)
                .contains("PLAN_CREATED");

        SignIn.as(users, "chuyenvien.snv");
        List<AuditRow> history = plans.history(planId, Locale.of("vi"));
        assertThat(history)
                .extracting(AuditRow::action)
                .contains("PLAN_CREATED", "ITEM_ADDED", "ITEM_UPDATED", "ITEM_DELETED");
        assertThat(history)
                .filteredOn(r -> r.subjectType() == AuditSubjectType.PLAN_ITEM)
                .allSatisfy(r -> assertThat(r.subject()).isEqualTo("1 – Nhiệm vụ 1"));
    }
}
