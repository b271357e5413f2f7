package vn.cchc.portal.security;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Prints where the demo portal runs and how to sign in, once it is ready. */
@Component
@Profile(vn.cchc.portal.shared.DemoProfile.ACTIVE)
class StartupBanner {

    private final vn.cchc.portal.organization.OrgUnitService units;

    StartupBanner(vn.cchc.portal.organization.OrgUnitService units) {
        this.units = units;
    }

    @EventListener
    public void onReady(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        StringBuilder out = new StringBuilder("\n================ CCHC Portal ================\n");
        out.append("  Mở / Open: http://localhost:")
                .append(web.getWebServer().getPort())
                .append("/\n");
        out.append("  Tài khoản demo / demo logins (mật khẩu / password: ")
                .append(DemoUsers.PASSWORD)
                .append("):\n");
        for (DemoUsers.Demo demo : DemoUsers.ACCOUNTS) {
            var found = SystemPrincipal.callAsSystem(() -> units.find(demo.unit()));
            if (found.isEmpty() && demo.restructured()) {
                continue; // the demo was kept on the 2024 structure
            }
            String unit = found.map(vn.cchc.portal.organization.OrgUnitSummary::name)
                    .orElse(demo.unit() + " (đơn vị cũ, kế hoạch 2023–2025 / former unit, 2023–2025 plans)");
            out.append(String.format("    %-22s %-11s %s%n", demo.username(), demo.role(), unit));
        }
        out.append("=============================================\n");
        System.out.println(out);
    }
}
