package vn.cchc.portal.organization;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The organisation tree every caller shares: read from the table on first use and again only after a unit has been
 * saved. A transaction that changes units reads fresh copies of its own until it ends (so nobody else sees what it
 * has not committed), and the shared tree is dropped once more when it ends, committed or rolled back.
 *
 * <p>Other application nodes: a transaction that changes units also adds one to the row {@code org_unit_tree} of
 * table {@code cache_version}, committed with the change. Before using its tree a node compares that row with the
 * version its tree was read at, at most once per {@code cchc.cluster.cache-check-interval} (1 s): a unit changed on
 * one node shows on the others within that time, and between checks the tree costs no statement.
 */
@Component
class UnitTreeCache {

    static final String VERSION_ROW = "org_unit_tree";
    private static final AtomicLong CHANGES = new AtomicLong();
    private static final Object CHANGING = new Object();
    private static final Object BUMPED = new Object();

    private final OrgUnitRepository repository;
    private final JdbcTemplate jdbc;
    private final long checkIntervalNanos;
    private final org.springframework.transaction.support.TransactionTemplate freshRead;
    private volatile Shared shared;

    UnitTreeCache(
            OrgUnitRepository repository,
            JdbcTemplate jdbc,
            org.springframework.transaction.PlatformTransactionManager transactions,
            @Value("${cchc.cluster.cache-check-interval:1s}") Duration checkInterval) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.checkIntervalNanos = checkInterval.toNanos();
        this.freshRead = new org.springframework.transaction.support.TransactionTemplate(transactions);
        freshRead.setPropagationBehavior(
                org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        freshRead.setReadOnly(true);
    }

    UnitTree current() {
        if (TransactionSynchronizationManager.hasResource(CHANGING)) {
            return load();
        }
        long seen = CHANGES.get();
        long now = System.nanoTime();
        Shared current = shared;
        if (current != null && current.changes() == seen) {
            if (now - current.checkedAt() < checkIntervalNanos) {
                return current.tree();
            }
            if (storedVersion() == current.version()) {
                shared = new Shared(seen, current.version(), now, current.tree());
                return current.tree();
            }
        }
        long version = storedVersion();
        UnitTree tree = loadCommitted();
        shared = new Shared(seen, version, now, tree);
        return tree;
    }

    private UnitTree load() {
        return new UnitTree(repository.findAll());
    }

    /**
     * The committed units, read in a transaction of its own: a caller's transaction may hold units loaded before
     * another transaction changed them, and its persistence context would hand back those stale copies to every
     * reader of the shared tree.
     */
    private UnitTree loadCommitted() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return load();
        }
        return freshRead.execute(status -> load());
    }

    private long storedVersion() {
        Long version = jdbc.queryForObject("select version from cache_version where name = ?", Long.class, VERSION_ROW);
        return version == null ? 0 : version;
    }

    /** Adds one to the version other nodes compare with, in the changing transaction (once per transaction). */
    static void bumpVersion(JdbcTemplate jdbc) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            jdbc.update("update cache_version set version = version + 1 where name = ?", VERSION_ROW);
            return;
        }
        if (!TransactionSynchronizationManager.hasResource(BUMPED)) {
            jdbc.update("update cache_version set version = version + 1 where name = ?", VERSION_ROW);
            TransactionSynchronizationManager.bindResource(BUMPED, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(BUMPED);
                }
            });
        }
    }

    /** Drops the shared tree now and again when the current transaction ends. */
    static void unitsChanged() {
        CHANGES.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(CHANGING)) {
            TransactionSynchronizationManager.bindResource(CHANGING, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CHANGING);
                    CHANGES.incrementAndGet();
                }
            });
        }
    }

    private record Shared(long changes, long version, long checkedAt, UnitTree tree) {}

    /**
     * Tells the cache about every insert, update and delete of a unit, whoever makes it: this node's at once, the
     * other nodes' through the version row. Made by Spring (Hibernate's bean container) with its JdbcTemplate.
     */
    static class Listener {

        private final JdbcTemplate jdbc;

        Listener(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @PostPersist
        @PostUpdate
        @PostRemove
        void changed(OrgUnit unit) {
            unitsChanged();
            bumpVersion(jdbc);
        }
    }
}
