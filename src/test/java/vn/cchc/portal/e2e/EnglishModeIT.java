package vn.cchc.portal.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In English, no route of any role (nor a task and a plan with their tabs) shows a text of the portal in Vietnamese.
 * A text of the portal is recognised by its form, not by words it shares with data: it is one of the Vietnamese
 * bundle's messages, whole, with any values in its placeholders (a unit name, a date) — or one such message among
 * the parts a view joins with " · ". Data (unit, user, criterion and plan names, task texts) is Vietnamese in both
 * languages and passes, even when it quotes a phrase the portal also uses ("báo cáo CCHC định kỳ"). Texts inside an
 * element marked {@code data-cchc-data} are data by declaration. Hard-coded Vietnamese in the views' source, which
 * this check cannot see until a validation fires, is the job of {@code vn.cchc.portal.UiTextsInBundlesTest}.
 */
class EnglishModeIT extends BrowserTest {

    static final List<String> USERS =
            List.of("admin", "chuyenvien.snv", "lanhdao.ubnd", "giamdoc.stp", "chutich.phuongpleiku");
    /** Letters only Vietnamese uses (the text is NFC). */
    static final Pattern VIETNAMESE = Pattern.compile(
            "[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữự" + "ỳýỷỹỵ]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * Data that is, letter for letter, also a message of the bundle: the demo administrator's full name is the
     * administrator role's label; the province committee's short name (org-unit tree) is the label of its kind; a
     * campaign milestone's stored name (audit log) is the label of that milestone's column.
     */
    static final Set<String> DATA_EQUAL_TO_MESSAGES = Set.of("Quản trị hệ thống", "UBND tỉnh", "Tổng kết 100 ngày");

    private static final Map<String, Pattern> MESSAGES = vietnameseMessages();

    @Test
    void everyRouteOfEveryRoleInEnglishShowsNoneOfThePortalsOwnVietnamese() throws IOException {
        List<String> found = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        Set<String> visited = new LinkedHashSet<>();
        for (String user : USERS) {
            try (BrowserContext context =
                    browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
                Page page = Browsers.signIn(context, app, user, Browsers.PASSWORD);
                language(page, "Ngôn ngữ", "English");
                try {
                    PlaywrightAssertions.assertThat(page.locator("#main-nav")).containsText("Home");
                    List<String> paths = Browsers.menu(page).all().stream()
                            .map(i -> i.getAttribute("path"))
                            .map(p -> p == null ? "" : p.replaceFirst("^/", ""))
                            .toList();
                    for (String path : Stream.concat(paths.stream(), Stream.of("notifications"))
                            .toList()) {
                        page.navigate(app.url("/" + path));
                        page.locator("#main-nav").waitFor();
                        look(page, user + " /" + path, visited, seen, found);
                    }
                    if (paths.contains("tasks")) {
                        opened(page, "/tasks", "#tasks-grid", "#task-tabs", user + " task", visited, seen, found);
                    }
                    if (paths.contains("plans")) {
                        opened(page, "/plans", "#plans-grid", "#plan-tabs", user + " plan", visited, seen, found);
                    }
                } finally {
                    language(page, "Language", "Tiếng Việt");
                }
            }
        }
        Files.writeString(
                Browsers.SHOTS.getParent().resolve("english-texts.txt"), String.join(System.lineSeparator(), seen));
        Files.writeString(
                Browsers.SHOTS.getParent().resolve("english-report.txt"), String.join(System.lineSeparator(), found));
        found.forEach(System.out::println);
        assertThat(visited).hasSizeGreaterThan(35);
        assertThat(found).as("Vietnamese of the portal's own on English pages").isEmpty();
    }

    /** The first row of a list opened, then each tab of what it opens. */
    private void opened(
            Page page,
            String route,
            String grid,
            String tabSheet,
            String state,
            Set<String> visited,
            List<String> seen,
            List<String> found) {
        page.navigate(app.url(route));
        Locator first = page.locator(grid + " tbody#items tr:not([hidden]) td").first();
        first.waitFor();
        Axe.settle(page);
        first.click();
        page.locator(tabSheet).waitFor();
        Locator tabs = page.locator(tabSheet + " vaadin-tab");
        for (int i = 0; i < tabs.count(); i++) {
            if (i > 0) {
                tabs.nth(i).click();
            }
            look(page, state + " tab " + i, visited, seen, found);
        }
    }

    private static void look(Page page, String state, Set<String> visited, List<String> seen, List<String> found) {
        Axe.settle(page);
        visited.add(state);
        Browsers.shot(page, "en-" + state.replaceAll("[^A-Za-z0-9.]+", "-") + ".png");
        for (String text : texts(page)) {
            seen.add(state + "\t" + text);
            String message = ours(text);
            if (message != null) {
                found.add(state + ": “" + text + "” (" + message + ")");
            }
        }
    }

    /** Switches the language from the user menu (the page reloads in it). */
    private static void language(Page page, String menu, String language) {
        page.locator("#user-menu").click();
        page.locator("vaadin-menu-bar-item:visible", new Page.LocatorOptions().setHasText(menu))
                .first()
                .hover();
        Locator item = page.locator("vaadin-menu-bar-item:visible", new Page.LocatorOptions().setHasText(language))
                .first();
        item.click();
        page.locator("#main-nav").waitFor();
        Axe.settle(page);
    }

    /** Every visible text of the page, shadow roots included, one per text node, but none inside marked data. */
    @SuppressWarnings("unchecked")
    private static List<String> texts(Page page) {
        return (List<String>) page.evaluate("() => { const out = []; const walk = root => {"
                + " const w = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);"
                + " for (let n = w.currentNode; n; n = w.nextNode()) {"
                + "  if (n.nodeType === 3) { const t = n.textContent.trim(); const p = n.parentElement;"
                + "   if (t && p && !['SCRIPT', 'STYLE'].includes(p.tagName) && p.getClientRects().length"
                + "    && !p.closest('[data-cchc-data]')) out.push(t); }"
                + "  else if (n.shadowRoot) walk(n.shadowRoot);"
                + "  if (n.nodeType === 1 && !n.closest('[data-cchc-data]'))"
                + "   for (const a of ['placeholder', 'aria-label', 'title'])"
                + "    if (n.getAttribute && n.getAttribute(a)) out.push(n.getAttribute(a).trim()); } };"
                + " walk(document.body); return out; }");
    }

    /** The Vietnamese message of the portal the text is (whole, or one of its " · " parts), or null. */
    static String ours(String text) {
        if (!VIETNAMESE.matcher(text).find()) {
            return null;
        }
        for (String part :
                Stream.concat(Stream.of(text), Stream.of(text.split(" · |\\R"))).toList()) {
            String normal = part.strip().replaceAll("\\s+", " ");
            if (DATA_EQUAL_TO_MESSAGES.contains(normal)) {
                continue;
            }
            for (Map.Entry<String, Pattern> message : MESSAGES.entrySet()) {
                if (message.getValue().matcher(normal).matches()) {
                    return message.getKey();
                }
            }
        }
        return null;
    }

    /**
     * The messages of the Vietnamese bundle that English says differently, as patterns: their fixed words literal,
     * any value in place of a placeholder. Messages whose fixed words hold no Vietnamese letter (say "{0} ({1})")
     * cannot tell a Vietnamese text from data and are left out.
     */
    private static Map<String, Pattern> vietnameseMessages() {
        Properties vi = bundle("_vi");
        Properties en = bundle("_en");
        Map<String, Pattern> out = new TreeMap<>();
        for (String key : vi.stringPropertyNames()) {
            String value = vi.getProperty(key).strip().replaceAll("\\s+", " ");
            String[] fixed = value.split("\\{[^}]*}", -1);
            if (value.equals(en.getProperty(key, "").strip().replaceAll("\\s+", " "))
                    || !VIETNAMESE.matcher(String.join("", fixed)).find()) {
                continue;
            }
            StringBuilder regex = new StringBuilder();
            for (int i = 0; i < fixed.length; i++) {
                if (i > 0) {
                    regex.append(".+?");
                }
                regex.append(Pattern.quote(fixed[i]));
            }
            // case kept: "BÁO CÁO: <title>" is a document's heading (data), not the message "Báo cáo: {0}"
            out.put(key, Pattern.compile(regex.toString()));
        }
        return out;
    }

    private static Properties bundle(String suffix) {
        Properties bundle = new Properties();
        try (InputStream in =
                EnglishModeIT.class.getResourceAsStream("/vaadin-i18n/translations" + suffix + ".properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bundle;
    }
}
