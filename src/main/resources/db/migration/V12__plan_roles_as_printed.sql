-- Plans as the documents say: printed lead/coordinating texts beside the resolved units, several leads, units
-- excluded with a reason, deadlines with an optional time of day, dated milestones as printed, narrative items
-- linked to the appendix row of their criterion, and assignments a unit passes on to the level below.

alter table plan_item add column lead_text varchar(2000);
alter table plan_item add column coordinating_text varchar(4000);
alter table plan_item add column deadline_time time;
-- An appendix row points at the narrative item (section II of the plan) that spells out its tasks.
alter table plan_item add column narrative_item_id bigint;
alter table plan_item add constraint fk_plan_item_narrative foreign key (narrative_item_id)
    references plan_item (id) on delete set null;

-- A lead assignee leads the item ("Sở Tài chính; UBND cấp huyện"); a lead group means every unit of the group
-- leads its own part ("mỗi đơn vị chủ trì phần việc của mình").
alter table plan_item_assignee add column lead boolean default false not null;

-- Units that an item's groups would include but the plan leaves out, with the reason as printed.
create table plan_item_exclusion (
    item_id    bigint        not null references plan_item (id) on delete cascade,
    sort_order integer       not null,
    unit_id    bigint        not null references org_unit (id),
    reason     varchar(1000) not null,
    primary key (item_id, sort_order)
);

alter table plan add column sub_plan_due_time time;
alter table plan add column sub_plan_due_text varchar(1000);

-- Dates a plan prints (report due "trước ngày 02/7/2024"): the due day it means, an optional time, the text.
create table plan_milestone (
    plan_id      bigint        not null references plan (id) on delete cascade,
    sort_order   integer       not null,
    kind         varchar(30)   not null,
    due_date     date          not null,
    due_time     time,
    printed_text varchar(1000),
    primary key (plan_id, sort_order),
    constraint ck_plan_milestone_kind check (kind in ('START', 'END', 'INTERIM_REPORT_DUE', 'FINAL_REPORT_DUE'))
);

-- The unit holds the task for the units below it: it passes it on in its own plan ("giao tiếp cho cấp xã").
alter table assignment add column pass_on boolean default false not null;
alter table assignment add column due_time time;
