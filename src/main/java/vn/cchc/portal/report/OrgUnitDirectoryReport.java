package vn.cchc.portal.report;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.shared.Access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** "Danh sách cơ quan, đơn vị": the directory of the province's organisation units as an official document. */
@Service
public class OrgUnitDirectoryReport {

    /** The download's file name without extension, ASCII. */
    public static final String FILE_NAME = "danh-sach-co-quan-don-vi";
    /** The download's file name without extension, as shown to users. */
    public static final String DISPLAY_NAME = "Danh sách cơ quan, đơn vị";

    private final OrgUnitService orgUnits;
    private final OfficialDocumentRenderer renderer;
    private final Clock clock;

    public OrgUnitDirectoryReport(OrgUnitService orgUnits, OfficialDocumentRenderer renderer, Clock clock) {
        this.orgUnits = orgUnits;
        this.renderer = renderer;
        this.clock = clock;
    }

    /** The directory of the active units, dated today. */
    @PreAuthorize(Access.ADMIN_PLANNER_OR_LEADER)
    public byte[] render(ExportFormat format) {
        List<OrgUnitDirectoryRow> rows = OrgUnitDirectory.rows(orgUnits.tree(false));
        return renderer.render(document(LocalDate.now(clock)), OrgUnitDirectory.BODY_REPORT, rows, Map.of(), format);
    }

    /** The document's header, recipients and signature; the number is left blank for the clerk to fill in. */
    public static OfficialDocument document(LocalDate date) {
        return new OfficialDocument(
                "UBND TỈNH GIA LAI",
                "SỞ NỘI VỤ",
                "Số:      /DS-SNV",
                "Gia Lai",
                date,
                "DANH SÁCH",
                "Cơ quan, đơn vị thuộc Ủy ban nhân dân tỉnh Gia Lai",
                List.of("Như trên;", "UBND tỉnh (b/c);", "Lưu: VT, CCHC."),
                "KT. GIÁM ĐỐC",
                "PHÓ GIÁM ĐỐC",
                "",
                false);
    }
}
