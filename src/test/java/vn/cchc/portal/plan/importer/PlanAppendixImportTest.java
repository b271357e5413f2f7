package vn.cchc.portal.plan.importer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.cchc.portal.organization.OrgUnitMatcher;
import vn.cchc.portal.plan.PlanItemDraft;
import vn.cchc.portal.plan.PlanItemKind;
import vn.cchc.portal.plan.importer.AppendixWorkbookFixture.ExpectedRow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.portal.plan.importer.AppendixWorkbookFixture.BAD_DATE;
import static vn.cchc.portal.plan.importer.AppendixWorkbookFixture.BROKEN_GOAL_ROW;
import static vn.cchc.portal.plan.importer.AppendixWorkbookFixture.BROKEN_LEAD_ROW;
import static vn.cchc.portal.plan.importer.AppendixWorkbookFixture.BROKEN_TIME_ROW;
import static vn.cchc.portal.plan.importer.AppendixWorkbookFixture.UNKNOWN_UNIT;

/** The appendix of Plan 1908/KH-UBND imported from Excel with the real unit matcher. */
@SpringBootTest
@WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = "dbUserDetailsService")
class PlanAppendixImportTest {

    private static final LocalDate ISSUED = LocalDate.of(2023, 7, 21);

    @Autowired
    OrgUnitMatcher matcher;

    private final PlanAppendixImporter importer = new PlanAppendixImporter();

    @Test
    void importingTheAppendixOf1908GivesItsSeventyNineRowsWithCodesAreasAndLeads() throws IOException {
        UnitResolver units = MatcherUnitResolver.of(matcher, ISSUED);
        List<ExpectedRow> expected = AppendixWorkbookFixture.expectedRows();

        ImportResult result = read("phu-luc-1908-2023.xlsx", units);
        // a second import with a new resolver gives the same result (how long imports take: AppendixImportBenchmark)
        assertThat(read("phu-luc-1908-2023.xlsx", MatcherUnitResolver.of(matcher, ISSUED)))
                .isEqualTo(result);

        assertThat(result.problems()).isEmpty();
        assertThat(result.items())
                .extracting(PlanItemDraft::number)
                .containsExactly("I", "II", "III", "IV", "V", "VI", "VII", "VIII");
        assertThat(result.items()).allSatisfy(area -> {
            assertThat(area.kind()).isEqualTo(PlanItemKind.GROUP);
            assertThat(area.criterionCode()).isEqualTo(area.number());
            assertThat(area.title()).isEqualTo(AppendixWorkbookFixture.AREAS.get(area.number()));
        });
        assertThat(result.items())
                .extracting(area -> area.children().size())
                .containsExactly(8, 5, 15, 8, 9, 10, 13, 11);

        List<PlanItemDraft> rows = result.rows();
        assertThat(rows).hasSize(79);
        assertThat(rows)
                .extracting(PlanItemDraft::criterionCode)
                .containsExactlyElementsOf(
                        expected.stream().map(ExpectedRow::code).toList());
        for (int i = 0; i < rows.size(); i++) {
            PlanItemDraft row = rows.get(i);
            ExpectedRow want = expected.get(i);
            assertThat(row.kind()).isEqualTo(PlanItemKind.ITEM);
            assertThat(row.number()).as(want.code()).isEqualTo(want.tt());
            assertThat(row.title()).as(want.code()).isEqualTo(want.title());
            // the goal keeps the line breaks of its cell (one bullet a line)
            assertThat(row.goal()).as(want.code()).isEqualTo(AppendixWorkbookFixture.asCellText(want.goal()));
            assertThat(row.coordinatingText()).as(want.code()).isEqualTo(want.coordinating());
            assertThat(row.timeframe()).as(want.code()).isEqualTo(want.timeframe());
            assertThat(units.lead(row.leadText())).as(want.code()).isPresent().isEqualTo(units.lead(want.lead()));
        }
        assertThat(rows)
                .filteredOn(row -> row.deadline() != null)
                .extracting(PlanItemDraft::criterionCode, PlanItemDraft::deadline)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("TCTP 2.2.1", LocalDate.of(2024, 1, 31)));
    }

    @Test
    void importingTheBrokenCopyReportsExactlyItsThreeBrokenRows() throws IOException {
        ImportResult result = read("phu-luc-loi.xlsx", MatcherUnitResolver.of(matcher, ISSUED));

        assertThat(result.problems())
                .containsExactly(
                        new ImportProblem(
                                BROKEN_LEAD_ROW,
                                "Cơ quan phụ trách",
                                "Không tìm thấy cơ quan, đơn vị \"" + UNKNOWN_UNIT + "\""),
                        new ImportProblem(
                                BROKEN_GOAL_ROW, "Mục tiêu, yêu cầu", "Mục tiêu, yêu cầu không được để trống"),
                        new ImportProblem(
                                BROKEN_TIME_ROW,
                                "Thời gian thực hiện/hoàn thành",
                                "Thời gian \"" + BAD_DATE + "\" không phải là ngày hợp lệ (dd/MM/yyyy)"));
        assertThat(result.rows())
                .hasSize(76)
                .extracting(PlanItemDraft::criterionCode)
                .doesNotContain("TC 1.2", "TCTP 3.2.3", "TCTP 5.1.3");
    }

    @Test
    void aUnitNameTwoCommunesBearIsAmbiguousAndTheNameWithItsDistrictImports() throws IOException {
        UnitResolver units = MatcherUnitResolver.of(matcher, ISSUED);
        byte[] file;
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet("Phụ lục");
            String[][] rows = {
                {
                    "TT",
                    "Lĩnh vực/Tiêu chí/Tiêu chí thành phần",
                    "Mục tiêu, yêu cầu",
                    "Cơ quan phụ trách",
                    "Cơ quan phối hợp/thực hiện",
                    "Thời gian thực hiện/hoàn thành"
                },
                {"I", "CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC"},
                {"1", "TC 1.1 - Một", "Mục tiêu một", "Xã Ayun", "Xã Ayun", "Trong năm"},
                {"2", "TC 1.1 - Hai", "Mục tiêu hai", "Xã Ayun (Huyện Chư Sê)", "Xã Ayun (Huyện Mang Yang)", "Trong năm"
                }
            };
            for (int r = 0; r < rows.length; r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
            file = out.toByteArray();
        }

        ImportResult result = importer.read(new ByteArrayInputStream(file), units, AppendixWorkbookFixture.parCodes());

        String ambiguous = "Có 2 đơn vị tên “Xã Ayun”: ";
        assertThat(result.problems())
                .extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "Cơ quan phụ trách"),
                        org.assertj.core.groups.Tuple.tuple(3, "Cơ quan phối hợp/thực hiện"));
        assertThat(result.problems())
                .allSatisfy(p -> assertThat(p.message())
                        .startsWith(ambiguous)
                        .contains("Xã Ayun (Huyện Mang Yang)", "Xã Ayun (Huyện Chư Sê)", "Hãy ghi rõ đơn vị nào")
                        .doesNotContain("Không tìm thấy"));
        assertThat(result.rows()).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo("2");
            assertThat(units.leads(row.leadText())).hasSize(1);
            assertThat(units.unmatchedCoordinating(row.coordinatingText())).isEmpty();
        });
        Long chuSe =
                matcher.matchOne("Xã Ayun (Huyện Chư Sê)", ISSUED).orElseThrow().unitId();
        Long mangYang = matcher.matchOne("Xã Ayun (Huyện Mang Yang)", ISSUED)
                .orElseThrow()
                .unitId();
        assertThat(chuSe).isNotEqualTo(mangYang);
        assertThat(matcher.matchOne("Xã Ayun", ISSUED)).isEmpty();
    }

    @Test
    void aFileThatIsNotAnExcelWorkbookGivesTheSingleNotExcelProblem() {
        byte[] pdf = ("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\nxref\n0 1\n"
                        + "trailer\n<< /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] renamedText = String.join(
                        "\n",
                        "TT;Lĩnh vực/Tiêu chí/Tiêu chí thành phần;Mục tiêu, yêu cầu",
                        "1;TC 1.1 - Thực hiện kế hoạch CCHC;Hoàn thành 100% kế hoạch")
                .getBytes(StandardCharsets.UTF_8);
        for (byte[] bytes : List.of(pdf, renamedText)) {
            ImportResult result = importer.read(
                    new ByteArrayInputStream(bytes),
                    MatcherUnitResolver.of(matcher, ISSUED),
                    AppendixWorkbookFixture.parCodes());
            assertThat(result.items()).isEmpty();
            assertThat(result.problems())
                    .containsExactly(new ImportProblem(0, null, "Tệp không phải là tệp Excel (.xlsx) hợp lệ"));
        }
    }

    @Test
    void theCommittedFixturesAreWhatTheGeneratorBuilds() throws IOException {
        UnitResolver units = MatcherUnitResolver.of(matcher, ISSUED);
        List<ExpectedRow> rows = AppendixWorkbookFixture.expectedRows();
        byte[] good = AppendixWorkbookFixture.workbook(rows);
        byte[] broken = AppendixWorkbookFixture.workbook(AppendixWorkbookFixture.broken(rows));

        assertThat(importer.read(new ByteArrayInputStream(good), units, AppendixWorkbookFixture.parCodes()))
                .isEqualTo(read("phu-luc-1908-2023.xlsx", units));
        assertThat(importer.read(new ByteArrayInputStream(broken), units, AppendixWorkbookFixture.parCodes()))
                .isEqualTo(read("phu-luc-loi.xlsx", units));
    }

    private ImportResult read(String file, UnitResolver units) throws IOException {
        return AppendixWorkbookFixture.read(importer, file, units);
    }
}
