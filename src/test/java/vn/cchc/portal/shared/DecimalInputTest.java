package vn.cchc.portal.shared;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One reader for decimals typed by people: comma or dot, percent sign, grouping; nonsense refused by name. */
class DecimalInputTest {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private static BigDecimal read(String text) {
        return DecimalInput.parse(text, "Tỷ lệ DVC trực tuyến");
    }

    @Test
    void aDecimalCommaAndADecimalDotReadAsTheSameNumber() {
        assertThat(read("80,35")).isEqualByComparingTo("80.35");
        assertThat(read("80.35")).isEqualByComparingTo("80.35");
        assertThat(read(" 80,35 % ")).isEqualByComparingTo("80.35");
        assertThat(read("0,98%")).isEqualByComparingTo("0.98");
        assertThat(read("-1,5")).isEqualByComparingTo("-1.5");
        assertThat(read("100")).isEqualByComparingTo("100");
    }

    @Test
    void thousandsGroupingIsReadWhenBothSeparatorsOrRepeatedGroupsAppear() {
        assertThat(read("1.234,5")).isEqualByComparingTo("1234.5");
        assertThat(read("1,234.5")).isEqualByComparingTo("1234.5");
        assertThat(read("1.234.567")).isEqualByComparingTo("1234567");
        assertThat(read("1\u00a0234,5")).isEqualByComparingTo("1234.5");
    }

    @Test
    void blankMeansNoValue() {
        assertThat(read("  ")).isNull();
        assertThat(read(null)).isNull();
    }

    @Test
    void exponentsTextAndSymbolsAreRefusedWithTheFieldName() {
        for (String bad : new String[] {
            "1e309", "1E5", "NaN", "Infinity", "abc", "80,35,1", "0x1F", "12a", "--5", ",5", "5,", "1.23.4"
        }) {
            assertThatThrownBy(() -> read(bad))
                    .as(bad)
                    .isInstanceOf(BusinessException.class)
                    .hasMessageStartingWith("Tỷ lệ DVC trực tuyến: ")
                    .hasMessageContaining("không phải là số");
        }
    }

    @Test
    void valuesOutsideTheRangeOrWithTooManyDecimalsAreRefused() {
        assertThatThrownBy(() -> DecimalInput.parse("130", "Mức độ hài lòng", BigDecimal.ZERO, HUNDRED, 2))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Mức độ hài lòng: 130 nằm ngoài khoảng cho phép (từ 0 đến 100).");
        assertThatThrownBy(() -> DecimalInput.parse("-1", "Mức độ hài lòng", BigDecimal.ZERO, HUNDRED, 2))
                .hasMessageContaining("nằm ngoài khoảng cho phép");
        assertThatThrownBy(() -> DecimalInput.parse("80,355", "Mức độ hài lòng", BigDecimal.ZERO, HUNDRED, 2))
                .hasMessage("Mức độ hài lòng: chỉ được nhập tối đa 2 chữ số thập phân.");
        assertThat(DecimalInput.parse("80,350", "Mức độ hài lòng", BigDecimal.ZERO, HUNDRED, 2))
                .isEqualByComparingTo("80.35");
    }
}
