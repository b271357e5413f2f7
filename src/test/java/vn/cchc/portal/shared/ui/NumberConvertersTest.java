package vn.cchc.portal.shared.ui;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form of number a user types or pastes, through the two binders' converters every number field uses: the value
 * read, or the Vietnamese message (nothing is written to the form then, so nothing is saved).
 */
class NumberConvertersTest {

    private static final ValueContext VIETNAMESE = new ValueContext(Locale.of("vi"));

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "80,35      | 80.35",
                "80.35      | 80.35",
                "' 80,35 % '| 80.35",
                "0,98%      | 0.98",
                "-1,5       | -1.5",
                "100        | 100",
                "1.234,5    | 1234.5",
                "1,234.5    | 1234.5",
                "1.234.567  | 1234567",
                "1 234,5    | 1234.5",
            })
    void decimalsAreReadAsMeantWithACommaOrADot(String typed, String expected) {
        Result<BigDecimal> read = new DecimalConverter().convertToModel(typed, VIETNAMESE);
        assertThat(read.isError()).as(typed).isFalse();
        assertThat(read.getOrThrow(IllegalStateException::new)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" refused: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1e309      | không phải là số",
                "1E5        | không phải là số",
                "NaN        | không phải là số",
                "Infinity   | không phải là số",
                "abc        | không phải là số",
                "8.035,5,1  | không phải là số",
                "80,35,1    | không phải là số",
                "1.23.4     | không phải là số",
                "0x1F       | không phải là số",
                "--5        | không phải là số",
                "12345678901234567890123456789012345678901 | quá dài",
            })
    void nonsenseIsRefusedWithAVietnameseMessage(String typed, String message) {
        Result<BigDecimal> read = new DecimalConverter().convertToModel(typed, VIETNAMESE);
        assertThat(read.isError()).as(typed).isTrue();
        assertThat(read.getMessage()).hasValueSatisfying(m -> assertThat(m).contains(message));
    }

    @ParameterizedTest(name = "percent \"{0}\" → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "80         | 80",
                "' 80 % '   | 80",
                "0          | 0",
                "100        | 100",
                "80,0       | 80",
            })
    void wholeNumbersAreRead(String typed, int expected) {
        assertThat(new WholeNumberConverter(0, 100)
                        .convertToModel(typed, VIETNAMESE)
                        .getOrThrow(IllegalStateException::new))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "percent \"{0}\" refused: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "80.35      | không phải là số nguyên",
                "80,35      | không phải là số nguyên",
                "8035       | 8035 nằm ngoài khoảng cho phép (từ 0 đến 100)",
                "-1         | nằm ngoài khoảng cho phép",
                "1e309      | không phải là số",
                "abc        | không phải là số",
            })
    void aPercentThatIsNotAWholeNumberFromZeroToHundredIsRefused(String typed, String message) {
        Result<Integer> read = new WholeNumberConverter(0, 100).convertToModel(typed, VIETNAMESE);
        assertThat(read.isError()).as(typed).isTrue();
        assertThat(read.getMessage()).hasValueSatisfying(m -> assertThat(m).contains(message));
    }

    @ParameterizedTest(name = "year \"{0}\" shown as typed")
    @CsvSource({"2026", "2100"})
    void yearsReadAndShowWithoutGrouping(String typed) {
        WholeNumberConverter years = new WholeNumberConverter(2000, 2100);
        Integer year = years.convertToModel(typed, VIETNAMESE).getOrThrow(IllegalStateException::new);
        assertThat(years.convertToPresentation(year, VIETNAMESE)).isEqualTo(typed);
        assertThat(years.convertToModel("9999", VIETNAMESE).getMessage())
                .hasValue("9999 nằm ngoài khoảng cho phép (từ 2000 đến 2100).");
    }

    @ParameterizedTest(name = "{0} shown as {1}")
    @CsvSource(
            delimiter = '|',
            value = {"80.35 | 80,35", "1234.50 | 1234,5", "100 | 100"})
    void decimalsAreShownWithADecimalCommaAndReadBackTheSame(String value, String shown) {
        DecimalConverter converter = new DecimalConverter();
        assertThat(converter.convertToPresentation(new BigDecimal(value), VIETNAMESE))
                .isEqualTo(shown);
        assertThat(converter.convertToModel(shown, VIETNAMESE).getOrThrow(IllegalStateException::new))
                .isEqualByComparingTo(value);
    }
}
