package vn.cchc.portal.organization;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped Gia Lai 2025 workbooks are generated from their .tsv (run RestructuringFixtureWorkbook.main after an
 * edit), and say what they do not cover: a second sheet lists the missing parts, the note row says "Một phần".
 */
class RestructuringFixtureWorkbookTest {

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
    void theFixtureMarksWhatIsStillPartial() throws Exception {
        var sheets = RestructuringFixtureWorkbook.read(
                Files.readAllBytes(RestructuringFixtureWorkbook.WORKBOOKS.getFirst()));

        assertThat(sheets).hasSize(2);
        assertThat(sheets.getFirst())
                .filteredOn(row -> row.getFirst().equals("Ghi chú") && row.size() > 1)
                .singleElement()
                .satisfies(row -> assertThat(row.get(1)).startsWith("Một phần: 17 trong 135 đơn vị"));
        assertThat(sheets.get(1))
                .extracting(List::getFirst)
                .contains("Chưa có — phần tỉnh Gia Lai cũ", "Chưa có — phần tỉnh Bình Định", "Chưa có — cấp tỉnh");
        long newUnits = sheets.getFirst().stream()
                .filter(r -> r.getFirst().startsWith("P-") || r.getFirst().startsWith("X-"))
                .count();
        assertThat(newUnits).isEqualTo(17);
    }
}
