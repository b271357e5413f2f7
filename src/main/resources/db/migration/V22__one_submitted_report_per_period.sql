-- One sent report per task and reporting period (issue 13): a report that is sent or accepted holds its period in
-- submitted_period_id, unique per assignment; drafts and returned reports hold null (nulls never collide), so a
-- returned report can be followed by its correction. Reports without a period are not limited.
alter table progress_update add column submitted_period_id bigint;

-- Earlier data may hold several sent reports of one period (two tabs): the newest keeps the period.
update progress_update set submitted_period_id = period_id
where state in ('SUBMITTED', 'ACCEPTED') and period_id is not null
  and not exists (select 1 from progress_update newer
                  where newer.assignment_id = progress_update.assignment_id
                    and newer.period_id = progress_update.period_id
                    and newer.state in ('SUBMITTED', 'ACCEPTED')
                    and newer.id > progress_update.id);

alter table progress_update add constraint uk_progress_update_submitted_period
    unique (assignment_id, submitted_period_id);
