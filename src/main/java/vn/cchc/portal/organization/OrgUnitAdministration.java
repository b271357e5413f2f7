package vn.cchc.portal.organization;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.audit.AuditField;
import vn.cchc.portal.audit.AuditLog;
import vn.cchc.portal.audit.AuditSubject;
import vn.cchc.portal.audit.AuditSubjectType;
import vn.cchc.portal.audit.AuditValue;
import vn.cchc.portal.shared.Access;
import vn.cchc.portal.shared.BusinessException;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.Role;
import vn.cchc.portal.shared.Texts;
import vn.cchc.portal.shared.UserContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Creates and changes organisation units: administrators anywhere in the tree, a unit head the sub-units below their
 * own unit (a commune's offices, a department's divisions). Codes are unique; names are unique among the active
 * units of one parent, compared in NFC without regard to case but with regard to diacritics ("Xã Ia Băng" and "Xã
 * Ia Bang" are two communes). Every change is written to the audit log.
 */
@Service
@Transactional
public class OrgUnitAdministration {

    static final int CODE_MAX = 40;
    static final int NAME_MAX = 300;
    static final int SHORT_NAME_MAX = 150;
    static final int ALIASES_MAX = 1000;

    private static final List<AuditField<UnitForm>> FIELDS = List.of(
            AuditField.of("code", f -> AuditValue.text(f.getCode())),
            AuditField.of("name", f -> AuditValue.text(f.getName())),
            AuditField.of("shortName", f -> AuditValue.text(f.getShortName())),
            AuditField.of("aliases", f -> AuditValue.text(f.getAliases())),
            AuditField.of("kind", f -> AuditValue.label("orgunit.kind", f.getKind())),
            AuditField.of("parent", f -> AuditValue.ref(AuditSubjectType.ORG_UNIT, f.getParentId())),
            AuditField.of("validFrom", f -> AuditValue.date(f.getValidFrom())),
            AuditField.of("handlesProcedures", f -> AuditValue.of(f.isHandlesProcedures())));

    private final OrgUnitRepository repository;
    private final UnitTreeCache trees;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    OrgUnitAdministration(OrgUnitRepository repository, UnitTreeCache trees, CurrentUser currentUser, AuditLog audit) {
        this.repository = repository;
        this.trees = trees;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The unit as a form to edit. */
    @PreAuthorize(Access.ADMIN_OR_UNIT_HEAD)
    @Transactional(readOnly = true)
    public UnitForm form(long unitId) {
        OrgUnit unit = repository.findById(unitId).orElseThrow(() -> BusinessException.of("error.unit.notFound"));
        checkManages(unit.getParentId(), unit.getKind());
        return UnitForm.of(unit);
    }

    /** Whether the signed-in user may add or change units under the given parent. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canManageUnder(long parentId) {
        UserContext user = currentUser.require();
        return user.has(Role.ADMIN)
                || user.has(Role.UNIT_HEAD) && trees.current().isWithin(parentId, user.unitId());
    }

    @PreAuthorize(Access.ADMIN_OR_UNIT_HEAD)
    public OrgUnitSummary create(UnitForm form) {
        UnitForm clean = cleaned(form);
        checkManages(clean.getParentId(), clean.getKind());
        validate(clean, null);
        OrgUnit unit = new OrgUnit(
                clean.getCode(), clean.getName(), clean.getKind(), clean.getParentId(), clean.getValidFrom());
        unit.setShortName(clean.getShortName());
        unit.setAliases(clean.getAliases());
        unit.setHandlesProcedures(clean.isHandlesProcedures());
        unit.setSortOrder(nextSortOrder(clean.getParentId()));
        repository.saveAndFlush(unit);
        audit.compare(AuditSubject.of(AuditSubjectType.ORG_UNIT, unit.getId()), "UNIT_CREATED", null, clean, FIELDS);
        return summary(unit);
    }

    @PreAuthorize(Access.ADMIN_OR_UNIT_HEAD)
    public OrgUnitSummary update(UnitForm form) {
        OrgUnit unit = repository
                .findById(Objects.requireNonNull(form.getId(), "id"))
                .orElseThrow(() -> BusinessException.of("error.unit.notFound"));
        if (unit.getVersion() != form.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(OrgUnit.class, unit.getId());
        }
        checkManages(unit.getParentId(), unit.getKind());
        UnitForm clean = cleaned(form);
        checkManages(clean.getParentId(), clean.getKind());
        validate(clean, unit);
        UnitForm before = UnitForm.of(unit);
        unit.change(clean.getCode(), clean.getKind(), clean.getParentId(), clean.getValidFrom());
        unit.setName(clean.getName());
        unit.setShortName(clean.getShortName());
        unit.setAliases(clean.getAliases());
        unit.setHandlesProcedures(clean.isHandlesProcedures());
        if (!Objects.equals(before.getParentId(), clean.getParentId())) {
            unit.setSortOrder(nextSortOrder(clean.getParentId()));
        }
        repository.saveAndFlush(unit);
        audit.compare(AuditSubject.of(AuditSubjectType.ORG_UNIT, unit.getId()), "UNIT_CHANGED", before, clean, FIELDS);
        return summary(unit);
    }

    /** Administrators manage every unit; a unit head only sub-units strictly below their own unit. */
    private void checkManages(Long parentId, OrgUnitKind kind) {
        UserContext user = currentUser.require();
        if (user.has(Role.ADMIN)) {
            return;
        }
        boolean own = parentId != null
                && kind == OrgUnitKind.SUBUNIT
                && trees.current().isWithin(parentId, user.unitId());
        if (!own) {
            throw new AccessDeniedException(
                    BusinessException.text("error.unit.manageOwnSubunits", new Object[0], Locale.ROOT));
        }
    }

    private static UnitForm cleaned(UnitForm form) {
        UnitForm clean = new UnitForm();
        clean.setCode(
                form.getCode() == null
                        ? null
                        : Texts.nfc(form.getCode()).strip().toUpperCase(Locale.ROOT));
        clean.setName(oneLine(form.getName()));
        clean.setShortName(blankToNull(oneLine(form.getShortName())));
        clean.setAliases(blankToNull(
                form.getAliases() == null ? null : Texts.nfc(form.getAliases()).strip()));
        clean.setKind(form.getKind());
        clean.setParentId(form.getParentId());
        clean.setValidFrom(form.getValidFrom());
        clean.setHandlesProcedures(form.isHandlesProcedures());
        return clean;
    }

    private static String oneLine(String text) {
        return text == null ? null : Texts.nfc(text).replaceAll("\\s+", " ").strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private void validate(UnitForm form, OrgUnit existing) {
        if (form.getCode() == null || form.getCode().isEmpty()) {
            throw BusinessException.of("error.unit.codeRequired");
        }
        if (!form.getCode().matches("[A-Z0-9._-]+") || form.getCode().length() > CODE_MAX) {
            throw BusinessException.of("error.unit.codeFormat", String.valueOf(CODE_MAX));
        }
        if (form.getName() == null || form.getName().isEmpty()) {
            throw BusinessException.of("error.unit.nameRequired");
        }
        tooLong(form.getName(), NAME_MAX);
        tooLong(form.getShortName(), SHORT_NAME_MAX);
        tooLong(form.getAliases(), ALIASES_MAX);
        if (form.getKind() == null) {
            throw BusinessException.of("error.unit.kindRequired");
        }
        if (form.getValidFrom() == null) {
            throw BusinessException.of("error.unit.validFromRequired");
        }
        if (existing != null
                && existing.getValidTo() != null
                && form.getValidFrom().isAfter(existing.getValidTo())) {
            throw BusinessException.of("error.unit.endBeforeStart");
        }
        UnitTree tree = trees.current();
        checkParent(form, existing, tree);
        repository
                .findByCodeIgnoreCase(form.getCode())
                .filter(other -> existing == null || !other.getId().equals(existing.getId()))
                .ifPresent(other -> {
                    throw BusinessException.of("error.unit.codeTaken", form.getCode(), other.getName());
                });
        String key = nameKey(form.getName());
        LocalDate day = form.getValidFrom();
        tree.nodes().stream()
                .filter(n -> Objects.equals(n.parentId(), form.getParentId()))
                .filter(n -> existing == null || n.id() != existing.getId())
                .filter(n -> n.validTo() == null || !n.validTo().isBefore(day))
                .filter(n -> nameKey(n.name()).equals(key))
                .findFirst()
                .ifPresent(n -> {
                    throw BusinessException.of("error.unit.nameTaken", n.name());
                });
    }

    private static void checkParent(UnitForm form, OrgUnit existing, UnitTree tree) {
        if (form.getParentId() == null) {
            if (form.getKind() != OrgUnitKind.PROVINCE) {
                throw BusinessException.of("error.unit.parentRequired");
            }
            return;
        }
        UnitTree.Node parent = tree.node(form.getParentId());
        if (parent == null || parent.validTo() != null) {
            throw BusinessException.of("error.unit.parentInactive");
        }
        if (existing != null && tree.isWithin(parent.id(), existing.getId())) {
            throw BusinessException.of("error.unit.parentCycle");
        }
        if (!allowedUnder(form.getKind(), parent.kind())) {
            throw BusinessException.of(
                    "error.unit.kindUnderParent",
                    new BusinessException.Text(form.getKind().labelKey()),
                    new BusinessException.Text(parent.kind().labelKey()));
        }
    }

    /** Which kind of unit may stand under which (a commune under its district, or under the province since 2025). */
    static boolean allowedUnder(OrgUnitKind kind, OrgUnitKind parent) {
        return switch (kind) {
            case PROVINCE -> false;
            case DEPARTMENT, AGENCY, DISTRICT -> parent == OrgUnitKind.PROVINCE;
            case COMMUNE -> parent == OrgUnitKind.PROVINCE || parent == OrgUnitKind.DISTRICT;
            case SUBUNIT -> true;
        };
    }

    private static void tooLong(String text, int max) {
        if (text != null && text.length() > max) {
            throw BusinessException.of("error.unit.tooLong", String.valueOf(max), String.valueOf(text.length()));
        }
    }

    /** Names compared in NFC, without regard to case, with regard to diacritics. */
    static String nameKey(String name) {
        return Texts.nfc(name).replaceAll("\\s+", " ").strip().toLowerCase(Locale.forLanguageTag("vi"));
    }

    private int nextSortOrder(Long parentId) {
        return trees.current().nodes().stream()
                        .filter(n -> Objects.equals(n.parentId(), parentId))
                        .mapToInt(UnitTree.Node::sortOrder)
                        .max()
                        .orElse(0)
                + 1;
    }

    private OrgUnitSummary summary(OrgUnit unit) {
        UnitTree tree = new UnitTree(repository.findAll());
        return tree.summary(unit.getId());
    }
}
