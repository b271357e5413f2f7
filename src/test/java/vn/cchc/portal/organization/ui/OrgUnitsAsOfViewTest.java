package vn.cchc.portal.organization.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.organization.OrgUnitKind;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.organization.UnitImport;
import vn.cchc.portal.organization.UnitImportMode;
import vn.cchc.portal.support.MutableClock;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Cơ quan, đơn vị" shows the structure as of a day ("Cơ cấu tại ngày", today by default): once the Gia Lai 2025
 * restructuring is applied, 01/01/2025 shows the 17 districts and today none. Rolled back after the test.
 */
@SpringBootTest
@Transactional
class OrgUnitsAsOfViewTest extends SpringBrowserlessTest {

    @Autowired
    UnitImport imports;

    @Autowired
    MutableClock clock;

    @Test
    @WithUserDetails(value = "admin", userDetailsServiceBeanName = "dbUserDetailsService")
    void theStructureOfFirstJanuary2025ShowsSeventeenDistrictsAndTodaysShowsNone() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/restructuring/gia-lai-2025-1664.xlsx")) {
            imports.apply(in.readAllBytes(), UnitImportMode.RESTRUCTURING);
        }
        navigate(OrgUnitsView.class);
        DatePicker asOf = find(DatePicker.class).withId("org-as-of").single();
        assertThat(asOf.getValue()).isEqualTo(clock.today());
        assertThat(rows())
                .noneMatch(u -> u.kind() == OrgUnitKind.DISTRICT)
                .extracting(OrgUnitSummary::name)
                .contains("Phường Pleiku", "Xã Biển Hồ", "Sở Nội vụ");

        test(asOf).setValue(LocalDate.of(2025, 1, 1));
        assertThat(rows()).filteredOn(u -> u.kind() == OrgUnitKind.DISTRICT).hasSize(17);
        assertThat(rows()).extracting(OrgUnitSummary::name).doesNotContain("Phường Pleiku");

        test(find(Button.class).withId("import-restructuring").single()).click();
        assertThat(find(Dialog.class).single().isOpened()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private List<OrgUnitSummary> rows() {
        TreeGrid<OrgUnitSummary> grid = find(TreeGrid.class).withId("org-grid").single();
        List<OrgUnitSummary> out = new ArrayList<>();
        for (int i = 0; i < test(grid).size(); i++) {
            out.add(test(grid).getRow(i));
        }
        return out;
    }
}
