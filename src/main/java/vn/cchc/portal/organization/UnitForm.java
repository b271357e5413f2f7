package vn.cchc.portal.organization;

import java.time.LocalDate;

/** What an administrator (or a unit head, for the sub-units of their unit) types to create or change a unit. */
public class UnitForm {

    private Long id;
    private long version;
    private String code;
    private String name;
    private String shortName;
    private String aliases;
    private OrgUnitKind kind;
    private Long parentId;
    private LocalDate validFrom;
    private boolean handlesProcedures = true;

    /** An empty form for a new unit under the given parent. */
    public static UnitForm under(Long parentId, OrgUnitKind kind, LocalDate validFrom) {
        UnitForm form = new UnitForm();
        form.parentId = parentId;
        form.kind = kind;
        form.validFrom = validFrom;
        return form;
    }

    /** A copy to write a dialog's fields into, so that a refused save leaves the shown form as it was. */
    public UnitForm copy() {
        UnitForm copy = new UnitForm();
        copy.id = id;
        copy.version = version;
        copy.code = code;
        copy.name = name;
        copy.shortName = shortName;
        copy.aliases = aliases;
        copy.kind = kind;
        copy.parentId = parentId;
        copy.validFrom = validFrom;
        copy.handlesProcedures = handlesProcedures;
        return copy;
    }

    public boolean isNew() {
        return id == null;
    }

    static UnitForm of(OrgUnit unit) {
        UnitForm form = new UnitForm();
        form.id = unit.getId();
        form.version = unit.getVersion();
        form.code = unit.getCode();
        form.name = unit.getName();
        form.shortName = unit.getShortName();
        form.aliases = unit.getAliases();
        form.kind = unit.getKind();
        form.parentId = unit.getParentId();
        form.validFrom = unit.getValidFrom();
        form.handlesProcedures = unit.isHandlesProcedures();
        return form;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getAliases() {
        return aliases;
    }

    public void setAliases(String aliases) {
        this.aliases = aliases;
    }

    public OrgUnitKind getKind() {
        return kind;
    }

    public void setKind(OrgUnitKind kind) {
        this.kind = kind;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public boolean isHandlesProcedures() {
        return handlesProcedures;
    }

    public void setHandlesProcedures(boolean handlesProcedures) {
        this.handlesProcedures = handlesProcedures;
    }
}
