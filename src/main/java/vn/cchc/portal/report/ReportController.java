package vn.cchc.portal.report;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Downloads of official documents: {@code GET /reports/org-units.pdf|.docx|.xlsx}. Access is checked by the
 * services ({@code @PreAuthorize}); the security configuration only requires an authenticated user here.
 */
@RestController
@RequestMapping("/reports")
public class ReportController {

    private final OrgUnitDirectoryReport orgUnitDirectory;

    public ReportController(OrgUnitDirectoryReport orgUnitDirectory) {
        this.orgUnitDirectory = orgUnitDirectory;
    }

    @GetMapping("/org-units.{extension:pdf|docx|xlsx}")
    public ResponseEntity<byte[]> orgUnits(@PathVariable String extension) {
        ExportFormat format = ExportFormat.fromExtension(extension);
        byte[] body = orgUnitDirectory.render(format);
        return download(body, format, OrgUnitDirectoryReport.FILE_NAME, OrgUnitDirectoryReport.DISPLAY_NAME);
    }

    static ResponseEntity<byte[]> download(byte[] body, ExportFormat format, String asciiName, String displayName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mimeType()))
                .contentLength(body.length)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        contentDisposition(asciiName + "." + format.extension(),
                                displayName + "." + format.extension()))
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
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
