package vn.cchc.portal.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import vn.cchc.portal.plan.ImportOutcome;
import vn.cchc.portal.plan.PlanImportService;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.ui.BackgroundWork;

/** Uploads an appendix workbook; shows every problem by row and column, or how many items were added. */
class ImportDialog extends Dialog {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    ImportDialog(long planId, PlanImportService imports, Runnable onImported) {
        setHeaderTitle(getTranslation("import.title"));
        setWidth("min(56em, 95vw)");
        Paragraph intro = new Paragraph(getTranslation("import.intro"));
        Paragraph result = new Paragraph();
        result.setId("import-result");
        Grid<ImportOutcome.Problem> problems = new Grid<>();
        problems.addColumn(ImportOutcome.Problem::row)
                .setHeader(getTranslation("import.col.row"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(ImportOutcome.Problem::column)
                .setHeader(getTranslation("import.col.column"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(ImportOutcome.Problem::message)
                .setHeader(getTranslation("import.col.message"))
                .setFlexGrow(1);
        problems.setHeight("22em"); // thousands of problems scroll (rendered lazily) instead of one endless table
        problems.setVisible(false);
        problems.setId("import-problems");

        ProgressBar running = new ProgressBar();
        running.setVisible(false);
        running.setId("import-progress");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> {
            ui.access(() -> result.setText(getTranslation("import.running")));
            // off the session: a big file never freezes the user's other tabs and views
            BackgroundWork.start(
                    ui,
                    running,
                    () -> imports.importAppendix(planId, bytes),
                    outcome -> {
                        if (outcome.succeeded()) {
                            result.setText(getTranslation("import.done", outcome.itemsImported()));
                            problems.setVisible(false);
                            onImported.run();
                        } else {
                            result.setText(getTranslation(
                                    "import.refused", outcome.problems().size()));
                            problems.setItems(outcome.problems());
                            problems.setVisible(true);
                        }
                    },
                    failure -> result.setText(
                            failure instanceof BusinessException ex
                                    ? ex.message(getLocale())
                                    : getTranslation("import.failed")));
        })));
        upload.setAcceptedFileTypes(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFileSize(MAX_BYTES);
        upload.setI18n(vn.cchc.portal.shared.ui.UploadTexts.vietnamese());
        upload.setMaxFiles(1);
        upload.setId("import-upload");
        add(intro, upload, running, result, problems);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }
}
