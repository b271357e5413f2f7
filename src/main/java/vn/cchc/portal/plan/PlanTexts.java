package vn.cchc.portal.plan;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Multi-line texts of a plan (paragraphs, ordered lists one per line), stored NFC with clean line ends. */
final class PlanTexts {

    private PlanTexts() {
    }

    static String block(String text) {
        if (text == null) {
            return null;
        }
        String value = Arrays.stream(Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").split("\n"))
                .map(line -> line.strip().replaceAll("[ \\t]+", " "))
                .collect(Collectors.joining("\n")).strip();
        return value.isEmpty() ? null : value;
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\n")).filter(l -> !l.isBlank()).toList();
    }

    static String join(List<String> lines) {
        return lines == null ? null : block(String.join("\n", lines));
    }
}
