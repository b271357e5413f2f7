package vn.cchc.portal.organization;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.support.MutableClock;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The organisation tree as planners and administrators use it: search, groups, ended and merged units. */
@SpringBootTest
class OrgUnitServiceTest {

    private static final String USERS = "dbUserDetailsService";

    @Autowired
    OrgUnitService units;

    @Autowired
    MutableClock clock;

    LocalDate today;

    @BeforeEach
    void readTheDay() {
        today = clock.today();
    }

    @Test
    @WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = USERS)
    void searchFindsAUnitWithOrWithoutDiacriticsTogetherWithItsAncestors() {
        for (String query : new String[] {"ia tor", "Xã Ia Tôr", "XA IA TOR", "ia tôr"}) {
            assertThat(units.search(query, false))
                    .extracting(OrgUnitSummary::name)
                    .as(query)
                    .containsExactly("Ủy ban nhân dân tỉnh Gia Lai", "Huyện Chư Prông", "Xã Ia Tôr");
        }
        assertThat(units.search("dak doa", false))
                .extracting(OrgUnitSummary::name)
                .contains("Huyện Đak Đoa");
        assertThat(units.search("không có đơn vị này", false)).isEmpty();
    }

    @Test
    @WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = USERS)
    void groupsExpandToTheUnitsTheyHoldOnTheDay() {
        assertThat(units.expand(OrgUnitGroup.ALL_DISTRICT_COMMITTEES, today)).hasSize(17);
        assertThat(units.expand(OrgUnitGroup.ALL_COMMUNE_COMMITTEES, today))
                .hasSize(220)
                .allSatisfy(u -> assertThat(u.kind()).isEqualTo(OrgUnitKind.COMMUNE));
        assertThat(units.expand(OrgUnitGroup.ALL_DEPARTMENTS, today))
                .extracting(OrgUnitSummary::name)
                .contains("Sở Nội vụ", "Sở Tư pháp")
                .doesNotContain("Công an tỉnh", "Huyện Chư Prông");
    }

    @Test
    @WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = USERS)
    void aPlanAddressesTheLevelBelowItsIssuerAndCommuneWorkOfAProvincePlanGoesToTheDistrict() {
        long province = units.find("UBT").orElseThrow().id();
        long district = units.find("Huyện Chư Prông").orElseThrow().id();
        long commune = units.find("Xã Ia Tôr").orElseThrow().id();
        long justice = units.find("Sở Tư pháp").orElseThrow().id();
        long centre = units.find("TTPVHCC").orElseThrow().id();
        long otherDistrict = units.find("Huyện Đak Đoa").orElseThrow().id();

        Addressing byProvince = units.addressing(province);
        assertThat(byProvince.addressee(justice)).contains(justice);
        assertThat(byProvince.addressee(centre))
                .as("an office of a department is named itself")
                .contains(centre);
        assertThat(byProvince.addressee(district)).contains(district);
        assertThat(byProvince.addressee(commune))
                .as("passed on by the district")
                .contains(district);
        assertThat(byProvince.passedOn(commune)).isTrue();
        assertThat(byProvince.passedOn(district)).isFalse();

        Addressing byDistrict = units.addressing(district);
        assertThat(byDistrict.addressee(commune)).contains(commune);
        assertThat(byDistrict.addressee(district)).contains(district);
        assertThat(byDistrict.addressee(otherDistrict)).isEmpty();
        assertThat(byDistrict.addressee(justice)).isEmpty();
    }

    @Test
    @Transactional
    @WithUserDetails(value = "admin", userDetailsServiceBeanName = USERS)
    void aMergedCommuneLeavesTheActiveTreeButKeepsItsHistoryAndSuccessor() {
        OrgUnitSummary iaTor = units.find("Xã Ia Tôr").orElseThrow();
        OrgUnitSummary successor = units.find("Thị trấn Chư Prông").orElseThrow();
        LocalDate lastDay = today.minusDays(1);

        OrgUnitSummary ended = units.end(iaTor.id(), lastDay, successor.id());

        assertThat(ended.validTo()).isEqualTo(lastDay);
        assertThat(ended.successorName()).isEqualTo("Thị trấn Chư Prông");
        assertThat(units.tree(false)).extracting(OrgUnitSummary::name).doesNotContain("Xã Ia Tôr");
        assertThat(units.tree(true)).extracting(OrgUnitSummary::name).contains("Xã Ia Tôr");
        assertThat(units.expand(OrgUnitGroup.ALL_COMMUNE_COMMITTEES, today)).hasSize(219);
        assertThat(units.expand(OrgUnitGroup.ALL_COMMUNE_COMMITTEES, lastDay)).hasSize(220);
    }

    @Test
    @Transactional
    @WithUserDetails(value = "admin", userDetailsServiceBeanName = USERS)
    void endingAUnitIsRefusedWhileItHasActiveSubunitsOrWithItselfAsSuccessor() {
        OrgUnitSummary district = units.find("Huyện Chư Prông").orElseThrow();
        OrgUnitSummary commune = units.find("Xã Ia Tôr").orElseThrow();
        assertThatThrownBy(() -> units.end(district.id(), today, null))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("còn đơn vị trực thuộc");
        assertThatThrownBy(() -> units.end(commune.id(), today, commune.id()))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("Đơn vị kế thừa");
        assertThatThrownBy(() -> units.end(commune.id(), LocalDate.of(2019, 12, 31), null))
                .hasMessageContaining("trước ngày bắt đầu");
        assertThat(units.find("Xã Ia Tôr").orElseThrow().validTo()).isNull();
    }

    @Test
    @WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = USERS)
    void onlyAnAdministratorMayEndAUnit() {
        long id = units.find("Xã Ia Tôr").orElseThrow().id();
        assertThatThrownBy(() -> units.end(id, today, null)).isInstanceOf(AccessDeniedException.class);
    }
}
