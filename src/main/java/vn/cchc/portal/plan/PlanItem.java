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
import java.time.LocalTime;
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

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "plan_item_exclusion", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "sort_order")
    List<ItemExclusion> exclusions = new ArrayList<>();
    /** The lead unit(s) exactly as printed ("Sở Tài chính; UBND cấp huyện"); null when the source prints none. */
    @Column(name = "lead_text")
    String leadText;
    /** The coordinating/implementing units exactly as printed. */
    @Column(name = "coordinating_text")
    String coordinatingText;

    @Column(name = "coordinating_note")
    String coordinatingNote;

    String timeframe;
    LocalDate deadline;

    @Column(name = "deadline_time")
    LocalTime deadlineTime;

    @Column(name = "source_item_id")
    Long sourceItemId;
    /** On an appendix row: the narrative item that spells out the tasks of the row's criterion. */
    @Column(name = "narrative_item_id")
    Long narrativeItemId;

    @Version
    long version;

    @PrePersist
    @PreUpdate
    void normalise() {
        number = Texts.nfcOrNull(number);
        title = PlanTexts.block(title);
        goal = PlanTexts.block(goal);
        tasks = PlanTexts.block(tasks);
        coordinatingNote = Texts.nfcOrNull(coordinatingNote);
        leadText = printed(leadText);
        coordinatingText = printed(coordinatingText);
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
        copy.exclusions = new ArrayList<>(exclusions);
        copy.leadText = leadText;
        copy.coordinatingText = coordinatingText;
        copy.coordinatingNote = coordinatingNote;
        copy.timeframe = timeframe;
        copy.deadline = deadline;
        copy.deadlineTime = deadlineTime;
        copy.sourceItemId = sourceItemId;
        copy.narrativeItemId = narrativeItemId;
        return copy;
    }

    /** Every unit or group that leads the item: the lead unit first, then the lead assignees. */
    List<ItemAssignee> leads() {
        List<ItemAssignee> out = new ArrayList<>();
        if (leadUnitId != null) {
            out.add(ItemAssignee.unit(leadUnitId).asLead(true));
        }
        assignees.stream().filter(ItemAssignee::isLead).forEach(out::add);
        return out;
    }

    boolean hasLead() {
        return leadUnitId != null || assignees.stream().anyMatch(ItemAssignee::isLead);
    }

    /** A printed unit cell: NFC, as written, only blank cells dropped. */
    private static String printed(String text) {
        return text == null || text.isBlank()
                ? null
                : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
    }
}
