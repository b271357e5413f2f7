package vn.cchc.portal.organization;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.portal.organization.UnitNameTokens.Token;
import vn.cchc.portal.organization.UnitNameTokens.Type;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The name index behind {@link OrgUnitMatcher}, built from the seed units without a database. */
class OrgUnitMatcherNamesTest {

    private static UnitNameIndex index;
    private static SeedUnits seed;

    @BeforeAll
    static void loadSeedUnits() {
        seed = SeedUnits.load();
        index = seed.index();
    }

    @Test
    void theOnlyNamesThatFitSeveralUnitsAreCommunesSharingTheirName() {
        assertThat(index.ambiguousPhrases())
                .allSatisfy(phrase ->
                        assertThat(phrase).matches("(ubnd )?(xa (ayun|ia o|ia bang|ia sao)|phuong tay son)( .*)?"));
        assertThat(index.ambiguousPhrases()).contains("xa ayun", "xa ia bang", "phuong tay son");
    }

    @Test
    void tokensKeepTheirPlaceInTheTextAndAbbreviationsHaveOneForm() {
        String text = "Văn phòng Ủy ban nhân dân tỉnh/ Đài Phát thanh – Truyền hình, (2) Sở TT&TT";
        List<Token> tokens = UnitNameTokens.tokenize(text);
        assertThat(tokens)
                .extracting(t -> t.type() == Type.WORD ? t.word() : t.type().name())
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
        assertThat(index.match("Sở Nội vụ tỉnh").assignees())
                .extracting(UnitMatch.Assignee::label)
                .containsExactly("Sở Nội vụ");
    }

    @Test
    void communesNamedOnlyByDiacriticsAreToldApartWhenTheDiacriticsAreWritten() {
        assertThat(index.match("Xã Ia Bang").assignees())
                .extracting(UnitMatch.Assignee::unitId)
                .containsExactly(seed.id("X044"));
        assertThat(index.match("UBND xã Ia Băng huyện Chư Prông").assignees())
                .extracting(UnitMatch.Assignee::unitId)
                .containsExactly(seed.id("X045"));
        assertThat(index.match("Xã Ia Băng huyện Đak Đoa").assignees())
                .extracting(UnitMatch.Assignee::unitId)
                .containsExactly(seed.id("X140"));
        assertThat(index.match("Phường Tây Sơn (TP Pleiku)").assignees())
                .extracting(UnitMatch.Assignee::unitId)
                .containsExactly(seed.id("X185"));
        assertThat(index.match("Phường Tây Sơn").unmatched()).containsExactly("Phường Tây Sơn");
    }

    @Test
    void listNumbersSeparatePartsButLettersInNamesDoNot() {
        UnitMatch match = index.match("1. Sở Nội vụ 2. Sở Tư pháp; a) Sở Tài chính b) Công an tỉnh");
        assertThat(match.assignees())
                .extracting(UnitMatch.Assignee::label)
                .containsExactly("Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Công an tỉnh");
        assertThat(match.unmatched()).isEmpty();
    }

    @Test
    void aWholeAppendixCellOfOfficesGroupsAndLevelsGivesItsSevenAssignees() {
        // how fast this goes is a figure of the bench profile (UnitNameIndexBenchmark), never a test
        assertThat(index.match(SeedUnits.LONG_APPENDIX_CELL).assignees()).hasSize(7);
    }
}
