package vn.cchc.portal.assignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import vn.cchc.portal.assignment.AssignmentDetail;
import vn.cchc.portal.assignment.EvidenceView;
import vn.cchc.portal.assignment.ProgressService;
import vn.cchc.portal.assignment.UpdateForm;
import vn.cchc.portal.assignment.UpdateState;
import vn.cchc.portal.assignment.UpdateView;
import vn.cchc.portal.plan.PeriodView;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.ui.DatePickers;
import vn.cchc.portal.shared.ui.UploadTexts;
import vn.cchc.portal.shared.ui.WholeNumberConverter;
import vn.cchc.portal.shared.ui.WriteButtons;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The unit's progress report: staff and head draft it with evidence; the head submits it. After a return, the
 * planner's reason is on top and the returned text and evidence are the starting point. Once a report is sent, the
 * panel shows what was sent and its state; a new report starts on request. Adding or removing evidence changes
 * the evidence list only: what is typed in the form stays as it is.
 */
class ProgressPanel extends VerticalLayout {

    /** The evidence store's limit (cchc.evidence.max-bytes, 20 MB), enforced while the upload streams. */
    static final long MAX_EVIDENCE_BYTES = 20L * 1024 * 1024;

    private final transient ProgressService progress;
    private final transient AssignmentDetail detail;
    private final UpdateForm form;
    private final Binder<UpdateForm> binder = new Binder<>(UpdateForm.class);
    private final Span error = new Span();
    private final Runnable onChanged;
    private final Div evidenceList = new Div();
    /** The evidence the form shows: the draft's, or before the draft exists the returned report's it will carry. */
    private final List<EvidenceView> evidence = new ArrayList<>();

    ProgressPanel(AssignmentDetail detail, ProgressService progress, Runnable onChanged) {
        this.progress = progress;
        this.detail = detail;
        this.onChanged = onChanged;
        this.form = UpdateForm.of(detail);
        setPadding(false);
        setId("progress-panel");
        error.addClassName("cchc-error");
        error.setId("update-error");
        error.getElement().setAttribute("role", "alert");

        Optional<UpdateView> draft = detail.openDraft();
        Optional<UpdateView> returned = detail.returnedToCorrect();
        Optional<UpdateView> sent = detail.lastSent().filter(u -> u.state() != UpdateState.RETURNED);
        returned.ifPresent(r -> add(returnedBanner(r)));
        if (draft.isEmpty() && returned.isEmpty() && sent.isPresent()) {
            add(sentCard(sent.get()));
            Button start = new Button(getTranslation("task.action.newReport"), VaadinIcon.PLUS.create());
            start.setId("update-new");
            start.addClickListener(e -> {
                start.setVisible(false);
                addForm();
            });
            add(start);
        } else {
            addForm();
        }
    }

    /** The planner's reason, on top of the form that corrects the returned report. */
    private Div returnedBanner(UpdateView r) {
        Div banner = new Div();
        banner.addClassNames("cchc-card", "cchc-returned");
        banner.setId("update-returned");
        H2 title = new H2(getTranslation(
                "task.returned.title", r.reviewedBy() == null ? "" : r.reviewedBy(), TaskTexts.time(r.reviewedAt())));
        Paragraph reason = new Paragraph(
                getTranslation("task.returned.reason", r.reviewComment() == null ? "" : r.reviewComment()));
        reason.setId("update-returned-reason");
        Paragraph kept = new Paragraph(getTranslation("task.returned.kept"));
        kept.addClassName("cchc-hint");
        banner.add(title, reason, kept);
        return banner;
    }

    /** What was sent last and where it stands (waiting for review, accepted). */
    private Div sentCard(UpdateView u) {
        Div card = new Div();
        card.addClassNames("cchc-card", "cchc-sent");
        card.setId("update-sent");
        Span state = new Span(getTranslation(u.state().labelKey()));
        state.addClassNames("cchc-badge", u.state() == UpdateState.ACCEPTED ? "cchc-badge-issued" : "cchc-badge-draft");
        state.setId("update-sent-state");
        H2 title = new H2(getTranslation("task.sent.title", TaskTexts.time(u.submittedAt())));
        HorizontalLayout head = new HorizontalLayout(title, state);
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        card.add(head, new UpdatesPanel(List.of(u), false));
        return card;
    }

    private void addForm() {
        ComboBox<Long> period = new ComboBox<>(getTranslation("task.field.period"));
        List<PeriodView> periods = detail.periods();
        period.setItems(periods.stream().map(PeriodView::id).toList());
        period.setItemLabelGenerator(id -> periods.stream()
                .filter(p -> p.id() == id)
                .findFirst()
                .map(p -> getTranslation(p.labelKey(), p.labelArgs().toArray()) + " – "
                        + getTranslation("task.periodDue", Formats.date(p.dueDate())))
                .orElse(""));
        period.setVisible(!periods.isEmpty());
        period.setId("update-period");
        Checkbox completed = new Checkbox(getTranslation("task.field.completed"));
        completed.setId("update-completed");
        // a text field read by DecimalInput: "80.35" is refused as not whole instead of becoming 8035
        TextField percent = new TextField(getTranslation("task.field.percent"));
        percent.setSuffixComponent(new Span("%"));
        percent.setId("update-percent");
        TextArea result = textArea("task.field.result", "update-result");
        TextArea difficulties = textArea("task.field.difficulties", "update-difficulties");
        TextArea proposals = textArea("task.field.proposals", "update-proposals");
        binder.forField(period).bind(UpdateForm::getPeriodId, UpdateForm::setPeriodId);
        binder.forField(completed).bind(UpdateForm::isCompleted, UpdateForm::setCompleted);
        binder.forField(percent)
                .asRequired(getTranslation("error.required", getTranslation("task.field.percent")))
                .withConverter(new WholeNumberConverter(0, 100))
                .bind(UpdateForm::getPercent, UpdateForm::setPercent);
        binder.forField(result).bind(UpdateForm::getResult, UpdateForm::setResult);
        binder.forField(difficulties).bind(UpdateForm::getDifficulties, UpdateForm::setDifficulties);
        binder.forField(proposals).bind(UpdateForm::getProposals, UpdateForm::setProposals);
        binder.readBean(form);
        completed.addValueChangeListener(e -> {
            if (e.getValue()) {
                percent.setValue("100");
            }
        });
        FormLayout layout = new FormLayout(period, completed, percent, result, difficulties, proposals);
        layout.setColspan(period, 2);
        layout.setColspan(result, 2);

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
        add(layout, evidence(), actions, error);
    }

    private TextArea textArea(String labelKey, String id) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        // the text reaches the server when the field is left (ON_CHANGE, never debounced): a click on "Lưu" or "Gửi"
        // right after the last key saves the text as typed. A lazy (debounced) mode lost it to a quick double click.
        // An upload in between does not rebuild the form, so the typed text stays in the field until then.
        return area;
    }

    private VerticalLayout evidence() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H3(getTranslation("task.evidence")));
        evidence.addAll(detail.openDraft()
                .or(detail::returnedToCorrect)
                .map(UpdateView::evidence)
                .orElse(List.of()));
        evidenceList.setId("evidence-list");
        showEvidence();
        Upload upload = new Upload(new BoundedUpload(
                MAX_EVIDENCE_BYTES,
                "20 MB",
                (fileName, file) -> addEvidence(
                        () -> {
                            try (InputStream content = Files.newInputStream(file)) {
                                return progress.attachFile(form.getUpdateId(), fileName, content);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        },
                        fileName),
                message -> Notification.show(message, 8000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR)));
        upload.setMaxFileSize((int) MAX_EVIDENCE_BYTES);
        upload.setI18n(UploadTexts.of(getLocale()));
        upload.setId("evidence-upload");
        upload.addAllFinishedListener(e -> upload.clearFileList());
        Span hint = new Span(getTranslation("task.evidenceHint"));
        hint.addClassName("cchc-hint");
        TextField number = new TextField(getTranslation("task.doc.number"));
        number.setId("evidence-doc-number");
        DatePicker date = DatePickers.vietnamese(getTranslation("task.doc.date"));
        date.setId("evidence-doc-date");
        TextField issuer = new TextField(getTranslation("task.doc.issuer"));
        issuer.setId("evidence-doc-issuer");
        Button addDoc = WriteButtons.each(new Button(getTranslation("task.doc.add")), () -> {
            if (addEvidence(
                    () -> progress.attachDocument(
                            form.getUpdateId(), number.getValue(), date.getValue(), issuer.getValue()),
                    number.getValue())) {
                number.clear();
                date.clear();
                issuer.clear();
            }
        });
        addDoc.setId("evidence-doc-add");
        HorizontalLayout doc = new HorizontalLayout(number, date, issuer, addDoc);
        doc.setAlignItems(FlexComponent.Alignment.BASELINE);
        doc.setWrap(true);
        box.add(evidenceList, upload, hint, doc);
        return box;
    }

    /** The evidence with a button each to take it off before the report is sent. */
    private void showEvidence() {
        evidenceList.removeAll();
        if (evidence.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("task.evidence.none"));
            none.addClassName("cchc-hint");
            evidenceList.add(none);
        }
        for (EvidenceView e : evidence) {
            String name = e.isFile() ? e.fileName() : e.docNumber();
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> removeEvidence(e));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("task.evidence.remove", name));
            remove.setTooltipText(getTranslation("task.evidence.remove", name));
            remove.addClassName("evidence-remove");
            Div row = new Div(EvidenceLinks.of(e, getLocale()), remove);
            row.addClassName("cchc-evidence-row");
            evidenceList.add(row);
        }
    }

    /** Adds a file or document to the draft (made first if needed); the form's fields are left as typed. */
    private boolean addEvidence(java.util.function.Supplier<EvidenceView> attach, String name) {
        if (!ensureDraft()) {
            return false;
        }
        try {
            evidence.add(attach.get());
            showEvidence();
            error.setText("");
            notifySuccess(getTranslation("task.evidenceAdded", name));
            return true;
        } catch (BusinessException ex) {
            showError(ex.message(getLocale()));
            return false;
        }
    }

    private void removeEvidence(EvidenceView e) {
        boolean carried = form.getUpdateId() == null;
        if (!ensureDraft()) {
            return;
        }
        try {
            // before the draft existed the list showed the returned report's evidence: remove the draft's copy
            EvidenceView target = carried
                    ? evidence.stream().filter(d -> same(d, e)).findFirst().orElse(null)
                    : e;
            if (target == null) {
                return;
            }
            progress.removeEvidence(target.id());
            reloadEvidence();
            notifySuccess(getTranslation("task.evidence.removed", e.isFile() ? e.fileName() : e.docNumber()));
        } catch (BusinessException ex) {
            showError(ex.message(getLocale()));
        }
    }

    private static boolean same(EvidenceView a, EvidenceView b) {
        return a.kind() == b.kind()
                && (a.isFile()
                        ? java.util.Objects.equals(a.sha256(), b.sha256())
                        : java.util.Objects.equals(a.docNumber(), b.docNumber())
                                && java.util.Objects.equals(a.docDate(), b.docDate())
                                && java.util.Objects.equals(a.docIssuer(), b.docIssuer()));
    }

    private void reloadEvidence() {
        evidence.clear();
        evidence.addAll(progress.draftEvidence(form.getUpdateId()));
        showEvidence();
    }

    /**
     * The draft evidence goes to: the open one, or a new one saved from the form as it stands (which after a
     * return carries the returned report's evidence).
     */
    private boolean ensureDraft() {
        if (form.getUpdateId() != null) {
            return true;
        }
        if (!saveDraft()) {
            return false;
        }
        reloadEvidence();
        return true;
    }

    /** Writes the form into a draft (created if needed); false with the message shown when refused. */
    private boolean saveDraft() {
        try {
            UpdateForm copy = new UpdateForm();
            copy.setAssignmentId(form.getAssignmentId());
            copy.setAssignmentVersion(form.getAssignmentVersion());
            copy.setUpdateId(form.getUpdateId());
            copy.setBasedOnUpdateId(form.getBasedOnUpdateId());
            binder.writeBean(copy);
            var saved = progress.saveDraft(copy);
            form.setUpdateId(saved.updateId());
            form.setBasedOnUpdateId(null);
            form.setAssignmentVersion(saved.assignmentVersion());
            error.setText("");
            return true;
        } catch (ValidationException ex) {
            error.setText(getTranslation("plan.fixErrors"));
        } catch (BusinessException ex) {
            showError(ex.message(getLocale()));
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
            showError(ex.message(getLocale()));
        }
    }

    private void showError(String message) {
        error.setText(message);
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void notifySuccess(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
