package vn.cchc.portal.indicator;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.plan.PlanService;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A planner imports a period from Excel: one bad row changes nothing and is named; a clean file is saved. */
@SpringBootTest
@Transactional
class PeriodImportTest {

    @Autowired
    ActualImportService imports;

    @Autowired
    ActualService actuals;

    @Autowired
    TargetService targets;

    @Autowired
    PlanService plans;

    @Autowired
    OrgUnitService units;

    @Autowired
    UserDetailsService users;

    IndicatorFixtures fixtures;
    long plan;
    PeriodInfo period;

    @BeforeEach
    void setUp() {
        fixtures = new IndicatorFixtures(plans, units, users);
        fixtures.signInAs("chuyenvien.snv");
        plan = fixtures.campaign();
        period = targets.set(plan).orElseThrow().periods().get(5);
    }

    /** Units in rows, indicator headers as Appendix I prints them, a district column for communes. */
    static byte[] workbook(Object[]... rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Kỳ 6");
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.00%"));
            sheet.createRow(0).createCell(0).setCellValue("Số liệu Bộ chỉ số 766 – kỳ 6");
            Row header = sheet.createRow(2);
            String[] names = {
                "STT",
                "Đơn vị",
                "Cấp huyện",
                "Tỷ lệ dịch vụ công trực tuyến",
                "Tỷ lệ thanh toán trực tuyến (%)",
                "Mức độ hài lòng",
                "Ghi chú"
            };
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(3 + r);
                row.createCell(0).setCellValue(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Double d) {
                        row.createCell(c + 1).setCellValue(d);
                        row.getCell(c + 1).setCellStyle(percent);
                    } else if (v != null) {
                        row.createCell(c + 1).setCellValue(v.toString());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private ActualLine line(String unit, int indicator) {
        return actuals.entry(plan, period.id(), fixtures.unit(unit)).lines().get(indicator);
    }

    @Test
    void oneBadRowChangesNothingAndIsNamed() throws IOException {
        java.math.BigDecimal before = line("Sở Tư pháp", 2).value();
        byte[] file = workbook(
                new Object[] {"Sở Tư pháp", null, "35,5", "40.25", "99,1"},
                new Object[] {"Xã Ia Sao", "Ia Grai", "12", 0.2, "100"},
                new Object[] {"Huyện Chư Prông", null, "130%", "20", "98"},
                new Object[] {"Xã Không Có", "Ia Pa", "1", "1", "1"});
        ImportReport report = imports.importPeriod(plan, period.id(), new ByteArrayInputStream(file), "ky6.xlsx");
        assertThat(report.saved()).isFalse();
        assertThat(report.values()).isZero();
        assertThat(report.errors())
                .extracting(ImportRowError::describe)
                .containsExactly(
                        "Dòng 6, cột “Tỷ lệ dịch vụ công trực tuyến”: 130 nằm ngoài khoảng cho phép (từ 0 đến 100).",
                        "Dòng 7, cột “Đơn vị”: Không nhận ra đơn vị “Xã Không Có” (Ia Pa) trong danh sách cơ quan, đơn vị "
                                + "(hoặc tên trùng, cần ghi rõ cấp huyện).");
        assertThat(line("Sở Tư pháp", 2).value()).isEqualTo(before);
    }

    @Test
    void aCleanFileIsSavedReadingDecimalCommaDotAndPercentCells() throws IOException {
        byte[] file = workbook(
                new Object[] {"Sở Tư pháp", null, "35,5", "40.25", "99,1"},
                new Object[] {"Xã Ia Sao", "Ia Grai", "12", 0.2, "-"},
                new Object[] {"Xã Ia Sao", "Ayun Pa", "7", "0", "100%"});
        ImportReport report = imports.importPeriod(plan, period.id(), new ByteArrayInputStream(file), "ky6.xlsx");
        assertThat(report.errors()).isEmpty();
        assertThat(report.units()).isEqualTo(3);
        assertThat(report.ignoredColumns()).containsExactly("Ghi chú");
        assertThat(line("Sở Tư pháp", 2).value()).isEqualByComparingTo("35.5");
        assertThat(line("Sở Tư pháp", 3).value()).isEqualByComparingTo("40.25");
        long iaSaoIaGrai = units.activeUnits().stream()
                .filter(u -> u.name().equals("Xã Ia Sao"))
                .filter(u -> units.nameOf(u.parentId()).equals("Huyện Ia Grai"))
                .findFirst()
                .orElseThrow()
                .id();
        List<ActualLine> lines = actuals.entry(plan, period.id(), iaSaoIaGrai).lines();
        assertThat(lines.get(3).value()).isEqualByComparingTo("20");
        assertThat(lines.get(2).value()).isEqualByComparingTo("12");
    }

    @Test
    void aFileThatIsNotExcelIsRefused() {
        ImportReport report =
                imports.importPeriod(plan, period.id(), new ByteArrayInputStream("STT;Đơn vị".getBytes()), "ky6.csv");
        assertThat(report.saved()).isFalse();
        assertThat(report.errors())
                .extracting(ImportRowError::message)
                .containsExactly("Tệp không phải là tệp Excel (.xlsx) hợp lệ.");
    }
}
