package vn.cchc.portal.report.periodic;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.plan.PeriodView;
import vn.cchc.portal.plan.PlanDetail;
import vn.cchc.portal.plan.PlanHeader;
import vn.cchc.portal.plan.PlanSummary;
import vn.cchc.portal.plan.ReportingCadence;
import vn.cchc.portal.report.BodyLine;
import vn.cchc.portal.report.DocumentKind;
import vn.cchc.portal.report.DocumentPart;
import vn.cchc.portal.report.DocumentSpec;
import vn.cchc.portal.report.Issuer;
import vn.cchc.portal.report.IssuerService;
import vn.cchc.portal.report.OfficialDocument;
import vn.cchc.portal.report.ReportData;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.Role;
import vn.cchc.portal.shared.Texts;
import vn.cchc.portal.shared.UserContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The periodic CCHC report ("BÁO CÁO" for a quarter, six months or a year) of one plan or of all plans an issuer
 * issued in the year: narrative sections I–III the planner edits (suggested from the data until saved), figures
 * computed from assignments, and the statistical appendix. Leaders, planners and administrators report on any
 * issuer; a unit user only on plans of their own unit.
 */
@Service
@Transactional(readOnly = true)
public class PeriodicReportService {

    private final ReportData data;
    private final IssuerService issuers;
    private final ReportDraftRepository drafts;
    private final CurrentUser currentUser;
    private final Clock clock;

    PeriodicReportService(
            ReportData data,
            IssuerService issuers,
            ReportDraftRepository drafts,
            CurrentUser currentUser,
            Clock clock) {
        this.data = data;
        this.issuers = issuers;
        this.drafts = drafts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The quarter of a plan's reporting period. */
    @PreAuthorize("isAuthenticated()")
    public PeriodicScope ofPlanPeriod(long planId, long periodId) {
        PlanDetail plan = data.plan(planId);
        if (PlanHeader.of(plan).reportingCadence() == ReportingCadence.CAMPAIGN_10_DAYS) {
            throw BusinessException.of("error.report.campaignPlan");
        }
        PeriodView period = data.periods(planId).stream()
                .filter(p -> p.id() == periodId)
                .findFirst()
                .orElseThrow(() -> BusinessException.of("error.report.periodNotFound"));
        return checked(
                new PeriodicScope(planId, plan.summary().issuingUnitId(), ReportSpan.quarterOf(period.startDate())));
    }

    @PreAuthorize("isAuthenticated()")
    public PeriodicScope ofPlan(long planId, String span) {
        PlanDetail plan = data.plan(planId);
        return checked(new PeriodicScope(planId, plan.summary().issuingUnitId(), ReportSpan.parse(span)));
    }

    @PreAuthorize("isAuthenticated()")
    public PeriodicScope ofIssuer(long issuerUnitId, String span) {
        return checked(new PeriodicScope(null, issuerUnitId, ReportSpan.parse(span)));
    }

    /** The figures of the scope, as of the span's last day (or today while the span runs). */
    @PreAuthorize("isAuthenticated()")
    public PeriodicFigures figures(PeriodicScope scope) {
        checked(scope);
        return FiguresCalculator.compute(tasks(plans(scope)), asOf(scope));
    }

    /** The saved texts, or the suggestions generated from the data. */
    @PreAuthorize("isAuthenticated()")
    public PeriodicDraft draft(PeriodicScope scope) {
        checked(scope);
        return drafts.findByScopeKey(scope.key())
                .map(PeriodicReportService::view)
                .orElseGet(() -> suggestion(scope));
    }

    /** The suggestions generated from the data (what "reset" gives back). */
    @PreAuthorize("isAuthenticated()")
    public PeriodicDraft suggestion(PeriodicScope scope) {
        checked(scope);
        List<PlanSummary> plans = plans(scope);
        PeriodicFigures f = FiguresCalculator.compute(tasks(plans), asOf(scope));
        Issuer issuer = issuers.of(scope.issuerUnitId());
        String s1 = "2. Về tổ chức chỉ đạo, điều hành CCHC\n"
                + "Trong " + scope.span().label() + ", " + issuer.unitName()
                + " tiếp tục chỉ đạo, đôn đốc các cơ quan, đơn vị, địa phương triển khai các nhiệm vụ CCHC theo kế hoạch.\n"
                + "3. Về kiểm tra CCHC\n"
                + "Kết quả kiểm tra công tác CCHC trong kỳ (số cơ quan, đơn vị được kiểm tra, vấn đề phát hiện và xử lý).\n"
                + "4. Về công tác tuyên truyền CCHC\n"
                + "Kết quả tuyên truyền CCHC trong kỳ.";
        StringBuilder s2 = new StringBuilder();
        int n = 0;
        for (PeriodicFigures.Line area : f.byArea()) {
            Counts c = area.counts();
            s2.append(++n)
                    .append(". ")
                    .append(area.label())
                    .append('\n')
                    .append("Hoàn thành ")
                    .append(c.done())
                    .append('/')
                    .append(c.total())
                    .append(" nhiệm vụ (đạt ")
                    .append(percent(c.percentDone()))
                    .append("%); ")
                    .append(c.inProgress())
                    .append(" nhiệm vụ đang thực hiện; ")
                    .append(c.overdue())
                    .append(" nhiệm vụ quá hạn.\n");
        }
        Counts t = f.tasks();
        StringBuilder s3 = new StringBuilder("1. Tiếp tục chỉ đạo, đôn đốc hoàn thành ")
                .append(t.inProgress() + t.overdue())
                .append(" nhiệm vụ còn lại của kế hoạch trong ")
                .append(scope.span().nextLabel())
                .append(".\n");
        if (!f.overdueUnits().isEmpty()) {
            s3.append("2. Yêu cầu các cơ quan, đơn vị có nhiệm vụ quá hạn khẩn trương hoàn thành: ")
                    .append(String.join("; ", f.overdueUnits()))
                    .append(".\n");
        }
        s3.append(f.overdueUnits().isEmpty() ? "2. " : "3. ")
                .append("Tăng cường kiểm tra, tuyên truyền công tác CCHC; kịp thời báo cáo khó khăn, vướng mắc.");
        String addressee = data.activeUnits().stream()
                .filter(u -> u.id() == scope.issuerUnitId())
                .findFirst()
                .map(u -> u.parentId() == null ? "Bộ Nội vụ" : data.unitName(u.parentId()))
                .orElse("");
        return new PeriodicDraft(
                addressee, "Như trên;\nLưu: VT.", s1, s2.toString().strip(), s3.toString(), Map.of(), false, null);
    }

    /** Keeps the texts and entered statistics with the report. */
    @PreAuthorize("hasAnyRole('ADMIN','PLANNER','UNIT_HEAD')")
    @Transactional
    public PeriodicDraft saveDraft(PeriodicScope scope, PeriodicDraft draft) {
        checked(scope);
        UserContext user = currentUser.require();
        for (String text : new String[] {draft.section1(), draft.section2(), draft.section3()}) {
            if (text != null && text.length() > 20000) {
                throw BusinessException.of("error.report.sectionTooLong", 20000);
            }
        }
        if ((draft.addressee() != null && draft.addressee().length() > 500)
                || (draft.recipients() != null && draft.recipients().length() > 4000)) {
            throw BusinessException.of("error.report.recipientsTooLong");
        }
        StringBuilder values = new StringBuilder();
        Map<String, StatisticsCatalog.Entry> keys = new HashMap<>();
        StatisticsCatalog.entries().forEach(e -> keys.put(e.key(), e));
        for (Map.Entry<String, PeriodicDraft.StatValue> e : draft.values().entrySet()) {
            StatisticsCatalog.Entry entry = keys.get(e.getKey());
            if (entry == null || !entry.enterable()) {
                throw BusinessException.of("error.report.statisticUnknown", e.getKey());
            }
            String value = clean(e.getValue().value());
            String note = clean(e.getValue().note());
            if (value.length() > 200 || note.length() > 500) {
                throw BusinessException.of("error.report.statisticTooLong", entry.code());
            }
            if (!value.isEmpty() || !note.isEmpty()) {
                values.append(e.getKey())
                        .append('\t')
                        .append(value)
                        .append('\t')
                        .append(note)
                        .append('\n');
            }
        }
        ReportDraft row = drafts.findByScopeKey(scope.key()).orElseGet(() -> {
            ReportDraft created = new ReportDraft();
            created.scopeKey = scope.key();
            return created;
        });
        row.addressee = Texts.nfcOrNull(draft.addressee());
        row.recipients = block(draft.recipients());
        row.section1 = block(draft.section1());
        row.section2 = block(draft.section2());
        row.section3 = block(draft.section3());
        row.statValues = values.isEmpty() ? null : values.toString();
        row.updatedBy = user.username();
        row.updatedAt = clock.instant();
        drafts.saveAndFlush(row);
        return view(row);
    }

    /** The document: texts as kept (or suggested), figures and statistics from the data as of the report's day. */
    @PreAuthorize("isAuthenticated()")
    public DocumentSpec spec(PeriodicScope scope, boolean draftMark) {
        checked(scope);
        List<PlanSummary> plans = plans(scope);
        LocalDate asOf = asOf(scope);
        PeriodicFigures f = FiguresCalculator.compute(tasks(plans), asOf);
        PeriodicDraft texts = draft(scope);
        Issuer issuer = issuers.of(scope.issuerUnitId());
        ReportSpan span = scope.span();

        List<BodyLine> body = new ArrayList<>();
        body.add(BodyLine.h1("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"));
        body.add(BodyLine.h2("1. Về xây dựng kế hoạch cải cách hành chính (CCHC)"));
        Counts t = f.tasks();
        String planList = plans.stream()
                .map(PeriodicReportService::planRef)
                .reduce((a, b) -> a + "; " + b)
                .orElse("chưa ban hành kế hoạch nào trong năm " + span.year());
        body.add(BodyLine.p(issuer.unitName() + " ban hành " + planList + ", xác định " + t.total()
                + " nhiệm vụ cụ thể. Đến hết ngày " + Formats.date(asOf) + ", đã hoàn thành " + t.done() + "/"
                + t.total() + " nhiệm vụ (đạt " + percent(t.percentDone()) + "%), trong đó " + t.onTime()
                + " nhiệm vụ hoàn thành đúng hạn, " + t.late() + " nhiệm vụ hoàn thành trễ hạn; " + t.inProgress()
                + " nhiệm vụ đang thực hiện; " + t.overdue() + " nhiệm vụ quá hạn chưa hoàn thành."));
        body.addAll(BodyLine.paragraphs(texts.section1()));
        body.add(BodyLine.h1("II. KẾT QUẢ THỰC HIỆN CÔNG TÁC CCHC"));
        body.addAll(BodyLine.paragraphs(texts.section2()));
        table(
                body,
                "Bảng 1. Kết quả thực hiện nhiệm vụ theo lĩnh vực (đến hết ngày " + Formats.date(asOf) + ")",
                "Lĩnh vực, nhóm nhiệm vụ",
                "Số nhiệm vụ",
                f.byArea(),
                f.tasks());
        table(
                body,
                "Bảng 2. Kết quả thực hiện theo cơ quan, đơn vị (đến hết ngày " + Formats.date(asOf) + ")",
                "Cơ quan, đơn vị",
                "Số nhiệm vụ được giao",
                f.byUnit(),
                null);
        body.add(BodyLine.h1(
                "III. PHƯƠNG HƯỚNG, NHIỆM VỤ CCHC " + span.nextLabel().toUpperCase(Formats.VIETNAMESE)));
        body.addAll(BodyLine.paragraphs(texts.section3()));
        body.add(BodyLine.p("Trên đây là báo cáo tình hình, kết quả công tác CCHC " + span.label() + " của "
                + issuer.unitName() + "./."));

        OfficialDocument doc = new OfficialDocument(
                issuer.parentBody(),
                issuer.issuingBody(),
                issuer.blankNumber("BC"),
                issuer.place(),
                LocalDate.now(clock),
                "BÁO CÁO",
                subject(scope, plans),
                lines(texts.recipients()),
                issuer.signerAuthority(),
                issuer.signerTitle(),
                issuer.signerName(),
                draftMark,
                texts.addressee() == null || texts.addressee().isBlank() ? null : "Kính gửi: " + texts.addressee());

        Map<String, Object> params = new HashMap<>();
        params.put("APPENDIX_LABEL", "Phụ lục");
        params.put(
                "APPENDIX_TITLE",
                "THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH "
                        + span.label().toUpperCase(Formats.VIETNAMESE));
        params.put(
                "APPENDIX_CAPTION",
                "(Ban hành kèm theo Báo cáo số:      /BC-" + issuer.symbol() + " ngày      /      /           của "
                        + issuer.unitName() + ")");
        List<DocumentPart> parts = List.of(
                DocumentPart.body(BodyLine.REPORT, body, Map.of()),
                DocumentPart.appendix("statistics-appendix", statistics(f, texts), params));
        String scopeName = scope.planId() != null ? "ke-hoach-" + scope.planId() : "don-vi-" + scope.issuerUnitId();
        return new DocumentSpec(
                DocumentKind.PERIODIC,
                doc,
                parts,
                "bao-cao-cchc-" + span.code() + "-" + scopeName,
                "Báo cáo CCHC " + span.label(),
                scope.issuerUnitId(),
                scope.planId(),
                "Báo cáo định kỳ " + span.label()
                        + (scope.planId() != null
                                ? "; kế hoạch mã " + scope.planId()
                                : "; các kế hoạch của " + issuer.unitName())
                        + "; số liệu đến " + Formats.date(asOf));
    }

    /** The statistical appendix: computed rows from the figures, the others as entered. */
    static List<StatisticRow> statistics(PeriodicFigures f, PeriodicDraft texts) {
        List<StatisticRow> rows = new ArrayList<>();
        String note = "Số liệu của hệ thống đến ngày " + Formats.date(f.asOf());
        for (StatisticsCatalog.Entry e : StatisticsCatalog.entries()) {
            String value = "";
            String remark = "";
            if (StatisticsCatalog.TASKS_SET.equals(e.source())) {
                value = String.valueOf(f.tasks().total());
                remark = note;
            } else if (StatisticsCatalog.TASKS_DONE.equals(e.source())) {
                value = String.valueOf(f.tasks().done());
                remark = note;
            } else if (texts.values().containsKey(e.key())) {
                value = texts.values().get(e.key()).value();
                remark = texts.values().get(e.key()).note();
            }
            rows.add(new StatisticRow(e.code(), e.indicator(), e.unit(), value, remark, e.heading(), e.detail()));
        }
        return rows;
    }

    private static void table(
            List<BodyLine> body,
            String caption,
            String firstColumn,
            String countColumn,
            List<PeriodicFigures.Line> lines,
            Counts total) {
        if (lines.isEmpty()) {
            return;
        }
        List<BodyLine> table = new ArrayList<>();
        table.add(BodyLine.of("CENTER_BOLD", caption));
        table.add(BodyLine.row(
                "FIG_HEAD",
                firstColumn,
                countColumn,
                "Hoàn thành đúng hạn",
                "Hoàn thành trễ hạn",
                "Đang thực hiện",
                "Quá hạn",
                "Tỷ lệ hoàn thành (%)"));
        for (PeriodicFigures.Line line : lines) {
            table.add(figureRow("FIG_ROW", line.label(), line.counts()));
        }
        if (total != null) {
            table.add(figureRow("FIG_TOTAL", "Tổng cộng", total));
        }
        body.add(BodyLine.gap());
        body.addAll(BodyLine.keepHead(body.size(), table, 5));
        body.add(BodyLine.gap());
    }

    private static BodyLine figureRow(String style, String label, Counts c) {
        return BodyLine.row(
                style,
                label,
                String.valueOf(c.total()),
                String.valueOf(c.onTime()),
                String.valueOf(c.late()),
                String.valueOf(c.inProgress()),
                String.valueOf(c.overdue()),
                percent(c.percentDone()));
    }

    private String subject(PeriodicScope scope, List<PlanSummary> plans) {
        ReportSpan span = scope.span();
        if (scope.planId() != null && plans.size() == 1) {
            PlanSummary p = plans.getFirst();
            return "Kết quả thực hiện " + planRef(p) + " " + span.label();
        }
        return "Tình hình, kết quả công tác cải cách hành chính " + span.label() + " và nhiệm vụ trọng tâm "
                + span.nextLabel();
    }

    private static String planRef(PlanSummary p) {
        return ReportData.planNumber(p) + " về " + ReportData.topic(p);
    }

    private List<PlanSummary> plans(PeriodicScope scope) {
        if (scope.planId() != null) {
            return List.of(data.plan(scope.planId()).summary());
        }
        return data.plansOf(scope.issuerUnitId(), scope.span().year());
    }

    private List<FiguresCalculator.PlanTasks> tasks(List<PlanSummary> plans) {
        List<FiguresCalculator.PlanTasks> out = new ArrayList<>();
        for (PlanSummary p : plans) {
            out.add(new FiguresCalculator.PlanTasks(data.plan(p.id()), data.assignments(p.id())));
        }
        return out;
    }

    private LocalDate asOf(PeriodicScope scope) {
        LocalDate today = LocalDate.now(clock);
        return scope.span().end().isBefore(today) ? scope.span().end() : today;
    }

    private PeriodicScope checked(PeriodicScope scope) {
        UserContext user = currentUser.require();
        if (user.seesAllUnits()) {
            return scope;
        }
        boolean unitRole = user.has(Role.UNIT_HEAD) || user.has(Role.UNIT_STAFF);
        if (!unitRole || !data.isWithin(scope.issuerUnitId(), user.unitId())) {
            throw new AccessDeniedException("Bạn chỉ lập được báo cáo của đơn vị mình.");
        }
        return scope;
    }

    private static PeriodicDraft view(ReportDraft row) {
        Map<String, PeriodicDraft.StatValue> values = new LinkedHashMap<>();
        if (row.statValues != null) {
            for (String line : row.statValues.split("\n")) {
                String[] c = (line + "\t\t").split("\t", -1);
                if (!c[0].isBlank()) {
                    values.put(c[0], new PeriodicDraft.StatValue(c[1], c[2]));
                }
            }
        }
        return new PeriodicDraft(
                row.addressee, row.recipients, row.section1, row.section2, row.section3, values, true, row.updatedBy);
    }

    static String percent(BigDecimal value) {
        return Formats.number(value, Formats.VIETNAMESE);
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String clean(String text) {
        return text == null ? "" : Texts.nfc(text).replace('\t', ' ');
    }

    private static String block(String text) {
        if (text == null) {
            return null;
        }
        String value = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC)
                .replace("\r\n", "\n")
                .strip();
        return value.isEmpty() ? null : value;
    }
}
