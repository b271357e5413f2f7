package vn.cchc.portal.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import vn.cchc.portal.assignment.AssignmentDetail;
import vn.cchc.portal.assignment.EvidenceView;
import vn.cchc.portal.assignment.ProgressService;
import vn.cchc.portal.assignment.UpdateForm;
import vn.cchc.portal.assignment.UpdateView;
import vn.cchc.portal.plan.PeriodView;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.ui.WriteButtons;
import vn.cchc.portal.shared.ui.DatePickers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/** The unit's progress report: staff and head draft it with evidence; the head submits it. */
class ProgressPanel extends VerticalLayout {

    /** The evidence store's limit (cchc.evidence.max-bytes, 20 MB), enforced while the upload streams. */
    static final long MAX_EVIDENCE_BYTES = 20L * 1024 * 1024;


    private final transient ProgressService progress;
    private final UpdateForm form;
    private final Binder<UpdateForm> binder = new Binder<>(UpdateForm.class);
    private final Span error = new Span();
    private final Runnable onChanged;

    ProgressPanel(AssignmentDetail detail, ProgressService progress, Runnable onChanged) {
        this.progress = progress;
        this.onChanged = onChanged;
        this.form = UpdateForm.of(detail);
        setPadding(false);

        ComboBox<Long> period = new ComboBox<>(getTranslation("task.field.period"));
        List<PeriodView> periods = detail.periods();
        period.setItems(periods.stream().map(PeriodView::id).toList());
        period.setItemLabelGenerator(id -> periods.stream().filter(p -> p.id() == id).findFirst()
                .map(p -> p.label() + " – " + getTranslation("task.periodDue", Formats.date(p.dueDate()))).orElse(""));
        period.setVisible(!periods.isEmpty());
        period.setId("update-period");
        Checkbox completed = new Checkbox(getTranslation("task.field.completed"));
        completed.setId("update-completed");
        IntegerField percent = new IntegerField(getTranslation("task.field.percent"));
        percent.setMin(0);
        percent.setMax(100);
        percent.setStepButtonsVisible(true);
        percent.setSuffixComponent(new Span("%"));
        percent.setId("update-percent");
        TextArea result = new TextArea(getTranslation("task.field.result"));
        result.setId("update-result");
        TextArea difficulties = new TextArea(getTranslation("task.field.difficulties"));
        TextArea proposals = new TextArea(getTranslation("task.field.proposals"));
        binder.forField(period).bind(UpdateForm::getPeriodId, UpdateForm::setPeriodId);
        binder.forField(completed).bind(UpdateForm::isCompleted, UpdateForm::setCompleted);
        binder.forField(percent).asRequired(getTranslation("error.required", getTranslation("task.field.percent")))
                .withValidator(p -> p >= 0 && p <= 100, "Tỷ lệ hoàn thành phải từ 0 đến 100%.")
                .bind(UpdateForm::getPercent, UpdateForm::setPercent);
        binder.forField(result).bind(UpdateForm::getResult, UpdateForm::setResult);
        binder.forField(difficulties).bind(UpdateForm::getDifficulties, UpdateForm::setDifficulties);
        binder.forField(proposals).bind(UpdateForm::getProposals, UpdateForm::setProposals);
        binder.readBean(form);
        completed.addValueChangeListener(e -> {
            if (e.getValue()) {
                percent.setValue(100);
            }
        });
        FormLayout layout = new FormLayout(period, completed, percent, result, difficulties, proposals);
        layout.setColspan(period, 2);
        layout.setColspan(result, 2);
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setId("update-error");

        Button save = WriteButtons.each(new Button(getTranslation("task.action.saveDraft")), () -> {
            if (saveDraft()) {
                notifySuccess(getTranslation("task.saved"));
                onChanged.run();
            }
        });
        save.setId("update-save");
        HorizontalLayout actions = new HorizontalLayout(save);
        if (detail.canSubmit()) {
            Button submit = WriteButtons.each(new Button(getTranslation("task.action.submit")), () -> {
                if (saveDraft()) {
                    run(() -> progress.submit(form.getUpdateId()), getTranslation("task.submitted"));
                }
            });
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.setId("update-submit");
            actions.add(submit);
        } else {
            actions.add(new Span(getTranslation("task.headSubmits")));
        }
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(layout, evidence(detail), actions, error);
    }

    private VerticalLayout evidence(AssignmentDetail detail) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H4(getTranslation("task.evidence")));
        List<EvidenceView> existing = detail.openDraft().map(UpdateView::evidence).orElse(List.of());
        for (EvidenceView e : existing) {
            box.add(EvidenceLinks.of(e));
        }
        Upload upload = new Upload(new BoundedUpload(MAX_EVIDENCE_BYTES, "20 MB", (fileName, file) -> {
            if (saveDraft()) {
                run(() -> {
                    try (InputStream content = Files.newInputStream(file)) {
                        progress.attachFile(form.getUpdateId(), fileName, content);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, getTranslation("task.evidenceAdded", fileName));
            }
        }, message -> Notification.show(message, 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR)));
        upload.setMaxFileSize((int) MAX_EVIDENCE_BYTES);
        upload.setI18n(vn.cchc.portal.shared.ui.UploadTexts.vietnamese());
        upload.setId("evidence-upload");
        Span hint = new Span(getTranslation("task.evidenceHint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        TextField number = new TextField(getTranslation("task.doc.number"));
        DatePicker date = DatePickers.vietnamese(getTranslation("task.doc.date"));
        TextField issuer = new TextField(getTranslation("task.doc.issuer"));
        Button addDoc = WriteButtons.each(new Button(getTranslation("task.doc.add")), () -> {
            if (saveDraft()) {
                run(() -> progress.attachDocument(form.getUpdateId(), number.getValue(), date.getValue(),
                        issuer.getValue()), getTranslation("task.evidenceAdded", number.getValue()));
            }
        });
        HorizontalLayout doc = new HorizontalLayout(number, date, issuer, addDoc);
        doc.setAlignItems(FlexComponent.Alignment.BASELINE);
        doc.setWrap(true);
        box.add(upload, hint, doc);
        return box;
    }

    /** Writes the form into a draft (created if needed); false with the message shown when refused. */
    private boolean saveDraft() {
        try {
            UpdateForm copy = new UpdateForm();
            copy.setAssignmentId(form.getAssignmentId());
            copy.setAssignmentVersion(form.getAssignmentVersion());
            copy.setUpdateId(form.getUpdateId());
            binder.writeBean(copy);
            var saved = progress.saveDraft(copy);
            form.setUpdateId(saved.updateId());
            form.setAssignmentVersion(saved.assignmentVersion());
            error.setText("");
            return true;
        } catch (ValidationException ex) {
            error.setText(getTranslation("plan.fixErrors"));
        } catch (BusinessException ex) {
            error.setText(ex.message(getLocale()));
        }
        return false;
    }

    private void run(Runnable action, String success) {
        try {
            action.run();
            notifySuccess(success);
            onChanged.run();
        } catch (BusinessException ex) {
            error.setText(ex.message(getLocale()));
            onChanged.run();
            Notification.show(ex.message(getLocale()), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void notifySuccess(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

}
