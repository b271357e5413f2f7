package vn.cchc.portal.report.campaign;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.cchc.portal.plan.PeriodView;
import vn.cchc.portal.plan.PlanDetail;
import vn.cchc.portal.plan.PlanSummary;
import vn.cchc.portal.report.BodyLine;
import vn.cchc.portal.report.DocumentKind;
import vn.cchc.portal.report.DocumentPart;
import vn.cchc.portal.report.DocumentSpec;
import vn.cchc.portal.report.Issuer;
import vn.cchc.portal.report.IssuerService;
import vn.cchc.portal.report.OfficialDocument;
import vn.cchc.portal.report.ReportData;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.Texts;
import vn.cchc.portal.shared.UserContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The campaign report (10-day period, day-50 interim, day-100 final) of a campaign plan. */
@Service
public class CampaignReportService {

    private final ReportData data;
    private final IssuerService issuers;
    private final CampaignDataProvider figures;
    private final CurrentUser currentUser;
    private final Clock clock;

    CampaignReportService(
            ReportData data,
            IssuerService issuers,
            CampaignDataProvider figures,
            CurrentUser currentUser,
            Clock clock) {
        this.data = data;
        this.issuers = issuers;
        this.figures = figures;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public DocumentSpec spec(long planId, long periodId, boolean draftMark) {
        PlanDetail plan = data.plan(planId);
        PlanSummary s = plan.summary();
        UserContext user = currentUser.require();
        if (!user.seesAllUnits() && !data.isWithin(s.issuingUnitId(), user.unitId())) {
            throw new AccessDeniedException("Bạn chỉ lập được báo cáo của đơn vị mình.");
        }
        PeriodView period = data.periods(planId).stream()
                .filter(p -> p.id() == periodId)
                .findFirst()
                .orElseThrow(() -> BusinessException.of("error.report.periodNotFound"));
        Optional<CampaignData> loaded = figures.load(planId, period);
        Issuer issuer = issuers.of(s.issuingUnitId());
        String planRef = ReportData.planNumber(s) + " của " + issuer.unitName();
        String milestone = milestone(period);
        List<DocumentPart> parts = new ArrayList<>();
        if (loaded.isPresent()) {
            CampaignData c = loaded.get();
            List<BodyLine> body = new ArrayList<>(CampaignReportAssembler.body(c, planRef));
            body.add(BodyLine.p(
                    "Trên đây là báo cáo kết quả " + Texts.lowerFirst(milestone) + " thực hiện " + planRef + "./."));
            parts.add(DocumentPart.body(BodyLine.REPORT, body, Map.of()));
            Map<String, Object> params = new HashMap<>();
            params.put("APPENDIX_LABEL", "Phụ lục");
            params.put(
                    "APPENDIX_TITLE",
                    "KẾT QUẢ THỰC HIỆN CHỈ TIÊU " + milestone.toUpperCase(Formats.VIETNAMESE)
                            + " CỦA CÁC CƠ QUAN, ĐƠN VỊ, ĐỊA PHƯƠNG");
            params.put(
                    "APPENDIX_CAPTION",
                    "(Kèm theo Báo cáo số:      /BC-" + issuer.symbol() + " của "
                            + issuer.unitName() + "; số liệu đến hết ngày " + Formats.date(c.asOf()) + ", chỉ tiêu "
                            + Texts.lowerFirst(c.targetsOf()) + ")");
            for (int i = 0; i < CampaignReportAssembler.MAX_INDICATORS; i++) {
                params.put(
                        "IND" + (i + 1),
                        i < c.indicators().size() ? c.indicators().get(i).name() : null);
            }
            parts.add(DocumentPart.appendix("campaign-appendix", CampaignReportAssembler.rows(c), params));
        } else {
            parts.add(DocumentPart.body(
                    BodyLine.REPORT,
                    List.of(BodyLine.p("Chưa có số liệu chỉ tiêu của chiến dịch" + " cho kỳ " + period.label() + " ("
                            + planRef + ").")),
                    Map.of()));
        }
        OfficialDocument doc = new OfficialDocument(
                issuer.parentBody(),
                issuer.issuingBody(),
                issuer.blankNumber("BC"),
                issuer.place(),
                LocalDate.now(clock),
                "BÁO CÁO",
                "Kết quả " + Texts.lowerFirst(milestone) + " thực hiện Kế hoạch"
                        + (s.number() == null ? "" : " số " + s.number()) + " về " + ReportData.topic(s),
                List.of("Các cơ quan, đơn vị, địa phương thực hiện Kế hoạch;", "Lưu: VT."),
                issuer.signerAuthority(),
                issuer.signerTitle(),
                issuer.signerName(),
                draftMark,
                null);
        return new DocumentSpec(
                DocumentKind.CAMPAIGN,
                doc,
                parts,
                "bao-cao-chien-dich-" + DocumentSpec.ascii(s.number() == null ? String.valueOf(planId) : s.number())
                        + "-ky-" + period.seq(),
                "Báo cáo " + milestone,
                s.issuingUnitId(),
                planId,
                "Báo cáo chiến dịch; kế hoạch mã " + planId + "; " + period.label());
    }

    /** "Tổng kết 100 ngày", "Sơ kết 50 ngày", "Kỳ 3 (10 ngày)". */
    static String milestone(PeriodView period) {
        String label = period.label();
        int cut = label.indexOf(" (");
        return cut > 0 ? label.substring(0, cut) : label;
    }
}
