package vn.cchc.portal.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import vn.cchc.portal.report.periodic.PeriodicDraft;
import vn.cchc.portal.report.periodic.PeriodicReportService;
import vn.cchc.portal.report.periodic.PeriodicScope;
import vn.cchc.portal.report.periodic.StatisticsCatalog;
import vn.cchc.portal.shared.BusinessException;

import java.util.HashMap;
import java.util.Map;

/**
 * The planner writes the narrative sections I–III of a periodic report (suggested from the data until saved) and
 * enters the statistics the portal has no data for; the texts are kept with the report.
 */
class NarrativeDialog extends Dialog {

    NarrativeDialog(PeriodicReportService periodic, PeriodicScope scope) {
        setHeaderTitle(getTranslation("reports.write.title", scope.span().label()));
        setWidth("min(960px, 95vw)");
        PeriodicDraft draft = periodic.draft(scope);
        TextField addressee = new TextField(getTranslation("reports.write.addressee"));
        addressee.setValue(nz(draft.addressee()));
        addressee.setWidthFull();
        TextArea s1 = area("reports.write.s1", draft.section1(), "reports-section1");
        TextArea s2 = area("reports.write.s2", draft.section2(), "reports-section2");
        TextArea s3 = area("reports.write.s3", draft.section3(), "reports-section3");
        TextArea recipients = area("reports.write.recipients", draft.recipients(), "reports-recipients");
        Map<String, TextField> values = new HashMap<>();
        Map<String, TextField> notes = new HashMap<>();
        Grid<StatisticsCatalog.Entry> stats = new Grid<>();
        stats.addColumn(StatisticsCatalog.Entry::code)
                .setHeader("STT")
                .setAutoWidth(true)
                .setFlexGrow(0);
        stats.addColumn(StatisticsCatalog.Entry::indicator)
                .setHeader(getTranslation("reports.write.indicator"))
                .setFlexGrow(3);
        stats.addColumn(StatisticsCatalog.Entry::unit)
                .setHeader(getTranslation("reports.write.unit"))
                .setFlexGrow(1);
        stats.addComponentColumn(e -> {
                    TextField f = new TextField();
                    f.setEnabled(e.enterable());
                    f.setPlaceholder(e.computed() ? getTranslation("reports.write.computed") : "");
                    PeriodicDraft.StatValue v = draft.values().get(e.key());
                    f.setValue(v == null ? "" : nz(v.value()));
                    values.put(e.key(), f);
                    return f;
                })
                .setHeader(getTranslation("reports.write.value"))
                .setFlexGrow(1);
        stats.addComponentColumn(e -> {
                    TextField f = new TextField();
                    f.setEnabled(e.enterable());
                    PeriodicDraft.StatValue v = draft.values().get(e.key());
                    f.setValue(v == null ? "" : nz(v.note()));
                    notes.put(e.key(), f);
                    return f;
                })
                .setHeader(getTranslation("reports.write.note"))
                .setFlexGrow(2);
        stats.setItems(StatisticsCatalog.entries());
        stats.setHeight("22em");
        add(new VerticalLayout(addressee, s1, s2, s3, recipients, stats));
        Button save = new Button(getTranslation("reports.write.save"), e -> {
            Map<String, PeriodicDraft.StatValue> entered = new HashMap<>();
            values.forEach((key, field) -> {
                String note = notes.get(key).getValue();
                if (field.isEnabled() && (!field.getValue().isBlank() || !note.isBlank())) {
                    entered.put(key, new PeriodicDraft.StatValue(field.getValue(), note));
                }
            });
            try {
                periodic.saveDraft(
                        scope,
                        new PeriodicDraft(
                                addressee.getValue(),
                                recipients.getValue(),
                                s1.getValue(),
                                s2.getValue(),
                                s3.getValue(),
                                entered,
                                true,
                                null));
                Notification.show(getTranslation("reports.write.saved"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
            } catch (BusinessException ex) {
                Notification.show(ex.message(getLocale()), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("reports-write-save");
        Button reset = new Button(getTranslation("reports.write.reset"), e -> {
            PeriodicDraft suggested = periodic.suggestion(scope);
            s1.setValue(nz(suggested.section1()));
            s2.setValue(nz(suggested.section2()));
            s3.setValue(nz(suggested.section3()));
        });
        getFooter().add(reset, new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private TextArea area(String key, String value, String id) {
        TextArea area = new TextArea(getTranslation(key));
        area.setValue(nz(value));
        area.setWidthFull();
        area.setMinHeight("6em");
        area.setId(id);
        return area;
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
