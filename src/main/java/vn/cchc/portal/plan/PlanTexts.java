package vn.cchc.portal.plan;

import vn.cchc.portal.shared.Texts;

import java.util.Arrays;
import java.util.List;

/** Multi-line texts of a plan (paragraphs, ordered lists one per line), stored NFC with clean line ends. */
final class PlanTexts {

    private PlanTexts() {}

    static String block(String text) {
        return Texts.block(text);
    }

    static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\n")).filter(l -> !l.isBlank()).toList();
    }

    static String join(List<String> lines) {
        return lines == null ? null : block(String.join("\n", lines));
    }
}
