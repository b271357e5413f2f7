package vn.cchc.portal.organization;

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
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks {@code db/data/org_units.tsv} against Plan 629/KH-UBND of Gia Lai province (19/03/2024), Appendix I
 * parts 1–3. Plain file test: no Spring context.
 */
class OrgUnitSeedDataTest {

    private static final String RESOURCE = "/db/data/org_units.tsv";
    private static final String HEADER =
            "code\tparent_code\tkind\tname\tshort_name\tsort_order\thandles_procedures\taliases";
    private static final Set<String> KINDS =
            Set.of("PROVINCE", "DEPARTMENT", "AGENCY", "SUBUNIT", "DISTRICT", "COMMUNE");

    /**
     * Communes per district as Appendix I part 3 lists them, in part-2 order. The "Ghi chú" column writes "x/N"
     * on each district's first row, where x is the number of its communes scoring below 50 and N its commune
     * count. The N values agree with the rows for every district except Chư Pưh: its note says "1/10" but the
     * appendix lists only 9 communes (rows 57–65; the real district has 1 town and 8 communes). The rows total
     * 220, the figure the plan body uses throughout ("57/220", "114/220" …), so the rows are taken as true.
     */
    private static final Map<String, Integer> COMMUNES_PER_DISTRICT = orderedMap(
            "Huyện Mang Yang", 12,
            "Huyện Kbang", 14,
            "Huyện Đức Cơ", 10,
            "Huyện Chư Prông", 20,
            "Huyện Chư Pưh", 9, // the note says 1/10; nine rows are listed
            "Thị xã Ayun Pa", 8,
            "Huyện Đak Pơ", 8,
            "Huyện Phú Thiện", 10,
            "Huyện Ia Grai", 13,
            "Huyện Kông Chro", 14,
            "Huyện Chư Sê", 15,
            "Huyện Đak Đoa", 17,
            "Huyện Chư Păh", 14,
            "Thị xã An Khê", 11,
            "Huyện Ia Pa", 9,
            "Thành phố Pleiku", 22,
            "Huyện Krông Pa", 14);

    /** Part 1 of Appendix I, names exactly as written there, in their order. */
    private static final List<String> PART_ONE_DEPARTMENTS = List.of(
            "Ban Quản lý khu kinh tế",
            "Sở Công thương",
            "Sở Giáo dục đào tạo",
            "Sở Giao thông vận tải",
            "Sở Kế hoạch và Đầu tư",
            "Sở Khoa học và Công nghệ",
            "Sở Lao động – Thương binh và Xã hội",
            "Sở Ngoại vụ",
            "Sở Nội vụ",
            "Sở Nông nghiệp và Phát triển nông thôn",
            "Sở Tài chính",
            "Sở Tài nguyên Môi trường",
            "Sở Thông tin và Truyền thông",
            "Sở Tư pháp",
            "Sở Văn hóa, Thể thao và Du lịch",
            "Sở Xây dựng",
            "Sở Y tế");

    private static List<String> lines;
    private static List<Row> rows;

    record Row(
            int lineNo,
            String code,
            String parentCode,
            String kind,
            String name,
            String shortName,
            String sortOrder,
            String handlesProcedures,
            String aliases,
            String[] fields) {}

    @BeforeAll
    static void readFile() throws IOException {
        lines = new ArrayList<>();
        try (InputStream in = OrgUnitSeedDataTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE + " on the classpath").isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        }
        rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            if (f.length == 8) {
                rows.add(new Row(i + 1, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f));
            } else {
                rows.add(new Row(i + 1, null, null, null, null, null, null, null, null, f));
            }
        }
    }

    @Test
    void theHeaderLineIsExactlyTheAgreedColumns() {
        assertThat(lines).isNotEmpty();
        assertThat(lines.getFirst()).isEqualTo(HEADER);
    }

    @Test
    void everyRowHasEightColumnsAndNoBlankLines() {
        for (Row row : rows) {
            assertThat(row.fields()).as("line %d", row.lineNo()).hasSize(8);
            assertThat(lines.get(row.lineNo() - 1)).as("line %d", row.lineNo()).isNotBlank();
        }
    }

    @Test
    void fieldsHaveNoSurroundingSpacesAndRequiredOnesAreFilled() {
        for (Row row : rows) {
            for (String field : row.fields()) {
                assertThat(field)
                        .as("line %d", row.lineNo())
                        .isEqualTo(field.strip())
                        .doesNotContain("  ");
            }
            assertThat(row.code()).as("line %d code", row.lineNo()).matches("[A-Z][A-Z0-9]{1,39}");
            assertThat(row.kind()).as("line %d kind", row.lineNo()).isIn(KINDS);
            assertThat(row.name()).as("line %d name", row.lineNo()).isNotBlank();
            assertThat(row.sortOrder()).as("line %d sort order", row.lineNo()).matches("\\d+");
            assertThat(row.handlesProcedures())
                    .as("line %d handles_procedures", row.lineNo())
                    .isIn("true", "false");
            if (!row.aliases().isEmpty()) {
                for (String alias : row.aliases().split("\\|", -1)) {
                    assertThat(alias)
                            .as("line %d alias", row.lineNo())
                            .isNotBlank()
                            .isEqualTo(alias.strip());
                }
            }
        }
    }

    @Test
    void codesAreUnique() {
        Set<String> seen = new HashSet<>();
        for (Row row : rows) {
            assertThat(seen.add(row.code()))
                    .as("duplicate code %s on line %d", row.code(), row.lineNo())
                    .isTrue();
        }
    }

    @Test
    void everyParentIsListedBeforeItsChildren() {
        Set<String> seen = new HashSet<>();
        for (Row row : rows) {
            if (!row.parentCode().isEmpty()) {
                assertThat(seen)
                        .as("parent %s of %s (line %d)", row.parentCode(), row.code(), row.lineNo())
                        .contains(row.parentCode());
            }
            seen.add(row.code());
        }
    }

    @Test
    void thereIsExactlyOneProvinceAndItIsTheRoot() {
        List<Row> provinces = ofKind("PROVINCE");
        assertThat(provinces).hasSize(1);
        Row root = provinces.getFirst();
        assertThat(root.code()).isEqualTo("UBT");
        assertThat(root.parentCode()).isEmpty();
        assertThat(root.name()).isEqualTo("Ủy ban nhân dân tỉnh Gia Lai");
        assertThat(root.shortName()).isEqualTo("UBND tỉnh");
        assertThat(rows.stream().filter(r -> r.parentCode().isEmpty())).hasSize(1);
    }

    @Test
    void theSeventeenDepartmentsOfPartOneComeFirstInTheirOrderAndHandleProcedures() {
        List<Row> partOne = rows.stream()
                .filter(r ->
                        r.kind().equals("DEPARTMENT") && r.handlesProcedures().equals("true"))
                .toList();
        assertThat(partOne).extracting(Row::name).containsExactlyElementsOf(PART_ONE_DEPARTMENTS);
        assertThat(partOne).allSatisfy(r -> assertThat(r.parentCode()).isEqualTo("UBT"));
        assertThat(byName("Sở Nội vụ").code()).isEqualTo("SNV");
        assertThat(byName("Sở Tư pháp").code()).isEqualTo("STP");
    }

    @Test
    void officesWithoutProceduresAreDepartmentsThatHandleNone() {
        // Footnote 2 of the plan: no targets for Ban Dân tộc tỉnh and Thanh tra tỉnh "vì không có TTHC".
        for (String code : List.of("VPUBND", "TTRA", "BDT")) {
            Row row = byCode(code);
            assertThat(row.kind()).isEqualTo("DEPARTMENT");
            assertThat(row.parentCode()).isEqualTo("UBT");
            assertThat(row.handlesProcedures()).isEqualTo("false");
        }
        Row centre = byCode("TTPVHCC");
        assertThat(centre.kind()).isEqualTo("SUBUNIT");
        assertThat(centre.parentCode()).isEqualTo("VPUBND");
        assertThat(byCode("CAT").name()).isEqualTo("Công an tỉnh");
        assertThat(byCode("CAT").kind()).isEqualTo("AGENCY");
    }

    @Test
    void thereAreSeventeenDistrictsInPartTwoOrderUnderTheProvince() {
        List<Row> districts = ofKind("DISTRICT");
        assertThat(districts).extracting(Row::name).containsExactlyElementsOf(COMMUNES_PER_DISTRICT.keySet());
        assertThat(districts)
                .extracting(Row::code)
                .containsExactly(
                        "H01", "H02", "H03", "H04", "H05", "H06", "H07", "H08", "H09", "H10", "H11", "H12", "H13",
                        "H14", "H15", "H16", "H17");
        assertThat(districts).allSatisfy(r -> {
            assertThat(r.parentCode()).isEqualTo("UBT");
            assertThat(r.handlesProcedures()).isEqualTo("true");
        });
    }

    @Test
    void thereAreTwoHundredTwentyCommunesNumberedInRowOrder() {
        // 220 rows in part 3 (its own numbering repeats 142 and skips 143), matching the plan's "x/220" figures.
        List<Row> communes = ofKind("COMMUNE");
        assertThat(communes).hasSize(220);
        for (int i = 0; i < communes.size(); i++) {
            assertThat(communes.get(i).code()).isEqualTo("X%03d".formatted(i + 1));
        }
        assertThat(communes).allSatisfy(r -> assertThat(r.handlesProcedures()).isEqualTo("true"));
    }

    @Test
    void everyCommuneOfPartThreeHangsUnderItsDistrict() {
        Map<String, String> districtNameByCode =
                ofKind("DISTRICT").stream().collect(Collectors.toMap(Row::code, Row::name));
        Map<String, Integer> counted = new LinkedHashMap<>();
        for (Row commune : ofKind("COMMUNE")) {
            String district = districtNameByCode.get(commune.parentCode());
            assertThat(district).as("district of %s", commune.code()).isNotNull();
            counted.merge(district, 1, Integer::sum);
        }
        assertThat(counted).containsExactlyEntriesOf(COMMUNES_PER_DISTRICT);
    }

    @Test
    void communesOfOneDistrictAreContiguousAndSortedByRowOrder() {
        Map<String, Integer> lastSort = new HashMap<>();
        String current = null;
        Set<String> finished = new HashSet<>();
        for (Row commune : ofKind("COMMUNE")) {
            if (!commune.parentCode().equals(current)) {
                if (current != null) {
                    finished.add(current);
                }
                assertThat(finished).doesNotContain(commune.parentCode());
                current = commune.parentCode();
            }
            int sort = Integer.parseInt(commune.sortOrder());
            assertThat(sort).isGreaterThan(lastSort.getOrDefault(current, 0));
            lastSort.put(current, sort);
        }
    }

    @Test
    void namedUnitsExistExactlyAsTheSeedWritesThem() {
        assertThat(byName("Sở Nội vụ").kind()).isEqualTo("DEPARTMENT");
        assertThat(byName("Sở Tư pháp").kind()).isEqualTo("DEPARTMENT");
        Row chuProng = byName("Huyện Chư Prông");
        assertThat(chuProng.kind()).isEqualTo("DISTRICT");
        List<Row> iaTor =
                rows.stream().filter(r -> r.name().equals("Xã Ia Tôr")).toList();
        assertThat(iaTor).hasSize(1);
        assertThat(iaTor.getFirst().kind()).isEqualTo("COMMUNE");
        assertThat(iaTor.getFirst().parentCode()).isEqualTo(chuProng.code());
        // Chư Prông really has both, and part 3 lists both (rows 44 and 45).
        assertThat(childNames(chuProng.code())).contains("Xã Ia Bang", "Xã Ia Băng");
        // Part 3 writes the district "Chư Puh"; the unit is Huyện Chư Pưh with that spelling as an alias.
        assertThat(byName("Huyện Chư Pưh").aliases().split("\\|")).contains("Chư Puh");
        // Kept as written, with the expanded form as an alias.
        assertThat(byName("TT Kon Dong").aliases().split("\\|")).contains("Thị trấn Kon Dong");
    }

    @Test
    void everyTextIsInNormalizationFormC() {
        for (Row row : rows) {
            for (String field : row.fields()) {
                assertThat(Normalizer.isNormalized(field, Normalizer.Form.NFC))
                        .as("line %d field '%s' is NFC", row.lineNo(), field)
                        .isTrue();
            }
        }
    }

    private static List<Row> ofKind(String kind) {
        return rows.stream().filter(r -> kind.equals(r.kind())).toList();
    }

    private static Row byCode(String code) {
        return rows.stream()
                .filter(r -> code.equals(r.code()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no unit with code " + code));
    }

    private static Row byName(String name) {
        List<Row> found = rows.stream().filter(r -> name.equals(r.name())).toList();
        assertThat(found).as("units named '%s'", name).hasSize(1);
        return found.getFirst();
    }

    private static List<String> childNames(String parentCode) {
        return rows.stream()
                .filter(r -> parentCode.equals(r.parentCode()))
                .map(Row::name)
                .toList();
    }

    private static Map<String, Integer> orderedMap(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }
}
