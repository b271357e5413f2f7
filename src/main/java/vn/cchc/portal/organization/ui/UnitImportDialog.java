package vn.cchc.portal.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import vn.cchc.portal.organization.UnitImport;
import vn.cchc.portal.organization.UnitImportMode;
import vn.cchc.portal.organization.UnitImportPreview;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.ui.UploadTexts;
import vn.cchc.portal.shared.ui.WriteButtons;

import java.util.List;

/**
 * Uploads an organisation workbook (a restructuring decision or a unit list), shows the preview — every change, every
 * problem and warning with its row — and applies it with one click when it has no problem.
 */
class UnitImportDialog extends Dialog {

    private final transient UnitImport imports;
    private final UnitImportMode mode;
    private final Runnable onApplied;
    private final Paragraph summary = new Paragraph();
    private final Div problems = new Div();
    private final Grid<UnitImportPreview.Change> changes = new Grid<>();
    private final Button apply = new Button();
    private byte[] file;
    private java.util.Set<Integer> rowsWithProblem = java.util.Set.of();

    UnitImportDialog(UnitImport imports, UnitImportMode mode, Runnable onApplied) {
        this.imports = imports;
        this.mode = mode;
        this.onApplied = onApplied;
        setHeaderTitle(getTranslation("unitimport.title." + mode.name()));
        setWidth("min(80em, 96vw)");
        summary.setId("unitimport-summary");
        problems.setId("unitimport-problems");
        changes.addColumn(c -> c.row() == 0 ? "" : String.valueOf(c.row()))
                .setHeader(getTranslation("unitimport.col.row"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        changes.addColumn(c -> rowsWithProblem.contains(c.row())
                        ? getTranslation("unitimport.change.problem")
                        : getTranslation(c.type().labelKey()))
                .setHeader(getTranslation("unitimport.col.change"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        changes.addColumn(UnitImportPreview.Change::unit)
                .setHeader(getTranslation("unitimport.col.unit"))
                .setFlexGrow(2);
        changes.addColumn(UnitImportPreview.Change::code)
                .setHeader(getTranslation("unitimport.col.code"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        changes.addColumn(UnitImportPreview.Change::parent)
                .setHeader(getTranslation("unitimport.col.parent"))
                .setFlexGrow(1);
        if (mode == UnitImportMode.RESTRUCTURING) {
            changes.addColumn(c -> String.join("; ", c.predecessors()))
                    .setHeader(getTranslation("unitimport.col.predecessors"))
                    .setFlexGrow(3);
        }
        // long names of new units, parents and predecessors wrap instead of being cut; a row with a problem is marked
        changes.addThemeVariants(
                com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT,
                com.vaadin.flow.component.grid.GridVariant.LUMO_COMPACT);
        changes.setPartNameGenerator(c -> rowsWithProblem.contains(c.row()) ? "cchc-late-row" : null);
        changes.setVisible(false);
        changes.setId("unitimport-changes");

        Upload upload = new Upload(
                UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> show(bytes)))));
        upload.setAcceptedFileTypes(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFileSize(UnitImport.MAX_BYTES);
        upload.setI18n(UploadTexts.vietnamese());
        upload.setMaxFiles(1);
        upload.setId("unitimport-upload");
        upload.addFileRemovedListener(e -> reset());

        apply.setText(getTranslation("unitimport.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setId("unitimport-apply");
        apply.setVisible(false);
        WriteButtons.once(apply, this::applyFile);
        add(new Paragraph(getTranslation("unitimport.hint." + mode.name())), upload, summary, problems, changes);
        getFooter().add(new Button(getTranslation("unitimport.close"), e -> close()), apply);
    }

    private void reset() {
        file = null;
        rowsWithProblem = java.util.Set.of();
        summary.setText("");
        problems.removeAll();
        changes.setVisible(false);
        apply.setVisible(false);
    }

    private void show(byte[] bytes) {
        reset();
        UnitImportPreview preview;
        try {
            preview = imports.preview(bytes, mode);
        } catch (BusinessException ex) {
            summary.setText(ex.message(getLocale()));
            return;
        }
        file = bytes;
        StringBuilder text = new StringBuilder();
        if (preview.effectiveDate() != null) {
            text.append(
                    mode == UnitImportMode.RESTRUCTURING
                            ? getTranslation(
                                    "unitimport.preview.decision",
                                    preview.decisionNumber(),
                                    Formats.date(preview.decisionDate()),
                                    Formats.date(preview.effectiveDate()),
                                    Formats.date(preview.effectiveDate().minusDays(1)))
                            : getTranslation("unitimport.preview.start", Formats.date(preview.effectiveDate())));
            text.append(' ');
        }
        text.append(getTranslation(
                "unitimport.preview.summary",
                preview.changes().size(),
                preview.problems().size(),
                preview.warnings().size()));
        summary.setText(text.toString());
        list("unitimport.preview.problems", preview.problems(), "unitimport-problem");
        list("unitimport.preview.warnings", preview.warnings(), "unitimport-warning");
        rowsWithProblem = preview.problems().stream()
                .map(UnitImportPreview.Message::row)
                .filter(r -> r > 0)
                .collect(java.util.stream.Collectors.toSet());
        changes.setItems(preview.changes());
        // a short decision shows all its rows; a province's (hundreds of rows) scrolls inside the dialog
        if (preview.changes().size() <= 12) {
            changes.setAllRowsVisible(true);
        } else {
            changes.setAllRowsVisible(false);
            changes.setHeight("28em");
        }
        changes.setVisible(!preview.changes().isEmpty());
        apply.setVisible(preview.canApply());
    }

    private void list(String titleKey, List<UnitImportPreview.Message> messages, String className) {
        if (messages.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        list.getStyle().set("max-height", "12em").set("overflow", "auto");
        messages.forEach(m -> {
            ListItem item = new ListItem(m.full());
            item.addClassName(className);
            list.add(item);
        });
        problems.add(new H4(getTranslation(titleKey)), list);
    }

    private boolean applyFile() {
        if (file == null) {
            return false;
        }
        try {
            UnitImportPreview applied = imports.apply(file, mode);
            summary.setText(
                    getTranslation("unitimport.applied", applied.changes().size()));
            apply.setVisible(false);
            file = null;
            onApplied.run();
            return true;
        } catch (BusinessException ex) {
            summary.setText(ex.message(getLocale()));
            return false;
        }
    }
}
