package vn.cchc.portal.assignment;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.portal.assignment.evidence.EvidenceType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Downloads an evidence file for users who may read its assignment. */
@RestController
class EvidenceController {

    private final ProgressService progress;

    EvidenceController(ProgressService progress) {
        this.progress = progress;
    }

    @GetMapping("/evidence/{id}")
    ResponseEntity<InputStreamResource> download(@PathVariable long id) throws IOException {
        EvidenceFile file = progress.openEvidence(id);
        EvidenceType type = EvidenceType.valueOf(file.fileType());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type.mimeType()))
                .contentLength(file.sizeBytes())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(file.opener().open()));
    }
}
