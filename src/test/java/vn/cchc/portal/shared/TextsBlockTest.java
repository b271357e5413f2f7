package vn.cchc.portal.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Long texts keep the lines the user typed or pasted, cleaned of stray spaces and Windows line ends. */
class TextsBlockTest {

    @Test
    void linesAreKeptTrimmedAndJoinedWithNewLines() {
        assertThat(Texts.block("  Dòng một  \r\nDòng   hai\rDòng ba\n")).isEqualTo("Dòng một\nDòng hai\nDòng ba");
    }

    @Test
    void runsOfEmptyLinesBecomeOneAndNoneStartsOrEndsTheText() {
        assertThat(Texts.block("\n\nĐoạn một\n\n\n\nĐoạn hai\n \n")).isEqualTo("Đoạn một\n\nĐoạn hai");
    }

    @Test
    void blankTextIsNoTextAndDecomposedVietnameseIsStoredComposed() {
        assertThat(Texts.block(" \n\t\n")).isNull();
        assertThat(Texts.block(null)).isNull();
        assertThat(Texts.block("Ha\u0300 No\u0323\u0302i")).isEqualTo("Hà Nội");
    }
}
