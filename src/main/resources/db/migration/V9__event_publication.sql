-- Spring Modulith's event publication registry (spring-modulith-events-jpa 2.1, entity DefaultJpaEventPublication):
-- one row per (domain event, after-commit listener), written in the transaction that publishes the event. A row
-- stays until its listener has run (completion mode DELETE removes it then); incomplete rows are resubmitted on
-- restart and, when they failed (e.g. SMTP down), by the retry job. Columns as in Modulith's v2 schema files;
-- plain types that H2 (PostgreSQL mode) and PostgreSQL both take, and Hibernate validates against the mapping.
create table event_publication (
    id                     uuid           not null primary key,
    listener_id            varchar(512)   not null,
    event_type             varchar(512)   not null,
    serialized_event       varchar(20000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer        default 0 not null,
    last_resubmission_date timestamp with time zone
);

create index ix_event_publication_incomplete on event_publication (completion_date, publication_date);
