package vn.cchc.portal.organization;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.cchc.portal.organization.UnitMatch.Assignee;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cchc.portal.organization.OrgUnitGroup.ALL_COMMUNE_COMMITTEES;
import static vn.cchc.portal.organization.OrgUnitGroup.ALL_DEPARTMENTS;
import static vn.cchc.portal.organization.OrgUnitGroup.ALL_DISTRICT_COMMITTEES;

/** Unit cells as the plans print them resolve to the units and groups they name. */
@SpringBootTest
@WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = "dbUserDetailsService")
class OrgUnitMatcherTest {

    private static final LocalDate DAY = LocalDate.of(2023, 7, 21);
    private static final List<String> DEMO_PLANS =
            List.of("1908-KH-UBND-2023.json", "629-KH-UBND-2024.json", "ia-tor-2024.json");
    /** The Ia Tôr plan assigns work to offices inside the commune, which are not organisation units. */
    private static final List<String> IA_TOR_COMMUNE_OFFICES = List.of(
            "Công an xã",
            "Công chức Văn phòng – Thống kê",
            "Công chức thuộc Bộ phận tiếp nhận và Trả kết quả xã",
            "công chức Văn phòng – Thống kê",
            "công chức Văn hoá – xã hội",
            "công chức Tư pháp – hộ tịch");

    @Autowired
    OrgUnitMatcher matcher;

    @Autowired
    OrgUnitService units;

    @Test
    void everyLeadAndCoordinatingCellOfThe1908AppendixResolvesCompletely() throws IOException {
        List<String[]> rows = appendixRows();
        assertThat(rows).hasSize(79);
        for (String[] row : rows) {
            String lead = row[5];
            String coordinating = row[6];
            assertThat(matcher.matchOne(lead, DAY)).as(lead).isPresent();
            assertThat(matcher.matchOne(lead, DAY).orElseThrow().label())
                    .as(lead)
                    .isEqualTo(official(lead));
            UnitMatch match = matcher.match(coordinating, DAY);
            assertThat(match.unmatched()).as(coordinating).isEmpty();
            assertThat(match.assignees()).as(coordinating).isNotEmpty();
        }
    }

    @Test
    void everyUnitCellOfTheDemoPlansResolvesExceptTheCommuneOfficesOfIaTor() throws IOException {
        Map<String, Set<String>> unmatchedByPlan = new LinkedHashMap<>();
        int cells = 0;
        for (String plan : DEMO_PLANS) {
            Set<String> unmatched = new LinkedHashSet<>();
            for (String cell : unitCells(plan)) {
                cells++;
                UnitMatch match = matcher.match(cell, DAY);
                unmatched.addAll(match.unmatched());
                if (match.unmatched().isEmpty()) {
                    assertThat(match.assignees().size() + match.notes().size())
                            .as(cell)
                            .isPositive();
                }
            }
            unmatchedByPlan.put(plan, unmatched);
        }
        assertThat(cells).isGreaterThan(70);
        assertThat(unmatchedByPlan.get("1908-KH-UBND-2023.json")).isEmpty();
        assertThat(unmatchedByPlan.get("629-KH-UBND-2024.json")).isEmpty();
        assertThat(unmatchedByPlan.get("ia-tor-2024.json")).containsExactlyInAnyOrderElementsOf(IA_TOR_COMMUNE_OFFICES);
    }

    @Test
    void aCellWithGroupsAndAGenericPhraseResolvesToTheExactAssignees() {
        UnitMatch match =
                matcher.match("Sở Nội vụ/Sở, ban, ngành tỉnh; UBND cấp huyện và các cơ quan, đơn vị liên quan", DAY);

        assertThat(match.assignees())
                .containsExactly(
                        unit("Sở Nội vụ"),
                        new Assignee(null, ALL_DEPARTMENTS, "Các sở, ban, ngành tỉnh"),
                        new Assignee(null, ALL_DISTRICT_COMMITTEES, "UBND cấp huyện"));
        assertThat(match.notes()).containsExactly("các cơ quan, đơn vị liên quan");
        assertThat(match.unmatched()).isEmpty();
    }

    @Test
    void aCellWithTheServiceCentreAndThePostOfficeResolvesToTheExactAssignees() {
        UnitMatch match = matcher.match(
                "Văn phòng UBND tỉnh/ Trung tâm Phục vụ hành chính công của tỉnh, "
                        + "Bưu điện tỉnh, các sở, ban, ngành tỉnh; UBND cấp huyện, UBND cấp xã",
                DAY);

        assertThat(match.assignees())
                .containsExactly(
                        unit("Văn phòng Ủy ban nhân dân tỉnh"),
                        unit("Trung tâm Phục vụ hành chính công tỉnh"),
                        unit("Bưu điện tỉnh"),
                        Assignee.of(ALL_DEPARTMENTS),
                        Assignee.of(ALL_DISTRICT_COMMITTEES),
                        Assignee.of(ALL_COMMUNE_COMMITTEES));
        assertThat(match.notes()).isEmpty();
        assertThat(match.unmatched()).isEmpty();
    }

    @Test
    void commasInsideNamesAndGroupPhrasesDoNotSplitThem() {
        assertThat(matcher.match(
                                "Sở Văn hoá, Thể thao và Du lịch, Sở Thông tin và Truyền thông và các cơ quan, "
                                        + "đơn vị liên quan",
                                DAY)
                        .assignees())
                .containsExactly(unit("Sở Văn hóa, Thể thao và Du lịch"), unit("Sở Thông tin và Truyền thông"));
        assertThat(matcher.match(
                                "Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố; UBND các xã, "
                                        + "phường, thị trấn",
                                DAY)
                        .assignees())
                .containsExactly(
                        Assignee.of(ALL_DEPARTMENTS),
                        Assignee.of(ALL_DISTRICT_COMMITTEES),
                        Assignee.of(ALL_COMMUNE_COMMITTEES));

        UnitMatch generic = matcher.match(
                "Sở Nội vụ, Sở Tư pháp/Các cơ quan, đơn vị, địa phương được kiểm tra; "
                        + "các cơ quan, đơn vị (có) liên quan, đơn vị cung cấp phần mềm",
                DAY);
        assertThat(generic.assignees()).containsExactly(unit("Sở Nội vụ"), unit("Sở Tư pháp"));
        assertThat(generic.notes())
                .containsExactly(
                        "Các cơ quan, đơn vị, địa phương được kiểm tra",
                        "các cơ quan, đơn vị (có) liên quan",
                        "đơn vị cung cấp phần mềm");
        assertThat(generic.unmatched()).isEmpty();
    }

    @Test
    void aBareLevelAfterACommitteeGroupNamesTheCommitteesOfThatLevel() {
        List<Assignee> expected = List.of(
                Assignee.of(ALL_DEPARTMENTS),
                Assignee.of(ALL_DISTRICT_COMMITTEES),
                Assignee.of(ALL_COMMUNE_COMMITTEES),
                unit("Văn phòng Ủy ban nhân dân tỉnh"));
        assertThat(matcher.match("Sở, ban, ngành tỉnh; UBND cấp huyện, cấp xã/Văn phòng UBND tỉnh", DAY)
                        .assignees())
                .isEqualTo(expected);
        assertThat(matcher.match("UBND cấp huyện và cấp xã", DAY).assignees())
                .containsExactly(Assignee.of(ALL_DISTRICT_COMMITTEES), Assignee.of(ALL_COMMUNE_COMMITTEES));
        assertThat(matcher.match("cấp xã", DAY).unmatched()).containsExactly("cấp xã");
    }

    @Test
    void abbreviationsSpellingsAndOcrSlipsNameTheSameUnit() {
        Map<String, String> spellings = new LinkedHashMap<>();
        spellings.put("Sở TT&TT", "Sở Thông tin và Truyền thông");
        spellings.put("VP UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh");
        spellings.put("Văn phòng Uỷ ban nhân dân tỉnh Gia Lai", "Văn phòng Ủy ban nhân dân tỉnh");
        spellings.put("TTPVHCC", "Trung tâm Phục vụ hành chính công tỉnh");
        spellings.put("Trung tâm phục vụ hành chính công của tỉnh", "Trung tâm Phục vụ hành chính công tỉnh");
        spellings.put("Đài PT-TH tỉnh", "Đài Phát thanh - Truyền hình Gia Lai");
        spellings.put("Đài Phát thanh – Truyền hình tỉnh", "Đài Phát thanh - Truyền hình Gia Lai");
        spellings.put("Đài Phát thanh và Truyền hình tỉnh", "Đài Phát thanh - Truyền hình Gia Lai");
        spellings.put("Bureau điện tử", "Bưu điện tỉnh");
        spellings.put("Buru điện tử", "Bưu điện tỉnh");
        spellings.put("Büro điện tử", "Bưu điện tỉnh");
        spellings.put("Sở Văn hoá, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch");
        spellings.put(
                Normalizer.normalize("Sở Văn hóa, Thể thao và Du lịch", Normalizer.Form.NFD),
                "Sở Văn hóa, Thể thao và Du lịch");
        spellings.put("Sở Lao động - Thương binh và Xã hội", "Sở Lao động – Thương binh và Xã hội");
        spellings.put("Sở Tài nguyên và Môi trường", "Sở Tài nguyên Môi trường");
        spellings.put("so noi vu", "Sở Nội vụ");
        spellings.put("SỞ NỘI VỤ", "Sở Nội vụ");
        spellings.put("Sở Nội vụ tỉnh Gia Lai", "Sở Nội vụ");
        spellings.put("UBND tỉnh", "Ủy ban nhân dân tỉnh Gia Lai");
        spellings.put("UBND huyện Chư Prông", "Huyện Chư Prông");
        spellings.put("Ủy ban nhân dân huyện Chư Prông", "Huyện Chư Prông");
        spellings.put("ubnd huyen chu prong", "Huyện Chư Prông");
        spellings.put("UBND thị xã An Khê", "Thị xã An Khê");
        spellings.put("TX An Khê", "Thị xã An Khê");
        spellings.put("UBND TP. Pleiku", "Thành phố Pleiku");
        spellings.put("UBND xã Ia Tôr", "Xã Ia Tôr");
        spellings.put("Xa Ia Tor", "Xã Ia Tôr");
        spellings.put("Xã Ia Tôr (huyện Chư Prông)", "Xã Ia Tôr");
        spellings.forEach(
                (text, name) -> assertThat(matcher.matchOne(text, DAY)).as(text).contains(unit(name)));
    }

    @Test
    void groupsAreRecognisedWithOrWithoutDiacriticsAndInFullWords() {
        assertThat(matcher.match("cac so, ban, nganh tinh; ubnd cap huyen, cap xa", DAY)
                        .assignees())
                .containsExactly(
                        Assignee.of(ALL_DEPARTMENTS),
                        Assignee.of(ALL_DISTRICT_COMMITTEES),
                        Assignee.of(ALL_COMMUNE_COMMITTEES));
        assertThat(matcher.match("Ủy ban nhân dân cấp huyện; Uỷ ban nhân dân các xã, phường, thị trấn", DAY)
                        .assignees())
                .containsExactly(Assignee.of(ALL_DISTRICT_COMMITTEES), Assignee.of(ALL_COMMUNE_COMMITTEES));
        assertThat(matcher.match("Sở ban ngành tỉnh", DAY).assignees()).containsExactly(Assignee.of(ALL_DEPARTMENTS));
        assertThat(matcher.match("Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND cấp huyện", DAY)
                        .assignees())
                .containsExactly(Assignee.of(ALL_DEPARTMENTS), Assignee.of(ALL_DISTRICT_COMMITTEES));
    }

    @Test
    void numberedPartsAndTheWordAndSeparateUnits() {
        UnitMatch match = matcher.match("(1) Sở Tài chính/Sở, ban, ngành tỉnh; (2) Sở Nội vụ và Sở Tư pháp", DAY);
        assertThat(match.assignees())
                .containsExactly(
                        unit("Sở Tài chính"), Assignee.of(ALL_DEPARTMENTS), unit("Sở Nội vụ"), unit("Sở Tư pháp"));
        assertThat(match.unmatched()).isEmpty();
    }

    @Test
    void unknownFragmentsAreReportedAsWrittenAndDuplicatesOnlyOnce() {
        UnitMatch match = matcher.match("Sở Nội vụ, Sở Ngoại giao; Phòng Nội vụ huyện Chư Prông/SNV, Sở Nội vụ", DAY);
        assertThat(match.assignees()).containsExactly(unit("Sở Nội vụ"));
        assertThat(match.unmatched()).containsExactly("Sở Ngoại giao", "Phòng Nội vụ huyện Chư Prông");
        assertThat(matcher.match("Công chức thuộc Bộ phận tiếp nhận và Trả kết quả xã", DAY)
                        .unmatched())
                .containsExactly("Công chức thuộc Bộ phận tiếp nhận và Trả kết quả xã");
        assertThat(matcher.match("   ", DAY)).isEqualTo(new UnitMatch(List.of(), List.of(), List.of()));
    }

    @Test
    void aLeadCellMustNameExactlyOneUnit() {
        assertThat(matcher.matchOne("Sở Nội vụ", DAY)).contains(unit("Sở Nội vụ"));
        assertThat(matcher.matchOne("Sở Nội vụ và các cơ quan, đơn vị liên quan", DAY))
                .contains(unit("Sở Nội vụ"));
        assertThat(matcher.matchOne("Sở Tài chính; UBND cấp huyện", DAY)).isEmpty();
        assertThat(matcher.matchOne("Báo Gia Lai, Đài Phát thanh - Truyền hình Gia Lai", DAY))
                .isEmpty();
        assertThat(matcher.matchOne("UBND cấp huyện", DAY)).isEmpty();
        assertThat(matcher.matchOne("Sở Ngoại giao", DAY)).isEmpty();
        assertThat(matcher.matchOne("Sở Nội vụ, Sở Ngoại giao", DAY)).isEmpty();
        assertThat(matcher.matchOne("", DAY)).isEmpty();
    }

    @Test
    void communesWithTheSameNameNeedTheirDistrictOrTheirExactDiacritics() {
        assertThat(matcher.match("Xã Ia Băng", DAY).unmatched()).containsExactly("Xã Ia Băng");
        assertThat(matcher.match("xa ia bang", DAY).unmatched()).containsExactly("xa ia bang");
        OrgUnitSummary chuProngIaBang = units.search("Ia Băng", false).stream()
                .filter(u -> u.name().equals("Xã Ia Băng")
                        && units.nameOf(u.parentId()).equals("Huyện Chư Prông"))
                .findFirst()
                .orElseThrow();
        assertThat(matcher.matchOne("Xã Ia Băng (huyện Chư Prông)", DAY))
                .contains(Assignee.unit(chuProngIaBang.id(), "Xã Ia Băng"));
        assertThat(matcher.matchOne("UBND xã Ia Bang", DAY)).contains(unit("Xã Ia Bang"));
    }

    @Test
    @Transactional
    @WithUserDetails(value = "admin", userDetailsServiceBeanName = "dbUserDetailsService")
    void onlyUnitsActiveOnTheDayMatch() {
        OrgUnitSummary iaTor = units.find("Xã Ia Tôr").orElseThrow();
        OrgUnitSummary successor = units.find("Thị trấn Chư Prông").orElseThrow();
        LocalDate lastDay = LocalDate.of(2025, 6, 30);
        units.end(iaTor.id(), lastDay, successor.id());

        assertThat(matcher.matchOne("UBND xã Ia Tôr", lastDay)).contains(Assignee.unit(iaTor.id(), "Xã Ia Tôr"));
        assertThat(matcher.match("UBND xã Ia Tôr", lastDay.plusDays(1)).unmatched())
                .containsExactly("UBND xã Ia Tôr");
        assertThat(matcher.match("UBND xã Ia Tôr", LocalDate.of(2019, 12, 31)).unmatched())
                .containsExactly("UBND xã Ia Tôr");
    }

    @Test
    @WithUserDetails(value = "canbo.stp", userDetailsServiceBeanName = "dbUserDetailsService")
    void anyoneSignedInMayMatchUnitNames() {
        assertThat(matcher.matchOne("Sở Tư pháp", DAY)).isPresent();
    }

    @Test
    void matchingNeedsASignedInUser() {
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> matcher.match("Sở Nội vụ", DAY))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    // ------------------------------------------------------------------ helpers

    private Assignee unit(String officialName) {
        OrgUnitSummary unit = units.find(officialName).orElseThrow(() -> new AssertionError(officialName));
        return Assignee.unit(unit.id(), unit.name());
    }

    private String official(String name) {
        return units.find(
                        switch (name) {
                            case "Văn phòng UBND tỉnh" -> "Văn phòng Ủy ban nhân dân tỉnh";
                            default -> name;
                        })
                .orElseThrow(() -> new AssertionError(name))
                .name();
    }

    static List<String[]> appendixRows() throws IOException {
        try (InputStream in = OrgUnitMatcherTest.class.getResourceAsStream("/plans/appendix-1908-expected.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            return lines.subList(1, lines.size()).stream()
                    .filter(l -> !l.isBlank())
                    .map(l -> l.split("\t", -1))
                    .toList();
        }
    }

    /** Every lead and coordinating cell of a demo plan, as printed. */
    static List<String> unitCells(String plan) throws IOException {
        try (InputStream in = OrgUnitMatcherTest.class.getResourceAsStream("/db/data/plans/" + plan)) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<String> cells = new ArrayList<>();
            for (JsonNode item : root.path("items").values()) {
                collect(item, cells);
            }
            return cells;
        }
    }

    private static void collect(JsonNode item, List<String> cells) {
        for (String field : List.of("lead", "coordinating")) {
            JsonNode value = item.path(field);
            if (value.isString() && !value.stringValue().isBlank()) {
                cells.add(value.stringValue());
            }
        }
        for (JsonNode child : item.path("children").values()) {
            collect(child, cells);
        }
    }
}
