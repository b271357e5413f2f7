package vn.cchc.portal.organization;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The organisation tree every caller shares: read from the table on first use and again only after a unit has been
 * saved. A transaction that changes units reads fresh copies of its own until it ends (so nobody else sees what it
 * has not committed), and the shared tree is dropped once more when it ends, committed or rolled back.
 *
 * <p>The tree lives in this JVM: with several application nodes, a unit ended on one node shows on the others
 * after their restart.
 */
@Component
class UnitTreeCache {

    private static final AtomicLong CHANGES = new AtomicLong();
    private static final Object CHANGING = new Object();

    private final OrgUnitRepository repository;
    private volatile Shared shared;

    UnitTreeCache(OrgUnitRepository repository) {
        this.repository = repository;
    }

    UnitTree current() {
        if (TransactionSynchronizationManager.hasResource(CHANGING)) {
            return load();
        }
        long seen = CHANGES.get();
        Shared current = shared;
        if (current != null && current.changes() == seen) {
            return current.tree();
        }
        UnitTree tree = load();
        shared = new Shared(seen, tree);
        return tree;
    }

    private UnitTree load() {
        return new UnitTree(repository.findAll());
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

    private record Shared(long changes, UnitTree tree) {
    }

    /** Tells the cache about every insert, update and delete of a unit, whoever makes it. */
    static class Listener {

        @PostPersist
        @PostUpdate
        @PostRemove
        void changed(OrgUnit unit) {
            unitsChanged();
        }
    }
}
