package vn.cchc.portal.indicator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.audit.AuditRow;
import vn.cchc.portal.audit.AuditRows;
import vn.cchc.portal.audit.AuditSubjectType;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.plan.PlanService;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Target overrides and exclusions appear in the administrator's one audit log, readable like every other change. */
@SpringBootTest
@Transactional
class IndicatorAuditLogTest {

    @Autowired
    TargetService targets;

    @Autowired
    PlanService plans;

    @Autowired
    OrgUnitService units;

    @Autowired
    UserDetailsService users;

    @Autowired
    AuditLog log;

    IndicatorFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new IndicatorFixtures(plans, units, users);
        fixtures.signInAs("chuyenvien.snv");
    }

    @Test
    void anOverrideIsLoggedWithUnitMilestoneValueAndReasonAndAnExclusionWithItsReason() {
        long campaign = fixtures.campaign();
        IndicatorSet set = targets.set(campaign).orElseThrow();
        IndicatorInfo online = set.indicators().get(2);
        long day100 = set.milestones().getLast().id();
        targets.override(
                campaign,
                online.id(),
                fixtures.unit("Huyện Chư Prông"),
                day100,
                "65,5",
                "Huyện đăng ký cao hơn (kiểm tra nhật ký)");
        targets.exclude(campaign, fixtures.unit("Sở Tư pháp"), "Không có thủ tục thuộc chỉ số này (kiểm tra nhật ký)");

        fixtures.signInAs("admin");
        List<AuditRow> rows = log.history(AuditSubjectType.INDICATOR, online.id(), AuditRows.VI).stream()
                .filter(r -> r.action().equals("INDICATOR_TARGET_OVERRIDDEN")
                        && r.username().equals("chuyenvien.snv"))
                .toList();
        AuditRows.assertReadable(rows);
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.actionLabel()).isEqualTo("Điều chỉnh chỉ tiêu");
            assertThat(r.fieldLabel()).isEqualTo("Giá trị");
            assertThat(r.newValue()).isEqualTo("65,5");
            assertThat(r.subject()).contains(online.code());
        });
        assertThat(rows).anySatisfy(r -> assertThat(r.newValue()).isEqualTo("Huyện Chư Prông"));
        assertThat(rows)
                .anySatisfy(r -> assertThat(r.newValue()).isEqualTo("Huyện đăng ký cao hơn (kiểm tra nhật ký)"));

        List<AuditRow> plan = AuditRows.find(log, AuditSubjectType.PLAN, "kiem tra nhat ky");
        assertThat(AuditRows.row(plan, "INDICATOR_UNIT_EXCLUDED", "reason").newValue())
                .startsWith("Không có thủ tục");
        assertThat(log.history(AuditSubjectType.PLAN, campaign, AuditRows.VI)).anySatisfy(r -> {
            assertThat(r.actionLabel()).isEqualTo("Loại trừ đơn vị");
            assertThat(r.newValue()).isEqualTo("Sở Tư pháp");
        });
    }
}
