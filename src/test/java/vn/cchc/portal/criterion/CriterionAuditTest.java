package vn.cchc.portal.criterion;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.audit.AuditQuery;
import vn.cchc.portal.audit.AuditRow;
import vn.cchc.portal.audit.AuditSubjectType;
import vn.cchc.portal.support.SignIn;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.portal.audit.AuditRows.assertReadable;
import static vn.cchc.portal.audit.AuditRows.find;
import static vn.cchc.portal.audit.AuditRows.row;

/** Adding, editing, retiring criteria and copying frameworks appears in the audit view, readable. */
@SpringBootTest
@Transactional
@WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = "dbUserDetailsService")
class CriterionAuditTest {

    @Autowired
    CriterionService criteria;

    @Autowired
    UserDetailsService users;

    @Autowired
    AuditLog audit;

    private CriterionSummary byCode(String code) {
        return criteria.findByCode("PAR2023", code).orElseThrow();
    }

    @Test
    void aCriterionAddedEditedAndRetiredIsShownWithLevelParentAndDecimalComma() {
        long frameworkId = criteria.findFramework("PAR2023").orElseThrow().id();
        CriterionForm form = CriterionForm.of("TCTP 1.3.9", "Kiểm tra nhật ký tiêu chí");
        form.setBaseline(new BigDecimal("12.5"));
        form.setBaselineYear(2022);
        form.setUnit("%");
        CriterionSummary added = criteria.add(frameworkId, byCode("TC 1.3").id(), form);
        CriterionForm edit = CriterionForm.of(added);
        edit.setTitle("Kiểm tra nhật ký tiêu chí (sửa)");
        edit.setBaseline(new BigDecimal("83.99"));
        criteria.update(edit);
        criteria.retire(added.id());

        SignIn.as(users, "admin");
        List<AuditRow> rows = find(audit, AuditSubjectType.CRITERION, "kiem tra nhat ky tieu chi");
        assertReadable(rows);
        assertThat(row(rows, "CRITERION_ADDED", "level").newValue()).isEqualTo("Tiêu chí thành phần");
        assertThat(row(rows, "CRITERION_ADDED", "parent").newValue()).startsWith("TC 1.3 – ");
        assertThat(row(rows, "CRITERION_ADDED", "unit").fieldLabel()).isEqualTo("Đơn vị tính");
        AuditRow baseline = row(rows, "CRITERION_UPDATED", "baseline");
        assertThat(baseline.fieldLabel()).isEqualTo("Giá trị cơ sở");
        assertThat(baseline.oldValue()).isEqualTo("12,5");
        assertThat(baseline.newValue()).isEqualTo("83,99");
        assertThat(row(rows, "CRITERION_UPDATED", "title").newValue()).isEqualTo("Kiểm tra nhật ký tiêu chí (sửa)");
        AuditRow retired = row(rows, "CRITERION_RETIRED", "retired");
        assertThat(retired.oldValue()).isEqualTo("Không");
        assertThat(retired.newValue()).isEqualTo("Có");
        assertThat(retired.subject()).isEqualTo("TCTP 1.3.9 – Kiểm tra nhật ký tiêu chí (sửa)");
        assertThat(retired.parent()).isEqualTo("Bộ chỉ số: Chỉ số CCHC 2023 (PAR2023)");

        List<AuditRow> english = audit.search(
                new AuditQuery(AuditSubjectType.CRITERION, null, null, null, "TCTP 1.3.9"), 0, 100, Locale.ENGLISH);
        assertThat(row(english, "CRITERION_UPDATED", "baseline").newValue()).isEqualTo("83.99");
    }

    @Test
    void copyingAFrameworkIsShownWithItsSourceAndCriteriaCount() {
        criteria.copyFramework(
                criteria.findFramework("SIPAS2023").orElseThrow().id(), 2026, "SIPAS2026", "Chỉ số SIPAS 2026");

        SignIn.as(users, "admin");
        List<AuditRow> rows = find(audit, AuditSubjectType.FRAMEWORK, "sipas 2026");
        assertReadable(rows);
        assertThat(row(rows, "FRAMEWORK_COPIED", "source").newValue()).isEqualTo("Chỉ số SIPAS 2023 (SIPAS2023)");
        assertThat(row(rows, "FRAMEWORK_COPIED", "year").newValue()).isEqualTo("2026");
        assertThat(row(rows, "FRAMEWORK_COPIED", "criteria").newValue())
                .isEqualTo(String.valueOf(criteria.tree(
                                criteria.findFramework("SIPAS2023")
                                        .orElseThrow()
                                        .id(),
                                false)
                        .size()));
    }
}
