package vn.cchc.portal.report;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.portal.shared.BusinessException;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Stable, bookmarkable addresses of official documents (PDF by default, DOCX, XLSX for tables). Every request goes
 * through the same services as the "Báo cáo" view, which check the caller's rights ({@code @PreAuthorize} and
 * object checks); every generated file is archived and can be fetched again byte for byte.
 * <ul>
 *   <li>{@code /reports/org-units.pdf} — the directory of units</li>
 *   <li>{@code /reports/plans/{id}.pdf} — the plan document</li>
 *   <li>{@code /reports/plans/{id}/periods/{periodId}.pdf} — the report of a plan's period (quarterly CCHC report,
 *   or the campaign report of a campaign plan)</li>
 *   <li>{@code /reports/plans/{id}/q1-2026.pdf}, {@code …/6t-2026.pdf}, {@code …/nam-2026.pdf} — periodic report of
 *   a plan; {@code /reports/issuers/{unitId}/nam-2026.pdf} — of all plans an issuer issued in the year</li>
 *   <li>{@code /reports/units/{unitId}/plans/{id}/periods/{periodId}.pdf} — a unit's own progress report</li>
 *   <li>{@code /reports/archive/{archiveId}} — an archived file as it was handed out</li>
 * </ul>
 * Reports take {@code ?draft=true} to print the "DỰ THẢO" mark.
 */
@RestController
@RequestMapping("/reports")
public class ReportController {

    private static final String EXT = "{extension:pdf|docx|xlsx}";
    private static final String SPAN = "{span:(?:q[1-4]|6t|nam)-\\d{4}}";

    private final OrgUnitDirectoryReport orgUnitDirectory;
    private final ReportCatalog catalog;
    private final ReportArchive archive;

    public ReportController(OrgUnitDirectoryReport orgUnitDirectory, ReportCatalog catalog, ReportArchive archive) {
        this.orgUnitDirectory = orgUnitDirectory;
        this.catalog = catalog;
        this.archive = archive;
    }

    @GetMapping("/org-units." + EXT)
    public ResponseEntity<byte[]> orgUnits(@PathVariable String extension) {
        ExportFormat format = ExportFormat.fromExtension(extension);
        byte[] body = orgUnitDirectory.render(format);
        return download(body, format, OrgUnitDirectoryReport.FILE_NAME, OrgUnitDirectoryReport.DISPLAY_NAME);
    }

    @GetMapping("/plans/{planId}." + EXT)
    public ResponseEntity<byte[]> plan(@PathVariable long planId, @PathVariable String extension) {
        return generate(ReportRequest.plan(planId), extension);
    }

    @GetMapping("/plans/{planId}/periods/{periodId}." + EXT)
    public ResponseEntity<byte[]> period(
            @PathVariable long planId,
            @PathVariable long periodId,
            @PathVariable String extension,
            @RequestParam(defaultValue = "false") boolean draft) {
        return generate(ReportRequest.period(planId, periodId, draft), extension);
    }

    @GetMapping("/plans/{planId}/" + SPAN + "." + EXT)
    public ResponseEntity<byte[]> planSpan(
            @PathVariable long planId,
            @PathVariable String span,
            @PathVariable String extension,
            @RequestParam(defaultValue = "false") boolean draft) {
        return generate(ReportRequest.planSpan(planId, span, draft), extension);
    }

    @GetMapping("/issuers/{unitId}/" + SPAN + "." + EXT)
    public ResponseEntity<byte[]> issuerSpan(
            @PathVariable long unitId,
            @PathVariable String span,
            @PathVariable String extension,
            @RequestParam(defaultValue = "false") boolean draft) {
        return generate(ReportRequest.issuerSpan(unitId, span, draft), extension);
    }

    @GetMapping("/units/{unitId}/plans/{planId}/periods/{periodId}." + EXT)
    public ResponseEntity<byte[]> unit(
            @PathVariable long unitId,
            @PathVariable long planId,
            @PathVariable long periodId,
            @PathVariable String extension,
            @RequestParam(defaultValue = "false") boolean draft) {
        return generate(ReportRequest.unit(unitId, planId, periodId, draft), extension);
    }

    @GetMapping("/archive/{archiveId}")
    public ResponseEntity<byte[]> archived(@PathVariable long archiveId) {
        GeneratedFile file = archive.download(archiveId);
        return withArchive(file, file.format());
    }

    /** Unknown plans, periods or bad spans: 404 with the Vietnamese message. */
    @ExceptionHandler(BusinessException.class)
    public ResponseEntity<String> notFound(BusinessException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(e.getMessage());
    }

    private ResponseEntity<byte[]> generate(ReportRequest request, String extension) {
        ExportFormat format = ExportFormat.fromExtension(extension);
        GeneratedFile file = catalog.generate(request, format, RenderProgress.NONE);
        return withArchive(file, format);
    }

    private static ResponseEntity<byte[]> withArchive(GeneratedFile file, ExportFormat format) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mimeType()))
                .contentLength(file.content().length)
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        contentDisposition(
                                file.fileName() + "." + format.extension(),
                                file.displayName() + "." + format.extension()))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Archive-Id", String.valueOf(file.archiveId()))
                .header("X-Content-SHA256", file.sha256())
                .body(file.content());
    }

    static ResponseEntity<byte[]> download(byte[] body, ExportFormat format, String asciiName, String displayName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mimeType()))
                .contentLength(body.length)
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        contentDisposition(
                                asciiName + "." + format.extension(), displayName + "." + format.extension()))
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    /**
     * {@code attachment; filename="danh-sach.pdf"; filename*=UTF-8''Danh%20s%C3%A1ch.pdf} (RFC 6266 with the
     * RFC 5987 encoding for the Vietnamese name).
     */
    static String contentDisposition(String asciiName, String displayName) {
        String fallback = asciiName.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + rfc5987(displayName);
    }

    static String rfc5987(String value) {
        byte[] bytes = Normalizer.normalize(value, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
