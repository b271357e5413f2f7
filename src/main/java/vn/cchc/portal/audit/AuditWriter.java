package vn.cchc.portal.audit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes audit rows with the transaction of the change they describe: rows are collected while it runs and written
 * together just before it commits (so a batch of changes names its units, users and items with a few queries, not
 * a few per row), and are dropped with it when it rolls back. Reading the log inside the same transaction writes
 * the collected rows first, and so does a row about a subject that is being deleted (so that the rows before it
 * still find its name). When a subject is renamed (a plan gets its number), the rows about it and inside it are
 * named and indexed again, so the audit view finds them by the new name. Outside a transaction (or in a read-only
 * one) a row is written on its own.
 */
@Component
class AuditWriter {

    private final AuditEntryRepository entries;
    private final AuditLookup lookup;
    private final TransactionTemplate ownTransaction;

    AuditWriter(AuditEntryRepository entries, AuditLookup lookup, PlatformTransactionManager transactions) {
        this.entries = entries;
        this.lookup = lookup;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void add(AuditEntry entry) {
        if (entry.subjectLabel != null) {
            // the subject is about to be deleted: rows collected about it are named while it still exists
            flush();
        }
        if (collecting()) {
            pending().entries.add(entry);
        } else {
            ownTransaction.executeWithoutResult(status -> write(List.of(entry)));
        }
    }

    /** The subject's name changed: its rows and the rows inside it are named and indexed again on commit. */
    void renamed(AuditSubjectType type, long id) {
        Subject subject = new Subject(type, id);
        if (collecting()) {
            pending().renamed.add(subject);
        } else {
            ownTransaction.executeWithoutResult(status -> reindex(Set.of(subject)));
        }
    }

    private static boolean collecting() {
        return TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    /** Writes what the current transaction has collected so far, so that a read sees it. */
    void flush() {
        if (TransactionSynchronizationManager.getResource(this) instanceof Pending pending) {
            pending.writeCollected();
        }
    }

    /** Names, indexes and saves a batch of rows. */
    void write(List<AuditEntry> batch) {
        AuditLookup.Names names = lookup.names(batch);
        batch.forEach(e -> AuditRenderer.index(e, names));
        entries.saveAll(batch);
    }

    private void reindex(Set<Subject> subjects) {
        Map<Long, AuditEntry> rows = new LinkedHashMap<>();
        for (Subject s : subjects) {
            entries.history(s.type(), s.id()).forEach(e -> rows.put(e.id, e));
        }
        if (!rows.isEmpty()) {
            write(List.copyOf(rows.values()));
        }
    }

    private record Subject(AuditSubjectType type, long id) {}

    private Pending pending() {
        if (TransactionSynchronizationManager.getResource(this) instanceof Pending pending) {
            return pending;
        }
        Pending pending = new Pending();
        TransactionSynchronizationManager.bindResource(this, pending);
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    /** The rows of one transaction, written before it commits. */
    private final class Pending implements TransactionSynchronization {

        private final List<AuditEntry> entries = new ArrayList<>();
        private final Set<Subject> renamed = new LinkedHashSet<>();

        void writeCollected() {
            if (!entries.isEmpty()) {
                List<AuditEntry> batch = List.copyOf(entries);
                entries.clear();
                write(batch);
            }
            if (!renamed.isEmpty()) {
                Set<Subject> subjects = Set.copyOf(renamed);
                renamed.clear();
                reindex(subjects);
            }
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(AuditWriter.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(AuditWriter.this, this);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            writeCollected();
        }

        @Override
        public void afterCompletion(int status) {
            entries.clear();
            renamed.clear();
            TransactionSynchronizationManager.unbindResourceIfPossible(AuditWriter.this);
        }
    }
}
