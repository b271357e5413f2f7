package vn.cchc.portal.report.campaign;

/** One row of the campaign appendix ({@code reports/campaign-appendix.jrxml}); t = target, a = actual, m = met. */
public record CampaignAppendixRow(
        String section,
        String no,
        String unitName,
        String t1,
        String a1,
        Boolean m1,
        String t2,
        String a2,
        Boolean m2,
        String t3,
        String a3,
        Boolean m3,
        String t4,
        String a4,
        Boolean m4,
        String t5,
        String a5,
        Boolean m5,
        String t6,
        String a6,
        Boolean m6,
        String met,
        String note) {}
