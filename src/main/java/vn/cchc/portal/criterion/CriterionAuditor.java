package vn.cchc.portal.criterion;

import org.springframework.stereotype.Component;
import vn.cchc.portal.audit.AuditField;
import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.audit.AuditSubject;
import vn.cchc.portal.audit.AuditSubjectType;
import vn.cchc.portal.audit.AuditValue;

import java.math.BigDecimal;
import java.util.List;

/** Writes changes to criteria (inside their framework) and to frameworks into the audit log. */
@Component
class CriterionAuditor {

    private static final List<AuditField<Fields>> FIELDS = List.of(
            AuditField.of("code", f -> AuditValue.text(f.code())),
            AuditField.of("title", f -> AuditValue.text(f.title())),
            AuditField.of("level", f -> AuditValue.label("criteria.level", f.level())),
            AuditField.of("parent", f -> AuditValue.ref(AuditSubjectType.CRITERION, f.parentId())),
            AuditField.of("sortOrder", f -> AuditValue.integer(f.sortOrder())),
            AuditField.of("baseline", f -> AuditValue.decimal(f.baseline())),
            AuditField.of("baselineYear", f -> AuditValue.integer(f.baselineYear())),
            AuditField.of("unit", f -> AuditValue.text(f.unit())),
            AuditField.of("maxScore", f -> AuditValue.decimal(f.maxScore())));

    private final AuditLog log;

    CriterionAuditor(AuditLog log) {
        this.log = log;
    }

    /** The fields of a criterion a planner can set, before and after a change. */
    record Fields(
            String code,
            String title,
            CriterionLevel level,
            Long parentId,
            int sortOrder,
            BigDecimal baseline,
            Integer baselineYear,
            String unit,
            BigDecimal maxScore) {

        static Fields of(Criterion c) {
            return new Fields(
                    c.getCode(),
                    c.getTitle(),
                    c.getLevel(),
                    c.getParentId(),
                    c.getSortOrder(),
                    c.getBaseline(),
                    c.getBaselineYear(),
                    c.getUnit(),
                    c.getMaxScore());
        }
    }

    void added(Criterion criterion) {
        changed(criterion, "CRITERION_ADDED", null, Fields.of(criterion));
    }

    void updated(Criterion criterion, Fields before) {
        Fields after = Fields.of(criterion);
        changed(criterion, "CRITERION_UPDATED", before, after);
        if (!before.code().equals(after.code()) || !before.title().equals(after.title())) {
            log.renamed(AuditSubjectType.CRITERION, criterion.getId());
        }
    }

    /** Retired or back in use: one row per criterion of the subtree. */
    void retired(List<Criterion> subtree, boolean retired) {
        for (Criterion c : subtree) {
            log.change(
                    subject(c),
                    retired ? "CRITERION_RETIRED" : "CRITERION_RESTORED",
                    "retired",
                    AuditValue.bool(!retired),
                    AuditValue.bool(retired));
        }
    }

    void frameworkCopied(CriteriaFramework copy, CriteriaFramework source, int criteria) {
        AuditSubject subject = AuditSubject.of(AuditSubjectType.FRAMEWORK, copy.getId());
        String action = "FRAMEWORK_COPIED";
        log.change(subject, action, "source", null, AuditValue.ref(AuditSubjectType.FRAMEWORK, source.getId()));
        log.change(subject, action, "code", null, AuditValue.text(copy.getCode()));
        log.change(subject, action, "name", null, AuditValue.text(copy.getName()));
        log.change(subject, action, "year", null, AuditValue.integer(copy.getYear()));
        log.change(subject, action, "criteria", null, AuditValue.integer(criteria));
    }

    void frameworkRetired(CriteriaFramework framework) {
        log.change(
                AuditSubject.of(AuditSubjectType.FRAMEWORK, framework.getId()),
                "FRAMEWORK_RETIRED",
                "retired",
                AuditValue.bool(false),
                AuditValue.bool(true));
    }

    private void changed(Criterion c, String action, Fields before, Fields after) {
        log.compare(subject(c), action, before, after, FIELDS);
    }

    private static AuditSubject subject(Criterion c) {
        return AuditSubject.of(AuditSubjectType.CRITERION, c.getId())
                .within(AuditSubjectType.FRAMEWORK, c.getFrameworkId());
    }
}
