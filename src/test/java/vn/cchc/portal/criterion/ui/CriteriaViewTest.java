package vn.cchc.portal.criterion.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.criterion.CriterionService;
import vn.cchc.portal.criterion.CriterionSummary;
import vn.cchc.portal.criterion.FrameworkSummary;
import vn.cchc.portal.shell.HomeView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The criteria view: who may open it, and what a planner does in it. */
@SpringBootTest
class CriteriaViewTest extends SpringBrowserlessTest {

    private static final String USERS = "dbUserDetailsService";

    @Autowired
    CriterionService criteria;

    @Test
    @WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = USERS)
    void aPlannerOpensTheViewFromTheMenuAndSeesTheParIndexTree() {
        assertThat(menu()).contains("Bộ chỉ số, tiêu chí");
        CriteriaView view = navigate(CriteriaView.class);
        assertThat(view.getPageTitle()).startsWith("Bộ chỉ số, tiêu chí");
        assertThat(frameworkBox().getValue().code()).isEqualTo("PAR2023");
        List<String> codes = codes();
        assertThat(codes.subList(0, 5)).containsExactly("I", "TC 1.1", "TC 1.2", "TC 1.3", "TCTP 1.3.1");
        assertThat(codes)
                .hasSize(criteria.tree(frameworkBox().getValue().id(), false).size());
        assertThat(test(grid()).getHeaderCell(0)).isEqualTo("Mã");
    }

    @Test
    @WithUserDetails(value = "admin", userDetailsServiceBeanName = USERS)
    void anAdministratorOpensTheView() {
        assertThat(navigate(CriteriaView.class)).isInstanceOf(CriteriaView.class);
        assertThat(menu()).contains("Bộ chỉ số, tiêu chí");
    }

    @Test
    @WithUserDetails(value = "giamdoc.stp", userDetailsServiceBeanName = USERS)
    void aUnitHeadIsRefused() {
        assertRefused(CriteriaView.class);
        assertThat(menu()).doesNotContain("Bộ chỉ số, tiêu chí");
    }

    @Test
    @WithUserDetails(value = "lanhdao.ubnd", userDetailsServiceBeanName = USERS)
    void aLeaderIsRefused() {
        assertRefused(CriteriaView.class);
        assertThat(menu()).doesNotContain("Bộ chỉ số, tiêu chí");
    }

    @Test
    @WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = USERS)
    void searchFindsCriteriaWithOrWithoutDiacritics() {
        navigate(CriteriaView.class);
        test(searchField()).setValue("ho so truc tuyen");
        assertThat(codes()).containsExactly("VII", "TC 7.3", "TCTP 7.3.6");
        test(searchField()).setValue("Hồ sơ trực tuyến");
        assertThat(codes()).containsExactly("VII", "TC 7.3", "TCTP 7.3.6");
        test(searchField()).setValue("không có gì như thế");
        assertThat(codes()).isEmpty();
    }

    @Test
    @WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = USERS)
    void sipasBaselinesAreShownWithADecimalCommaAndTheirYear() {
        navigate(CriteriaView.class);
        test(frameworkBox()).selectItem("Chỉ số SIPAS 2023 (SIPAS2023)");
        assertThat(codes()).containsExactly("SIPAS", "SIPAS 1", "SIPAS 2", "SIPAS 3", "SIPAS 4", "SIPAS 5");
        assertThat(test(grid()).getCellText(1, 3)).isEqualTo("83,99%");
        assertThat(test(grid()).getCellText(4, 3)).isEqualTo("80,90%");
        assertThat(test(grid()).getCellText(5, 3)).isEqualTo("77,89%");
        assertThat(test(grid()).getCellText(1, 4)).isEqualTo("2022");
        assertThat(test(grid()).getLitRendererPropertyValue(1, 2, "level", String.class))
                .isEqualTo("Chỉ số thành phần");
    }

    @Test
    void baselinesFollowTheLanguage() {
        assertThat(CriteriaView.withUnit(new BigDecimal("83.9900"), "%", Locale.of("vi", "VN")))
                .isEqualTo("83,99%");
        assertThat(CriteriaView.withUnit(new BigDecimal("83.9900"), "%", Locale.ENGLISH))
                .isEqualTo("83.99%");
        assertThat(CriteriaView.withUnit(new BigDecimal("80.9000"), "%", Locale.of("vi")))
                .isEqualTo("80,90%");
        assertThat(CriteriaView.withUnit(new BigDecimal("1234.5678"), null, Locale.of("vi")))
                .isEqualTo("1.234,5678");
        assertThat(CriteriaView.withUnit(new BigDecimal("12.00"), "điểm", Locale.of("vi")))
                .isEqualTo("12 điểm");
        assertThat(CriteriaView.withUnit(null, "%", Locale.of("vi"))).isEmpty();
    }

    @Test
    @Transactional
    @WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = USERS)
    void inAnEnglishSessionTheServicesRefusalReadsInEnglish() {
        UI.getCurrent().getSession().setLocale(Locale.ENGLISH);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(CriteriaView.class);
        test(searchField()).setValue("TC 1.3");
        test(grid()).select(codes().indexOf("TC 1.3"));
        test(button("criteria-add-child")).click();
        test(find(TextArea.class).id("criterion-title")).setValue("Spot checks");
        test(find(TextField.class).id("criterion-code")).setValue("TCTP 1.3.1");
        test(button("criterion-save")).click();

        assertThat(find(Span.class).id("criterion-error").getText())
                .isEqualTo("The code “TCTP 1.3.1” already exists in "
                        + "the framework “Chỉ số CCHC 2023”; each criterion needs its own code.");
        assertThat(criteria.findByCode("PAR2023", "TCTP 1.3.1").orElseThrow().title())
                .isNotEqualTo("Spot checks");
    }

    @Test
    @Transactional
    @WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = USERS)
    void aPlannerAddsASubCriterionThroughTheDialog() {
        navigate(CriteriaView.class);
        test(searchField()).setValue("TC 1.3");
        int row = codes().indexOf("TC 1.3");
        test(grid()).select(row);
        Button addChild = button("criteria-add-child");
        assertThat(addChild.getText()).isEqualTo("Thêm tiêu chí thành phần");
        test(addChild).click();

        // empty code: the binder refuses in Vietnamese and nothing is saved
        test(find(TextArea.class).id("criterion-title")).setValue("Kiểm tra đột xuất");
        test(button("criterion-save")).click();
        assertThat(find(TextField.class).id("criterion-code").getErrorMessage())
                .isEqualTo("Vui lòng nhập mã tiêu chí.");
        assertThat(find(Span.class).id("criterion-error").getText()).isEqualTo("Vui lòng sửa các ô được đánh dấu đỏ.");

        // a duplicate code: the service refuses, the dialog shows why
        test(find(TextField.class).id("criterion-code")).setValue("TCTP 1.3.1");
        test(button("criterion-save")).click();
        assertThat(find(Span.class).id("criterion-error").getText()).contains("đã có trong bộ chỉ số");

        test(find(TextField.class).id("criterion-code")).setValue("TCTP 1.3.3");
        // a baseline that is no number is refused, not dropped while the criterion saves
        test(find(TextField.class).id("criterion-baseline")).setValue("abc");
        test(button("criterion-save")).click();
        assertThat(find(TextField.class).id("criterion-baseline").getErrorMessage())
                .contains("“abc”");
        assertThat(find(Span.class).id("criterion-error").getText()).isEqualTo("Vui lòng sửa các ô được đánh dấu đỏ.");
        assertThat(criteria.findByCode("PAR2023", "TCTP 1.3.3")).isEmpty();

        test(find(TextField.class).id("criterion-baseline")).setValue("12,5");
        test(button("criterion-save")).click();
        assertThat(find(TextField.class).id("criterion-baseline-year").getErrorMessage())
                .isEqualTo("Vui lòng nhập năm của giá trị cơ sở (ví dụ 2022).");
        test(find(TextField.class).id("criterion-baseline-year")).setValue("2022");
        test(find(TextField.class).id("criterion-unit")).setValue("%");
        test(button("criterion-save")).click();

        CriterionSummary added = criteria.findByCode("PAR2023", "TCTP 1.3.3").orElseThrow();
        assertThat(added.title()).isEqualTo("Kiểm tra đột xuất");
        assertThat(added.parentId())
                .isEqualTo(
                        criteria.findByCode("PAR2023", "TC 1.3").orElseThrow().id());
        test(searchField()).setValue("");
        int addedRow = codes().indexOf("TCTP 1.3.3");
        assertThat(codes().get(addedRow - 1)).isEqualTo("TCTP 1.3.2");
        assertThat(test(grid()).getCellText(addedRow, 3)).isEqualTo("12,50%");
    }

    @Test
    @Transactional
    @WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = USERS)
    void aPlannerRetiresACriterionAfterConfirming() {
        navigate(CriteriaView.class);
        int row = codes().indexOf("TC 1.3");
        test(grid()).select(row);
        test(button("criteria-retire")).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("Ngừng sử dụng TC 1.3?");
        test(confirm).confirm();
        assertThat(codes()).doesNotContain("TC 1.3", "TCTP 1.3.1").contains("TC 1.4");
        assertThat(criteria.findByCode("PAR2023", "TCTP 1.3.2").orElseThrow().retired())
                .isTrue();

        // shown again, struck through and labelled, when retired criteria are asked for; then restored
        test(find(com.vaadin.flow.component.checkbox.Checkbox.class).id("criteria-show-retired"))
                .click();
        int retired = codes().indexOf("TC 1.3");
        assertThat(test(grid()).getLitRendererPropertyValue(retired, 2, "level", String.class))
                .isEqualTo("Tiêu chí (ngừng sử dụng)");
        assertThat(grid().getPartNameGenerator().apply(test(grid()).getRow(retired)))
                .isEqualTo("cchc-ended");
        test(grid()).select(retired);
        test(button("criteria-restore")).click();
        assertThat(criteria.findByCode("PAR2023", "TCTP 1.3.2").orElseThrow().retired())
                .isFalse();
    }

    @Test
    @Transactional
    @WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = USERS)
    void aPlannerCopiesAFrameworkToTheNextYear() {
        navigate(CriteriaView.class);
        test(button("criteria-copy")).click();
        assertThat(find(TextField.class).id("copy-year").getValue()).isEqualTo("2024");
        assertThat(find(TextField.class).id("copy-code").getValue()).isEqualTo("PAR2024");
        assertThat(find(TextField.class).id("copy-name").getValue()).isEqualTo("Chỉ số CCHC 2024");
        test(button("copy-confirm")).click();

        FrameworkSummary selected = frameworkBox().getValue();
        assertThat(selected.code()).isEqualTo("PAR2024");
        assertThat(codes())
                .hasSize(criteria.tree(
                                criteria.findFramework("PAR2023").orElseThrow().id(), false)
                        .size());
        assertThat(frameworkBox().getHelperText()).contains("2024", "sao chép từ PAR2023");
    }

    private TreeGrid<CriterionSummary> grid() {
        @SuppressWarnings("unchecked")
        TreeGrid<CriterionSummary> grid = find(TreeGrid.class).id("criteria-grid");
        return grid;
    }

    private ComboBox<FrameworkSummary> frameworkBox() {
        @SuppressWarnings("unchecked")
        ComboBox<FrameworkSummary> box = find(ComboBox.class).id("criteria-framework");
        return box;
    }

    private TextField searchField() {
        return find(TextField.class).id("criteria-search");
    }

    private Button button(String id) {
        return find(Button.class).id(id);
    }

    /** Codes of the rows the tree shows (all expanded). */
    private List<String> codes() {
        var tester = test(grid());
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < tester.size(); i++) {
            codes.add(tester.getRow(i).code());
        }
        return codes;
    }

    private List<String> menu() {
        navigate(HomeView.class);
        SideNav nav = find(SideNav.class).withId("main-nav").single();
        return nav.getItems().stream().map(SideNavItem::getLabel).toList();
    }

    private void assertRefused(Class<? extends Component> view) {
        assertThatThrownBy(() -> navigate(view)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(view);
    }
}
