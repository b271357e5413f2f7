package vn.cchc.portal.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * Rows copied from the old plan and assignment audit tables (migration V10) have no search key and no subject
 * name yet: on start-up they get them, five hundred rows per transaction, so the audit view finds them by text.
 */
@Component
class AuditBackfill {

    private static final Logger LOG = LoggerFactory.getLogger(AuditBackfill.class);

    private final AuditEntryRepository entries;
    private final AuditWriter writer;
    private final TransactionTemplate transaction;

    AuditBackfill(AuditEntryRepository entries, AuditWriter writer, PlatformTransactionManager transactions) {
        this.entries = entries;
        this.writer = writer;
        this.transaction = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void indexOldRows() {
        int total = 0;
        int done;
        do {
            done = transaction.execute(status -> indexBatch());
            total += done;
        } while (done > 0);
        if (total > 0) {
            LOG.info("Indexed {} audit rows for search", total);
        }
    }

    /** Indexes the next batch; returns how many rows it indexed. */
    int indexBatch() {
        List<AuditEntry> batch = entries.findTop500BySearchKeyIsNullOrderById();
        writer.write(batch);
        return batch.size();
    }
}
