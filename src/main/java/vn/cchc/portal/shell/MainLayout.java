package vn.cchc.portal.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.security.UserService;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.UserContext;

import java.util.Locale;
import java.util.stream.Collectors;

/** The frame around every signed-in view: title, side navigation of the views the user may open, user menu. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements LocaleChangeObserver {

    private final transient AuthenticationContext authentication;
    private final transient UserService userService;

    private final transient CurrentUser currentUser;
    private final transient OrgUnitService units;
    private Component drawer;
    private Component navbar;

    private final transient vn.cchc.portal.assignment.NotificationService notifications;

    MainLayout(AuthenticationContext authentication, CurrentUser currentUser, OrgUnitService units,
               UserService userService, vn.cchc.portal.assignment.NotificationService notifications) {
        this.notifications = notifications;
        this.authentication = authentication;
        this.userService = userService;
        this.currentUser = currentUser;
        this.units = units;
        setPrimarySection(Section.DRAWER);
        render();
    }

    /** Rebuilds the texts when the language changes. */
    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        if (drawer != null) {
            remove(drawer, navbar);
        }
        Div brand = new Div(new Span(getTranslation("app.name")));
        brand.addClassName("cchc-brand");
        Span sub = new Span(getTranslation("app.subtitle"));
        sub.addClassName("cchc-brand-sub");
        Div brandBox = new Div(brand, sub);
        brandBox.getStyle().set("padding", "var(--lumo-space-m)");
        drawer = new Div(brandBox, navigation());
        addToDrawer(drawer);

        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle());
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        currentUser.get().ifPresent(user -> {
            MenuBar menu = userMenu(user, units.nameOf(user.unitId()));
            com.vaadin.flow.component.Component bell = bell();
            bar.add(bell, menu);
            bell.getElement().getStyle().set("margin-left", "auto");
            menu.getStyle().set("margin-right", "var(--lumo-space-m)");
        });
        navbar = bar;
        addToNavbar(navbar);
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private com.vaadin.flow.component.Component bell() {
        long unread = notifications.unreadCount();
        com.vaadin.flow.component.button.Button bell = new com.vaadin.flow.component.button.Button(
                new Icon(com.vaadin.flow.component.icon.VaadinIcon.BELL),
                e -> UI.getCurrent().navigate("notifications"));
        bell.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
        bell.setAriaLabel(getTranslation("notifications.title"));
        bell.setTooltipText(getTranslation("notifications.unread", unread));
        bell.setId("notification-bell");
        if (unread > 0) {
            Span count = new Span(String.valueOf(unread));
            count.addClassName("cchc-bell-count");
            count.setId("notification-count");
            bell.setSuffixComponent(count);
        }
        return bell;
    }

    private MenuBar userMenu(UserContext user, String unitName) {
        MenuBar bar = new MenuBar();
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Avatar avatar = new Avatar(user.fullName());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        HorizontalLayout label = new HorizontalLayout(avatar, new Span(user.fullName()));
        label.setAlignItems(FlexComponent.Alignment.CENTER);
        label.setSpacing(true);
        MenuItem root = bar.addItem(label);
        root.setId("user-menu");
        SubMenu sub = root.getSubMenu();
        sub.addItem(getTranslation("user.menu.unit") + ": " + unitName).setEnabled(false);
        String roles = user.roles().stream().map(r -> getTranslation(r.labelKey())).sorted()
                .collect(Collectors.joining(", "));
        sub.addItem(getTranslation("user.menu.roles") + ": " + roles).setEnabled(false);
        SubMenu language = sub.addItem(getTranslation("user.menu.language")).getSubMenu();
        language.addItem(getTranslation("lang.vi"), e -> switchLanguage(LocaleSetup.VIETNAMESE));
        language.addItem(getTranslation("lang.en"), e -> switchLanguage(LocaleSetup.ENGLISH));
        sub.addItem(getTranslation("user.menu.logout"), e -> authentication.logout()).setId("logout");
        return bar;
    }

    private void switchLanguage(Locale locale) {
        UI ui = UI.getCurrent();
        LocaleSetup.switchTo(ui.getSession(), locale);
        userService.rememberLocale(locale);
        ui.getPage().reload();
    }
}
