package vn.cchc.portal.report.plan;

import vn.cchc.portal.plan.PlanItemView;

/**
 * What a plan document prints in the lead and coordinating columns of an item.
 *
 * <p><b>Integration point (issue 9):</b> plan items will keep the lead and coordinating texts exactly as printed
 * ("Sở Tài chính; UBND cấp huyện", "Văn phòng UBND tỉnh/Sở, ban, ngành tỉnh") beside the resolved units. Until
 * then the document prints the resolved unit names; switch {@link #RESOLVED} for one that returns the printed texts
 * (falling back to the resolved names for items typed in the editor) in {@link PlanDocumentAssembler}.</p>
 */
public interface PrintedUnits {

    String lead(PlanItemView item);

    String coordinating(PlanItemView item);

    /** The resolved unit names (and the notes kept for words that name no unit). */
    PrintedUnits RESOLVED = new PrintedUnits() {
        @Override
        public String lead(PlanItemView item) {
            return item.leadUnitName();
        }

        @Override
        public String coordinating(PlanItemView item) {
            return item.assigneeNames();
        }
    };
}
