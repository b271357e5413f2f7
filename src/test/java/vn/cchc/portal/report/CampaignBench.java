package vn.cchc.portal.report;

import vn.cchc.portal.bench.ReportBench;
import vn.cchc.portal.report.campaign.CampaignAppendixRow;
import vn.cchc.portal.report.campaign.CampaignData;
import vn.cchc.portal.report.campaign.CampaignReportAssembler;
import vn.cchc.portal.report.plan.PlanAppendixRow;

import java.util.List;

/** Campaign report pieces for {@link ReportBench}: the fixture rows through Jasper, and through bare OpenPDF. */
public final class CampaignBench {

    private CampaignBench() {
    }

    public static byte[] jasper(int copies) {
        return CampaignReportTest.render(CampaignFixture.province629(copies));
    }

    public static byte[] bare(int copies) {
        CampaignData data = CampaignFixture.province629(copies);
        List<PlanAppendixRow> rows = CampaignReportAssembler.rows(data).stream()
                .map(r -> new PlanAppendixRow("ITEM", r.no(), r.unitName(), r.t1() + " " + r.a1() + " " + r.t2() + " "
                        + r.a2(), r.t3() + " " + r.a3() + " " + r.t4() + " " + r.a4(), r.t5() + " " + r.a5() + " "
                        + r.t6() + " " + r.a6(), r.met()))
                .toList();
        return ReportBench.bare(CampaignReportAssembler.body(data, "Kế hoạch số 629/KH-UBND"), rows);
    }

    static List<CampaignAppendixRow> rows(int copies) {
        return CampaignReportAssembler.rows(CampaignFixture.province629(copies));
    }
}
