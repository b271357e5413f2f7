package vn.cchc.portal.report;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.OrgUnitSummary;
import vn.cchc.portal.settings.SettingsService;
import vn.cchc.portal.shared.Access;
import vn.cchc.portal.shared.BusinessException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * "Danh sách cơ quan, đơn vị": the directory of the province's organisation units as an official document, issued
 * by the unit the settings name as the issuer of the portal's documents, with that unit's issuing data and signer.
 * Until an administrator has chosen that unit, the unit whose code {@code cchc.documents.owner-unit} gives, else the
 * top of the tree, issues it.
 */
@Service
public class OrgUnitDirectoryReport {

    /** The download's file name without extension, ASCII. */
    public static final String FILE_NAME = "danh-sach-co-quan-don-vi";
    /** The download's file name without extension, as shown to users. */
    public static final String DISPLAY_NAME = "Danh sách cơ quan, đơn vị";

    private final OrgUnitService orgUnits;
    private final IssuerService issuers;
    private final DocumentService documents;
    private final Clock clock;
    private final String ownerUnit;
    private final SettingsService settings;

    public OrgUnitDirectoryReport(
            OrgUnitService orgUnits,
            IssuerService issuers,
            DocumentService documents,
            SettingsService settings,
            Clock clock,
            @Value("${cchc.documents.owner-unit:}") String ownerUnit) {
        this.settings = settings;
        this.orgUnits = orgUnits;
        this.issuers = issuers;
        this.documents = documents;
        this.clock = clock;
        this.ownerUnit = ownerUnit;
    }

    /** The directory of the active units, dated today, archived as handed out. */
    @PreAuthorize(Access.ADMIN_PLANNER_OR_LEADER)
    public byte[] render(ExportFormat format) {
        return documents.generate(spec(), format, RenderProgress.NONE).content();
    }

    @PreAuthorize(Access.ADMIN_PLANNER_OR_LEADER)
    public DocumentSpec spec() {
        List<OrgUnitSummary> tree = orgUnits.tree(false);
        if (tree.isEmpty()) {
            throw BusinessException.of("error.report.noUnits");
        }
        Long chosen = settings.current().issuingUnitId();
        OrgUnitSummary owner = tree.stream()
                .filter(u -> chosen != null ? u.id() == chosen : u.code().equalsIgnoreCase(ownerUnit))
                .findFirst()
                .orElse(tree.getFirst());
        Issuer issuer = issuers.of(owner.id());
        List<OrgUnitDirectoryRow> rows = OrgUnitDirectory.rows(tree);
        return new DocumentSpec(
                DocumentKind.ORG_UNITS,
                document(issuer, LocalDate.now(clock), tree.getFirst().name()),
                List.of(DocumentPart.tableBody(OrgUnitDirectory.BODY_REPORT, rows, Map.of())),
                FILE_NAME,
                DISPLAY_NAME,
                owner.id(),
                null,
                "Danh sách cơ quan, đơn vị đang hoạt động");
    }

    /** The document's header, recipients and signature from the issuer; the number is left for the clerk. */
    public static OfficialDocument document(Issuer issuer, LocalDate date, String rootName) {
        return new OfficialDocument(
                issuer.parentBody(),
                issuer.issuingBody(),
                issuer.blankNumber("DS"),
                issuer.place(),
                date,
                "DANH SÁCH",
                "Cơ quan, đơn vị thuộc " + rootName,
                List.of("Như trên;", "UBND tỉnh (b/c);", "Lưu: VT, CCHC."),
                issuer.signerAuthority(),
                issuer.signerTitle(),
                issuer.signerName(),
                false,
                null);
    }
}
