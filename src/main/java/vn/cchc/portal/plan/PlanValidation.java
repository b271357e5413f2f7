package vn.cchc.portal.plan;

import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.Formats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Rules for plans and items, checked in the services whatever the forms already checked. */
final class PlanValidation {

    static final String STALE = "Kế hoạch vừa được người khác sửa. Hãy tải lại để xem bản mới nhất.";
    static final String ITEM_STALE = "Mục này vừa được người khác sửa. Hãy tải lại để xem bản mới nhất.";
    static final String ALREADY_ISSUED = "Kế hoạch đã được ban hành (có thể do bấm hai lần hoặc người khác vừa ban "
            + "hành); không cần ban hành lại. Hãy tải lại trang để xem trạng thái mới nhất.";
    static final String READ_ONLY = "Kế hoạch đã ban hành không được sửa. Hãy lập văn bản sửa đổi, bổ sung.";

    private PlanValidation() {
    }

    static void header(PlanHeaderForm form) {
        List<String> problems = new ArrayList<>();
        if (form.getTitle() == null || form.getTitle().isBlank()) {
            problems.add("Vui lòng nhập trích yếu (tên kế hoạch).");
        } else if (form.getTitle().strip().length() > 1000) {
            problems.add("Trích yếu không được dài quá 1000 ký tự.");
        }
        if (form.getIssuingUnitId() == null) {
            problems.add("Vui lòng chọn cơ quan ban hành.");
        }
        if (form.getKind() == null) {
            problems.add("Vui lòng chọn loại kế hoạch.");
        }
        if (form.getYear() < 2000 || form.getYear() > 2100) {
            problems.add("Năm kế hoạch phải trong khoảng 2000–2100.");
        }
        if (form.getStartDate() != null && form.getEndDate() != null && form.getEndDate().isBefore(form.getStartDate())) {
            problems.add("Ngày kết thúc không được trước ngày bắt đầu.");
        }
        if (form.getSubPlanDueWorkingDays() != null && form.getSubPlanDueWorkingDays() <= 0) {
            problems.add("Số ngày làm việc để đơn vị lập kế hoạch phải lớn hơn 0.");
        }
        if (form.getNumber() != null && form.getNumber().strip().length() > 60) {
            problems.add("Số, ký hiệu không được dài quá 60 ký tự.");
        }
        if (form.getIssueDate() != null && Math.abs(form.getIssueDate().getYear() - form.getYear()) > 1) {
            problems.add("Ngày ban hành " + Formats.date(form.getIssueDate()) + " không hợp lý với kế hoạch năm "
                    + form.getYear() + " (phải trong năm " + (form.getYear() - 1) + "–" + (form.getYear() + 1) + ").");
        }
        for (LocalDate day : java.util.Arrays.asList(form.getStartDate(), form.getEndDate(), form.getSubPlanDueDate())) {
            if (day != null && (day.getYear() < form.getYear() - 5 || day.getYear() > form.getYear() + 10)) {
                problems.add("Ngày " + Formats.date(day) + " không hợp lý với kế hoạch năm " + form.getYear() + ".");
            }
        }
        // the columns' limits (V6__plan.sql): pasted text gets a message, never a database error
        tooLong(problems, form.getParentBody(), 200, "Cơ quan chủ quản");
        tooLong(problems, form.getPlace(), 100, "Địa danh");
        tooLong(problems, form.getPreamble(), LONG_TEXT, "Phần mở đầu");
        tooLong(problems, form.getLegalBases(), LONG_TEXT, "Căn cứ");
        tooLong(problems, form.getPurpose(), LONG_TEXT, "Mục đích");
        tooLong(problems, form.getRequirements(), LONG_TEXT, "Yêu cầu");
        tooLong(problems, form.getImplementation(), LONG_TEXT, "Tổ chức thực hiện");
        tooLong(problems, form.getRecipients(), 4000, "Nơi nhận");
        tooLong(problems, form.getSignerAuthority(), 200, "Thẩm quyền ký");
        tooLong(problems, form.getSignerTitle(), 200, "Chức vụ người ký");
        tooLong(problems, form.getSignerName(), 200, "Họ tên người ký");
        fail(problems);
    }

    /** Longest title of an item (plan_item.title). */
    static final int ITEM_TITLE = 2000;
    /** Longest goal, tasks and long header sections (varchar(20000)). */
    static final int LONG_TEXT = 20000;

    private static void tooLong(List<String> problems, String value, int max, String field) {
        if (value != null && value.length() > max) {
            problems.add(field + " dài " + value.length() + " ký tự, quá giới hạn " + max
                    + " ký tự; hãy rút gọn.");
        }
    }

    /** An item's deadline against its plan: not before the plan starts, not in an absurd year. */
    static void itemDeadline(Plan plan, PlanItemForm form) {
        LocalDate deadline = form.getDeadline();
        if (deadline == null) {
            return;
        }
        if (plan.startDate != null && deadline.isBefore(plan.startDate)) {
            throw new BusinessException("Hạn hoàn thành " + Formats.date(deadline) + " trước ngày bắt đầu của kế hoạch ("
                    + Formats.date(plan.startDate) + ").");
        }
        if (deadline.getYear() < plan.year - 1 || deadline.getYear() > plan.year + 10) {
            throw new BusinessException("Hạn hoàn thành " + Formats.date(deadline) + " không hợp lý với kế hoạch năm "
                    + plan.year + ".");
        }
    }

    static void item(PlanItemForm form) {
        List<String> problems = new ArrayList<>();
        if (form.getKind() == null) {
            problems.add("Vui lòng chọn loại mục.");
        }
        boolean hasTitle = form.getTitle() != null && !form.getTitle().isBlank();
        boolean hasGoal = form.getGoal() != null && !form.getGoal().isBlank();
        boolean hasTasks = form.getTasks() != null && !form.getTasks().isBlank();
        if (!hasTitle && !hasGoal && !hasTasks) {
            problems.add("Mục phải có tên, mục tiêu hoặc nhiệm vụ.");
        }
        if (form.getKind() == PlanItemKind.GROUP && (form.getLeadUnitId() != null || !form.getAssignees().isEmpty())) {
            problems.add("Mục tiêu đề (nhóm) không có cơ quan chủ trì hay phối hợp.");
        }
        if (form.getNumber() != null && form.getNumber().strip().length() > 20) {
            problems.add("Số thứ tự không được dài quá 20 ký tự.");
        }
        if (form.getTimeframe() != null && form.getTimeframe().strip().length() > 500) {
            problems.add("Thời gian thực hiện không được dài quá 500 ký tự.");
        }
        if (form.getLeadText() != null && form.getLeadText().length() > 2000) {
            problems.add("Cơ quan chủ trì (như văn bản) không được dài quá 2000 ký tự.");
        }
        if (form.getCoordinatingText() != null && form.getCoordinatingText().length() > 4000) {
            problems.add("Cơ quan phối hợp (như văn bản) không được dài quá 4000 ký tự.");
        }
        tooLong(problems, form.getTitle(), ITEM_TITLE, "Tên mục");
        tooLong(problems, form.getGoal(), LONG_TEXT, "Mục tiêu");
        tooLong(problems, form.getTasks(), LONG_TEXT, "Nhiệm vụ");
        tooLong(problems, form.getCoordinatingNote(), 2000, "Ghi chú phối hợp");
        if (form.getDeadlineTime() != null && form.getDeadline() == null) {
            problems.add("Giờ hoàn thành cần đi kèm ngày hoàn thành.");
        }
        if (form.getExclusions().stream().anyMatch(x -> x.getReason() == null || x.getReason().isBlank())) {
            problems.add("Vui lòng ghi lý do không giao nhiệm vụ cho đơn vị.");
        }
        fail(problems);
    }

    /** Everything an issued plan needs, all problems listed at once. */
    static void issue(Plan plan, List<PlanItem> items) {
        List<String> problems = new ArrayList<>();
        if (plan.number == null || plan.number.isBlank()) {
            problems.add("chưa có số, ký hiệu");
        }
        if (plan.issueDate == null) {
            problems.add("chưa có ngày ban hành");
        }
        if (plan.signerName == null || plan.signerTitle == null) {
            problems.add("chưa có chức vụ và họ tên người ký");
        }
        List<PlanItem> work = items.stream().filter(i -> i.kind == PlanItemKind.ITEM).toList();
        if (work.isEmpty()) {
            problems.add("chưa có mục nhiệm vụ nào");
        }
        List<String> noLead = work.stream().filter(i -> !i.hasLead())
                .map(i -> i.number == null ? (i.title == null ? "#" + i.id : i.title) : i.number).toList();
        if (!noLead.isEmpty()) {
            problems.add("các mục chưa có cơ quan chủ trì: " + String.join(", ", noLead));
        }
        if (!problems.isEmpty()) {
            throw new BusinessException("Chưa ban hành được kế hoạch: " + String.join("; ", problems) + ".");
        }
    }

    private static void fail(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new BusinessException(String.join(" ", problems));
        }
    }
}
