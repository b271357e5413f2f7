package vn.cchc.portal.plan;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.shared.BusinessException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A unit head imports a 215,000-row workbook (under the 10 MB upload limit) into a draft: it is refused with a message
 * naming the row limit, counted while the file is streamed, before POI would build the workbook in memory (which took
 * the server to OutOfMemoryError): the old generation of the heap grows by less than 100 MB and nothing is imported.
 */
@SpringBootTest
@Transactional
@WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = "dbUserDetailsService")
class HugeImportTest {

    private static final long MB = 1024 * 1024;

    @Autowired
    PlanService plans;

    @Autowired
    PlanItemService items;

    @Autowired
    PlanImportService imports;

    @Autowired
    OrgUnitService units;

    /** The appendix header and 215,000 item rows, written with POI's streaming writer. */
    static byte[] hugeAppendix(int rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet("Phụ lục");
            String[] header = {
                "TT",
                "Lĩnh vực/Tiêu chí/Tiêu chí thành phần",
                "Mục tiêu, yêu cầu",
                "Cơ quan phụ trách",
                "Cơ quan phối hợp/thực hiện",
                "Thời gian thực hiện/hoàn thành"
            };
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue("Nhiệm vụ " + r);
                row.createCell(2).setCellValue("Hoàn thành");
                row.createCell(3).setCellValue("Sở Nội vụ");
                row.createCell(4).setCellValue("Sở Tư pháp");
                row.createCell(5).setCellValue("Quý IV");
            }
            workbook.write(out);
            workbook.close();
            return out.toByteArray();
        }
    }

    private static List<MemoryPoolMXBean> oldGeneration() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isUsageThresholdSupported())
                .toList();
    }

    @Test
    void aWorkbookOf215000RowsIsRefusedWithAMessageWithoutFillingTheMemory() throws IOException {
        PlanFixtures fixtures = new PlanFixtures(plans, items, units);
        long planId = plans.create(fixtures.header("UBT", "Kế hoạch nhận tệp quá lớn"))
                .id();
        byte[] huge = hugeAppendix(215_000);
        assertThat(huge.length).isLessThan((int) PlanImportService.MAX_BYTES);
        System.gc();
        List<MemoryPoolMXBean> old = oldGeneration();
        assertThat(old).isNotEmpty();
        long before = old.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        old.forEach(MemoryPoolMXBean::resetPeakUsage);

        assertThatThrownBy(() -> imports.importAppendix(planId, huge))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("quá nhiều dòng")
                .hasMessageContaining("20.000");

        long peak = old.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(
                "215,000-row import: file %d KB, old generation %d MB before, peak %d MB%n",
                huge.length / 1024, before / MB, peak / MB);
        assertThat(peak - before).as("old generation growth").isLessThan(100 * MB);
        assertThat(plans.get(planId).items()).isEmpty();
    }
}
