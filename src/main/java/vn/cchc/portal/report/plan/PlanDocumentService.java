package vn.cchc.portal.report.plan;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.cchc.portal.plan.PlanDetail;
import vn.cchc.portal.report.BodyLine;
import vn.cchc.portal.report.DocumentKind;
import vn.cchc.portal.report.DocumentPart;
import vn.cchc.portal.report.DocumentSpec;
import vn.cchc.portal.report.IssuerService;
import vn.cchc.portal.report.ReportData;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The plan document ("KẾ HOẠCH") of a plan the caller may read. */
@Service
public class PlanDocumentService {

    private final ReportData data;
    private final IssuerService issuers;
    private final PlanDocumentAssembler assembler = new PlanDocumentAssembler();

    PlanDocumentService(ReportData data, IssuerService issuers) {
        this.data = data;
        this.issuers = issuers;
    }

    @PreAuthorize("isAuthenticated()")
    public PlanDocument assemble(long planId) {
        PlanDetail plan = data.plan(planId);
        return assembler.assemble(plan, issuers.of(plan.summary().issuingUnitId()));
    }

    @PreAuthorize("isAuthenticated()")
    public DocumentSpec spec(long planId) {
        PlanDetail plan = data.plan(planId);
        PlanDocument doc = assembler.assemble(plan, issuers.of(plan.summary().issuingUnitId()));
        return spec(plan, doc);
    }

    static DocumentSpec spec(PlanDetail plan, PlanDocument doc) {
        List<DocumentPart> parts = new ArrayList<>();
        parts.add(DocumentPart.body(BodyLine.REPORT, doc.body(), Map.of()));
        if (doc.hasAppendix()) {
            Map<String, Object> params = new HashMap<>();
            params.put("APPENDIX_LABEL", "Phụ lục");
            params.put("APPENDIX_TITLE", doc.appendixTitle());
            params.put("APPENDIX_CAPTION", doc.appendixCaption());
            parts.add(DocumentPart.appendix("plan-appendix", doc.appendix(), params));
        }
        String number = plan.summary().number() == null
                ? "du-thao-" + plan.summary().id()
                : plan.summary().number();
        return new DocumentSpec(
                DocumentKind.PLAN,
                doc.document(),
                parts,
                "ke-hoach-" + DocumentSpec.ascii(number),
                "Kế hoạch " + DocumentSpec.safe(number),
                plan.summary().issuingUnitId(),
                plan.summary().id(),
                "Kế hoạch "
                        + (plan.summary().number() == null
                                ? "(chưa có số)"
                                : plan.summary().number()) + " (mã "
                        + plan.summary().id() + ")");
    }
}
