package vn.cchc.portal.report.plan;

import vn.cchc.portal.report.BodyLine;
import vn.cchc.portal.report.OfficialDocument;

import java.util.List;

/**
 * A plan laid out as an official document: header and signature, the body as written, and the appendix table.
 *
 * @param appendixTitle   the appendix heading ("MỤC TIÊU CỤ THỂ …"); null without an appendix
 * @param appendixCaption "(Kèm theo Kế hoạch số … ngày … của …)"
 */
public record PlanDocument(
        OfficialDocument document,
        List<BodyLine> body,
        List<PlanAppendixRow> appendix,
        String appendixTitle,
        String appendixCaption) {

    public boolean hasAppendix() {
        return !appendix.isEmpty();
    }
}
