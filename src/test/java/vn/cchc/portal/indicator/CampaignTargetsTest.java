package vn.cchc.portal.indicator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.cchc.portal.organization.OrgUnitMatcher;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.OrgUnitSummary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plan 629/KH-UBND: the rule of §III.2 applied to the Appendix I baselines gives Appendix II; the cells printed
 * differently are exactly the overrides, each with its reason; communes carry their district's targets.
 */
@SpringBootTest
@WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = "dbUserDetailsService")
class CampaignTargetsTest {

    @Autowired
    BookLoader loader;

    @Autowired
    OrgUnitMatcher matcher;

    @Autowired
    OrgUnitService units;

    @Autowired
    vn.cchc.portal.plan.PlanService plans;

    @Autowired
    TargetService targets;

    Book book;

    @BeforeEach
    void load() {
        book = loader.load(CampaignDemo.find(plans).orElseThrow().id());
    }

    private String describe(AppendixTwo.Printed p) {
        return p.unitName() + " | " + p.indicatorCode() + " | " + p.milestoneLabel() + " | " + p.printed();
    }

    @Test
    void theRuleReproducesAppendixTwoExceptExactlyTheCellsPrintedDifferentlyWhichAreOverrides() {
        List<AppendixTwo.Printed> printed = AppendixTwo.read(book, matcher);
        assertThat(printed)
                .as("12 printed target cells per department and per district")
                .hasSize(17 * 12 + 17 * 12);
        List<String> differing = new ArrayList<>();
        for (AppendixTwo.Printed p : printed) {
            OrgUnitSummary unit = book.units.get(p.unitId());
            Indicator indicator = TargetService.indicator(book, p.indicatorId());
            Milestone milestone = TargetService.milestone(book, p.milestoneId());
            BigDecimal rule = TargetRule.compute(
                    indicator,
                    milestone.id,
                    milestone == book.milestones.getLast(),
                    book.level(unit),
                    book.baseline(indicator.id, unit.id()),
                    book.steps);
            TargetCell cell = book.cell(unit, indicator, milestone);
            assertThat(cell.computed()).as(describe(p)).isEqualByComparingTo(rule);
            assertThat(cell.target()).as("final target " + describe(p)).isEqualByComparingTo(p.value());
            if (rule.compareTo(p.value()) != 0) {
                differing.add(describe(p) + " (quy tắc: " + rule.toPlainString() + ")");
                assertThat(cell.source()).isEqualTo(CellSource.OVERRIDE);
                assertThat(cell.reason()).isEqualTo("theo Phụ lục II Kế hoạch 629/KH-UBND");
            } else {
                assertThat(cell.source()).as(describe(p)).isEqualTo(CellSource.RULE);
            }
        }
        System.out.println("Appendix II cells printed differently from the rule (overrides):");
        differing.forEach(d -> System.out.println("  " + d));
        assertThat(differing)
                .containsExactlyInAnyOrder(
                        "Sở Công thương | 766.3 | Sơ kết 50 ngày | 50% (quy tắc: 30)",
                        "Sở Giao thông vận tải | 766.3 | Sơ kết 50 ngày | 50% (quy tắc: 30)",
                        "Sở Kế hoạch và Đầu tư | 766.3 | Sơ kết 50 ngày | 100% (quy tắc: 95.9)",
                        "Sở Văn hóa, Thể thao và Du lịch | 766.3 | Sơ kết 50 ngày | 100% (quy tắc: 30)",
                        "Sở Văn hóa, Thể thao và Du lịch | 766.3 | Tổng kết 100 ngày | 100% (quy tắc: 60)",
                        "Sở Xây dựng | 766.3 | Sơ kết 50 ngày | 73,7% (quy tắc: 30)",
                        "Sở Xây dựng | 766.3 | Tổng kết 100 ngày | 78,7% (quy tắc: 60)",
                        "Sở Y tế | 766.3 | Sơ kết 50 ngày | 92,9% (quy tắc: 30)",
                        "Sở Y tế | 766.3 | Tổng kết 100 ngày | 97,9% (quy tắc: 60)");
        List<TargetOverride> all = loader.overrides.findByIndicatorIdIn(
                book.indicators.stream().map(i -> i.id).toList());
        assertThat(all).hasSize(differing.size());
    }

    @Test
    void transportsOnlinePaymentTargetOfSeventySevenPointThirtySevenComesFromTheRule() {
        OrgUnitSummary transport = units.find("SGTVT").orElseThrow();
        Indicator payment = book.indicators.stream()
                .filter(i -> i.code.equals("766.4"))
                .findFirst()
                .orElseThrow();
        TargetCell day100 = book.cell(transport, payment, book.milestones.getLast());
        TargetCell day50 = book.cell(transport, payment, book.milestones.getFirst());
        assertThat(day100.baseline()).isEqualByComparingTo("67.37");
        assertThat(day100.source()).isEqualTo(CellSource.RULE);
        assertThat(day100.target()).isEqualByComparingTo("77.37");
        assertThat(day50.source()).isEqualTo(CellSource.RULE);
        assertThat(day50.target()).isEqualByComparingTo("72.37");
    }

    @Test
    void everyCommuneCarriesItsDistrictsPrintedTargets() {
        List<AppendixTwo.Printed> printed = AppendixTwo.read(book, matcher);
        Map<String, BigDecimal> byDistrictCell = printed.stream()
                .collect(Collectors.toMap(
                        p -> p.unitId() + ":" + p.indicatorId() + ":" + p.milestoneId(), AppendixTwo.Printed::value));
        List<OrgUnitSummary> communes = book.scope.stream()
                .filter(u -> book.level(u) == UnitLevel.COMMUNE)
                .toList();
        assertThat(communes).hasSize(220);
        for (OrgUnitSummary commune : communes) {
            OrgUnitSummary district = book.district(commune);
            for (Indicator indicator : book.indicators) {
                for (Milestone milestone : book.milestones) {
                    TargetCell cell = book.cell(commune, indicator, milestone);
                    assertThat(cell.source()).isEqualTo(CellSource.INHERITED);
                    assertThat(cell.inheritedFrom()).isEqualTo(district.name());
                    assertThat(cell.target())
                            .as(commune.name() + " " + indicator.code + " " + milestone.label)
                            .isEqualByComparingTo(
                                    byDistrictCell.get(district.id() + ":" + indicator.id + ":" + milestone.id));
                }
            }
        }
    }

    @Test
    void appendixOneGivesBaselinesOfAllTwoHundredFiftyFourUnitsAndTheProvinceAsPrinted() {
        assertThat(book.scope).hasSize(254);
        assertThat(book.scope.stream().collect(Collectors.groupingBy(book::level, Collectors.counting())))
                .containsEntry(UnitLevel.DEPARTMENT, 17L)
                .containsEntry(UnitLevel.DISTRICT, 17L)
                .containsEntry(UnitLevel.COMMUNE, 220L);
        List<String> province = book.indicators.stream()
                .map(i -> book.baseline(i.id, book.province.id())
                        .stripTrailingZeros()
                        .toPlainString())
                .toList();
        assertThat(province).containsExactly("55.9", "88.67", "7", "0.98", "98.4", "20.2");
        OrgUnitSummary iaNan = book.scope.stream()
                .filter(u -> u.name().equals("Xã Ia Nan"))
                .findFirst()
                .orElseThrow();
        Indicator digitisation = book.indicators.getLast();
        assertThat(book.baseline(digitisation.id, iaNan.id())).isEqualByComparingTo("24.45");
        OrgUnitSummary health = units.find("SYT").orElseThrow();
        assertThat(book.baseline(digitisation.id, health.id()))
                .as("printed “-”")
                .isNull();
        OrgUnitSummary iaSaoAyunPa = book.scope.stream()
                .filter(u ->
                        u.name().equals("Xã Ia Sao") && book.district(u).name().equals("Thị xã Ayun Pa"))
                .findFirst()
                .orElseThrow();
        assertThat(book.baseline(book.indicators.get(1).id, iaSaoAyunPa.id())).isEqualByComparingTo("89.14");
    }

    @Test
    void appendixTwoPrintsTheSameTwentyTwentyThreeValuesAsAppendixOne() {
        for (String file : DataFiles.APPENDIX_II) {
            List<ValueTable.Row> rows = DataFiles.read(file);
            List<ValueTable.Cell> header = rows.getFirst().cells();
            for (ValueTable.Row row : rows.subList(1, rows.size())) {
                long unitId = new ScopeUnitFinder(matcher, book, book.settings.startDate)
                        .find(row.cell(1).text(), null)
                        .unitId();
                for (int c = 2; c < header.size(); c++) {
                    String[] parts = header.get(c).text().split(" \\| ");
                    if (parts[1].equals("Năm 2023")) {
                        Indicator indicator =
                                ValueTable.byHeader(book.indicators, parts[0]).orElseThrow();
                        assertThat(book.baseline(indicator.id, unitId))
                                .as(row.cell(1).text() + " " + parts[0])
                                .isEqualByComparingTo(vn.cchc.portal.shared.DecimalInput.parse(
                                        row.cell(c).text(), ""));
                    }
                }
            }
        }
    }

    @Test
    void unitsWithoutProceduresAreExcludedWithTheFootnoteAsReason() {
        IndicatorSet set = targets.set(book.root.id()).orElseThrow();
        assertThat(set.exclusions())
                .extracting(ExclusionInfo::unitName, ExclusionInfo::reason)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("Ban Dân tộc", CampaignDemo.FOOTNOTE),
                        org.assertj.core.groups.Tuple.tuple("Thanh tra tỉnh", CampaignDemo.FOOTNOTE));
        assertThat(set.milestones())
                .extracting(MilestoneInfo::label, m -> m.date().toString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Sơ kết 50 ngày", "2024-05-10"),
                        org.assertj.core.groups.Tuple.tuple("Tổng kết 100 ngày", "2024-06-29"));
        assertThat(set.periods()).hasSize(10);
        assertThat(set.cadence()).isEqualTo(Cadence.TEN_DAYS);
    }
}
