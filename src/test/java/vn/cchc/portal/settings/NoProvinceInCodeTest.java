package vn.cchc.portal.settings;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: the deployment's province, its issuing bodies and signers are data (settings, units, issuers), never
 * code. Like {@code grep -rn "Gia Lai" src/main/java}, the scan reads every source file (comments included, text in
 * NFC) and finds the demo province's names only in the loaders of the demo data.
 */
class NoProvinceInCodeTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final List<String> LITERALS =
            List.of("Gia Lai", "GIA LAI", "UBND TỈNH GIA LAI", "SỞ NỘI VỤ", "KT. GIÁM ĐỐC");
    /** The loaders of the demo data: its settings, its live year's plan, its unit list and its 2025 restructuring. */
    private static final Set<String> DEMO_LOADERS = Set.of(
            "vn/cchc/portal/settings/DemoSettings.java",
            "vn/cchc/portal/indicator/LiveYearDemo.java",
            "vn/cchc/portal/security/RestructuringDemo.java",
            "db/migration/V2__Load_org_units.java");

    @Test
    void theDemoProvincesNamesIssuersAndSignersAppearOnlyInTheDemoDataLoaders() throws IOException {
        List<String> found = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                scanned++;
                String relative = SOURCES.relativize(file).toString().replace('\\', '/');
                if (DEMO_LOADERS.contains(relative)) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = Normalizer.normalize(lines.get(i), Normalizer.Form.NFC);
                    for (String literal : LITERALS) {
                        if (line.contains(literal)) {
                            found.add(relative + ":" + (i + 1) + ": " + literal);
                        }
                    }
                }
            }
        }
        assertThat(scanned).as("source files scanned").isGreaterThan(300);
        assertThat(found).as("province constants outside the demo data loaders").isEmpty();
    }

    @Test
    void theDemoLoadersStillExistSoTheExceptionsMeanSomething() {
        DEMO_LOADERS.forEach(loader -> assertThat(SOURCES.resolve(loader)).exists());
    }
}
