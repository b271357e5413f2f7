package vn.cchc.portal.audit;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.organization.OrgUnitService;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The Excel download of the audit view: the filtered rows as the view shows them, dates as real dates. */
@SpringBootTest
@Transactional
@WithUserDetails(value = "admin", userDetailsServiceBeanName = "dbUserDetailsService")
class AuditExportTest {

    @Autowired
    AuditLog audit;

    @Autowired
    OrgUnitService units;

    @Autowired
    Clock clock;

    @Test
    void theWorkbookHoldsTheFilteredRowsWithHeadersNamesAndDates() throws Exception {
        long iaTor = units.find("Xã Ia Tôr").orElseThrow().id();
        units.end(
                iaTor,
                LocalDate.of(2025, 6, 30),
                units.find("Thị trấn Chư Prông").orElseThrow().id());
        AuditQuery query = new AuditQuery(AuditSubjectType.ORG_UNIT, null, null, null, "xa ia tor");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        audit.export(query, AuditRows.VI, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Nhật ký thay đổi");
            assertThat(texts(sheet.getRow(0)))
                    .containsExactly(
                            "Thời gian",
                            "Người thực hiện",
                            "Tên đăng nhập",
                            "Loại đối tượng",
                            "Đối tượng",
                            "Thuộc",
                            "Thao tác",
                            "Trường",
                            "Giá trị cũ",
                            "Giá trị mới");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            List<List<String>> rows = List.of(texts(sheet.getRow(1)), texts(sheet.getRow(2)));
            assertThat(rows)
                    .contains(
                            List.of(
                                    "Quản trị hệ thống",
                                    "admin",
                                    "Cơ quan, đơn vị",
                                    "Xã Ia Tôr",
                                    "",
                                    "Sáp nhập vào đơn vị khác",
                                    "Ngày cuối cùng hoạt động",
                                    "",
                                    "30/06/2025"),
                            List.of(
                                    "Quản trị hệ thống",
                                    "admin",
                                    "Cơ quan, đơn vị",
                                    "Xã Ia Tôr",
                                    "",
                                    "Sáp nhập vào đơn vị khác",
                                    "Đơn vị kế thừa",
                                    "",
                                    "Thị trấn Chư Prông"));
            Cell at = sheet.getRow(1).getCell(0);
            assertThat(at.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(at)).isTrue();
            assertThat(at.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.now(clock));
            assertThat(at.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy hh:mm");
        }

        ByteArrayOutputStream english = new ByteArrayOutputStream();
        audit.export(query, Locale.ENGLISH, english);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(english.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(9).getStringCellValue()).isEqualTo("New value");
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("Merged into another unit");
        }
    }

    @Test
    void anEmptySelectionGivesAWorkbookWithOnlyTheHeader() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        audit.export(new AuditQuery(null, null, null, null, "khong co dong nao nhu the nay"), AuditRows.VI, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
        }
    }

    /** The text cells of a row (the first, a date, is left out of data rows). */
    private static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING) {
                out.add(cell.getStringCellValue());
            }
        }
        return out;
    }
}
