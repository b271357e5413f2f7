package vn.cchc.portal.indicator.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import vn.cchc.portal.plan.PlanSummary;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.Texts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** Number and plan labels of the indicator views: decimal comma in Vietnamese, "%" for percentages. */
final class IndicatorTexts {

    private IndicatorTexts() {}

    static String number(BigDecimal value, Locale locale) {
        return value == null ? "" : Formats.number(value, locale);
    }

    static String percent(BigDecimal value, Locale locale) {
        return value == null ? "–" : Formats.number(value, locale) + "%";
    }

    static String plan(PlanSummary p) {
        return (p.number() == null ? p.issuingUnitName() : p.number()) + " (" + p.year() + ") – "
                + Texts.shorten(p.title(), 90);
    }

    /** A plan chooser over the given plans, searchable with or without diacritics. */
    static ComboBox<PlanSummary> planPicker(String label, List<PlanSummary> plans) {
        ComboBox<PlanSummary> box = new ComboBox<>(label);
        box.setItems((ComboBox.ItemFilter<PlanSummary>) (p, f) -> Texts.matches(f, plan(p)), plans);
        box.setItemLabelGenerator(IndicatorTexts::plan);
        box.setWidth("min(52em, 100%)");
        return box;
    }
}
