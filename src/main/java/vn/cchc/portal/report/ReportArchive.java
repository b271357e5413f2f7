package vn.cchc.portal.report;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.UserContext;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

/**
 * Every generated file, kept as it was sent: kind, parameters, user, time, SHA-256, size and the bytes. Leaders,
 * planners and administrators see every entry; a unit user sees the documents of their own unit (and units below).
 */
@Service
@Transactional
public class ReportArchive {

    static final String DENIED = "Bạn không có quyền xem văn bản, báo cáo của đơn vị khác.";

    private final GeneratedReportRepository reports;
    private final GeneratedReportFileRepository files;
    private final CurrentUser currentUser;
    private final OrgUnitService units;
    private final ReportAuditor auditor;
    private final Clock clock;

    ReportArchive(
            GeneratedReportRepository reports,
            GeneratedReportFileRepository files,
            CurrentUser currentUser,
            OrgUnitService units,
            ReportAuditor auditor,
            Clock clock) {
        this.auditor = auditor;
        this.reports = reports;
        this.files = files;
        this.currentUser = currentUser;
        this.units = units;
        this.clock = clock;
    }

    /** Archives a produced file; returns it with its archive number and checksum. */
    @PreAuthorize("isAuthenticated()")
    public GeneratedFile store(GeneratedFile file, String parameters, Long unitId, Long planId) {
        GeneratedReport row = new GeneratedReport();
        row.kind = file.kind();
        row.title = cut(file.title(), 1000);
        row.parameters = cut(parameters, 4000);
        row.format = file.format();
        row.fileName = cut(file.fileName() + "." + file.format().extension(), 300);
        row.displayName = cut(file.displayName() + "." + file.format().extension(), 300);
        row.sizeBytes = file.content().length;
        row.sha256 = sha256(file.content());
        row.unitId = unitId;
        row.planId = planId;
        row.createdBy = currentUser.require().username();
        row.createdAt = clock.instant();
        reports.saveAndFlush(row);
        GeneratedReportFile bytes = new GeneratedReportFile();
        bytes.reportId = row.id;
        bytes.content = file.content();
        files.saveAndFlush(bytes);
        auditor.generated(row);
        return new GeneratedFile(
                row.id,
                file.kind(),
                file.title(),
                file.format(),
                file.fileName(),
                file.displayName(),
                file.content(),
                row.sha256);
    }

    /** The newest archived files the caller may see. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ArchivedReport> list() {
        UserContext user = currentUser.require();
        return reports.findTop200ByOrderByCreatedAtDescIdDesc().stream()
                .filter(r -> mayRead(user, r))
                .map(ReportArchive::view)
                .toList();
    }

    /** One archived entry. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ArchivedReport get(long id) {
        return view(readable(id));
    }

    /** The archived bytes exactly as they were produced; every hand-out is audited. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public GeneratedFile download(long id) {
        GeneratedReport row = readable(id);
        auditor.downloaded(row);
        byte[] content = files.findById(id)
                .map(f -> f.content)
                .orElseThrow(() -> BusinessException.of("error.report.fileNotFound"));
        String name = row.fileName.substring(
                0, row.fileName.length() - row.format.extension().length() - 1);
        String display = row.displayName.substring(
                0, row.displayName.length() - row.format.extension().length() - 1);
        return new GeneratedFile(row.id, row.kind, row.title, row.format, name, display, content, row.sha256);
    }

    private GeneratedReport readable(long id) {
        GeneratedReport row =
                reports.findById(id).orElseThrow(() -> BusinessException.of("error.report.documentNotFound"));
        if (!mayRead(currentUser.require(), row)) {
            throw new AccessDeniedException(DENIED);
        }
        return row;
    }

    private boolean mayRead(UserContext user, GeneratedReport row) {
        if (user.seesAllUnits()) {
            return true;
        }
        return row.unitId != null && units.isWithin(row.unitId, user.unitId());
    }

    private static ArchivedReport view(GeneratedReport r) {
        return new ArchivedReport(
                r.id,
                r.kind,
                r.title,
                r.parameters,
                r.format,
                r.fileName,
                r.displayName,
                r.sizeBytes,
                r.sha256,
                r.unitId,
                r.planId,
                r.createdBy,
                r.createdAt);
    }

    /** Lower-case hexadecimal SHA-256 of the bytes. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cut(String text, int max) {
        return text == null ? "" : text.length() > max ? text.substring(0, max) : text;
    }
}
