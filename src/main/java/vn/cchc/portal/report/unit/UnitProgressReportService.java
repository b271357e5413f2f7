package vn.cchc.portal.report.unit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.cchc.portal.assignment.AssignmentDetail;
import vn.cchc.portal.assignment.AssignmentSummary;
import vn.cchc.portal.assignment.UpdateState;
import vn.cchc.portal.assignment.UpdateView;
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
import vn.cchc.portal.report.periodic.Standing;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.Formats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A unit's own progress report for a reporting period of a plan (what a department head sends up): every task of the
 * unit with its deadline, standing at the period's end, percent and the result reported for the period. A unit user
 * gets only their own unit's report; planners and leaders any unit's.
 */
@Service
public class UnitProgressReportService {

    private final ReportData data;
    private final IssuerService issuers;
    private final Clock clock;

    UnitProgressReportService(ReportData data, IssuerService issuers, Clock clock) {
        this.data = data;
        this.issuers = issuers;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public DocumentSpec spec(long unitId, long planId, long periodId, boolean draftMark) {
        data.checkUnitAccess(unitId);
        PlanDetail plan = data.plan(planId);
        PlanSummary s = plan.summary();
        PeriodView period = data.periods(planId).stream()
                .filter(p -> p.id() == periodId)
                .findFirst()
                .orElseThrow(() -> BusinessException.of("error.report.periodNotFound"));
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = period.endDate().isBefore(today) ? period.endDate() : today;
        List<AssignmentSummary> mine = data.assignments(planId).stream()
                .filter(a -> a.unitId() == unitId)
                .sorted(Comparator.comparing(AssignmentSummary::itemId))
                .toList();
        Issuer issuer = issuers.of(unitId);

        List<BodyLine> body = new ArrayList<>();
        String planRef = ReportData.planNumber(s) + " của " + s.issuingUnitName();
        int done = 0;
        int overdue = 0;
        List<BodyLine> rows = new ArrayList<>();
        List<BodyLine> details = new ArrayList<>();
        int n = 0;
        for (AssignmentSummary a : mine) {
            Standing standing = Standing.on(asOf, a.dueDate(), a.completedOn());
            if (standing == Standing.DONE_ON_TIME || standing == Standing.DONE_LATE) {
                done++;
            } else if (standing == Standing.OVERDUE) {
                overdue++;
            }
            AssignmentDetail detail = data.assignment(a.id());
            UpdateView update = detail.updates().stream()
                    .filter(u -> period.label().equals(u.periodLabel()))
                    .filter(u -> u.state() == UpdateState.ACCEPTED || u.state() == UpdateState.SUBMITTED)
                    .reduce((x, y) -> y)
                    .orElse(null);
            n++;
            rows.add(BodyLine.row(
                    "TASK_ROW",
                    String.valueOf(n),
                    a.itemLabel(),
                    Formats.date(a.dueDate()),
                    label(standing),
                    a.percent() + "%",
                    update == null ? "Chưa báo cáo trong kỳ" : update.result()));
            if (update != null && (present(update.difficulties()) || present(update.proposals()))) {
                details.add(BodyLine.p(n + ". " + a.itemLabel() + ": "
                        + (present(update.difficulties()) ? "khó khăn: " + update.difficulties() + ". " : "")
                        + (present(update.proposals()) ? "đề xuất: " + update.proposals() + "." : "")));
            }
        }
        body.add(BodyLine.h1("I. KẾT QUẢ THỰC HIỆN"));
        if (mine.isEmpty()) {
            body.add(BodyLine.p("Trong " + planRef + ", " + issuer.unitName() + " không được giao nhiệm vụ nào."));
        } else {
            List<BodyLine> table = new ArrayList<>();
            table.add(BodyLine.p("Thực hiện " + planRef + ", " + issuer.unitName() + " được giao " + mine.size()
                    + " nhiệm vụ. Đến hết ngày " + Formats.date(asOf) + ", đã hoàn thành " + done + "/" + mine.size()
                    + " nhiệm vụ; " + overdue + " nhiệm vụ quá hạn; " + (mine.size() - done - overdue)
                    + " nhiệm vụ đang thực hiện. Kết quả cụ thể:"));
            table.add(BodyLine.row(
                    "TASK_HEAD", "TT", "Nhiệm vụ", "Thời hạn", "Tình trạng", "Tiến độ", "Kết quả thực hiện trong kỳ"));
            table.addAll(rows);
            body.addAll(BodyLine.keepHead(body.size(), table, 4));
        }
        body.add(BodyLine.h1("II. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT"));
        if (details.isEmpty()) {
            body.add(BodyLine.p("Không có khó khăn, vướng mắc phát sinh trong kỳ."));
        } else {
            body.addAll(details);
        }
        body.add(BodyLine.p("Trên đây là báo cáo của " + issuer.unitName() + " về tiến độ thực hiện " + planRef + " ("
                + period.label() + ")./."));
        OfficialDocument doc = new OfficialDocument(
                issuer.parentBody(),
                issuer.issuingBody(),
                issuer.blankNumber("BC"),
                issuer.place(),
                today,
                "BÁO CÁO",
                "Tiến độ thực hiện " + planRef + " – " + period.label(),
                List.of("Như trên;", "Lưu: VT."),
                issuer.signerAuthority(),
                issuer.signerTitle(),
                issuer.signerName(),
                draftMark,
                "Kính gửi: " + s.issuingUnitName());
        return new DocumentSpec(
                DocumentKind.UNIT_PROGRESS,
                doc,
                List.of(DocumentPart.body(BodyLine.REPORT, body, Map.of())),
                "bao-cao-tien-do-don-vi-" + unitId + "-ky-" + period.seq(),
                "Báo cáo tiến độ " + issuer.unitName(),
                unitId,
                planId,
                "Báo cáo tiến độ của " + issuer.unitName() + "; kế hoạch mã " + planId + "; " + period.label());
    }

    private static String label(Standing standing) {
        return switch (standing) {
            case DONE_ON_TIME -> "Hoàn thành đúng hạn";
            case DONE_LATE -> "Hoàn thành trễ hạn";
            case IN_PROGRESS -> "Đang thực hiện";
            case OVERDUE -> "Quá hạn";
        };
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
