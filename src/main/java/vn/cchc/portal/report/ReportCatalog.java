package vn.cchc.portal.report;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.cchc.portal.plan.PlanHeader;
import vn.cchc.portal.plan.ReportingCadence;
import vn.cchc.portal.report.campaign.CampaignReportService;
import vn.cchc.portal.report.periodic.PeriodicReportService;
import vn.cchc.portal.report.plan.PlanDocumentService;
import vn.cchc.portal.report.unit.UnitProgressReportService;

/** Turns a request into the document to render; each document's service checks the caller's rights. */
@Service
public class ReportCatalog {

    private final OrgUnitDirectoryReport directory;
    private final PlanDocumentService plans;
    private final PeriodicReportService periodic;
    private final CampaignReportService campaigns;
    private final UnitProgressReportService units;
    private final ReportData data;
    private final DocumentService documents;

    ReportCatalog(
            OrgUnitDirectoryReport directory,
            PlanDocumentService plans,
            PeriodicReportService periodic,
            CampaignReportService campaigns,
            UnitProgressReportService units,
            ReportData data,
            DocumentService documents) {
        this.directory = directory;
        this.plans = plans;
        this.periodic = periodic;
        this.campaigns = campaigns;
        this.units = units;
        this.data = data;
        this.documents = documents;
    }

    @PreAuthorize("isAuthenticated()")
    public DocumentSpec spec(ReportRequest r) {
        return switch (r.kind()) {
            case ORG_UNITS -> directory.spec();
            case PLAN -> plans.spec(r.planId());
            case CAMPAIGN -> campaigns.spec(r.planId(), r.periodId(), r.draft());
            case UNIT_PROGRESS -> units.spec(r.unitId(), r.planId(), r.periodId(), r.draft());
            case PERIODIC -> {
                if (r.periodId() != null) {
                    boolean campaign = PlanHeader.of(data.plan(r.planId())).reportingCadence()
                            == ReportingCadence.CAMPAIGN_10_DAYS;
                    yield campaign
                            ? campaigns.spec(r.planId(), r.periodId(), r.draft())
                            : periodic.spec(periodic.ofPlanPeriod(r.planId(), r.periodId()), r.draft());
                }
                yield periodic.spec(
                        r.planId() != null
                                ? periodic.ofPlan(r.planId(), r.span())
                                : periodic.ofIssuer(r.issuerUnitId(), r.span()),
                        r.draft());
            }
        };
    }

    /** Renders and archives the document. */
    @PreAuthorize("isAuthenticated()")
    public GeneratedFile generate(ReportRequest request, ExportFormat format, RenderProgress progress) {
        RenderProgress listener = progress == null ? RenderProgress.NONE : progress;
        listener.update("Đọc dữ liệu", -1);
        return documents.generate(spec(request), format, listener);
    }
}
