package vn.cchc.portal.e2e;

import com.microsoft.playwright.Page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * axe-core (MPL-2.0, vendored under src/test/resources/axe-core with its licence) injected into a page of the portal
 * and run on the whole document, shadow roots included: every rule axe runs by default (WCAG 2.x A/AA and best
 * practices such as landmarks and headings).
 */
final class Axe {

    private static final String SOURCE = load();

    /** One rule broken on a page, with the elements that break it (their CSS paths, a few at most). */
    record Violation(String page, String rule, String impact, String help, int count, List<String> targets) {

        boolean blocking() {
            return "critical".equals(impact) || "serious".equals(impact);
        }

        @Override
        public String toString() {
            return String.format("%-9s %-28s %3d × %s — %s %s", impact, rule, count, page, help, targets);
        }
    }

    private Axe() {}

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe-core/axe.min.js")) {
            return new String(Objects.requireNonNull(in, "axe-core/axe.min.js").readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until Vaadin has no request in flight, so the page shows its settled state. */
    static void settle(Page page) {
        page.waitForFunction("() => !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
        page.waitForTimeout(300);
    }

    /** Runs axe-core on the page as it is now; {@code name} says which page state it was. */
    @SuppressWarnings("unchecked")
    static List<Violation> check(Page page, String name) {
        settle(page);
        if (!(Boolean) page.evaluate("() => typeof window.axe !== 'undefined'")) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(SOURCE));
        }
        Object raw = page.evaluate("async () => { const r = await axe.run(document, {resultTypes: ['violations']});"
                + " return r.violations.map(v => ({id: v.id, impact: v.impact || 'minor', help: v.help,"
                + " count: v.nodes.length, targets: v.nodes.slice(0, 3).map(n => JSON.stringify(n.target))})); }");
        List<Violation> out = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) raw) {
            out.add(new Violation(
                    name,
                    (String) v.get("id"),
                    (String) v.get("impact"),
                    (String) v.get("help"),
                    ((Number) v.get("count")).intValue(),
                    (List<String>) v.get("targets")));
        }
        return out;
    }
}
