package vn.cchc.portal.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import vn.cchc.portal.indicator.IndicatorInfo;
import vn.cchc.portal.indicator.MilestoneInfo;
import vn.cchc.portal.indicator.TargetCell;
import vn.cchc.portal.indicator.TargetRow;
import vn.cchc.portal.indicator.TargetService;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.DecimalInput;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.ui.WriteButtons;

import java.time.ZoneId;

/** Overrides one cell's target with a mandatory reason, or removes the override (buffered form). */
class OverrideDialog extends Dialog {

    /** The form's bean. */
    static final class Values {
        private String value;
        private String reason;

        String getValue() {
            return value;
        }

        void setValue(String value) {
            this.value = value;
        }

        String getReason() {
            return reason;
        }

        void setReason(String reason) {
            this.reason = reason;
        }
    }

    OverrideDialog(
            TargetService targets,
            long planId,
            TargetRow row,
            IndicatorInfo indicator,
            MilestoneInfo milestone,
            TargetCell cell,
            Runnable onSaved) {
        setHeaderTitle(getTranslation("targets.override.title"));
        setWidth("min(40em, 95vw)");
        var locale = getLocale();
        Paragraph what = new Paragraph(row.unitName() + " · " + indicator.name() + " · " + milestone.label());
        what.getStyle().set("font-weight", "600");
        Paragraph numbers = new Paragraph(getTranslation(
                "targets.override.numbers",
                IndicatorTexts.percent(cell.baseline(), locale),
                IndicatorTexts.percent(cell.computed(), locale),
                IndicatorTexts.percent(cell.target(), locale)));
        add(what, numbers);
        if (cell.inheritedFrom() != null) {
            add(new Paragraph(getTranslation("targets.inheritedFrom", cell.inheritedFrom())));
        }
        if (cell.overridden()) {
            add(new Paragraph(getTranslation(
                    "targets.override.current",
                    cell.reason(),
                    cell.setBy(),
                    Formats.DATE_TIME.format(cell.setAt().atZone(ZoneId.of("Asia/Ho_Chi_Minh"))),
                    cell.setInPlan() == null ? "" : cell.setInPlan())));
        }
        TextField value = new TextField(getTranslation("targets.override.value"));
        value.setId("override-value");
        value.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        value.setHelperText(getTranslation("targets.override.value.help"));
        TextArea reason = new TextArea(getTranslation("targets.override.reason"));
        reason.setId("override-reason");
        reason.setMaxLength(1000);
        reason.setRequiredIndicatorVisible(true);
        Binder<Values> binder = new Binder<>();
        binder.forField(value)
                .asRequired(getTranslation("targets.override.value.required"))
                .withValidator((text, ctx) -> {
                    try {
                        DecimalInput.parse(
                                text,
                                indicator.name(),
                                indicator.measure().min(),
                                indicator.measure().max(),
                                indicator.decimals());
                        return com.vaadin.flow.data.binder.ValidationResult.ok();
                    } catch (BusinessException e) {
                        return com.vaadin.flow.data.binder.ValidationResult.error(
                                BusinessException.messageOf(e, getLocale()));
                    }
                })
                .bind(Values::getValue, Values::setValue);
        binder.forField(reason)
                .asRequired(getTranslation("targets.override.reason.required"))
                .bind(Values::getReason, Values::setReason);
        Values bean = new Values();
        bean.setValue(cell.target() == null ? "" : Formats.number(cell.target(), locale));
        binder.readBean(bean);
        FormLayout form = new FormLayout(value, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Button save = WriteButtons.each(new Button(getTranslation("targets.override.save")), () -> {
            try {
                binder.writeBean(bean);
                targets.override(
                        planId, indicator.id(), row.unitId(), milestone.id(), bean.getValue(), bean.getReason());
                Notification.show(getTranslation("targets.override.saved"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
                onSaved.run();
            } catch (ValidationException ignored) {
                // the fields show what is wrong
            } catch (BusinessException | org.springframework.security.access.AccessDeniedException ex) {
                Notification.show(BusinessException.messageOf(ex, getLocale()), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("override-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button remove = WriteButtons.each(new Button(getTranslation("targets.override.remove")), () -> {
            try {
                targets.clearOverride(planId, indicator.id(), row.unitId(), milestone.id(), reason.getValue());
                close();
                onSaved.run();
            } catch (BusinessException | org.springframework.security.access.AccessDeniedException ex) {
                Notification.show(BusinessException.messageOf(ex, getLocale()), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        remove.setVisible(cell.overridden());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        getFooter().add(remove, new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
