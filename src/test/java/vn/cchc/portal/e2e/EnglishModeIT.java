package vn.cchc.portal.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In English, no route of any role shows the portal's own Vietnamese: a text on the page fails when it holds a
 * Vietnamese phrase of the translation bundles or of the views' source (their fixed words), while data such as unit
 * names and plan titles, which are Vietnamese in both languages, pass.
 */
@Disabled("Issue 12, English mode: its first run flags data (unit, user and criterion names, which stay Vietnamese "
        + "by design) besides untranslated portal texts; the check must tell the two apart before it can gate CI")
class EnglishModeIT extends BrowserTest {

    static final List<String> USERS = List.of("admin", "chuyenvien.snv", "lanhdao.ubnd", "giamdoc.stp",
            "chutich.chuprong");
    /** Letters only Vietnamese uses (the text is NFC). */
    static final Pattern VIETNAMESE = Pattern.compile("[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữự"
            + "ỳýỷỹỵ]", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> OURS = ourPhrases();

    @Test
    void everyRouteOfEveryRoleInEnglishShowsNoneOfThePortalsOwnVietnamese() throws IOException {
        List<String> found = new ArrayList<>();
        Set<String> visited = new LinkedHashSet<>();
        for (String user : USERS) {
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900))) {
                Page page = Browsers.signIn(context, app, user, Browsers.PASSWORD);
                language(page, "Ngôn ngữ", "English");
                try {
                    PlaywrightAssertions.assertThat(page.locator("#main-nav")).containsText("Home");
                    List<String> paths = Browsers.menu(page).all().stream().map(i -> i.getAttribute("path"))
                            .map(p -> p == null ? "" : p.replaceFirst("^/", "")).toList();
                    for (String path : Stream.concat(paths.stream(), Stream.of("notifications")).toList()) {
                        page.navigate(app.url("/" + path));
                        page.locator("#main-nav").waitFor();
                        Axe.settle(page);
                        visited.add(user + " /" + path);
                        for (String text : texts(page)) {
                            String phrase = ours(text);
                            if (phrase != null) {
                                found.add(user + " /" + path + ": “" + text + "” (“" + phrase + "”)");
                            }
                        }
                    }
                } finally {
                    language(page, "Language", "Tiếng Việt");
                }
            }
        }
        Path report = Browsers.SHOTS.getParent().resolve("english-report.txt");
        Files.writeString(report, String.join(System.lineSeparator(), found));
        found.forEach(System.out::println);
        assertThat(visited).hasSizeGreaterThan(25);
        assertThat(found).as("Vietnamese of the portal's own on English pages").isEmpty();
    }

    /** Switches the language from the user menu (the page reloads in it). */
    private static void language(Page page, String menu, String language) {
        page.locator("#user-menu").click();
        page.locator("vaadin-menu-bar-item:visible", new Page.LocatorOptions().setHasText(menu)).first().hover();
        Locator item = page.locator("vaadin-menu-bar-item:visible", new Page.LocatorOptions().setHasText(language))
                .first();
        item.click();
        page.locator("#main-nav").waitFor();
        Axe.settle(page);
    }

    /** Every visible text of the page, shadow roots included, one per text node. */
    @SuppressWarnings("unchecked")
    private static List<String> texts(Page page) {
        return (List<String>) page.evaluate("() => { const out = []; const walk = root => {"
                + " const w = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);"
                + " for (let n = w.currentNode; n; n = w.nextNode()) {"
                + "  if (n.nodeType === 3) { const t = n.textContent.trim(); const p = n.parentElement;"
                + "   if (t && p && !['SCRIPT', 'STYLE'].includes(p.tagName) && p.getClientRects().length) out.push(t); }"
                + "  else if (n.shadowRoot) walk(n.shadowRoot);"
                + "  if (n.nodeType === 1) for (const a of ['placeholder', 'aria-label', 'title'])"
                + "   if (n.getAttribute && n.getAttribute(a)) out.push(n.getAttribute(a).trim()); } };"
                + " walk(document.body); return out; }");
    }

    /** The portal's own Vietnamese phrase the text holds, or null. */
    static String ours(String text) {
        if (!VIETNAMESE.matcher(text).find()) {
            return null;
        }
        String lower = text.toLowerCase();
        return OURS.stream().filter(lower::contains).findFirst().orElse(null);
    }

    /**
     * The fixed Vietnamese of the portal: the values of the Vietnamese bundle and the string literals of the views,
     * cut at their placeholders, kept when they are phrases (three words or more, with Vietnamese letters).
     */
    private static Set<String> ourPhrases() {
        Set<String> out = new LinkedHashSet<>();
        Properties vi = new Properties();
        try (InputStream in = EnglishModeIT.class.getResourceAsStream("/vaadin-i18n/translations_vi.properties")) {
            vi.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        vi.values().forEach(v -> phrases(v.toString(), out));
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java", "vn", "cchc", "portal"))) {
            Pattern literal = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
            for (Path source : sources.filter(p -> p.toString().contains("/ui/") || p.toString().contains("/shell/"))
                    .filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(source));
                while (m.find()) {
                    phrases(m.group(1), out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void phrases(String value, Set<String> out) {
        for (String part : value.split("\\{[^}]*}|\\\\n|\\n|[:;()“”\"–·]")) {
            String phrase = part.strip().toLowerCase();
            if (phrase.split("\\s+").length >= 3 && VIETNAMESE.matcher(phrase).find()) {
                out.add(phrase);
            }
        }
    }
}
