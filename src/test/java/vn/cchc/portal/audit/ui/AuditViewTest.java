package vn.cchc.portal.audit.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.audit.AuditActor;
import vn.cchc.portal.audit.AuditRow;
import vn.cchc.portal.audit.AuditSubjectType;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.shell.HomeView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The administrator's audit view: in the menu for administrators only, filters, readable rows, Excel link. */
@SpringBootTest
class AuditViewTest extends SpringBrowserlessTest {

    private static final String USERS = "dbUserDetailsService";

    @Autowired
    OrgUnitService units;

    @Autowired
    Clock clock;

    @Test
    @Transactional
    @WithUserDetails(value = "admin", userDetailsServiceBeanName = USERS)
    void anAdministratorFindsAMergedUnitByTextWithoutDiacriticsAndReadsItsRows() {
        long iaTor = units.find("Xã Ia Tôr").orElseThrow().id();
        units.end(
                iaTor,
                LocalDate.of(2025, 6, 30),
                units.find("Thị trấn Chư Prông").orElseThrow().id());

        assertThat(menu()).contains("Nhật ký thay đổi");
        AuditView view = navigate(AuditView.class);
        assertThat(view.getPageTitle()).startsWith("Nhật ký thay đổi");
        test(textField()).setValue("xa ia tor sap nhap");
        List<AuditRow> rows = rows();
        assertThat(rows).extracting(AuditRow::action).containsOnly("UNIT_MERGED");
        assertThat(count().getText()).isEqualTo("2 thay đổi");
        var grid = test(grid());
        assertThat(grid.getHeaderCell(0)).isEqualTo("Thời gian");
        int lastDay = rows.stream().map(AuditRow::field).toList().indexOf("validTo");
        assertThat(grid.getCellText(lastDay, 1)).isEqualTo("Quản trị hệ thống");
        assertThat(grid.getLitRendererPropertyValue(lastDay, 2, "type", String.class))
                .isEqualTo("Cơ quan, đơn vị");
        assertThat(grid.getLitRendererPropertyValue(lastDay, 2, "subject", String.class))
                .isEqualTo("Xã Ia Tôr");
        assertThat(grid.getCellText(lastDay, 3)).isEqualTo("Sáp nhập vào đơn vị khác");
        assertThat(grid.getCellText(lastDay, 4)).isEqualTo("Ngày cuối cùng hoạt động");
        assertThat(grid.getCellText(lastDay, 5)).isEmpty();
        assertThat(grid.getCellText(lastDay, 6)).isEqualTo("30/06/2025");
        int successor = 1 - lastDay;
        assertThat(grid.getCellText(successor, 6)).isEqualTo("Thị trấn Chư Prông");

        // the same rows with diacritics; none of another kind; none before today
        test(textField()).setValue("Xã Ia Tôr sáp nhập");
        assertThat(rows()).hasSize(2);
        test(typeBox()).selectItem("Người dùng");
        assertThat(rows()).isEmpty();
        assertThat(count().getText()).isEqualTo("0 thay đổi");
        test(typeBox()).selectItem("Cơ quan, đơn vị");
        assertThat(rows()).hasSize(2);
        LocalDate today = LocalDate.now(clock);
        test(datePicker("audit-to")).setValue(today.minusDays(1));
        assertThat(rows()).isEmpty();
        test(datePicker("audit-to")).setValue(today);
        test(datePicker("audit-from")).setValue(today);
        assertThat(rows()).hasSize(2);
        assertThat(userBox().getListDataView().getItems().map(AuditActor::name)).contains("Quản trị hệ thống");
        test(userBox()).selectItem("Quản trị hệ thống (admin)");
        assertThat(rows()).hasSize(2);
        assertThat(find(Anchor.class).id("audit-export").getHref()).isNotBlank();
    }

    @Test
    @WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = USERS)
    void aPlannerNeitherSeesNorOpensTheAuditView() {
        assertThat(menu()).doesNotContain("Nhật ký thay đổi");
        assertThatThrownBy(() -> navigate(AuditView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(AuditView.class);
    }

    private List<AuditRow> rows() {
        var tester = test(grid());
        List<AuditRow> rows = new ArrayList<>();
        for (int i = 0; i < tester.size(); i++) {
            rows.add(tester.getRow(i));
        }
        return rows;
    }

    private Grid<AuditRow> grid() {
        @SuppressWarnings("unchecked")
        Grid<AuditRow> grid = find(Grid.class).id("audit-log-grid");
        return grid;
    }

    private TextField textField() {
        return find(TextField.class).id("audit-text");
    }

    private Span count() {
        return find(Span.class).id("audit-count");
    }

    private DatePicker datePicker(String id) {
        return find(DatePicker.class).id(id);
    }

    private ComboBox<AuditSubjectType> typeBox() {
        @SuppressWarnings("unchecked")
        ComboBox<AuditSubjectType> box = find(ComboBox.class).id("audit-type");
        return box;
    }

    private ComboBox<AuditActor> userBox() {
        @SuppressWarnings("unchecked")
        ComboBox<AuditActor> box = find(ComboBox.class).id("audit-user");
        return box;
    }

    private List<String> menu() {
        navigate(HomeView.class);
        SideNav nav = find(SideNav.class).withId("main-nav").single();
        return nav.getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
