package vn.cchc.portal.criterion;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.shared.Access;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.Texts;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The index frameworks (PAR Index, SIPAS, service index 766) and their criteria trees. Every signed-in user reads
 * them (plans, targets and reports refer to criteria); administrators and planners maintain them: add, edit and
 * retire criteria, and copy a framework to a new year. Criteria are never deleted, so history keeps its meaning.
 */
@Service
@Transactional(readOnly = true)
public class CriterionService {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    private static final Pattern FRAMEWORK_CODE = Pattern.compile("[A-Za-z0-9._-]{2,40}");
    private static final BigDecimal MAX_BASELINE = new BigDecimal("100000000");
    private static final BigDecimal MAX_SCORE = new BigDecimal("1000000");

    private final CriteriaFrameworkRepository frameworks;
    private final CriterionRepository criteria;
    private final CriterionAuditor auditor;
    private final Clock clock;

    CriterionService(
            CriteriaFrameworkRepository frameworks,
            CriterionRepository criteria,
            CriterionAuditor auditor,
            Clock clock) {
        this.frameworks = frameworks;
        this.criteria = criteria;
        this.auditor = auditor;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ reading

    /**
     * Frameworks by kind (PAR Index, SIPAS, service index 766), newest year first within a kind; retired ones only
     * when asked for.
     */
    @PreAuthorize("isAuthenticated()")
    public List<FrameworkSummary> frameworks(boolean includeRetired) {
        return frameworks.findAll().stream()
                .filter(f -> includeRetired || !f.isRetired())
                .sorted(Comparator.comparing(CriteriaFramework::getKind)
                        .thenComparing(Comparator.comparingInt(CriteriaFramework::getYear)
                                .reversed())
                        .thenComparing(CriteriaFramework::getCode))
                .map(CriterionService::summary)
                .toList();
    }

    /** One framework. */
    @PreAuthorize("isAuthenticated()")
    public FrameworkSummary framework(long frameworkId) {
        return summary(requireFramework(frameworkId));
    }

    /** A framework by its code ("PAR2023"), ignoring case. */
    @PreAuthorize("isAuthenticated()")
    public Optional<FrameworkSummary> findFramework(String frameworkCode) {
        return findFrameworkEntity(frameworkCode).map(CriterionService::summary);
    }

    /**
     * The framework's criteria in document order (depth first, by sort order): each area followed by its criteria,
     * each criterion by its sub-criteria. Retired criteria (and everything below them) only when asked for.
     */
    @PreAuthorize("isAuthenticated()")
    public List<CriterionSummary> tree(long frameworkId, boolean includeRetired) {
        requireFramework(frameworkId);
        return snapshot(frameworkId).ordered(includeRetired);
    }

    /** {@link #search(long, String, boolean)} among the criteria in use. */
    @PreAuthorize("isAuthenticated()")
    public List<CriterionSummary> search(long frameworkId, String query) {
        return search(frameworkId, query, false);
    }

    /**
     * Criteria whose code or title contains every word of the query, with or without diacritics ("ho so truc
     * tuyen" finds "Tỷ lệ hồ sơ trực tuyến toàn trình"), together with their ancestors so a tree can show where
     * they are; in document order. A blank query gives the whole tree.
     */
    @PreAuthorize("isAuthenticated()")
    public List<CriterionSummary> search(long frameworkId, String query, boolean includeRetired) {
        requireFramework(frameworkId);
        Snapshot snapshot = snapshot(frameworkId);
        List<CriterionSummary> all = snapshot.ordered(includeRetired);
        String folded = Texts.fold(query);
        if (folded.isEmpty()) {
            return all;
        }
        Set<Long> keep = new LinkedHashSet<>();
        for (CriterionSummary row : all) {
            if (Texts.matchesKey(folded, snapshot.byId.get(row.id()).getSearchKey())) {
                Long id = row.id();
                while (id != null && keep.add(id)) {
                    id = snapshot.byId.get(id).getParentId();
                }
            }
        }
        return all.stream().filter(c -> keep.contains(c.id())).toList();
    }

    /**
     * A criterion of a framework by its code ("TCTP 1.3.1", "SIPAS 2", "766.3", or an area "I"), ignoring case and
     * spaces ("tctp1.3.1" works too). Retired criteria are found as well; see {@link CriterionSummary#retired()}.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<CriterionSummary> findByCode(long frameworkId, String code) {
        if (code == null || code.isBlank() || frameworks.findById(frameworkId).isEmpty()) {
            return Optional.empty();
        }
        Snapshot snapshot = snapshot(frameworkId);
        String wanted = codeKey(code);
        return snapshot.byId.values().stream()
                .filter(c -> codeKey(c.getCode()).equals(wanted))
                .findFirst()
                .map(c -> snapshot.summary(c.getId()));
    }

    /** {@link #findByCode(long, String)} in the framework with the given code ("PAR2023"). */
    @PreAuthorize("isAuthenticated()")
    public Optional<CriterionSummary> findByCode(String frameworkCode, String code) {
        return findFrameworkEntity(frameworkCode).flatMap(f -> findByCode(f.getId(), code));
    }

    /**
     * The frameworks in force in a year: per kind, the newest framework in use whose year is not after the given
     * year (a 2025 plan still uses "Chỉ số CCHC 2023" until a 2024 or 2025 copy exists). In {@link #frameworks}
     * order: PAR Index, SIPAS, service index 766.
     */
    @PreAuthorize("isAuthenticated()")
    public List<FrameworkSummary> frameworksInForce(int year) {
        Map<FrameworkKind, FrameworkSummary> newest = new java.util.EnumMap<>(FrameworkKind.class);
        for (FrameworkSummary f : frameworks(false)) {
            if (f.year() <= year) {
                newest.merge(f.kind(), f, (a, b) -> a.year() >= b.year() ? a : b);
            }
        }
        return List.copyOf(newest.values());
    }

    /** Every criterion in use of the frameworks in force in a year, framework by framework, in tree order. */
    @PreAuthorize("isAuthenticated()")
    public List<CriterionSummary> criteriaInForce(int year) {
        List<CriterionSummary> out = new ArrayList<>();
        for (FrameworkSummary f : frameworksInForce(year)) {
            out.addAll(snapshot(f.id()).ordered(false));
        }
        return out;
    }

    /**
     * A criterion in use, by code, among the frameworks in force in a year (the PAR Index first): "TCTP 1.3.1" and
     * "SIPAS 2" in 2023, "766.3" from 2024. Case and spaces are ignored, as in {@link #findByCode(long, String)}.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<CriterionSummary> findInForce(int year, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String wanted = codeKey(code);
        return criteriaInForce(year).stream()
                .filter(c -> codeKey(c.code()).equals(wanted))
                .findFirst();
    }

    /** One criterion. */
    @PreAuthorize("isAuthenticated()")
    public CriterionSummary get(long criterionId) {
        Criterion criterion = requireCriterion(criterionId);
        return snapshot(criterion.getFrameworkId()).summary(criterionId);
    }

    /** Several criteria by id, read at once (a plan names them by the hundred); unknown ids are left out. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, CriterionSummary> get(java.util.Collection<Long> criterionIds) {
        if (criterionIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Criterion>> byFramework = new HashMap<>();
        criteria.findFrameworksOf(criterionIds)
                .forEach(c -> byFramework
                        .computeIfAbsent(c.getFrameworkId(), k -> new ArrayList<>())
                        .add(c));
        Map<Long, CriterionSummary> out = new HashMap<>();
        for (List<Criterion> framework : byFramework.values()) {
            Snapshot snapshot = new Snapshot(framework);
            criterionIds.stream().filter(snapshot.byId::containsKey).forEach(id -> out.put(id, snapshot.summary(id)));
        }
        return out;
    }

    // ------------------------------------------------------------------ writing

    /**
     * Adds a criterion to a framework: at the root when parentId is null, else under that parent. When the form
     * has no level it follows from the parent (area → criterion → sub-criterion) or, at the root, from the
     * framework (area, SIPAS component, 766 indicator); without a sort order it goes after its siblings.
     */
    @PreAuthorize(Access.ADMIN_OR_PLANNER)
    @Transactional
    public CriterionSummary add(long frameworkId, Long parentId, CriterionForm form) {
        CriteriaFramework framework = requireFramework(frameworkId);
        requireActive(framework);
        Snapshot snapshot = snapshot(frameworkId);
        Criterion parent = null;
        if (parentId != null) {
            parent = snapshot.byId.get(parentId);
            if (parent == null) {
                throw BusinessException.of(
                        criteria.existsById(parentId)
                                ? "error.criterion.parentOtherFramework"
                                : "error.criterion.parentNotFound");
            }
            if (parent.isRetired()) {
                throw BusinessException.of("error.criterion.parentRetiredAdd", parent.getCode());
            }
        }
        CriterionLevel level = form.getLevel() != null ? form.getLevel() : defaultLevel(framework, parent);
        checkLevel(framework, parent, level);
        String code = requiredText(form.getCode(), "error.criterion.codeRequired", 40, "error.criterion.codeTooLong");
        String title = required(
                Texts.block(form.getTitle()), "error.criterion.titleRequired", 1000, "error.criterion.titleTooLong");
        checkCodeFree(framework, snapshot, code, null);
        checkNumbers(form);
        int sortOrder = form.getSortOrder() != null ? form.getSortOrder() : snapshot.nextSortOrder(parentId);

        Criterion criterion = new Criterion(frameworkId, parentId, level, code, title, sortOrder);
        criterion.setBaseline(form.getBaseline(), form.getBaseline() == null ? null : form.getBaselineYear());
        criterion.setUnit(form.getUnit());
        criterion.setMaxScore(form.getMaxScore());
        try {
            criterion = criteria.saveAndFlush(criterion);
        } catch (DataIntegrityViolationException e) {
            throw duplicateCode(framework, code);
        }
        auditor.added(criterion);
        return snapshot(frameworkId).summary(criterion.getId());
    }

    /**
     * Saves the edited code, title, order, baseline, unit and maximum score of a criterion. Refused when someone
     * else changed the criterion since the form was read (the form's version is stale).
     */
    @PreAuthorize(Access.ADMIN_OR_PLANNER)
    @Transactional
    public CriterionSummary update(CriterionForm form) {
        if (form.getId() == null) {
            throw BusinessException.of("error.criterion.editNotFound");
        }
        Criterion criterion = requireCriterion(form.getId());
        if (criterion.getVersion() != form.getVersion()) {
            throw stale(criterion.getCode());
        }
        CriteriaFramework framework = requireFramework(criterion.getFrameworkId());
        requireActive(framework);
        if (criterion.isRetired()) {
            throw BusinessException.of("error.criterion.retiredEdit", criterion.getCode());
        }
        if (form.getLevel() != null && form.getLevel() != criterion.getLevel()) {
            throw BusinessException.of("error.criterion.levelChange");
        }
        String code = requiredText(form.getCode(), "error.criterion.codeRequired", 40, "error.criterion.codeTooLong");
        String title = required(
                Texts.block(form.getTitle()), "error.criterion.titleRequired", 1000, "error.criterion.titleTooLong");
        checkCodeFree(framework, snapshot(framework.getId()), code, criterion.getId());
        checkNumbers(form);

        CriterionAuditor.Fields before = CriterionAuditor.Fields.of(criterion);
        criterion.setCode(code);
        criterion.setTitle(title);
        if (form.getSortOrder() != null) {
            criterion.setSortOrder(form.getSortOrder());
        }
        criterion.setBaseline(form.getBaseline(), form.getBaseline() == null ? null : form.getBaselineYear());
        criterion.setUnit(form.getUnit());
        criterion.setMaxScore(form.getMaxScore());
        try {
            criteria.saveAndFlush(criterion);
        } catch (OptimisticLockingFailureException e) {
            throw stale(code);
        } catch (DataIntegrityViolationException e) {
            throw duplicateCode(framework, code);
        }
        auditor.updated(criterion, before);
        return snapshot(framework.getId()).summary(criterion.getId());
    }

    /**
     * Retires a criterion and everything below it: they stay in the database (plans of past years still refer to
     * them) but are no longer offered and are left out of copies.
     */
    @PreAuthorize(Access.ADMIN_OR_PLANNER)
    @Transactional
    public CriterionSummary retire(long criterionId) {
        Criterion criterion = requireCriterion(criterionId);
        requireActive(requireFramework(criterion.getFrameworkId()));
        if (criterion.isRetired()) {
            throw BusinessException.of("error.criterion.retired", criterion.getCode());
        }
        Snapshot snapshot = snapshot(criterion.getFrameworkId());
        List<Criterion> subtree = snapshot.subtree(criterionId);
        subtree.forEach(c -> c.setRetired(true));
        criteria.saveAllAndFlush(subtree);
        auditor.retired(subtree, true);
        return snapshot(criterion.getFrameworkId()).summary(criterionId);
    }

    /** Puts a retired criterion (and everything below it) back in use; its parent must be in use. */
    @PreAuthorize(Access.ADMIN_OR_PLANNER)
    @Transactional
    public CriterionSummary restore(long criterionId) {
        Criterion criterion = requireCriterion(criterionId);
        requireActive(requireFramework(criterion.getFrameworkId()));
        if (!criterion.isRetired()) {
            throw BusinessException.of("error.criterion.active", criterion.getCode());
        }
        Snapshot snapshot = snapshot(criterion.getFrameworkId());
        Criterion parent = criterion.getParentId() == null ? null : snapshot.byId.get(criterion.getParentId());
        if (parent != null && parent.isRetired()) {
            throw BusinessException.of("error.criterion.parentRetiredRestore", parent.getCode());
        }
        List<Criterion> subtree = snapshot.subtree(criterionId);
        subtree.forEach(c -> c.setRetired(false));
        criteria.saveAllAndFlush(subtree);
        auditor.retired(subtree, false);
        return snapshot(criterion.getFrameworkId()).summary(criterionId);
    }

    /**
     * Copies a framework to a new year: a new framework with the given code and name and a copy of every criterion
     * in use, with the same codes, titles, levels, order, baselines, units and scores, and the same structure.
     * Refused when the code is taken or the same kind of framework already exists for that year.
     */
    @PreAuthorize(Access.ADMIN_OR_PLANNER)
    @Transactional
    public FrameworkSummary copyFramework(long frameworkId, int newYear, String newCode, String newName) {
        CriteriaFramework source = requireFramework(frameworkId);
        String code = requiredText(newCode, "error.framework.codeRequired", 40, "error.framework.codeTooLong");
        if (!FRAMEWORK_CODE.matcher(code).matches()) {
            throw BusinessException.of("error.framework.codeRule");
        }
        String name = requiredText(newName, "error.framework.nameRequired", 300, "error.framework.nameTooLong");
        if (newYear < MIN_YEAR || newYear > MAX_YEAR) {
            throw BusinessException.of("error.framework.yearRange", String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR));
        }
        if (frameworks.existsByCodeIgnoreCase(code)) {
            throw BusinessException.of("error.framework.codeTaken", code);
        }
        List<CriteriaFramework> sameYear = frameworks.findByKindAndYearAndRetiredFalse(source.getKind(), newYear);
        if (!sameYear.isEmpty()) {
            throw BusinessException.of(
                    "error.framework.sameKindYear",
                    String.valueOf(newYear),
                    sameYear.getFirst().getName(),
                    sameYear.getFirst().getCode());
        }
        CriteriaFramework copy;
        try {
            copy = frameworks.saveAndFlush(
                    new CriteriaFramework(code, name, source.getKind(), newYear, source.getId(), Instant.now(clock)));
        } catch (DataIntegrityViolationException e) {
            throw BusinessException.of("error.framework.codeTaken", code);
        }
        Snapshot snapshot = snapshot(frameworkId);
        Map<Long, Long> newIds = new HashMap<>();
        // depth first: a parent is always saved before its children
        for (CriterionSummary row : snapshot.ordered(false)) {
            Criterion original = snapshot.byId.get(row.id());
            Long parent = original.getParentId() == null ? null : newIds.get(original.getParentId());
            Criterion saved = criteria.save(original.copyInto(copy.getId(), parent));
            newIds.put(original.getId(), saved.getId());
        }
        criteria.flush();
        auditor.frameworkCopied(copy, source, newIds.size());
        return summary(copy);
    }

    /** Retires a whole framework: it is no longer offered for new plans and can no longer be edited. */
    @PreAuthorize(Access.ADMIN_OR_PLANNER)
    @Transactional
    public FrameworkSummary retireFramework(long frameworkId) {
        CriteriaFramework framework = requireFramework(frameworkId);
        requireActive(framework);
        framework.retire();
        CriteriaFramework saved = frameworks.saveAndFlush(framework);
        auditor.frameworkRetired(saved);
        return summary(saved);
    }

    // ------------------------------------------------------------------ rules

    private static CriterionLevel defaultLevel(CriteriaFramework framework, Criterion parent) {
        if (parent != null) {
            CriterionLevel child = parent.getLevel().childLevel();
            if (child == null) {
                throw BusinessException.of(
                        "error.criterion.noChildren", levelName(parent.getLevel()), parent.getCode());
            }
            return child;
        }
        return framework.getKind().levels().stream()
                .filter(CriterionLevel::isRoot)
                .findFirst()
                .orElseThrow();
    }

    private static void checkLevel(CriteriaFramework framework, Criterion parent, CriterionLevel level) {
        if (!framework.getKind().levels().contains(level)) {
            throw BusinessException.of("error.criterion.levelNotInFramework", framework.getName(), levelName(level));
        }
        if (level.isRoot() && parent != null) {
            throw BusinessException.of("error.criterion.mustBeTop", levelName(level));
        }
        if (!level.isRoot() && (parent == null || parent.getLevel() != level.parentLevel())) {
            throw BusinessException.of("error.criterion.mustBeUnder", levelName(level), levelName(level.parentLevel()));
        }
    }

    private static void checkCodeFree(CriteriaFramework framework, Snapshot snapshot, String code, Long self) {
        String key = codeKey(code);
        boolean taken = snapshot.byId.values().stream()
                .anyMatch(c -> !c.getId().equals(self) && codeKey(c.getCode()).equals(key));
        if (taken) {
            throw duplicateCode(framework, code);
        }
    }

    private static void checkNumbers(CriterionForm form) {
        BigDecimal baseline = form.getBaseline();
        if (baseline != null) {
            if (baseline.signum() < 0) {
                throw BusinessException.of("error.criterion.baselineNegative");
            }
            if (baseline.compareTo(MAX_BASELINE) >= 0
                    || baseline.stripTrailingZeros().scale() > 4) {
                throw BusinessException.of("error.criterion.baselineRange");
            }
            Integer year = form.getBaselineYear();
            if (year == null) {
                throw BusinessException.of("error.criterion.baselineYearRequired");
            }
            if (year < MIN_YEAR || year > MAX_YEAR) {
                throw BusinessException.of(
                        "error.criterion.baselineYearRange", String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR));
            }
        }
        BigDecimal maxScore = form.getMaxScore();
        if (maxScore != null
                && (maxScore.signum() < 0
                        || maxScore.compareTo(MAX_SCORE) >= 0
                        || maxScore.stripTrailingZeros().scale() > 2)) {
            throw BusinessException.of("error.criterion.maxScoreRange");
        }
        if (form.getUnit() != null && Texts.nfc(form.getUnit()).length() > 40) {
            throw BusinessException.of("error.criterion.unitTooLong");
        }
    }

    /** The level's name as used inside messages ("tiêu chí (TC)"), translated with the message. */
    private static BusinessException.Text levelName(CriterionLevel level) {
        return new BusinessException.Text("error.criterion.levelName." + level.name());
    }

    /** The NFC text, or a message with the key {@code missing} / {@code tooLong}. */
    private static String requiredText(String value, String missing, int maxLength, String tooLong) {
        return required(Texts.nfc(value), missing, maxLength, tooLong);
    }

    /** The already normalised text, refused when blank or too long. */
    private static String required(String text, String missing, int maxLength, String tooLong) {
        if (text == null || text.isEmpty()) {
            throw BusinessException.of(missing);
        }
        if (text.length() > maxLength) {
            throw BusinessException.of(tooLong);
        }
        return text;
    }

    private static void requireActive(CriteriaFramework framework) {
        if (framework.isRetired()) {
            throw BusinessException.of("error.framework.retired", framework.getName());
        }
    }

    private static BusinessException duplicateCode(CriteriaFramework framework, String code) {
        return BusinessException.of("error.criterion.codeTaken", code, framework.getName());
    }

    private static BusinessException stale(String code) {
        return BusinessException.of("error.criterion.stale", code);
    }

    /** Code comparison key: case, diacritics and spaces ignored ("TCTP 1.3.1" = "tctp1.3.1"). */
    static String codeKey(String code) {
        return Texts.fold(code).replace(" ", "");
    }

    private CriteriaFramework requireFramework(long frameworkId) {
        return frameworks.findById(frameworkId).orElseThrow(() -> BusinessException.of("error.framework.notFound"));
    }

    private Optional<CriteriaFramework> findFrameworkEntity(String frameworkCode) {
        if (frameworkCode == null || frameworkCode.isBlank()) {
            return Optional.empty();
        }
        String wanted = Texts.nfc(frameworkCode);
        return frameworks
                .findByCode(wanted)
                .or(() -> frameworks.findAll().stream()
                        .filter(f -> f.getCode().equalsIgnoreCase(wanted))
                        .findFirst());
    }

    private Criterion requireCriterion(long criterionId) {
        return criteria.findById(criterionId).orElseThrow(() -> BusinessException.of("error.criterion.notFound"));
    }

    private static FrameworkSummary summary(CriteriaFramework f) {
        return new FrameworkSummary(
                f.getId(), f.getCode(), f.getName(), f.getKind(), f.getYear(), f.isRetired(), f.getCopiedFromId());
    }

    private Snapshot snapshot(long frameworkId) {
        return new Snapshot(criteria.findByFrameworkId(frameworkId));
    }

    /** All criteria of one framework (about a hundred rows) arranged as a tree. */
    private static final class Snapshot {
        private static final Comparator<Criterion> ORDER = Comparator.comparingInt(Criterion::getSortOrder)
                .thenComparing(Criterion::getCode)
                .thenComparing(Criterion::getId);

        private final Map<Long, Criterion> byId = new HashMap<>();
        private final Map<Long, List<Criterion>> children = new HashMap<>();
        private final List<Criterion> roots = new ArrayList<>();
        private final Map<Long, Integer> depths = new HashMap<>();

        Snapshot(List<Criterion> all) {
            for (Criterion c : all) {
                byId.put(c.getId(), c);
            }
            for (Criterion c : all) {
                if (c.getParentId() == null || !byId.containsKey(c.getParentId())) {
                    roots.add(c);
                } else {
                    children.computeIfAbsent(c.getParentId(), k -> new ArrayList<>())
                            .add(c);
                }
            }
            roots.sort(ORDER);
            children.values().forEach(list -> list.sort(ORDER));
            for (Criterion root : roots) {
                measure(root, 0);
            }
        }

        private void measure(Criterion c, int depth) {
            if (depths.putIfAbsent(c.getId(), depth) != null) {
                return;
            }
            for (Criterion child : children.getOrDefault(c.getId(), List.of())) {
                measure(child, depth + 1);
            }
        }

        List<CriterionSummary> ordered(boolean includeRetired) {
            List<CriterionSummary> out = new ArrayList<>();
            for (Criterion root : roots) {
                walk(root, includeRetired, out);
            }
            return out;
        }

        private void walk(Criterion c, boolean includeRetired, List<CriterionSummary> out) {
            if (!includeRetired && c.isRetired()) {
                return;
            }
            out.add(summary(c.getId()));
            for (Criterion child : children.getOrDefault(c.getId(), List.of())) {
                walk(child, includeRetired, out);
            }
        }

        /** The criterion and everything below it. */
        List<Criterion> subtree(long id) {
            List<Criterion> out = new ArrayList<>();
            collect(byId.get(id), out);
            return out;
        }

        private void collect(Criterion c, List<Criterion> out) {
            out.add(c);
            for (Criterion child : children.getOrDefault(c.getId(), List.of())) {
                collect(child, out);
            }
        }

        int nextSortOrder(Long parentId) {
            List<Criterion> siblings = parentId == null ? roots : children.getOrDefault(parentId, List.of());
            int max = siblings.stream().mapToInt(Criterion::getSortOrder).max().orElse(0);
            if (parentId != null && siblings.isEmpty()) {
                max = byId.get(parentId).getSortOrder();
            }
            return max + 10;
        }

        CriterionSummary summary(long id) {
            Criterion c = byId.get(id);
            return new CriterionSummary(
                    c.getId(),
                    c.getFrameworkId(),
                    c.getCode(),
                    c.getTitle(),
                    c.getLevel(),
                    c.getParentId(),
                    depths.getOrDefault(c.getId(), 0),
                    c.getSortOrder(),
                    c.getBaseline(),
                    c.getBaselineYear(),
                    c.getUnit(),
                    c.getMaxScore(),
                    c.isRetired(),
                    c.getVersion());
        }
    }
}
