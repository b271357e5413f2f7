package vn.cchc.portal.plan;

import org.junit.jupiter.api.Test;
import vn.cchc.portal.shared.BusinessException;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Texts as long as their columns and dates that make sense, checked by the services whatever the form let through:
 * a message naming the field, never a database error or a silent absurd date.
 */
class PlanLimitsTest {

    private static final String OCR_TITLE = "Văn bản quét OCR dán vào ô ".repeat(110); // 2,970 characters

    @Test
    void anItemTitleLongerThanItsColumnIsRefusedWithTheFieldAndTheLimit() {
        PlanItemForm form = item();
        form.setTitle(OCR_TITLE);
        assertThatThrownBy(() -> PlanValidation.item(form))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("Nội dung, tên mục dài 2.970 ký tự, quá giới hạn 2.000 ký tự")
                .satisfies(e -> assertThat(((BusinessException) e).message(Locale.ENGLISH))
                        .contains("Content has 2,970 characters, more than the limit of 2,000"));
        form.setTitle(OCR_TITLE.substring(0, 2000));
        assertThatCode(() -> PlanValidation.item(form)).doesNotThrowAnyException();
    }

    @Test
    void aGoalOrHeaderSectionLongerThanItsColumnIsRefused() {
        PlanItemForm form = item();
        form.setGoal("x".repeat(20_001));
        assertThatThrownBy(() -> PlanValidation.item(form)).hasMessageContaining("Mục tiêu, yêu cầu dài 20.001 ký tự");
        PlanHeaderForm header = header();
        header.setRecipients("Nơi nhận; ".repeat(401));
        assertThatThrownBy(() -> PlanValidation.header(header)).hasMessageContaining("Nơi nhận dài 4.010 ký tự");
    }

    @Test
    void anIssueDateFarFromThePlansYearIsRefused() {
        PlanHeaderForm header = header();
        header.setIssueDate(LocalDate.of(9999, 12, 31));
        assertThatThrownBy(() -> PlanValidation.header(header))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("Ngày ban hành 31/12/9999 không hợp lý với kế hoạch năm 2026");
        header.setIssueDate(LocalDate.of(2025, 12, 20)); // a plan of 2026 issued late in 2025
        assertThatCode(() -> PlanValidation.header(header)).doesNotThrowAnyException();
    }

    @Test
    void anItemDeadlineBeforeThePlanStartsIsRefusedWithBothDates() {
        Plan plan = new Plan();
        plan.year = 2026;
        plan.startDate = LocalDate.of(2026, 1, 1);
        PlanItemForm form = item();
        form.setDeadline(LocalDate.of(2020, 1, 1));
        assertThatThrownBy(() -> PlanValidation.itemDeadline(plan, form))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Hạn hoàn thành 01/01/2020 trước ngày bắt đầu của kế hoạch (01/01/2026).")
                .satisfies(e -> assertThat(((BusinessException) e).message(Locale.ENGLISH))
                        .isEqualTo("The deadline 01/01/2020 is before the plan starts (01/01/2026)."));
        form.setDeadline(LocalDate.of(2027, 3, 31)); // after the period: allowed (work running into next year)
        assertThatCode(() -> PlanValidation.itemDeadline(plan, form)).doesNotThrowAnyException();
        form.setDeadline(LocalDate.of(9999, 12, 31));
        assertThatThrownBy(() -> PlanValidation.itemDeadline(plan, form)).hasMessageContaining("không hợp lý");
    }

    private static PlanItemForm item() {
        PlanItemForm form = new PlanItemForm();
        form.setKind(PlanItemKind.ITEM);
        form.setTitle("Rà soát văn bản");
        return form;
    }

    private static PlanHeaderForm header() {
        PlanHeaderForm form = new PlanHeaderForm();
        form.setTitle("Kế hoạch cải cách hành chính năm 2026");
        form.setIssuingUnitId(1L);
        form.setKind(PlanKind.ANNUAL);
        form.setYear(2026);
        return form;
    }
}
