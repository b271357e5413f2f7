package vn.cchc.portal.organization;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped Gia Lai 2025 workbooks are generated from their .tsv (run RestructuringFixtureWorkbook.main after an
 * edit), and say what they do not cover: a second sheet lists the missing parts, the note row says which part is in.
 */
class RestructuringFixtureWorkbookTest {

    private static final Path ORG_UNITS = Path.of("src/main/resources/db/data/org_units.tsv");

    @Test
    void theShippedWorkbooksHoldExactlyTheRowsOfTheTsv() throws Exception {
        List<String> tsv = Files.readAllLines(RestructuringFixtureWorkbook.TSV, StandardCharsets.UTF_8);
        var expected = RestructuringFixtureWorkbook.expected(tsv);
        for (Path workbook : RestructuringFixtureWorkbook.WORKBOOKS) {
            assertThat(RestructuringFixtureWorkbook.read(Files.readAllBytes(workbook)))
                    .as(workbook + " is generated from the .tsv")
                    .isEqualTo(expected);
        }
    }

    @Test
    void theFixtureCoversTheOldProvinceAndMarksTheMissingPartOfBinhDinh() throws Exception {
        var sheets = RestructuringFixtureWorkbook.read(
                Files.readAllBytes(RestructuringFixtureWorkbook.WORKBOOKS.getFirst()));

        assertThat(sheets).hasSize(2);
        assertThat(sheets.getFirst())
                .filteredOn(row -> row.getFirst().equals("Ghi chú") && row.size() > 1)
                .singleElement()
                .satisfies(row -> assertThat(row.get(1)).startsWith("Phần tỉnh Gia Lai cũ: 77 trong 135 đơn vị"));
        assertThat(sheets.get(1))
                .extracting(List::getFirst)
                .contains("Chưa có — phần tỉnh Bình Định", "Chưa có — cấp tỉnh")
                .doesNotContain("Chưa có — phần tỉnh Gia Lai cũ");
        List<List<String>> newUnits = sheets.getFirst().stream()
                .filter(r -> r.getFirst().startsWith("P-") || r.getFirst().startsWith("X-"))
                .toList();
        assertThat(newUnits).as("69 communes and 8 wards from the old Gia Lai").hasSize(77);
        assertThat(newUnits).filteredOn(r -> r.get(1).startsWith("Phường ")).hasSize(8);
    }

    @Test
    void everyCommuneOfThe2024ListHasExactlyOneSuccessorInTheFixture() throws Exception {
        Map<String, String> codeByQualifiedName = new HashMap<>();
        Map<String, String> districtNames = new HashMap<>();
        List<String[]> communes = new ArrayList<>();
        for (String line : Files.readAllLines(ORG_UNITS, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f[2].equals("DISTRICT")) {
                districtNames.put(f[0], f[3]);
            } else if (f[2].equals("COMMUNE")) {
                communes.add(f);
            }
        }
        communes.forEach(f -> codeByQualifiedName.put(f[3] + " (" + districtNames.get(f[1]) + ")", f[0]));
        Map<String, Integer> successors = new HashMap<>();
        for (String line : Files.readAllLines(RestructuringFixtureWorkbook.TSV, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (!f[0].startsWith("X-") && !f[0].startsWith("P-")) {
                continue;
            }
            for (String predecessor : f[4].split(";")) {
                String p = predecessor.strip();
                String code = p.matches("X\\d{3}") ? p : codeByQualifiedName.get(p);
                assertThat(code)
                        .as("predecessor %s of %s is a unit of the 2024 list", p, f[0])
                        .isNotNull();
                successors.merge(code, 1, Integer::sum);
            }
        }
        assertThat(communes)
                .extracting(f -> f[0])
                .allSatisfy(code -> assertThat(successors.get(code))
                        .as("successors of %s", code)
                        .isEqualTo(1));
        assertThat(successors).hasSameSizeAs(communes);
    }
}
