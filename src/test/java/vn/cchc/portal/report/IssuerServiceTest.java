package vn.cchc.portal.report;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.audit.AuditRow;
import vn.cchc.portal.audit.AuditSubjectType;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.plan.PlanHeaderForm;
import vn.cchc.portal.plan.PlanItemForm;
import vn.cchc.portal.plan.PlanItemKind;
import vn.cchc.portal.plan.PlanItemService;
import vn.cchc.portal.plan.PlanKind;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.shared.BusinessException;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Who issues a unit's documents: stored data first, then what the tree and the unit's latest plan say. */
@SpringBootTest
@Transactional
@WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = "dbUserDetailsService")
class IssuerServiceTest {

    @Autowired
    IssuerService issuers;

    @Autowired
    OrgUnitService units;

    @Autowired
    PlanService plans;

    @Autowired
    AuditLog audit;

    @Autowired
    PlanItemService items;

    long unit(String code) {
        return units.activeUnits().stream()
                .filter(u -> u.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void aDepartmentPrintsItsParentItsNameThePlaceAboveAndItsStoredSignatureBlock() {
        Issuer snv = issuers.of(unit("SNV"));

        assertThat(snv.parentBody()).isEqualTo("UBND TỈNH GIA LAI");
        assertThat(snv.issuingBody()).isEqualTo("SỞ NỘI VỤ");
        assertThat(snv.place()).isEqualTo("Gia Lai");
        assertThat(snv.symbol()).isEqualTo("SNV");
        assertThat(snv.blankNumber("BC")).isEqualTo("Số:      /BC-SNV");
        assertThat(snv.signerAuthority()).isEqualTo("KT. GIÁM ĐỐC");
        assertThat(snv.signerTitle()).isEqualTo("PHÓ GIÁM ĐỐC");
        assertThat(snv.hasSignerName()).isFalse();
    }

    @Test
    void aUnitWithNothingStoredIsDerivedFromTheTreeAlone() {
        Issuer stp = issuers.of(unit("STP"));

        assertThat(stp.parentBody()).isEqualTo("UBND TỈNH GIA LAI");
        assertThat(stp.issuingBody()).isEqualTo("SỞ TƯ PHÁP");
        assertThat(stp.place()).isEqualTo("Gia Lai");
        assertThat(stp.symbol()).isEqualTo("STP");
        assertThat(stp.signerAuthority()).isNull();
        assertThat(stp.signerName()).isNull();
        assertThat(stp.unitName()).isEqualTo("Sở Tư pháp");
    }

    @Test
    void aBlankSignerNameIsTheOneSignedUnderTheSameTitleOnTheUnitsLatestPlanUntilOneIsEntered() {
        long stp = unit("STP");
        IssuerForm form = issuers.form(stp);
        form.setSigner(form.getSigner().withAuthority("KT. GIÁM ĐỐC").withTitle("PHÓ GIÁM ĐỐC"));
        issuers.save(form);
        assertThat(issuers.of(stp).signerName()).isNull();

        issuedPlan(stp, "5/KH-STP", LocalDate.of(2025, 2, 3), "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Bình");
        issuedPlan(stp, "9/KH-STP", LocalDate.of(2025, 3, 4), null, "GIÁM ĐỐC", "Lê Thị Hoa");
        assertThat(issuers.of(stp).signerName()).isEqualTo("Nguyễn Văn Bình");

        form.setSigner(form.getSigner().withName("Rơ Mah Tuấn"));
        assertThat(issuers.save(form).signerName()).isEqualTo("Rơ Mah Tuấn");
        assertThat(issuers.of(stp).signerName()).isEqualTo("Rơ Mah Tuấn");
        assertThat(audit.history(AuditSubjectType.ORG_UNIT, stp, Locale.forLanguageTag("vi")))
                .filteredOn(r -> r.action().equals("ISSUER_UPDATED"))
                .extracting(AuditRow::fieldLabel, AuditRow::oldValue, AuditRow::newValue)
                .contains(tuple("Quyền hạn ký", null, "KT. GIÁM ĐỐC"), tuple("Họ tên người ký", null, "Rơ Mah Tuấn"));
    }

    @Test
    void tooLongIssuingDataIsRefusedAndNothingChanges() {
        long province = unit("UBT");
        Issuer before = issuers.of(province);
        IssuerForm form = issuers.form(province);
        form.setSigner(form.getSigner().withName("A".repeat(201)));
        form.setPlace("Pleiku");

        assertThatThrownBy(() -> issuers.save(form))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Thông tin ban hành quá dài; hãy rút gọn.");
        assertThat(issuers.of(province)).isEqualTo(before);
    }

    private void issuedPlan(long unitId, String number, LocalDate issued, String authority, String title, String name) {
        PlanHeaderForm header = new PlanHeaderForm();
        header.setIssuingUnitId(unitId);
        header.setKind(PlanKind.ANNUAL);
        header.setYear(issued.getYear());
        header.setTitle("Kế hoạch CCHC " + number);
        header.setNumber(number);
        header.setIssueDate(issued);
        header.setSigner(new vn.cchc.portal.shared.Signer(authority, title, name));
        long planId = plans.create(header).id();
        PlanItemForm item = new PlanItemForm();
        item.setPlanId(planId);
        item.setKind(PlanItemKind.ITEM);
        item.setNumber("1");
        item.setTitle("Nhiệm vụ của " + number);
        item.setLeadUnitId(unitId);
        item.setAssignees(List.of());
        item.setDeadline(issued.plusMonths(6));
        items.add(item);
        plans.issue(planId);
    }

    @Test
    @WithUserDetails(value = "giamdoc.stp", userDetailsServiceBeanName = "dbUserDetailsService")
    void aUnitHeadCannotChangeIssuingData() {
        assertThatThrownBy(() -> issuers.form(1L)).isInstanceOf(AccessDeniedException.class);
    }
}
