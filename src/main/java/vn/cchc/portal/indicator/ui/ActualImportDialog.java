package vn.cchc.portal.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import vn.cchc.portal.indicator.ActualImportService;
import vn.cchc.portal.indicator.ImportRowError;
import vn.cchc.portal.indicator.PeriodInfo;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.ui.BackgroundWork;

import java.io.ByteArrayInputStream;

/** Uploads a period's values (units in rows, indicators in columns); lists every row error, or what was saved. */
class ActualImportDialog extends Dialog {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    ActualImportDialog(ActualImportService imports, long planId, PeriodInfo period, Runnable onImported) {
        setHeaderTitle(getTranslation("actuals.import.title", period.label()));
        setWidth("min(60em, 95vw)");
        Paragraph intro = new Paragraph(getTranslation("actuals.import.intro"));
        Paragraph result = new Paragraph();
        result.setId("actuals-import-result");
        Grid<ImportRowError> errors = new Grid<>();
        errors.addColumn(e -> e.row() == 0 ? "" : String.valueOf(e.row()))
                .setHeader(getTranslation("import.col.row"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        errors.addColumn(ImportRowError::column)
                .setHeader(getTranslation("import.col.column"))
                .setAutoWidth(true);
        errors.addColumn(ImportRowError::message)
                .setHeader(getTranslation("import.col.message"))
                .setFlexGrow(1);
        errors.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        errors.setHeight("22em"); // thousands of errors scroll (rendered lazily) instead of one endless table
        errors.setVisible(false);
        errors.setId("actuals-import-errors");
        ProgressBar running = new ProgressBar();
        running.setVisible(false);
        running.setId("actuals-import-progress");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> {
            ui.access(() -> result.setText(getTranslation("import.running")));
            BackgroundWork.start(
                    ui,
                    running,
                    () -> imports.importPeriod(
                            planId, period.id(), new ByteArrayInputStream(bytes), metadata.fileName()),
                    report -> {
                        if (report.saved()) {
                            result.setText(getTranslation("actuals.import.done", report.units(), report.values()));
                            errors.setVisible(false);
                            onImported.run();
                        } else {
                            result.setText(getTranslation(
                                    "actuals.import.refused", report.errors().size()));
                            errors.setItems(report.errors());
                            errors.setVisible(true);
                        }
                    },
                    failure -> result.setText(
                            failure instanceof BusinessException
                                    ? BusinessException.messageOf(failure, getLocale())
                                    : getTranslation("import.failed")));
        })));
        upload.setAcceptedFileTypes(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFileSize(MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setI18n(vn.cchc.portal.shared.ui.UploadTexts.vietnamese());
        add(intro, upload, running, result, errors);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }
}
