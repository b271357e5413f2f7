package vn.cchc.portal.report;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.assignment.AssignmentDetail;
import vn.cchc.portal.assignment.AssignmentService;
import vn.cchc.portal.assignment.AssignmentStatus;
import vn.cchc.portal.assignment.AssignmentSummary;
import vn.cchc.portal.assignment.ProgressService;
import vn.cchc.portal.assignment.ReviewService;
import vn.cchc.portal.assignment.UpdateForm;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.plan.PeriodView;
import vn.cchc.portal.plan.PlanHeaderForm;
import vn.cchc.portal.plan.PlanItemForm;
import vn.cchc.portal.plan.PlanItemKind;
import vn.cchc.portal.plan.PlanItemService;
import vn.cchc.portal.plan.PlanKind;
import vn.cchc.portal.plan.PlanService;
import vn.cchc.portal.plan.ReportingCadence;
import vn.cchc.portal.plan.ReportingPeriodService;
import vn.cchc.portal.report.periodic.Counts;
import vn.cchc.portal.report.periodic.PeriodicDraft;
import vn.cchc.portal.report.periodic.PeriodicFigures;
import vn.cchc.portal.report.periodic.PeriodicReportService;
import vn.cchc.portal.report.periodic.PeriodicScope;
import vn.cchc.portal.support.MutableClock;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The quarterly CCHC report of a plan with known task states: one done on time, one done late, one overdue, one in
 * progress, one not started — its numbers equal what the assignments say, its appendix has the 2021 report's codes.
 * The application's clock is set to 20/5/2026 (second quarter) before each test.
 */
@SpringBootTest
@Transactional
@WithUserDetails(value = "chuyenvien.snv", userDetailsServiceBeanName = "dbUserDetailsService")
class PeriodicReportTest {

    @Autowired
    PlanService plans;

    @Autowired
    PlanItemService items;

    @Autowired
    OrgUnitService units;

    @Autowired
    AssignmentService assignments;

    @Autowired
    ReportingPeriodService periods;

    @Autowired
    ProgressService progress;

    @Autowired
    ReviewService reviews;

    @Autowired
    PeriodicReportService periodic;

    @Autowired
    ReportCatalog catalog;

    @Autowired
    UserDetailsService users;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void secondQuarter() {
        clock.setDay(LocalDate.of(2026, 5, 20));
    }

    void signInAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    long unit(String code) {
        return units.activeUnits().stream()
                .filter(u -> u.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** A plan of this year issued by the province: five tasks led by Sở Tư pháp, three of them reported. */
    long planWithKnownStates(LocalDate today) {
        PlanHeaderForm header = new PlanHeaderForm();
        header.setIssuingUnitId(unit("UBT"));
        header.setKind(PlanKind.ANNUAL);
        header.setYear(today.getYear());
        header.setTitle("Kế hoạch thử báo cáo quý");
        header.setReportingCadence(ReportingCadence.QUARTERLY);
        long planId = plans.create(header).id();
        LocalDate[] due = {
            today.plusDays(60), today.minusDays(10), today.minusDays(5), today.plusDays(60), today.plusDays(60)
        };
        for (int i = 0; i < due.length; i++) {
            PlanItemForm item = new PlanItemForm();
            item.setPlanId(planId);
            item.setKind(PlanItemKind.ITEM);
            item.setNumber(String.valueOf(i + 1));
            item.setTitle("Nhiệm vụ thử " + (i + 1));
            item.setLeadUnitId(unit("STP"));
            item.setAssignees(List.of());
            item.setDeadline(due[i]);
            items.add(item);
        }
        PlanHeaderForm sign = plans.get(planId).header();
        sign.setNumber("88/KH-UBND");
        sign.setIssueDate(today.minusDays(20));
        sign.setSigner(new vn.cchc.portal.shared.Signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn A"));
        plans.updateHeader(sign);
        plans.issue(planId);
        List<AssignmentSummary> tasks = assignments.ofPlan(planId).stream()
                .sorted(java.util.Comparator.comparing(AssignmentSummary::itemId))
                .toList();
        report(tasks.get(0), true, 100); // done on time
        report(tasks.get(1), true, 100); // done late: its deadline passed
        report(tasks.get(3), false, 50); // in progress; 3rd overdue, 5th not started
        return planId;
    }

    private void report(AssignmentSummary task, boolean completed, int percent) {
        signInAs("giamdoc.stp");
        AssignmentDetail detail = assignments.get(task.id());
        UpdateForm form = UpdateForm.of(detail);
        // reported for the period of the test clock's day (not the machine's)
        LocalDate today = LocalDate.now(clock);
        form.setPeriodId(detail.periods().stream()
                .filter(p -> p.contains(today))
                .findFirst()
                .orElseThrow()
                .id());
        form.setCompleted(completed);
        form.setPercent(percent);
        form.setResult("Kết quả " + task.itemNumber());
        long updateId = progress.saveDraft(form).updateId();
        progress.submit(updateId);
        signInAs("chuyenvien.snv");
        reviews.accept(updateId);
    }

    @Test
    void theQuarterlyNumbersEqualTheAssignmentsInTheDatabase() throws IOException {
        LocalDate today = LocalDate.now(clock);
        long planId = planWithKnownStates(today);
        List<AssignmentSummary> db = assignments.ofPlan(planId);
        PeriodView quarter = periods.ofPlan(planId).stream()
                .filter(p -> !today.isBefore(p.startDate()) && !today.isAfter(p.endDate()))
                .findFirst()
                .orElseThrow();

        PeriodicFigures f = periodic.figures(periodic.ofPlanPeriod(planId, quarter.id()));

        Counts expected = new Counts(
                db.size(),
                count(db, AssignmentStatus.DONE_ON_TIME),
                count(db, AssignmentStatus.DONE_LATE),
                count(db, AssignmentStatus.IN_PROGRESS) + count(db, AssignmentStatus.NOT_STARTED),
                count(db, AssignmentStatus.OVERDUE));
        assertThat(f.tasks()).isEqualTo(expected).isEqualTo(new Counts(5, 1, 1, 2, 1));
        assertThat(f.byUnit()).singleElement().satisfies(l -> {
            assertThat(l.label()).isEqualTo("Sở Tư pháp");
            assertThat(l.counts()).isEqualTo(expected);
        });

        GeneratedFile pdf = catalog.generate(ReportRequest.period(planId, quarter.id(), false), ExportFormat.PDF, null);
        Files.write(Files.createDirectories(PlanDocumentTest.SAMPLES).resolve("bao-cao-quy.pdf"), pdf.content());
        String text = PdfChecks.text(pdf.content()).replaceAll("\\s+", " ");
        assertThat(text)
                .contains(
                        "BÁO CÁO",
                        "xác định 5 nhiệm vụ cụ thể. Đến hết ngày 20/05/2026,",
                        "đã hoàn thành 2/5 nhiệm vụ (đạt 40%), trong đó 1 nhiệm vụ hoàn thành đúng hạn, 1 nhiệm vụ hoàn thành"
                                + " trễ hạn; 2 nhiệm vụ đang thực hiện; 1 nhiệm vụ quá hạn",
                        "Sở Tư pháp 5 1 1 2 1 40",
                        "Tổng cộng 5 1 1 2 1 40",
                        "Kính gửi: Bộ Nội vụ",
                        "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
                        "II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CCHC",
                        "III. PHƯƠNG HƯỚNG",
                        "THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH",
                        "1.1.1. Số nhiệm vụ đề ra trong kế hoạch Nhiệm vụ 5",
                        "1.1.2. Số nhiệm vụ đã hoàn thành Nhiệm vụ 2");
        assertThat(PdfChecks.pdfaErrors(pdf.content())).isEmpty();
        assertThat(PdfChecks.fontsNotEmbedded(pdf.content())).isEmpty();
    }

    @Test
    void theStatisticalAppendixHasTheCodesAndUnitsOfThe2021Report() throws IOException {
        long planId = planWithKnownStates(LocalDate.now(clock));
        PeriodicScope scope =
                periodic.ofPlan(planId, "nam-" + LocalDate.now(clock).getYear());
        PeriodicDraft draft = periodic.draft(scope);
        PeriodicDraft edited = new PeriodicDraft(
                draft.addressee(),
                draft.recipients(),
                "2. Về tổ chức chỉ đạo\nĐoạn do chuyên viên viết: <script>x</script> ${7*7}",
                draft.section2(),
                draft.section3(),
                Map.of("s007", new PeriodicDraft.StatValue("6", "Số liệu tạm tính")),
                false,
                null);
        periodic.saveDraft(scope, edited);

        GeneratedFile pdf =
                catalog.generate(ReportRequest.planSpan(planId, scope.span().code(), true), ExportFormat.PDF, null);
        String text = PdfChecks.text(pdf.content()).replaceAll("\\s+", " ");
        int appendix = text.indexOf("THỐNG KÊ SỐ LIỆU");
        String table = text.substring(appendix);
        int at = 0;
        try (InputStream in = getClass().getResourceAsStream("/report/statistics-003-codes-units.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] c = line.split("\t", -1);
                String probe = (c[0] + " ").strip();
                if (!probe.isEmpty()) {
                    int found = table.indexOf(probe, at);
                    assertThat(found).as("code %s", probe).isGreaterThanOrEqualTo(at);
                    at = found;
                }
                if (c.length > 1 && !c[1].isBlank()) {
                    assertThat(table).contains(c[1].strip());
                }
            }
        }
        assertThat(text)
                .contains(
                        "DỰ THẢO",
                        "Đoạn do chuyên viên viết: <script>x</script> ${7*7}",
                        "Số sở, ngành đã kiểm tra Cơ quan, đơn vị 6 Số liệu tạm tính");
        assertThat(periodic.draft(scope).saved()).isTrue();
    }

    @Test
    void aUnitsProgressReportListsItsTasksWithTheirStandingAndTheResultsReportedInThePeriod() throws IOException {
        LocalDate today = LocalDate.now(clock);
        long planId = planWithKnownStates(today);
        PeriodView quarter = periods.ofPlan(planId).stream()
                .filter(p -> p.contains(today))
                .findFirst()
                .orElseThrow();
        signInAs("giamdoc.stp");

        GeneratedFile pdf =
                catalog.generate(ReportRequest.unit(unit("STP"), planId, quarter.id(), false), ExportFormat.PDF, null);
        Files.write(
                Files.createDirectories(PlanDocumentTest.SAMPLES).resolve("bao-cao-tien-do-don-vi.pdf"), pdf.content());
        String text = PdfChecks.text(pdf.content()).replaceAll("\\s+", " ");

        assertThat(text)
                .contains(
                        "SỞ TƯ PHÁP",
                        "BÁO CÁO",
                        "Kính gửi: Ủy ban nhân dân tỉnh Gia Lai",
                        "Sở Tư pháp được giao 5 nhiệm vụ. Đến hết ngày 20/05/2026, đã hoàn thành 2/5 nhiệm vụ; 1 nhiệm vụ"
                                + " quá hạn; 2 nhiệm vụ đang thực hiện.",
                        "Hoàn thành đúng hạn",
                        "Hoàn thành trễ hạn",
                        "Quá hạn",
                        "Kết quả 1",
                        "Kết quả 4",
                        "Chưa báo cáo trong kỳ");
        assertThat(PdfChecks.pdfaErrors(pdf.content())).isEmpty();
    }

    @Test
    void aUnitUserCannotReportOnAnotherUnitsPlans() {
        long planId = planWithKnownStates(LocalDate.now(clock));
        signInAs("giamdoc.stp");
        assertThatThrownBy(() ->
                        periodic.ofPlan(planId, "nam-" + LocalDate.now(clock).getYear()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalog.generate(
                        ReportRequest.unit(
                                unit("SNV"),
                                planId,
                                periods.ofPlan(planId).getFirst().id(),
                                false),
                        ExportFormat.PDF,
                        null))
                .isInstanceOf(AccessDeniedException.class);
        GeneratedFile own = catalog.generate(
                ReportRequest.unit(
                        unit("STP"), planId, periods.ofPlan(planId).getFirst().id(), false),
                ExportFormat.PDF,
                null);
        assertThat(own.archiveId()).isNotNull();
    }

    private static int count(List<AssignmentSummary> all, AssignmentStatus status) {
        return (int) all.stream().filter(a -> a.status() == status).count();
    }
}
