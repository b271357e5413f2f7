package vn.cchc.portal.shared.ui;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.DecimalInput;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Binds a text field to a decimal number read by {@link DecimalInput}: "80,35", "80.35" and "1.234,5" are numbers;
 * "abc" is refused with DecimalInput's message in the form's language, so the form is not written and nothing is saved. A blank
 * field is no number (null). Numbers are shown with a decimal comma in Vietnamese, a point in English, every
 * decimal kept and no grouping, so that what is shown reads back as the same number.
 */
public final class DecimalConverter implements Converter<String, BigDecimal> {

    @Override
    public Result<BigDecimal> convertToModel(String value, ValueContext context) {
        try {
            return Result.ok(DecimalInput.parse(value, null));
        } catch (BusinessException e) {
            return Result.error(e.message(context.getLocale().orElse(null)));
        }
    }

    @Override
    public String convertToPresentation(BigDecimal value, ValueContext context) {
        if (value == null) {
            return "";
        }
        String plain = value.stripTrailingZeros().toPlainString();
        Locale locale = context.getLocale().orElse(null);
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return english ? plain : plain.replace('.', ',');
    }
}
