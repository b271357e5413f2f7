package vn.cchc.portal.plan;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.cchc.portal.organization.OrgUnitMatcher;
import vn.cchc.portal.organization.UnitMatch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads plan seed files (db/data/plans/*.json) into issued plans with resolved units and criteria. */
@Service
class PlanSeedLoader {

    private final PlanRepository plans;
    private final DraftResolver resolver;
    private final OrgUnitMatcher matcher;
    private final PlanAuditor auditor;
    private final Clock clock;
    private final PlanItemRepository items;
    private final ReportingPeriodService periods;
    private final org.springframework.context.ApplicationEventPublisher events;

    PlanSeedLoader(PlanRepository plans, DraftResolver resolver, OrgUnitMatcher matcher, PlanAuditor auditor,
                   Clock clock, PlanItemRepository items, ReportingPeriodService periods,
                   org.springframework.context.ApplicationEventPublisher events) {
        this.items = items;
        this.periods = periods;
        this.events = events;
        this.plans = plans;
        this.resolver = resolver;
        this.matcher = matcher;
        this.auditor = auditor;
        this.clock = clock;
    }

    /** Loads every file whose plan key is not in the database yet, in order; returns how many were loaded. */
    @Transactional
    public int loadAll(String... files) {
        int loaded = 0;
        Long previous = null;
        for (String file : files) {
            JsonNode json = read("/db/data/plans/" + file);
            String key = text(json, "key");
            Plan existing = plans.findByPlanKey(key).orElse(null);
            if (existing != null) {
                previous = existing.id;
                continue;
            }
            previous = load(json, previous);
            loaded++;
        }
        return loaded;
    }

    /** One plan; a plan that names a parent plan reference (the commune plan) hangs under the previous file's plan. */
    private long load(JsonNode json, Long previousPlanId) {
        LocalDate day = date(json, "issueDate") == null ? LocalDate.now(clock) : date(json, "issueDate");
        Plan plan = new Plan();
        plan.planKey = text(json, "key");
        plan.number = text(json, "number");
        plan.issuingUnitId = matcher.matchOne(text(json, "issuingUnit"), day)
                .map(UnitMatch.Assignee::unitId)
                .orElseThrow(() -> new IllegalStateException("Unknown issuing unit " + text(json, "issuingUnit")));
        plan.parentBody = text(json, "parentBody");
        plan.place = text(json, "place");
        plan.issueDate = date(json, "issueDate");
        plan.kind = PlanKind.valueOf(text(json, "kind"));
        plan.year = json.path("year").asInt();
        plan.title = text(json, "title");
        plan.startDate = date(json, "startDate");
        plan.endDate = date(json, "endDate");
        plan.preamble = text(json, "preamble");
        plan.legalBases = PlanTexts.join(list(json.path("legalBases")));
        plan.purpose = text(json, "purpose");
        plan.requirements = text(json, "requirements");
        plan.implementation = text(json, "implementation");
        plan.recipients = PlanTexts.join(list(json.path("recipients")));
        JsonNode signer = json.path("signer");
        plan.signerAuthority = text(signer, "authority");
        plan.signerTitle = text(signer, "title");
        plan.signerName = text(signer, "name");
        JsonNode due = json.path("subPlanDue");
        if (due.isObject()) {
            plan.subPlanDueDate = date(due, "date");
            plan.subPlanDueWorkingDays = due.path("workingDays").isNumber() ? due.path("workingDays").asInt() : null;
        }
        if (text(json, "parentPlanReference") != null && previousPlanId != null) {
            plan.parentPlanId = previousPlanId;
        }
        JsonNode cadence = json.path("reportingCadence");
        plan.reportingCadence = cadence.isObject() && cadence.path("everyDays").asInt() == 10
                ? ReportingCadence.CAMPAIGN_10_DAYS : ReportingCadence.QUARTERLY;
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
        int count = resolver.save(plan, null, drafts(json.path("items")), day, plan.issuingUnitId);
        auditor.field(plan.id, null, "PLAN_LOADED", "items", null, count);
        items.flush();
        events.publishEvent(new PlanIssued(plan.id));
        return plan.id;
    }

    private static List<PlanItemDraft> drafts(JsonNode array) {
        List<PlanItemDraft> out = new ArrayList<>();
        for (JsonNode node : array) {
            out.add(new PlanItemDraft(text(node, "number"), PlanItemKind.valueOf(text(node, "kind")),
                    text(node, "title"), text(node, "criterion"), text(node, "goal"), text(node, "tasks"),
                    text(node, "lead"), text(node, "coordinating"), text(node, "timeframe"), date(node, "deadline"),
                    drafts(node.path("children"))));
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

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.stringValue() : null;
    }

    private static LocalDate date(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : LocalDate.parse(value);
    }

    private static List<String> list(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode node : array) {
            if (node.isString()) {
                out.add(node.stringValue());
            }
        }
        return out;
    }
}
