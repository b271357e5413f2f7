package vn.cchc.portal.report;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Renders a document in the format asked for and archives the file exactly as it is handed out. */
@Service
public class DocumentService {

    private final OfficialDocumentRenderer renderer;
    private final ReportArchive archive;

    DocumentService(OfficialDocumentRenderer renderer, ReportArchive archive) {
        this.renderer = renderer;
        this.archive = archive;
    }

    @PreAuthorize("isAuthenticated()")
    public GeneratedFile generate(DocumentSpec spec, ExportFormat format, RenderProgress progress) {
        RenderProgress listener = progress == null ? RenderProgress.NONE : progress;
        byte[] bytes = renderer.render(spec.document(), spec.parts(), format, listener);
        listener.update("Lưu trữ", -1);
        GeneratedFile file = new GeneratedFile(
                null, spec.kind(), title(spec), format, spec.fileName(), spec.displayName(), bytes, null);
        return archive.store(
                file,
                spec.parameters() + "; định dạng=" + format.extension().toUpperCase(),
                spec.unitId(),
                spec.planId());
    }

    private static String title(DocumentSpec spec) {
        OfficialDocument d = spec.document();
        return (d.kindTitle() == null ? "" : d.kindTitle() + ": ") + (d.subject() == null ? "" : d.subject());
    }
}
