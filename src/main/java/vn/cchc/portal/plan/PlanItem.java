package vn.cchc.portal.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import vn.cchc.portal.shared.Texts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One row of a plan: a heading (area, section) or an item with goal, tasks, lead and coordinating units. */
@Entity
@Table(name = "plan_item")
class PlanItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "plan_id", nullable = false)
    Long planId;
    @Column(name = "parent_id")
    Long parentId;
    @Column(name = "sort_order", nullable = false)
    int sortOrder;
    @Column(name = "item_number")
    String number;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    PlanItemKind kind;
    String title;
    @Column(name = "criterion_id")
    Long criterionId;
    String goal;
    String tasks;
    @Column(name = "lead_unit_id")
    Long leadUnitId;
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "plan_item_assignee", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "sort_order")
    List<ItemAssignee> assignees = new ArrayList<>();
    @Column(name = "coordinating_note")
    String coordinatingNote;
    String timeframe;
    LocalDate deadline;
    @Column(name = "source_item_id")
    Long sourceItemId;
    @Version
    long version;

    @PrePersist
    @PreUpdate
    void normalise() {
        number = Texts.nfcOrNull(number);
        title = Texts.nfcOrNull(title);
        goal = PlanTexts.block(goal);
        tasks = PlanTexts.block(tasks);
        coordinatingNote = Texts.nfcOrNull(coordinatingNote);
        timeframe = Texts.nfcOrNull(timeframe);
    }

    /** A copy for another plan (duplicates, copies to a new year, amendments, sub-plans). */
    PlanItem copyInto(long targetPlanId, Long targetParentId) {
        PlanItem copy = new PlanItem();
        copy.planId = targetPlanId;
        copy.parentId = targetParentId;
        copy.sortOrder = sortOrder;
        copy.number = number;
        copy.kind = kind;
        copy.title = title;
        copy.criterionId = criterionId;
        copy.goal = goal;
        copy.tasks = tasks;
        copy.leadUnitId = leadUnitId;
        copy.assignees = new ArrayList<>(assignees);
        copy.coordinatingNote = coordinatingNote;
        copy.timeframe = timeframe;
        copy.deadline = deadline;
        copy.sourceItemId = sourceItemId;
        return copy;
    }
}
