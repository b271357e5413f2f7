package vn.cchc.portal.criterion;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks {@code db/data/criteria.tsv} (the seed of the three index frameworks) and
 * {@code plans/appendix-1908-expected.tsv} (the "Phụ lục" table of Plan 1908/KH-UBND, 21/07/2023, as an import of
 * it must reproduce it). Plain file test: no Spring context.
 *
 * <ul>
 *   <li>PAR2023: the eight areas, criteria (TC) and sub-criteria (TCTP) of the appendix. Where the appendix lists
 *   sub-criteria but not their criterion (e.g. TCTP 1.3.1 and 1.3.2 without TC 1.3), the criterion row is added:
 *   titled from the plan body's "Tiêu chí “…”" heading that covers those sub-criteria, else "Tiêu chí x.y".</li>
 *   <li>SIPAS2023: the overall index and its five components with their 2022 values (plan 1908, §II.2).</li>
 *   <li>SVC766: the six indicators of Decision 766/QĐ-TTg as Plan 629/KH-UBND §II.2 lists them.</li>
 * </ul>
 */
class CriteriaSeedDataTest {

    private static final String CRITERIA = "/db/data/criteria.tsv";
    private static final String APPENDIX = "/plans/appendix-1908-expected.tsv";
    private static final String CRITERIA_HEADER =
            "framework\tcode\tparent_code\tlevel\ttitle\tsort_order\tbaseline\tbaseline_year\tunit\tmax_score";
    private static final String APPENDIX_HEADER = "tt\tarea\tcode\ttitle\tgoal\tlead\tcoordinating\ttimeframe";

    private static final List<String> ROMAN = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII");

    private static final Map<String, Set<String>> LEVELS = Map.of(
            "PAR2023", Set.of("AREA", "CRITERION", "SUB_CRITERION"),
            "SIPAS2023", Set.of("COMPONENT"),
            "SVC766", Set.of("INDICATOR"));

    /** Numbered rows of the plan 1908 appendix under each area heading, counted in the plan (79 in all). */
    private static final Map<String, Integer> APPENDIX_ROWS_PER_AREA = orderedMap(
            "I", 8,
            "II", 5,
            "III", 15,
            "IV", 8,
            "V", 9,
            "VI", 10,
            "VII", 13,
            "VIII", 11);

    /** Plan 1908 §II.2: "(năm 2022 là 83,99%)" … for the five SIPAS components, and 82,52% overall. */
    private static final Map<String, String> SIPAS_BASELINES_2022 = orderedMap(
            "SIPAS", "82.52",
            "SIPAS 1", "83.99",
            "SIPAS 2", "84.04",
            "SIPAS 3", "85.39",
            "SIPAS 4", "80.90",
            "SIPAS 5", "77.89");

    private static List<String> criteriaLines;
    private static List<String> appendixLines;
    private static List<Criterion> criteria;
    private static List<AppendixRow> appendix;

    record Criterion(
            int lineNo,
            String framework,
            String code,
            String parentCode,
            String level,
            String title,
            String sortOrder,
            String baseline,
            String baselineYear,
            String unit,
            String maxScore,
            String[] fields) {

        String key() {
            return framework + "|" + code;
        }
    }

    record AppendixRow(
            int lineNo,
            String tt,
            String area,
            String code,
            String title,
            String goal,
            String lead,
            String coordinating,
            String timeframe,
            String[] fields) {}

    @BeforeAll
    static void readFiles() throws IOException {
        criteriaLines = read(CRITERIA);
        appendixLines = read(APPENDIX);
        criteria = new ArrayList<>();
        for (int i = 1; i < criteriaLines.size(); i++) {
            String[] f = criteriaLines.get(i).split("\t", -1);
            criteria.add(
                    f.length == 10
                            ? new Criterion(i + 1, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f)
                            : new Criterion(i + 1, null, null, null, null, null, null, null, null, null, null, f));
        }
        appendix = new ArrayList<>();
        for (int i = 1; i < appendixLines.size(); i++) {
            String[] f = appendixLines.get(i).split("\t", -1);
            appendix.add(
                    f.length == 8
                            ? new AppendixRow(i + 1, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f)
                            : new AppendixRow(i + 1, null, null, null, null, null, null, null, null, f));
        }
    }

    private static List<String> read(String resource) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = CriteriaSeedDataTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> orderedMap(Object... keysAndValues) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return map;
    }

    private static List<Criterion> framework(String framework) {
        return criteria.stream().filter(c -> framework.equals(c.framework())).toList();
    }

    private static Map<String, Criterion> byKey() {
        return criteria.stream().collect(Collectors.toMap(Criterion::key, Function.identity(), (a, b) -> a));
    }

    /** "TCTP 3.4.5" → "3.4.5". */
    private static String number(String code) {
        return code.substring(code.indexOf(' ') + 1);
    }

    @Test
    void theHeaderLinesAreExactlyTheAgreedColumns() {
        assertThat(criteriaLines).isNotEmpty();
        assertThat(criteriaLines.getFirst()).isEqualTo(CRITERIA_HEADER);
        assertThat(appendixLines).isNotEmpty();
        assertThat(appendixLines.getFirst()).isEqualTo(APPENDIX_HEADER);
    }

    @Test
    void everyCriteriaRowHasTenColumnsAndEveryAppendixRowEight() {
        for (Criterion c : criteria) {
            assertThat(c.fields()).as("criteria line %d", c.lineNo()).hasSize(10);
        }
        for (AppendixRow r : appendix) {
            assertThat(r.fields()).as("appendix line %d", r.lineNo()).hasSize(8);
        }
    }

    @Test
    void fieldsHaveNoSurroundingOrDoubleSpacesAndNoMarkup() {
        for (Criterion c : criteria) {
            for (String field : c.fields()) {
                assertThat(field)
                        .as("criteria line %d", c.lineNo())
                        .isEqualTo(field.strip())
                        .doesNotContain("  ")
                        .doesNotContain("<", ">");
            }
        }
        for (AppendixRow r : appendix) {
            for (String field : r.fields()) {
                assertThat(field)
                        .as("appendix line %d", r.lineNo())
                        .isNotBlank()
                        .isEqualTo(field.strip())
                        .doesNotContain("  ")
                        .doesNotContain("<", ">");
            }
        }
    }

    @Test
    void allTextIsNfcNormalised() {
        for (int i = 0; i < criteriaLines.size(); i++) {
            String line = criteriaLines.get(i);
            assertThat(Normalizer.isNormalized(line, Normalizer.Form.NFC))
                    .as("criteria line %d", i + 1)
                    .isTrue();
        }
        for (int i = 0; i < appendixLines.size(); i++) {
            String line = appendixLines.get(i);
            assertThat(Normalizer.isNormalized(line, Normalizer.Form.NFC))
                    .as("appendix line %d", i + 1)
                    .isTrue();
        }
    }

    @Test
    void frameworksLevelsAndRequiredFieldsAreTheAgreedOnes() {
        for (Criterion c : criteria) {
            assertThat(c.framework()).as("line %d framework", c.lineNo()).isIn(LEVELS.keySet());
            assertThat(c.level()).as("line %d level", c.lineNo()).isIn(LEVELS.get(c.framework()));
            assertThat(c.code()).as("line %d code", c.lineNo()).isNotBlank();
            assertThat(c.title()).as("line %d title", c.lineNo()).isNotBlank();
            assertThat(c.sortOrder()).as("line %d sort_order", c.lineNo()).matches("[1-9]\\d*");
        }
        assertThat(criteria).extracting(Criterion::framework).contains("PAR2023", "SIPAS2023", "SVC766");
    }

    @Test
    void rowsOfAFrameworkAreContiguousAndSortedBySortOrder() {
        List<String> seenFrameworks = new ArrayList<>();
        Map<String, Integer> lastSortOrder = new HashMap<>();
        for (Criterion c : criteria) {
            if (seenFrameworks.isEmpty() || !seenFrameworks.getLast().equals(c.framework())) {
                assertThat(seenFrameworks)
                        .as("line %d: %s rows are split", c.lineNo(), c.framework())
                        .doesNotContain(c.framework());
                seenFrameworks.add(c.framework());
            }
            int sortOrder = Integer.parseInt(c.sortOrder());
            Integer last = lastSortOrder.put(c.framework(), sortOrder);
            if (last != null) {
                assertThat(sortOrder).as("line %d sort_order", c.lineNo()).isGreaterThan(last);
            }
        }
    }

    @Test
    void codesAreUniqueWithinEachFramework() {
        Set<String> seen = new HashSet<>();
        for (Criterion c : criteria) {
            assertThat(seen.add(c.key()))
                    .as("duplicate %s on line %d", c.key(), c.lineNo())
                    .isTrue();
        }
    }

    @Test
    void everyParentExistsInTheSameFrameworkAndComesBeforeItsChildren() {
        Map<String, Criterion> seen = new HashMap<>();
        for (Criterion c : criteria) {
            if (!c.parentCode().isEmpty()) {
                Criterion parent = seen.get(c.framework() + "|" + c.parentCode());
                assertThat(parent)
                        .as(
                                "line %d: parent %s of %s, earlier in %s",
                                c.lineNo(), c.parentCode(), c.code(), c.framework())
                        .isNotNull();
                assertThat(Integer.parseInt(parent.sortOrder()))
                        .as("line %d sort_order", c.lineNo())
                        .isLessThan(Integer.parseInt(c.sortOrder()));
            }
            seen.put(c.key(), c);
        }
    }

    @Test
    void theParIndexHasItsEightAreasInOrderWrittenInCapitals() {
        List<Criterion> areas = framework("PAR2023").stream()
                .filter(c -> c.level().equals("AREA"))
                .toList();
        assertThat(areas).extracting(Criterion::code).containsExactlyElementsOf(ROMAN);
        for (Criterion area : areas) {
            assertThat(area.parentCode()).as("area %s parent", area.code()).isEmpty();
            assertThat(area.title())
                    .as("area %s title", area.code())
                    .isEqualTo(area.title().toUpperCase());
        }
        assertThat(areas.getFirst().title()).isEqualTo("CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC");
    }

    @Test
    void everyCriterionHangsUnderTheAreaOfItsNumber() {
        for (Criterion c : framework("PAR2023")) {
            if (c.level().equals("CRITERION")) {
                assertThat(c.code()).as("line %d", c.lineNo()).matches("TC [1-8]\\.\\d+");
                int area = Integer.parseInt(number(c.code()).split("\\.")[0]);
                assertThat(c.parentCode())
                        .as("line %d parent of %s", c.lineNo(), c.code())
                        .isEqualTo(ROMAN.get(area - 1));
            }
        }
    }

    @Test
    void everySubCriterionHangsUnderItsCriterion() {
        for (Criterion c : framework("PAR2023")) {
            if (c.level().equals("SUB_CRITERION")) {
                assertThat(c.code()).as("line %d", c.lineNo()).matches("TCTP [1-8]\\.\\d+\\.\\d+");
                String n = number(c.code());
                assertThat(c.parentCode())
                        .as("line %d parent of %s", c.lineNo(), c.code())
                        .isEqualTo("TC " + n.substring(0, n.lastIndexOf('.')));
            }
        }
    }

    @Test
    void theAppendixHasTheCountedRowsUnderEachArea() {
        Map<String, Integer> counted = new LinkedHashMap<>();
        for (AppendixRow r : appendix) {
            counted.merge(r.area(), 1, Integer::sum);
        }
        assertThat(counted).containsExactlyEntriesOf(APPENDIX_ROWS_PER_AREA);
        assertThat(appendix).hasSize(79);
    }

    @Test
    void appendixRowsAreNumberedFromOneWithinEachAreaAndSitUnderTheAreaOfTheirCode() {
        Map<String, Integer> next = new HashMap<>();
        for (AppendixRow r : appendix) {
            int expected = next.merge(r.area(), 1, Integer::sum);
            assertThat(r.tt()).as("appendix line %d", r.lineNo()).isEqualTo(String.valueOf(expected));
            assertThat(r.code()).as("appendix line %d", r.lineNo()).matches("TC [1-8]\\.\\d+|TCTP [1-8]\\.\\d+\\.\\d+");
            int area = Integer.parseInt(number(r.code()).split("\\.")[0]);
            assertThat(r.area())
                    .as("appendix line %d area of %s", r.lineNo(), r.code())
                    .isEqualTo(ROMAN.get(area - 1));
        }
    }

    @Test
    void everyAppendixRowIsInTheParIndexWithTheSameTitleAndOrder() {
        Map<String, Criterion> par = byKey();
        int lastSortOrder = 0;
        for (AppendixRow r : appendix) {
            Criterion c = par.get("PAR2023|" + r.code());
            assertThat(c)
                    .as("appendix line %d: %s in criteria.tsv", r.lineNo(), r.code())
                    .isNotNull();
            assertThat(c.title()).as("title of %s", r.code()).isEqualTo(r.title());
            assertThat(c.level())
                    .as("level of %s", r.code())
                    .isEqualTo(r.code().startsWith("TCTP ") ? "SUB_CRITERION" : "CRITERION");
            int sortOrder = Integer.parseInt(c.sortOrder());
            assertThat(sortOrder).as("%s keeps the appendix order", r.code()).isGreaterThan(lastSortOrder);
            lastSortOrder = sortOrder;
        }
    }

    @Test
    void parRowsMissingFromTheAppendixAreOnlyAreasAndTheCriteriaOfListedSubCriteria() {
        Set<String> inAppendix = appendix.stream().map(AppendixRow::code).collect(Collectors.toSet());
        Set<String> parents =
                framework("PAR2023").stream().map(Criterion::parentCode).collect(Collectors.toSet());
        List<Criterion> added = framework("PAR2023").stream()
                .filter(c -> !c.level().equals("AREA") && !inAppendix.contains(c.code()))
                .toList();
        for (Criterion c : added) {
            assertThat(c.level()).as("%s is not in the appendix", c.code()).isEqualTo("CRITERION");
            assertThat(parents)
                    .as("%s is only there as the parent of listed sub-criteria", c.code())
                    .contains(c.code());
        }
        assertThat(added)
                .extracting(Criterion::code)
                .containsExactly(
                        "TC 1.3", "TC 2.1", "TC 2.2", "TC 3.2", "TC 3.3", "TC 3.4", "TC 3.5", "TC 4.1", "TC 4.2",
                        "TC 4.3", "TC 5.1", "TC 5.2", "TC 5.3", "TC 5.5", "TC 6.1", "TC 6.2", "TC 6.3", "TC 7.1",
                        "TC 7.2", "TC 7.3", "TC 8.1", "TC 8.3");
        assertThat(framework("PAR2023")).hasSize(8 + 79 + added.size());
    }

    @Test
    void sipasHasTheOverallIndexAndFiveComponentsWithTheir2022Values() {
        List<Criterion> sipas = framework("SIPAS2023");
        assertThat(sipas).extracting(Criterion::code).containsExactlyElementsOf(SIPAS_BASELINES_2022.keySet());
        for (Criterion c : sipas) {
            assertThat(c.level()).as(c.code()).isEqualTo("COMPONENT");
            assertThat(c.parentCode()).as(c.code()).isEmpty();
            assertThat(c.baseline()).as("baseline of %s", c.code()).isEqualTo(SIPAS_BASELINES_2022.get(c.code()));
            assertThat(c.baselineYear()).as(c.code()).isEqualTo("2022");
            assertThat(c.unit()).as(c.code()).isEqualTo("%");
            assertThat(c.maxScore()).as(c.code()).isEmpty();
        }
        assertThat(sipas)
                .extracting(Criterion::title)
                .contains(
                        "Mức độ hài lòng của người dân đối với tiếp cận dịch vụ",
                        "Mức độ hài lòng của người dân đối với việc cơ quan tiếp nhận, xử lý phản ánh, kiến nghị");
    }

    @Test
    void theSipasSubCriteriaOfTheParIndexCarryTheSame2022Values() {
        Map<String, Criterion> all = byKey();
        for (int i = 1; i <= 5; i++) {
            Criterion sub = all.get("PAR2023|TCTP 8.1." + i);
            Criterion component = all.get("SIPAS2023|SIPAS " + i);
            assertThat(sub).as("TCTP 8.1.%d", i).isNotNull();
            assertThat(component).as("SIPAS %d", i).isNotNull();
            assertThat(sub.baseline()).as("TCTP 8.1.%d baseline", i).isEqualTo(component.baseline());
            assertThat(sub.baselineYear()).as("TCTP 8.1.%d baseline year", i).isEqualTo("2022");
            assertThat(sub.unit()).as("TCTP 8.1.%d unit", i).isEqualTo("%");
        }
    }

    @Test
    void theServiceIndexHasTheSixIndicatorsOfDecision766() {
        List<Criterion> svc = framework("SVC766");
        assertThat(svc)
                .extracting(Criterion::code)
                .containsExactly("766.1", "766.2", "766.3", "766.4", "766.5", "766.6");
        assertThat(svc)
                .extracting(Criterion::title)
                .containsExactly(
                        "Công khai minh bạch trong thực hiện TTHC, cung cấp DVC",
                        "Tiến độ giải quyết hồ sơ TTHC",
                        "Tỷ lệ DVC trực tuyến",
                        "Tỷ lệ thanh toán trực tuyến",
                        "Mức độ hài lòng",
                        "Số hóa hồ sơ, kết quả giải quyết TTHC");
        for (Criterion c : svc) {
            assertThat(c.level()).as(c.code()).isEqualTo("INDICATOR");
            assertThat(c.parentCode()).as(c.code()).isEmpty();
            assertThat(c.baseline()).as(c.code()).isEmpty();
            assertThat(c.baselineYear()).as(c.code()).isEmpty();
        }
    }

    @Test
    void baselinesAreDotDecimalsWithAYearAndScoresAreNumbers() {
        for (Criterion c : criteria) {
            if (c.baseline().isEmpty()) {
                assertThat(c.baselineYear())
                        .as("line %d baseline_year without a baseline", c.lineNo())
                        .isEmpty();
            } else {
                assertThat(c.baseline()).as("line %d baseline", c.lineNo()).matches("\\d+(\\.\\d+)?");
                assertThat(c.baselineYear())
                        .as("line %d baseline_year", c.lineNo())
                        .matches("20\\d\\d");
                assertThat(c.unit())
                        .as("line %d unit of a baseline", c.lineNo())
                        .isNotEmpty();
            }
            assertThat(c.maxScore()).as("line %d max_score", c.lineNo()).matches("|\\d+(\\.\\d+)?");
        }
    }
}
