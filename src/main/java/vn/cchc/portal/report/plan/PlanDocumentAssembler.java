package vn.cchc.portal.report.plan;

import vn.cchc.portal.plan.PlanDetail;
import vn.cchc.portal.plan.PlanHeader;
import vn.cchc.portal.plan.PlanItemKind;
import vn.cchc.portal.plan.PlanItemView;
import vn.cchc.portal.plan.PlanStatus;
import vn.cchc.portal.plan.PlanSummary;
import vn.cchc.portal.report.BodyLine;
import vn.cchc.portal.report.Issuer;
import vn.cchc.portal.report.OfficialDocument;
import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.Texts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays a plan out as Plan 1908/KH-UBND is printed: legal bases and opening paragraphs; sections I, II, III as
 * written (narrative items with their goal, tasks, lead and coordinating units, timeframe); the signature; then the
 * appendix table of criteria grouped by area with Roman numerals. Reads only what {@code PlanService} exposes.
 */
public class PlanDocumentAssembler {

    static final String[] ROMAN = {
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
        "XVIII", "XIX", "XX"
    };

    public PlanDocument assemble(PlanDetail plan, Issuer issuer) {
        PlanHeader.Printed h = PlanHeader.of(plan).printed();
        PlanSummary s = plan.summary();
        Map<Long, List<PlanItemView>> children = new HashMap<>();
        List<PlanItemView> roots = new ArrayList<>();
        for (PlanItemView item : plan.items()) {
            if (item.parentId() == null) {
                roots.add(item);
            } else {
                children.computeIfAbsent(item.parentId(), k -> new ArrayList<>())
                        .add(item);
            }
        }
        PlanItemView appendixGroup = roots.stream()
                .filter(PlanDocumentAssembler::isAppendixGroup)
                .findFirst()
                .orElse(null);
        boolean criteriaTable = appendixGroup == null
                && !roots.isEmpty()
                && plan.items().stream().anyMatch(i -> i.kind() == PlanItemKind.ITEM && i.criterionCode() != null);

        List<BodyLine> body = new ArrayList<>();
        lines(h.legalBases()).forEach(l -> body.add(BodyLine.p(l)));
        lines(h.preamble()).forEach(l -> body.add(BodyLine.p(l)));
        List<PlanItemView> sections =
                roots.stream().filter(r -> r != appendixGroup).toList();
        int section = 0;
        if (!criteriaTable
                && sections.stream().noneMatch(r -> Texts.fold(r.displayTitle()).contains("muc dich"))
                && (h.purpose() != null || h.requirements() != null)) {
            body.add(BodyLine.h1(ROMAN[section++] + ". MỤC ĐÍCH, YÊU CẦU"));
            if (h.purpose() != null) {
                body.add(BodyLine.h2("1. Mục đích"));
                lines(h.purpose()).forEach(l -> body.add(BodyLine.p(l)));
            }
            if (h.requirements() != null) {
                body.add(BodyLine.h2("2. Yêu cầu"));
                lines(h.requirements()).forEach(l -> body.add(BodyLine.p(l)));
            }
        }
        if (criteriaTable) {
            if (h.purpose() != null || h.requirements() != null) {
                body.add(BodyLine.h1(ROMAN[section++] + ". MỤC ĐÍCH, YÊU CẦU"));
                lines(h.purpose()).forEach(l -> body.add(BodyLine.p(l)));
                lines(h.requirements()).forEach(l -> body.add(BodyLine.p(l)));
            }
            body.add(BodyLine.h1(ROMAN[section++] + ". NHIỆM VỤ VÀ GIẢI PHÁP"));
            body.add(
                    BodyLine.note("(Chi tiết các mục tiêu, nhiệm vụ, cơ quan phụ trách, phối hợp và thời gian thực hiện"
                            + " tại Phụ lục kèm theo)"));
        } else {
            for (PlanItemView root : sections) {
                String number = root.number() != null ? root.number() : ROMAN[Math.min(section, ROMAN.length - 1)];
                section++;
                narrative(root, number, 0, children, body);
            }
        }
        if (sections.stream().noneMatch(r -> Texts.fold(r.displayTitle()).contains("to chuc thuc hien"))
                && h.implementation() != null) {
            body.add(BodyLine.h1(ROMAN[Math.min(section, ROMAN.length - 1)] + ". TỔ CHỨC THỰC HIỆN"));
            BodyLine.paragraphs(h.implementation()).forEach(body::add);
        }

        List<PlanAppendixRow> appendix = new ArrayList<>();
        String appendixTitle = null;
        String caption = null;
        if (appendixGroup != null || criteriaTable) {
            List<PlanItemView> top =
                    appendixGroup != null ? children.getOrDefault(appendixGroup.id(), List.of()) : roots;
            table(top, children, appendix);
            appendixTitle = appendixGroup != null
                            && appendixGroup.title() != null
                            && !appendixGroup.title().isBlank()
                    ? appendixGroup.title()
                    : "MỤC TIÊU, NHIỆM VỤ CỤ THỂ CỦA KẾ HOẠCH";
            caption = appendixGroup != null
                            && appendixGroup.tasks() != null
                            && !appendixGroup.tasks().isBlank()
                    ? appendixGroup.tasks().strip()
                    : "(Kèm theo Kế hoạch số " + (s.number() == null ? "      " : s.number()) + " ngày "
                            + (s.issueDate() == null ? "    /    /      " : Formats.date(s.issueDate())) + " của "
                            + issuer.unitName() + ")";
        }

        OfficialDocument doc = new OfficialDocument(
                h.parentBody() != null ? h.parentBody() : issuer.parentBody(),
                issuer.issuingBody(),
                s.number() != null ? s.number() : issuer.blankNumber("KH"),
                h.place() != null ? h.place() : issuer.place(),
                s.issueDate(),
                "KẾ HOẠCH",
                s.title(),
                lines(h.recipients()),
                h.signerAuthority() != null ? h.signerAuthority() : issuer.signerAuthority(),
                h.signerTitle() != null ? h.signerTitle() : issuer.signerTitle(),
                h.signerName() != null ? h.signerName() : issuer.signerName(),
                s.status() == PlanStatus.DRAFT,
                null);
        return new PlanDocument(doc, body, appendix, appendixTitle, caption);
    }

    /** A top-level group holding the appendix ("PHỤ LỤC"). */
    public static boolean isAppendixGroup(PlanItemView item) {
        return item.kind() == PlanItemKind.GROUP
                && (Texts.fold(item.number()).startsWith("phu luc")
                        || Texts.fold(item.title()).startsWith("phu luc"));
    }

    private void narrative(
            PlanItemView node, String number, int depth, Map<Long, List<PlanItemView>> children, List<BodyLine> out) {
        List<PlanItemView> kids = children.getOrDefault(node.id(), List.of());
        if (node.kind() == PlanItemKind.GROUP) {
            String heading = join(number, node.displayTitle());
            out.add(depth == 0 ? BodyLine.h1(heading) : BodyLine.h2(heading));
            String text = node.tasks();
            boolean trailingNote =
                    text != null && text.strip().startsWith("(") && text.strip().endsWith(")");
            if (!trailingNote) {
                BodyLine.paragraphs(text).forEach(out::add);
            }
            int n = 0;
            for (PlanItemView child : kids) {
                n++;
                String childNumber =
                        child.number() != null ? child.number() : (depth == 0 ? String.valueOf(n) : number + "." + n);
                narrative(child, childNumber, depth + 1, children, out);
            }
            if (trailingNote) {
                out.add(BodyLine.note(text.strip()));
            }
            return;
        }
        out.add(BodyLine.h3(join(number, node.displayTitle())));
        if (node.goal() != null) {
            out.add(BodyLine.p("a) Mục tiêu, yêu cầu: " + node.goal()));
        }
        List<String> tasks = lines(node.tasks());
        if (!tasks.isEmpty()) {
            if (tasks.size() == 1) {
                out.add(BodyLine.p("b) Nhiệm vụ, giải pháp: " + tasks.getFirst()));
            } else {
                out.add(BodyLine.p("b) Nhiệm vụ, giải pháp:"));
                tasks.forEach(t -> out.add(BodyLine.p(t)));
            }
        }
        String lead = node.leadPrinted();
        String coordinating = node.coordinatingPrinted();
        if (present(lead) || present(coordinating)) {
            out.add(BodyLine.p("c) Phân công trách nhiệm"));
            if (present(lead)) {
                out.add(BodyLine.p("- Cơ quan phụ trách: " + sentence(lead)));
            }
            if (present(coordinating)) {
                out.add(BodyLine.p("- Cơ quan phối hợp/thực hiện: " + sentence(coordinating)));
            }
        }
        String timeframe = timeframe(node);
        if (present(timeframe)) {
            out.add(BodyLine.p("d) Thời gian thực hiện/hoàn thành: " + sentence(timeframe)));
        }
        for (PlanItemView child : kids) {
            narrative(child, child.number(), depth + 1, children, out);
        }
    }

    private void table(List<PlanItemView> nodes, Map<Long, List<PlanItemView>> children, List<PlanAppendixRow> out) {
        int area = 0;
        int loose = 0;
        for (PlanItemView node : nodes) {
            if (node.kind() == PlanItemKind.GROUP) {
                String tt = node.number() != null ? node.number() : ROMAN[Math.min(area, ROMAN.length - 1)];
                area++;
                out.add(PlanAppendixRow.area(tt, node.displayTitle().toUpperCase(Formats.VIETNAMESE)));
                int n = 0;
                for (PlanItemView child : children.getOrDefault(node.id(), List.of())) {
                    n++;
                    if (child.kind() == PlanItemKind.ITEM) {
                        out.add(row(child, child.number() != null ? child.number() : String.valueOf(n)));
                    }
                }
            } else {
                loose++;
                out.add(row(node, node.number() != null ? node.number() : String.valueOf(loose)));
            }
        }
    }

    private PlanAppendixRow row(PlanItemView item, String tt) {
        String criterion =
                item.criterionCode() == null ? item.displayTitle() : item.criterionCode() + " - " + item.displayTitle();
        return new PlanAppendixRow(
                "ITEM", tt, criterion, item.goal(), item.leadPrinted(), item.coordinatingPrinted(), timeframe(item));
    }

    private static String timeframe(PlanItemView item) {
        if (item.timeframe() != null) {
            return item.timeframe();
        }
        return item.deadline() == null ? null : Formats.date(item.deadline());
    }

    private static String join(String number, String title) {
        String n = number == null ? "" : number.strip();
        if (!n.isEmpty() && !n.endsWith(".")) {
            n = n + ".";
        }
        return (n.isEmpty() ? "" : n + " ") + (title == null ? "" : title);
    }

    private static String sentence(String text) {
        String value = text.strip();
        return value.endsWith(".") ? value : value + ".";
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\n"))
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .toList();
    }
}
