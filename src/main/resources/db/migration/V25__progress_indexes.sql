-- Indexes found with the national-scale data set (./mvnw -Pbench -Dbench=national; EXPLAIN ANALYZE on PostgreSQL,
-- 100,000 progress updates): the home pages' "latest accepted" and the review queue sorted a whole state with a
-- sequential scan (80 ms -> 0.1 ms), and the overview's states of a plan's updates hashed the whole table
-- (141 ms -> 10 ms, index-only). The older index on assignment_id stays: H2 backs constraints with it.
create index ix_progress_update_state_reviewed on progress_update (state, reviewed_at, id);
create index ix_progress_update_state_submitted on progress_update (state, submitted_at, id);
create index ix_progress_update_assignment_created on progress_update (assignment_id, created_at, id, state);
