package vn.cchc.portal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a view shows goes through the bundles (translations_vi/_en), so that English mode has no Vietnamese of
 * the portal's own: the views' and the shell's source hold no Vietnamese string literal, apart from the listed
 * ones, which are Vietnamese in every language or chosen by language in code. A validation message written into a
 * view stays hidden from a browser walk until someone types a wrong value; this reads the source instead.
 */
class UiTextsInBundlesTest {

    private static final Pattern VIETNAMESE = Pattern.compile(
            "[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụư" + "ừứửữựỳýỷỹỵ]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    /** Files whose Vietnamese texts sit beside their English ones, picked by the UI's language. */
    private static final Set<String> BY_LANGUAGE = Set.of("shared/ui/DatePickers.java", "shared/ui/UploadTexts.java");
    /** Texts that stay Vietnamese in English: the official wording a plan document prints (examples of it). */
    private static final Map<String, String> DOCUMENT_WORDING = Map.of(
            "TM. ỦY BAN NHÂN DÂN",
            "signer authority placeholder",
            "KT. CHỦ TỊCH\\nPHÓ CHỦ TỊCH",
            "signer title placeholder");

    @Test
    void viewsAndShellHoldNoVietnameseTextOutsideTheBundles() throws IOException {
        Path root = Path.of("src", "main", "java", "vn", "cchc", "portal");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (!(name.contains("/ui/") || name.startsWith("shell/")) || BY_LANGUAGE.contains(name)) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("//") || line.startsWith("*") || line.startsWith("/*")) {
                        continue;
                    }
                    Matcher m = LITERAL.matcher(line);
                    while (m.find()) {
                        String text = m.group(1);
                        if (VIETNAMESE.matcher(text).find() && !DOCUMENT_WORDING.containsKey(text)) {
                            found.add(name + ":" + (i + 1) + " \"" + text + "\"");
                        }
                    }
                }
            }
        }
        assertThat(found)
                .as("Vietnamese literals in views (put them in translations*.properties)")
                .isEmpty();
    }
}
