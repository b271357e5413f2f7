-- Several application nodes on one database (issue 16). Plain types that H2 (PostgreSQL mode) and PostgreSQL take.

-- ShedLock (JDBC provider, net.javacrumbs.shedlock 6.10): one row per scheduled job; a node runs the job only while
-- it holds the row's lock (lock_until in the database's own clock), so the daily deadline job and the retry of failed
-- listeners run on one node at a time.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null,
    locked_by  varchar(255) not null
);

-- Evidence files in the database (cchc.evidence.store=database, the postgres profile): content-addressed by the
-- storage key "<sha256[0..2]>/<sha256>" that evidence.storage_key already holds, bytes in chunks of at most 1 MiB
-- so that uploads and downloads stream. Rows are never changed once written.
create table evidence_content (
    storage_key varchar(67)              not null primary key,
    size_bytes  bigint                   not null,
    chunk_count integer                  not null,
    stored_at   timestamp with time zone not null,
    constraint ck_evidence_content_size check (size_bytes > 0 and chunk_count > 0)
);

create table evidence_chunk (
    storage_key varchar(67) not null references evidence_content (storage_key),
    seq         integer     not null,
    data        bytea       not null,
    constraint pk_evidence_chunk primary key (storage_key, seq)
);

-- Versions of what nodes cache in memory: a transaction that changes what a cache holds adds one to its row, and
-- every node compares the row with the version of its copy before using it (at most once a second).
create table cache_version (
    name    varchar(50) not null primary key,
    version bigint      not null
);

insert into cache_version (name, version) values ('org_unit_tree', 0);
