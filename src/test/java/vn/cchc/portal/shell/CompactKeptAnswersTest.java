package vn.cchc.portal.shell;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class CompactKeptAnswersTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void vietnameseLettersBeyondLatin1BecomeEscapesThatReadBackAsTheSameJson() {
        String answer = "{\"changes\":[{\"value\":\"Kế hoạch cải cách hành chính năm 2023 – Ủy ban\"}],"
                + "\"syncId\":3,\"note\":\"Đà Nẵng, Hà Nội, Tiền Giang 😀\"}";

        String kept = CompactKeptAnswers.latin1(answer);

        assertThat(kept).doesNotContainPattern("[\\u0100-\\uFFFF]");
        assertThat(kept).contains("K\\u1EBF ho\\u1EA1ch", "\\u0110à N\\u1EB5ng", "\\uD83D\\uDE00");
        assertThat(json.readTree(kept)).isEqualTo(json.readTree(answer));
    }

    @Test
    void aTextWithNothingBeyondLatin1IsKeptAsItIs() {
        String answer = "{\"syncId\":4,\"changes\":[],\"text\":\"Gia Lai - café\"}";

        assertThat(CompactKeptAnswers.latin1(answer)).isSameAs(answer);
    }
}
