package vn.cchc.portal.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.security.UserService;
import vn.cchc.portal.settings.Settings;
import vn.cchc.portal.settings.SettingsService;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.UserContext;

import java.util.Locale;
import java.util.stream.Collectors;

/** The frame around every signed-in view: title, side navigation of the views the user may open, user menu. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements LocaleChangeObserver, AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private final transient UserService userService;

    private final transient CurrentUser currentUser;
    private final transient OrgUnitService units;
    private Component drawer;
    private Component navbar;
    private Button bell;

    private final transient vn.cchc.portal.assignment.NotificationService notifications;
    private final transient SettingsService settings;

    MainLayout(
            AuthenticationContext authentication,
            CurrentUser currentUser,
            OrgUnitService units,
            UserService userService,
            vn.cchc.portal.assignment.NotificationService notifications,
            SettingsService settings) {
        this.settings = settings;
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
        Span sub = new Span(subtitle());
        sub.setId("app-subtitle");
        sub.addClassName("cchc-brand-sub");
        Div brandBox = new Div(brand, sub);
        brandBox.getStyle().set("padding", "var(--lumo-space-m)");
        // the brand belongs to the navigation landmark: nothing in the drawer stands outside a landmark
        Nav nav = new Nav(brandBox, navigation());
        nav.setAriaLabel(getTranslation("shell.nav"));
        drawer = nav;
        addToDrawer(drawer);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        HorizontalLayout bar = new HorizontalLayout(toggle);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        currentUser.get().ifPresent(user -> {
            MenuBar menu = userMenu(user, units.nameOf(user.unitId()));
            bell = bell();
            showUnread(bell);
            bar.add(bell, menu);
            bell.getElement().getStyle().set("margin-left", "auto");
            menu.getStyle().set("margin-right", "var(--lumo-space-m)");
        });
        Header header = new Header(bar);
        header.setWidthFull();
        navbar = header;
        addToNavbar(navbar);
    }

    /** The settings' subtitle; without one, the reform of the province named in the settings, else the plain text. */
    private String subtitle() {
        Settings current = settings.current();
        if (current.appSubtitle() != null) {
            return current.appSubtitle();
        }
        return current.provinceName() != null
                ? getTranslation("app.subtitle.province", current.provinceName())
                : getTranslation("app.subtitle");
    }

    /**
     * The view is the page's main landmark. A view without a page heading of its own gets one for screen readers,
     * its page title, so that every page has one h1 above its section headings.
     */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
            if (!holds(content.getElement(), "h1")) {
                H1 heading = new H1(pageTitle(content));
                heading.addClassName("cchc-sr-only");
                content.getElement().insertChild(0, heading.getElement());
            }
        }
    }

    private static boolean holds(com.vaadin.flow.dom.Element element, String tag) {
        return !element.isTextNode()
                && (tag.equals(element.getTag()) || element.getChildren().anyMatch(child -> holds(child, tag)));
    }

    /** The view's title without the portal's name after it. */
    private String pageTitle(HasElement content) {
        String title = content instanceof com.vaadin.flow.router.HasDynamicTitle dynamic
                ? dynamic.getPageTitle()
                : getTranslation("app.name");
        String suffix = " – " + getTranslation("app.name");
        return title != null && title.endsWith(suffix) ? title.substring(0, title.length() - suffix.length()) : title;
    }

    /** The unread count follows what happened while the user moved around the portal. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (bell != null) {
            showUnread(bell);
        }
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

    private Button bell() {
        Button button =
                new Button(new Icon(VaadinIcon.BELL), e -> UI.getCurrent().navigate("notifications"));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setId("notification-bell");
        return button;
    }

    private void showUnread(Button button) {
        long unread = notifications.unreadCount();
        button.setAriaLabel(
                getTranslation("notifications.title") + " – " + getTranslation("notifications.unread", unread));
        button.setTooltipText(getTranslation("notifications.unread", unread));
        if (unread > 0) {
            Span count = new Span(String.valueOf(unread));
            count.addClassName("cchc-bell-count");
            count.setId("notification-count");
            count.getElement().setAttribute("aria-hidden", "true");
            button.setSuffixComponent(count);
        } else {
            button.setSuffixComponent(null);
        }
    }

    private MenuBar userMenu(UserContext user, String unitName) {
        MenuBar bar = new MenuBar();
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Avatar avatar = new Avatar(user.fullName());
        avatar.setAbbreviation(initials(user.fullName()));
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_SMALL);
        avatar.getElement().setAttribute("aria-hidden", "true");
        HorizontalLayout label = new HorizontalLayout(avatar, new Span(user.fullName()));
        label.setAlignItems(FlexComponent.Alignment.CENTER);
        label.setSpacing(true);
        MenuItem root = bar.addItem(label);
        root.setId("user-menu");
        SubMenu sub = root.getSubMenu();
        sub.addItem(getTranslation("user.menu.unit") + ": " + unitName).setEnabled(false);
        String roles = user.roles().stream()
                .map(r -> getTranslation(r.labelKey()))
                .sorted()
                .collect(Collectors.joining(", "));
        sub.addItem(getTranslation("user.menu.roles") + ": " + roles).setEnabled(false);
        SubMenu language = sub.addItem(getTranslation("user.menu.language")).getSubMenu();
        language.addItem(getTranslation("lang.vi"), e -> switchLanguage(LocaleSetup.VIETNAMESE));
        language.addItem(getTranslation("lang.en"), e -> switchLanguage(LocaleSetup.ENGLISH));
        sub.addItem(getTranslation("user.menu.logout"), e -> authentication.logout())
                .setId("logout");
        return bar;
    }

    /** Two letters that fit the avatar: the first and the last word ("Nguyễn Văn Bình" → "NB"). */
    static String initials(String fullName) {
        String[] words = fullName == null ? new String[0] : fullName.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return "?";
        }
        String first = words[0].substring(0, 1);
        return (words.length == 1 ? first : first + words[words.length - 1].charAt(0)).toUpperCase(Locale.ROOT);
    }

    private void switchLanguage(Locale locale) {
        UI ui = UI.getCurrent();
        LocaleSetup.switchTo(ui.getSession(), locale);
        userService.rememberLocale(locale);
        ui.getPage().reload();
    }
}
