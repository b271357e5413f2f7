package vn.cchc.portal.organization;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.portal.organization.UnitNameTokens.Token;
import vn.cchc.portal.organization.UnitNameTokens.Type;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The name index behind {@link OrgUnitMatcher}, built from the seed units without a database. */
class OrgUnitMatcherNamesTest {

    private static UnitNameIndex index;
    private static final Map<String, Long> IDS = new HashMap<>();
    private static final Map<Long, String> NAMES = new HashMap<>();

    @BeforeAll
    static void loadSeedUnits() throws IOException {
        List<UnitNameIndex.Unit> units = new ArrayList<>();
        try (InputStream in = OrgUnitMatcherNamesTest.class.getResourceAsStream("/db/data/org_units.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            long id = 1;
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                IDS.put(f[0], id);
                NAMES.put(id, f[3]);
                units.add(new UnitNameIndex.Unit(id++, f[3], f[4].isBlank() ? null : f[4],
                        f[7].isBlank() ? null : f[7], OrgUnitKind.valueOf(f[2]),
                        f[1].isBlank() ? null : IDS.get(f[1])));
            }
        }
        index = new UnitNameIndex(units);
    }

    @Test
    void theOnlyNamesThatFitSeveralUnitsAreCommunesSharingTheirName() {
        assertThat(index.ambiguousPhrases()).allSatisfy(phrase -> assertThat(phrase).matches(
                "(ubnd )?(xa (ayun|ia o|ia bang|ia sao)|phuong tay son)( .*)?"));
        assertThat(index.ambiguousPhrases()).contains("xa ayun", "xa ia bang", "phuong tay son");
    }

    @Test
    void tokensKeepTheirPlaceInTheTextAndAbbreviationsHaveOneForm() {
        String text = "Văn phòng Ủy ban nhân dân tỉnh/ Đài Phát thanh – Truyền hình, (2) Sở TT&TT";
        List<Token> tokens = UnitNameTokens.tokenize(text);
        assertThat(tokens).extracting(t -> t.type() == Type.WORD ? t.word() : t.type().name())
                .containsExactly("vp", "ubnd", "tinh", "HARD", "dai", "pt", "th", "COMMA", "HARD", "so", "tt", "tt");
        Token committee = tokens.get(1);
        assertThat(text.substring(committee.start(), committee.end())).isEqualTo("Ủy ban nhân dân");
        assertThat(UnitNameTokens.words("Sở, ban, ngành tỉnh")).containsExactly("so", ",", "ban", ",", "nganh", "tinh");
    }

    @Test
    void theWordAndOnlySplitsAnUnknownPartBeforeSomethingKnown() {
        UnitMatch match = index.match("Công chức thuộc Bộ phận tiếp nhận và Trả kết quả xã và các cơ quan liên quan");
        assertThat(match.unmatched()).containsExactly("Công chức thuộc Bộ phận tiếp nhận và Trả kết quả xã");
        assertThat(match.notes()).containsExactly("các cơ quan liên quan");
    }

    @Test
    void aKnownNameInsideAnUnknownPartIsNotTakenOutOfIt() {
        assertThat(index.match("Phòng Nội vụ huyện Chư Prông").unmatched())
                .containsExactly("Phòng Nội vụ huyện Chư Prông");
        assertThat(index.match("Thanh tra Sở Nội vụ").assignees()).isEmpty();
        assertThat(index.match("Sở Nội vụ tỉnh").assignees()).extracting(UnitMatch.Assignee::label)
                .containsExactly("Sở Nội vụ");
    }

    @Test
    void communesNamedOnlyByDiacriticsAreToldApartWhenTheDiacriticsAreWritten() {
        assertThat(index.match("Xã Ia Bang").assignees()).extracting(UnitMatch.Assignee::unitId)
                .containsExactly(IDS.get("X044"));
        assertThat(index.match("UBND xã Ia Băng huyện Chư Prông").assignees()).extracting(UnitMatch.Assignee::unitId)
                .containsExactly(IDS.get("X045"));
        assertThat(index.match("Xã Ia Băng huyện Đak Đoa").assignees()).extracting(UnitMatch.Assignee::unitId)
                .containsExactly(IDS.get("X140"));
        assertThat(index.match("Phường Tây Sơn (TP Pleiku)").assignees()).extracting(UnitMatch.Assignee::unitId)
                .containsExactly(IDS.get("X185"));
        assertThat(index.match("Phường Tây Sơn").unmatched()).containsExactly("Phường Tây Sơn");
    }

    @Test
    void listNumbersSeparatePartsButLettersInNamesDoNot() {
        UnitMatch match = index.match("1. Sở Nội vụ 2. Sở Tư pháp; a) Sở Tài chính b) Công an tỉnh");
        assertThat(match.assignees()).extracting(UnitMatch.Assignee::label)
                .containsExactly("Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Công an tỉnh");
        assertThat(match.unmatched()).isEmpty();
    }

    @Test
    void matchingAWholeAppendixCellTakesWellUnderAMillisecond() {
        String cell = "Văn phòng UBND tỉnh, Sở Thông tin và Truyền thông/Trung tâm Phục vụ hành chính công của tỉnh, "
                + "Bưu điện tỉnh, các sở, ban, ngành tỉnh; UBND cấp huyện, UBND cấp xã và các cơ quan, đơn vị có liên quan";
        for (int i = 0; i < 2_000; i++) {
            index.match(cell);
        }
        long start = System.nanoTime();
        for (int i = 0; i < 1_000; i++) {
            assertThat(index.match(cell).assignees()).hasSize(7);
        }
        assertThat((System.nanoTime() - start) / 1_000).isLessThan(1_000_000L); // 1 000 cells in under 1 s
    }
}
