-- The deployment's own settings (issue 17): the province's name, the portal's subtitle and the unit that issues the
-- portal's own documents (its issuing data and signer are that unit's row in document_issuer). One row, neutral on
-- a fresh database: an administrator fills it in "Cài đặt"; the demo data fills it with its province's values.
create table portal_settings (
    id              bigint       primary key,
    province_name   varchar(100),
    app_subtitle    varchar(200),
    issuing_unit_id bigint       references org_unit (id),
    updated_by      varchar(60)  not null,
    updated_at      timestamp with time zone not null,
    version         bigint       not null default 0,
    constraint ck_portal_settings_one_row check (id = 1)
);

insert into portal_settings (id, updated_by, updated_at) values (1, 'system', current_timestamp);
