package vn.cchc.portal.report.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.settings.Settings;
import vn.cchc.portal.settings.SettingsService;
import vn.cchc.portal.shell.HomeView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Cài đặt" without a browser: on a fresh deployment (settings blank) the administrator is told what is missing,
 * on the settings view and on the home page; a refused save keeps what was typed and changes nothing; a good one
 * is stored and the hint goes away. Each test rolls back.
 */
@SpringBootTest
@Transactional
@WithUserDetails(value = "admin", userDetailsServiceBeanName = "dbUserDetailsService")
class SettingsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager entities;

    @Autowired
    SettingsService settings;

    /** The settings as a fresh database has them (the demo data filled them at start-up). */
    private void freshDeployment() {
        entities.flush();
        jdbc.update("update portal_settings set province_name = null, app_subtitle = null, issuing_unit_id = null");
        entities.clear();
        assertThat(settings.current()).isEqualTo(Settings.EMPTY);
    }

    @Test
    void aFreshDeploymentTellsTheAdministratorWhatToFillInOnTheSettingsViewAndTheHomePage() {
        freshDeployment();
        navigate(SettingsView.class);
        Div missing = $(Div.class).id("settings-missing");
        assertThat(missing.isVisible()).isTrue();
        assertThat(missing.getText()).contains("Tên tỉnh, thành phố", "Đơn vị ban hành văn bản của cổng");

        navigate(HomeView.class);
        assertThat($(Div.class).id("settings-missing").getElement().getTextRecursively())
                .contains("Chưa cài đặt xong", "Tên tỉnh, thành phố");
    }

    @Test
    void aBlankProvinceIsRefusedInTheFormWithTheTypedTextKept() {
        freshDeployment();
        navigate(SettingsView.class);
        test($(TextField.class).id("settings-subtitle")).setValue("Cải cách hành chính thử nghiệm");
        test($(Button.class).id("settings-save")).click();

        assertThat($(TextField.class).id("settings-province").isInvalid()).isTrue();
        assertThat($(TextField.class).id("settings-subtitle").getValue()).isEqualTo("Cải cách hành chính thử nghiệm");
        assertThat(settings.current()).isEqualTo(Settings.EMPTY);
    }

    @Test
    void aCompleteSaveIsStoredAndTheHintGoesAway() {
        freshDeployment();
        navigate(SettingsView.class);
        test($(TextField.class).id("settings-province")).setValue("Lâm Viên");
        @SuppressWarnings("unchecked")
        ComboBox<Long> unit = $(ComboBox.class).id("settings-issuing-unit");
        test(unit).selectItem("Sở Tư pháp");
        test($(TextField.class).id("settings-place")).setValue("Đà Lạt");
        test($(TextField.class).id("settings-signer-name")).setValue("Hoàng Văn Thử");
        test($(Button.class).id("settings-save")).click();

        assertThat($(Span.class).id("settings-error").getText()).isEmpty();
        Settings saved = settings.current();
        assertThat(saved.provinceName()).isEqualTo("Lâm Viên");
        assertThat(saved.issuingUnitId()).isEqualTo(unit.getValue());
        assertThat($(Div.class).withId("settings-missing").all())
                .as("no hint once complete")
                .isEmpty();
    }
}
