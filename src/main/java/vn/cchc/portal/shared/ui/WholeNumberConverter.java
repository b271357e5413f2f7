package vn.cchc.portal.shared.ui;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.DecimalInput;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Binds a text field to a whole number (a percentage of completion, a year, a number of days) read by
 * {@link DecimalInput}: "80" and " 80 % " are 80; "80.35" and "80,35" are read as the decimal they are and refused
 * as not whole (never 8035, as a number field that drops the dot would); "abc", "1e309" and values outside
 * [min, max] are refused with a message in the form's language, so nothing is written or saved. Blank is null.
 */
public final class WholeNumberConverter implements Converter<String, Integer> {

    private final int min;
    private final int max;

    public WholeNumberConverter(int min, int max) {
        this.min = min;
        this.max = max;
    }

    @Override
    public Result<Integer> convertToModel(String value, ValueContext context) {
        Locale locale = context.getLocale().orElse(null);
        try {
            return Result.ok(read(value));
        } catch (BusinessException e) {
            return Result.error(e.message(locale));
        }
    }

    /** The number typed, or null when blank; a BusinessException (message key error.number.*) otherwise. */
    public Integer read(String value) {
        BigDecimal number = DecimalInput.parse(value, null);
        if (number == null) {
            return null;
        }
        if (number.stripTrailingZeros().scale() > 0) {
            throw BusinessException.of("error.number.whole", value.strip());
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            // as text: years and counts are shown without grouping ("2026", not "2.026")
            throw BusinessException.of(
                    "error.number.wholeRange",
                    number.toBigInteger().toString(),
                    String.valueOf(min),
                    String.valueOf(max));
        }
        return number.intValueExact();
    }

    @Override
    public String convertToPresentation(Integer value, ValueContext context) {
        return value == null ? "" : String.valueOf(value); // no grouping: what is shown reads back the same
    }
}
