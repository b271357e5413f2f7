package vn.cchc.portal.report.campaign;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.indicator.IndicatorProgress;
import vn.cchc.portal.indicator.IndicatorSet;
import vn.cchc.portal.indicator.MilestoneInfo;
import vn.cchc.portal.indicator.ProgressCell;
import vn.cchc.portal.indicator.ProgressRow;
import vn.cchc.portal.indicator.TargetProgressService;
import vn.cchc.portal.indicator.TargetRow;
import vn.cchc.portal.indicator.TargetService;
import vn.cchc.portal.plan.PeriodKind;
import vn.cchc.portal.plan.PeriodView;
import vn.cchc.portal.plan.PlanFilter;
import vn.cchc.portal.plan.PlanKind;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.ReportingPeriodService;
import vn.cchc.portal.report.ExportFormat;
import vn.cchc.portal.report.GeneratedFile;
import vn.cchc.portal.report.PdfChecks;
import vn.cchc.portal.report.ReportCatalog;
import vn.cchc.portal.report.ReportRequest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The day-100 campaign report of Plan 629/KH-UBND from the indicator module's data: every unit given targets, with
 * target and actual per indicator as the indicator results say, in the PDF and, cell by cell, in the spreadsheet.
 */
@SpringBootTest
@Transactional
@WithUserDetails(value = "lanhdao.ubnd", userDetailsServiceBeanName = "dbUserDetailsService")
class CampaignReportTest {

    static final Path SAMPLES = Path.of("target", "report-samples");

    @Autowired
    PlanService plans;

    @Autowired
    ReportingPeriodService periods;

    @Autowired
    TargetService targets;

    @Autowired
    TargetProgressService progress;

    @Autowired
    CampaignDataProvider figures;

    @Autowired
    ReportCatalog catalog;

    long planId;
    PeriodView day100;
    List<TargetRow> scope;

    @BeforeEach
    void plan629() {
        planId = plans.list(new PlanFilter(2024, PlanKind.CAMPAIGN, null, null, "629/KH-UBND")).stream()
                .filter(p -> "629/KH-UBND".equals(p.number()))
                .findFirst()
                .orElseThrow()
                .id();
        day100 = periods.ofPlan(planId).stream()
                .filter(p -> p.kind() == PeriodKind.FINAL)
                .findFirst()
                .orElseThrow();
        scope = targets.fullMatrix(planId).rows();
    }

    @Test
    void everyUnitOf629HasItsDay100TargetAndActualAsTheIndicatorResultsSay() {
        IndicatorSet set = targets.set(planId).orElseThrow();
        MilestoneInfo last = set.milestones().getLast();
        IndicatorProgress results = progress.progress(planId, last.id());
        Map<Long, ProgressRow> byUnit = new HashMap<>();
        results.levels().forEach(l -> l.rows().forEach(r -> byUnit.put(r.unitId(), r)));

        CampaignData data = figures.load(planId, day100).orElseThrow();

        assertThat(scope).hasSize(254);
        assertThat(data.units())
                .extracting(CampaignData.UnitResult::unitId)
                .containsExactlyInAnyOrderElementsOf(
                        scope.stream().map(TargetRow::unitId).toList());
        assertThat(data.targetsOf()).isEqualTo(last.label());
        assertThat(data.asOf()).isEqualTo(last.date());
        for (CampaignData.UnitResult unit : data.units()) {
            List<ProgressCell> expected = byUnit.get(unit.unitId()).cells();
            assertThat(unit.values())
                    .as(unit.unitName())
                    .hasSize(set.indicators().size());
            for (int i = 0; i < expected.size(); i++) {
                CampaignData.Value value = unit.values().get(i);
                assertThat(value.target())
                        .as("%s target %d", unit.unitName(), i)
                        .isNotNull()
                        .isEqualByComparingTo(expected.get(i).target());
                assertThat(value.actual())
                        .as("%s actual %d", unit.unitName(), i)
                        .isNotNull()
                        .isEqualByComparingTo(expected.get(i).actual());
            }
        }
        assertThat(data.excluded()).anySatisfy(e -> assertThat(e).contains("Thanh tra tỉnh"));
    }

    @Test
    void thePdfNamesEveryUnitAndIsArchivalQuality() throws IOException {
        GeneratedFile pdf =
                catalog.generate(ReportRequest.campaign(planId, day100.id(), false), ExportFormat.PDF, null);
        Files.createDirectories(SAMPLES);
        Files.write(Files.createDirectories(SAMPLES).resolve("bao-cao-chien-dich-629-100-ngay.pdf"), pdf.content());
        String text = PdfChecks.text(pdf.content()).replaceAll("\\s+", " ");

        for (TargetRow row : scope) {
            String name =
                    row.districtName() == null ? row.unitName() : row.unitName() + " (" + row.districtName() + ")";
            assertThat(text).contains(name);
        }
        assertThat(text)
                .contains(
                        "BÁO CÁO",
                        "Kết quả tổng kết 100 ngày",
                        "1. Các sở, ban, ngành tỉnh",
                        "2. UBND các huyện, thị xã, thành phố",
                        "3. UBND các xã, phường, thị trấn",
                        "II. CÁC ĐƠN VỊ CHƯA ĐẠT CHỈ TIÊU",
                        "Kết quả chung của tỉnh");
        assertThat(PdfChecks.pdfaErrors(pdf.content())).isEmpty();
        assertThat(PdfChecks.fontsNotEmbedded(pdf.content())).isEmpty();
    }

    @Test
    void theSpreadsheetHasOneRowPerUnitWithTargetAndActualInItsCells() throws IOException {
        CampaignData data = figures.load(planId, day100).orElseThrow();
        GeneratedFile xlsx =
                catalog.generate(ReportRequest.campaign(planId, day100.id(), false), ExportFormat.XLSX, null);
        Files.write(Files.createDirectories(SAMPLES).resolve("bao-cao-chien-dich-629-100-ngay.xlsx"), xlsx.content());

        Map<String, List<String>> cellsByName = new HashMap<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.content()))) {
            DataFormatter formatter = new DataFormatter();
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (Cell cell : row) {
                        String value = formatter.formatCellValue(cell).strip();
                        if (!value.isEmpty()) {
                            cells.add(value);
                        }
                    }
                    if (cells.size() > 2) {
                        cellsByName.put(cells.get(1), cells);
                    }
                }
            }
        }
        for (CampaignAppendixRow row : CampaignReportAssembler.rows(data)) {
            List<String> expected = new ArrayList<>(List.of(
                    row.no(),
                    row.unitName(),
                    row.t1(),
                    row.a1(),
                    row.t2(),
                    row.a2(),
                    row.t3(),
                    row.a3(),
                    row.t4(),
                    row.a4(),
                    row.t5(),
                    row.a5(),
                    row.t6(),
                    row.a6(),
                    row.met()));
            assertThat(cellsByName.get(row.unitName())).as(row.unitName()).startsWith(expected.toArray(String[]::new));
        }
    }
}
