package vn.cchc.portal.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.cchc.portal.organization.OrgUnitKind;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.support.MutableClock;
import vn.cchc.portal.support.SignIn;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo: the Gia Lai 2025 fixture is applied once at start-up, after the historical plans and before the live
 * year, so today's structure has no districts while 01/01/2025 still has the 17 of that time, under
 * their old names.
 */
@SpringBootTest
@vn.cchc.portal.support.RestructuredDemo
class RestructuringDemoTest {

    @Autowired
    OrgUnitService units;

    @Autowired
    UserDetailsService users;

    @Autowired
    MutableClock clock;

    @Test
    void theDemoStructureOfTodayHasNoDistrictsAndThatOfFirstJanuary2025HasSeventeen() {
        SignIn.as(users, "admin");
        assertThat(units.unitsOn(clock.today()))
                .noneMatch(u -> u.kind() == OrgUnitKind.DISTRICT)
                .extracting(OrgUnitSummary::code)
                .contains("P-PLEIKU", "X-GAO", "SNV");
        assertThat(units.unitsOn(LocalDate.of(2025, 1, 1)))
                .filteredOn(u -> u.kind() == OrgUnitKind.DISTRICT)
                .extracting(OrgUnitSummary::name)
                .hasSize(17)
                .contains("Huyện Chư Prông", "Thành phố Pleiku");
        long iaTor = units.tree(true).stream()
                .filter(u -> u.name().equals("Xã Ia Tôr"))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(units.labelOf(iaTor)).isEqualTo("Xã Ia Tôr (Huyện Chư Prông)");
        assertThat(units.tree(true))
                .filteredOn(u -> u.code().equals("P-PLEIKU"))
                .hasSize(1);
    }
}
