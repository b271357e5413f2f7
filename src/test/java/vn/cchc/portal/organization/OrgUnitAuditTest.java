package vn.cchc.portal.organization;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.audit.AuditRow;
import vn.cchc.portal.audit.AuditSubjectType;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.portal.audit.AuditRows.assertReadable;
import static vn.cchc.portal.audit.AuditRows.find;
import static vn.cchc.portal.audit.AuditRows.row;

/** Ending and merging units appears in the audit view with the last day and the successor by name. */
@SpringBootTest
@Transactional
@WithUserDetails(value = "admin", userDetailsServiceBeanName = "dbUserDetailsService")
class OrgUnitAuditTest {

    @Autowired
    OrgUnitService units;

    @Autowired
    AuditLog audit;

    @Test
    void aMergedCommuneIsShownWithItsLastDayAndSuccessor() {
        long iaTor = units.find("Xã Ia Tôr").orElseThrow().id();
        long successor = units.find("Thị trấn Chư Prông").orElseThrow().id();
        units.end(iaTor, LocalDate.of(2025, 6, 30), successor);

        List<AuditRow> rows = find(audit, AuditSubjectType.ORG_UNIT, "xa ia tor");
        assertReadable(rows);
        AuditRow lastDay = row(rows, "UNIT_MERGED", "validTo");
        assertThat(lastDay.actionLabel()).isEqualTo("Sáp nhập vào đơn vị khác");
        assertThat(lastDay.fieldLabel()).isEqualTo("Ngày cuối cùng hoạt động");
        assertThat(lastDay.oldValue()).isNull();
        assertThat(lastDay.newValue()).isEqualTo("30/06/2025");
        assertThat(lastDay.subject()).isEqualTo("Xã Ia Tôr");
        assertThat(row(rows, "UNIT_MERGED", "successor").newValue()).isEqualTo("Thị trấn Chư Prông");
        assertThat(lastDay.user()).isEqualTo("Quản trị hệ thống");
    }

    @Test
    void anEndedUnitIsShownWithoutASuccessor() {
        long unit = units.find("Xã Ia Tôr").orElseThrow().id();
        units.end(unit, LocalDate.of(2025, 6, 30), null);

        List<AuditRow> rows = find(audit, AuditSubjectType.ORG_UNIT, "Xã Ia Tôr");
        assertReadable(rows);
        assertThat(rows).extracting(AuditRow::action).containsOnly("UNIT_ENDED");
        assertThat(row(rows, "UNIT_ENDED", "validTo").newValue()).isEqualTo("30/06/2025");
    }
}
