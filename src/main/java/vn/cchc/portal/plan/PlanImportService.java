package vn.cchc.portal.plan;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.organization.OrgUnitMatcher;
import vn.cchc.portal.plan.importer.ImportResult;
import vn.cchc.portal.plan.importer.MatcherUnitResolver;
import vn.cchc.portal.plan.importer.PlanAppendixImporter;
import vn.cchc.portal.shared.Access;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.XlsxRowCap;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Imports a plan appendix from Excel into a draft: all rows or nothing, every problem listed by row and column. */
@Service
@Transactional
public class PlanImportService {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    /** Most rows of a worksheet (a real appendix has a few hundred); more are refused before the workbook is built. */
    public static final int MAX_ROWS = 20_000;

    private final PlanService plans;
    private final OrgUnitMatcher matcher;
    private final CriterionLookup criteria;
    private final DraftResolver resolver;
    private final PlanAuditor auditor;
    private final Clock clock;

    PlanImportService(
            PlanService plans,
            OrgUnitMatcher matcher,
            CriterionLookup criteria,
            DraftResolver resolver,
            PlanAuditor auditor,
            Clock clock) {
        this.plans = plans;
        this.matcher = matcher;
        this.criteria = criteria;
        this.resolver = resolver;
        this.auditor = auditor;
        this.clock = clock;
    }

    @PreAuthorize(Access.ADMIN_PLANNER_OR_UNIT_HEAD)
    public ImportOutcome importAppendix(long planId, byte[] xlsx) {
        Plan plan = plans.editable(planId);
        if (xlsx == null || xlsx.length == 0) {
            throw BusinessException.of("error.plan.fileEmpty");
        }
        if (xlsx.length > MAX_BYTES) {
            throw BusinessException.of("error.plan.fileTooLarge");
        }
        XlsxRowCap.check(xlsx, MAX_ROWS); // streamed, before POI builds the workbook in memory
        LocalDate day = LocalDate.now(clock);
        ImportResult result = new PlanAppendixImporter()
                .read(new ByteArrayInputStream(xlsx), MatcherUnitResolver.of(matcher, day), criteria.codes(plan.year));
        if (result.hasProblems()) {
            return new ImportOutcome(
                    0,
                    result.problems().stream()
                            .map(p -> new ImportOutcome.Problem(p.row(), p.column(), p.message()))
                            .toList());
        }
        int count = resolver.save(plan, null, result.items(), day, null);
        auditor.field(plan.id, null, "ITEMS_IMPORTED", "items", null, count);
        plans.stamp(plan, false);
        return new ImportOutcome(count, List.of());
    }
}
