package vn.cchc.portal.plan;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.portal.organization.OrgUnitMatcher;
import vn.cchc.portal.organization.OrgUnitService;
import vn.cchc.portal.organization.UnitMatch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads plan seed files (db/data/plans/*.json, see the README there) into issued plans with resolved units and
 * criteria: printed texts kept, printed dates turned into due dates, narrative items linked to the appendix rows
 * they spell out, sub-plans hung under their parent plan (optionally inheriting its items as a unit's cascade).
 * A file holds one plan, or an array of plans; "live" plans have dates relative to today ({@link DemoCalendar}).
 */
@Service
class PlanSeedLoader {

    private final PlanRepository plans;
    private final PlanItemRepository items;
    private final DraftResolver resolver;
    private final Cascade cascade;
    private final OrgUnitMatcher matcher;
    private final OrgUnitService units;
    private final PlanAuditor auditor;
    private final Clock clock;
    private final ReportingPeriodService periods;
    private final ApplicationEventPublisher events;

    PlanSeedLoader(
            PlanRepository plans,
            PlanItemRepository items,
            DraftResolver resolver,
            Cascade cascade,
            OrgUnitMatcher matcher,
            OrgUnitService units,
            PlanAuditor auditor,
            Clock clock,
            ReportingPeriodService periods,
            ApplicationEventPublisher events) {
        this.periods = periods;
        this.plans = plans;
        this.items = items;
        this.resolver = resolver;
        this.cascade = cascade;
        this.matcher = matcher;
        this.units = units;
        this.auditor = auditor;
        this.clock = clock;
        this.events = events;
    }

    /** Loads every plan whose key is not in the database yet, in file order; returns how many were loaded. */
    @Transactional
    public int loadAll(String... files) {
        int loaded = 0;
        DemoCalendar calendar = new DemoCalendar(LocalDate.now(clock));
        for (String file : files) {
            JsonNode root = read("/db/data/plans/" + file);
            List<JsonNode> documents = new ArrayList<>();
            if (root.isArray()) {
                root.forEach(documents::add);
            } else {
                documents.add(root);
            }
            for (JsonNode json : documents) {
                Values values = new Values(json.path("live").asBoolean(false) ? calendar : null);
                if (plans.findByPlanKey(values.text(json, "key")).isEmpty()) {
                    load(json, values);
                    loaded++;
                }
            }
        }
        closeEndedLivePlans();
        return loaded;
    }

    /** Live demo plans of a year that has ended are closed like the historical ones. */
    private void closeEndedLivePlans() {
        LocalDate today = LocalDate.now(clock);
        for (Plan plan : plans.findAll()) {
            if (plan.planKey != null
                    && plan.planKey.startsWith(LIVE_PREFIX)
                    && plan.status == PlanStatus.ISSUED
                    && plan.endDate != null
                    && plan.endDate.isBefore(today)) {
                plan.status = PlanStatus.CLOSED;
                plan.updatedAt = clock.instant();
                auditor.field(plan.id, null, "PLAN_CLOSED", "status", PlanStatus.ISSUED, PlanStatus.CLOSED);
            }
        }
    }

    /** Keys of the live demo plans start with this. */
    static final String LIVE_PREFIX = "live/";

    private void load(JsonNode json, Values v) {
        LocalDate day = v.date(json, "issueDate") == null ? LocalDate.now(clock) : v.date(json, "issueDate");
        Plan plan = new Plan();
        plan.planKey = v.text(json, "key");
        plan.number = v.text(json, "number");
        plan.issuingUnitId = unit(v.text(json, "issuingUnit"), day);
        plan.parentBody = v.text(json, "parentBody");
        plan.place = v.text(json, "place");
        plan.issueDate = v.date(json, "issueDate");
        plan.kind = PlanKind.valueOf(v.text(json, "kind"));
        plan.year = v.live() ? v.calendar.year() : json.path("year").asInt();
        plan.title = v.text(json, "title");
        plan.startDate = v.date(json, "startDate");
        plan.endDate = v.date(json, "endDate");
        plan.preamble = v.text(json, "preamble");
        plan.legalBases = PlanTexts.join(v.list(json.path("legalBases")));
        plan.purpose = v.text(json, "purpose");
        plan.requirements = v.text(json, "requirements");
        plan.implementation = v.text(json, "implementation");
        plan.recipients = PlanTexts.join(v.list(json.path("recipients")));
        JsonNode signer = json.path("signer");
        plan.signerAuthority = v.text(signer, "authority");
        plan.signerTitle = v.text(signer, "title");
        plan.signerName = v.text(signer, "name");
        JsonNode due = json.path("subPlanDue");
        if (due.isObject()) {
            plan.subPlanDueText = v.text(due, "text");
            Optional<PrintedDates.Due> printed = PrintedDates.due(plan.subPlanDueText);
            plan.subPlanDueDate = printed.map(PrintedDates.Due::date).orElse(v.date(due, "date"));
            plan.subPlanDueTime = printed.map(PrintedDates.Due::time).orElse(v.time(due, "time"));
            plan.subPlanDueWorkingDays =
                    due.path("workingDays").isNumber() ? due.path("workingDays").asInt() : null;
        }
        for (JsonNode milestone : json.path("milestones")) {
            String text = v.text(milestone, "text");
            Optional<PrintedDates.Due> printed = PrintedDates.due(text);
            plan.milestones.add(new PlanMilestone(
                    MilestoneKind.valueOf(v.text(milestone, "kind")),
                    printed.map(PrintedDates.Due::date).orElse(v.date(milestone, "date")),
                    printed.map(PrintedDates.Due::time).orElse(null),
                    text));
        }
        Plan parent = null;
        String parentKey = v.text(json, "parentPlanKey");
        if (parentKey != null) {
            parent = plans.findByPlanKey(parentKey)
                    .orElseThrow(() -> new IllegalStateException("Parent plan " + parentKey + " is not loaded"));
            plan.parentPlanId = parent.id;
        }
        JsonNode cadence = json.path("reportingCadence");
        plan.reportingCadence = cadence.isObject() && cadence.path("everyDays").asInt() == 10
                ? ReportingCadence.CAMPAIGN_10_DAYS
                : ReportingCadence.QUARTERLY;
        LocalDate lastDay = plan.endDate != null ? plan.endDate : LocalDate.of(plan.year, 12, 31);
        // documents of past years are loaded as ended plans: their history stays, no reminders go out
        plan.status = lastDay.isBefore(LocalDate.now(clock)) ? PlanStatus.CLOSED : PlanStatus.ISSUED;
        plan.issuedAt = clock.instant();
        plan.createdBy = "system";
        plan.updatedBy = "system";
        plan.createdAt = clock.instant();
        plan.updatedAt = clock.instant();
        plans.saveAndFlush(plan);
        periods.generate(plan);
        int count = 0;
        if (parent != null && json.path("inheritFromParent").asBoolean(false)) {
            count += cascade.inherit(parent, plan, units.get(plan.issuingUnitId), day);
        }
        Map<PlanItemDraft, PlanItem> saved = new IdentityHashMap<>();
        count += resolver.save(plan, null, drafts(json.path("items"), v), day, plan.issuingUnitId, saved);
        linkNarratives(saved);
        linkInherited(saved, parent);
        auditor.field(plan.id, null, "PLAN_LOADED", "items", null, count);
        items.flush();
        events.publishEvent(new PlanIssued(plan.id));
    }

    private long unit(String name, LocalDate day) {
        return matcher.matchOne(name, day)
                .map(UnitMatch.Assignee::unitId)
                .orElseThrow(() -> new IllegalStateException("Unknown unit " + name));
    }

    /** Each appendix row points at the narrative item whose "explains" names the row's criterion. */
    private static void linkNarratives(Map<PlanItemDraft, PlanItem> saved) {
        saved.forEach((narrativeDraft, narrative) -> {
            if (narrativeDraft.explains().isEmpty()) {
                return;
            }
            int linked = 0;
            for (Map.Entry<PlanItemDraft, PlanItem> row : saved.entrySet()) {
                PlanItemDraft draft = row.getKey();
                if (draft.explains().isEmpty()
                        && draft.kind() == PlanItemKind.ITEM
                        && narrativeDraft.explains().contains(draft.criterionCode())) {
                    if (row.getValue().narrativeItemId != null) {
                        throw new IllegalStateException("Row " + draft.criterionCode() + " is explained twice");
                    }
                    row.getValue().narrativeItemId = narrative.id;
                    linked++;
                }
            }
            if (linked != narrativeDraft.explains().size()) {
                throw new IllegalStateException("Narrative item " + narrativeDraft.number() + " explains "
                        + narrativeDraft.explains() + " but " + linked + " rows match");
            }
        });
    }

    /** An item that carries a parent plan's item down ("inherits": its number there) points at it. */
    private void linkInherited(Map<PlanItemDraft, PlanItem> saved, Plan parent) {
        saved.forEach((draft, item) -> {
            if (draft.inherits() == null) {
                return;
            }
            if (parent == null) {
                throw new IllegalStateException("Item " + draft.number() + " inherits from no parent plan");
            }
            item.sourceItemId = items.findByPlanIdOrderBySortOrder(parent.id).stream()
                    .filter(p -> p.kind == PlanItemKind.ITEM && draft.inherits().equals(p.number))
                    .map(p -> p.id)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No item " + draft.inherits() + " in the parent"));
        });
    }

    private static List<PlanItemDraft> drafts(JsonNode array, Values v) {
        return drafts(array, v, List.of());
    }

    /** Items in document order; exclusions written on a heading apply to every item below it. */
    private static List<PlanItemDraft> drafts(JsonNode array, Values v, List<PlanItemDraft.Exclusion> inherited) {
        List<PlanItemDraft> out = new ArrayList<>();
        for (JsonNode node : array) {
            List<PlanItemDraft.Exclusion> exclusions = new ArrayList<>(inherited);
            for (JsonNode x : node.path("exclusions")) {
                exclusions.add(new PlanItemDraft.Exclusion(v.text(x, "unit"), v.text(x, "reason")));
            }
            PlanItemKind kind = PlanItemKind.valueOf(v.text(node, "kind"));
            out.add(new PlanItemDraft(
                    v.text(node, "number"),
                    kind,
                    v.text(node, "title"),
                    v.text(node, "criterion"),
                    v.text(node, "goal"),
                    v.text(node, "tasks"),
                    v.text(node, "lead"),
                    v.text(node, "coordinating"),
                    v.text(node, "timeframe"),
                    v.date(node, "deadline"),
                    v.time(node, "deadlineTime"),
                    kind == PlanItemKind.ITEM ? exclusions : List.of(),
                    v.list(node.path("explains")),
                    v.text(node, "inherits"),
                    drafts(node.path("children"), v, exclusions)));
        }
        return out;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = PlanSeedLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return JsonMapper.shared().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Field values of one seed document; a live document fills in its dates and years from the calendar. */
    private record Values(DemoCalendar calendar) {

        boolean live() {
            return calendar != null;
        }

        String text(JsonNode node, String field) {
            JsonNode value = node.path(field);
            if (!value.isString()) {
                return null;
            }
            return live() ? calendar.text(value.stringValue()) : value.stringValue();
        }

        LocalDate date(JsonNode node, String field) {
            JsonNode value = node.path(field);
            if (!value.isString()) {
                return null;
            }
            return live() ? calendar.date(value.stringValue()) : LocalDate.parse(value.stringValue());
        }

        LocalTime time(JsonNode node, String field) {
            JsonNode value = node.path(field);
            return value.isString() ? LocalTime.parse(value.stringValue()) : null;
        }

        List<String> list(JsonNode array) {
            List<String> out = new ArrayList<>();
            for (JsonNode node : array) {
                if (node.isString()) {
                    out.add(live() ? calendar.text(node.stringValue()) : node.stringValue());
                }
            }
            return out;
        }
    }
}
