package vn.cchc.portal.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.cchc.portal.shared.Texts;

import java.time.LocalDate;

/** An organisation unit of the province. Parent and successor are kept as ids to keep the tree cheap to load. */
@Entity
@Table(name = "org_unit")
@EntityListeners(UnitTreeCache.Listener.class)
public class OrgUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "short_name", length = 150)
    private String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrgUnitKind kind;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "successor_id")
    private Long successorId;

    @Column(name = "handles_procedures", nullable = false)
    private boolean handlesProcedures = true;

    @Column(length = 1000)
    private String aliases;

    @Column(name = "search_key", nullable = false, length = 2000)
    private String searchKey;

    @Version
    private long version;

    protected OrgUnit() {}

    public OrgUnit(String code, String name, OrgUnitKind kind, Long parentId, LocalDate validFrom) {
        this.code = code;
        this.name = Texts.nfc(name);
        this.kind = kind;
        this.parentId = parentId;
        this.validFrom = validFrom;
    }

    @PrePersist
    @PreUpdate
    void refreshSearchKey() {
        name = Texts.nfc(name);
        shortName = Texts.nfcOrNull(shortName);
        aliases = Texts.nfcOrNull(aliases);
        searchKey = Texts.fold(
                String.join(" | ", code, name, shortName == null ? "" : shortName, aliases == null ? "" : aliases));
    }

    /** Whether the unit exists on the given day. */
    public boolean isActiveOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Texts.nfc(name);
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = Texts.nfcOrNull(shortName);
    }

    public OrgUnitKind getKind() {
        return kind;
    }

    public Long getParentId() {
        return parentId;
    }

    /** Changes what a unit is called and where it stands (code, kind, parent, start); see OrgUnitAdministration. */
    void change(String code, OrgUnitKind kind, Long parentId, LocalDate validFrom) {
        this.code = code;
        this.kind = kind;
        this.parentId = parentId;
        this.validFrom = validFrom;
    }

    long getVersion() {
        return version;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public Long getSuccessorId() {
        return successorId;
    }

    /** Ends the unit on the given day; a successor takes over its work (merged units). */
    public void end(LocalDate lastDay, Long successor) {
        this.validTo = lastDay;
        this.successorId = successor;
    }

    public boolean isHandlesProcedures() {
        return handlesProcedures;
    }

    public void setHandlesProcedures(boolean handlesProcedures) {
        this.handlesProcedures = handlesProcedures;
    }

    public String getAliases() {
        return aliases;
    }

    public void setAliases(String aliases) {
        this.aliases = Texts.nfcOrNull(aliases);
    }

    public String getSearchKey() {
        return searchKey;
    }
}
