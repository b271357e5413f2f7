package vn.cchc.portal.organization.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.organization.OrgUnitSummary;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A commune's head records the commune's own offices in "Đơn vị của tôi", through the unit dialog. */
@SpringBootTest
@Transactional
class MyUnitViewTest extends SpringBrowserlessTest {

    private static final String USERS = "dbUserDetailsService";

    @Test
    @WithUserDetails(value = "chutich.iator", userDetailsServiceBeanName = USERS)
    void aCommuneHeadAddsAnOfficeAndARefusedNameKeepsTheDialogWithWhatWasTyped() {
        navigate(MyUnitView.class);
        test(find(Button.class).withId("add-subunit").single()).click();
        test(find(TextField.class).withId("unit-name").single()).setValue("Văn phòng HĐND và UBND xã");
        test(find(TextField.class).withId("unit-code").single()).setValue("iator-vp");
        test(find(Button.class).withId("unit-save").single()).click();
        assertThat(find(Dialog.class).all()).isEmpty();
        assertThat(names()).contains("Xã Ia Tôr", "Văn phòng HĐND và UBND xã");

        test(find(Button.class).withId("add-subunit").single()).click();
        test(find(TextField.class).withId("unit-name").single()).setValue("VĂN PHÒNG HĐND VÀ UBND XÃ");
        test(find(TextField.class).withId("unit-code").single()).setValue("IATOR-VP2");
        test(find(Button.class).withId("unit-save").single()).click();
        assertThat(find(Span.class).withId("unit-error").single().getText())
                .isEqualTo("Đơn vị cấp trên này đã có đơn vị tên “Văn phòng HĐND và UBND xã”.");
        assertThat(find(TextField.class).withId("unit-name").single().getValue())
                .isEqualTo("VĂN PHÒNG HĐND VÀ UBND XÃ");
        assertThat(find(Button.class).withId("unit-save").single().isEnabled()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private List<String> names() {
        TreeGrid<OrgUnitSummary> grid =
                find(TreeGrid.class).withId("my-unit-grid").single();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < test(grid).size(); i++) {
            out.add(test(grid).getRow(i).name());
        }
        return out;
    }
}
