package vn.cchc.portal.audit;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    /** A subject's own rows and the rows of the subjects inside it (the items of a plan), newest first. */
    @Query("""
            select e from AuditEntry e
            where (e.subjectType = :type and e.subjectId = :id) or (e.parentType = :type and e.parentId = :id)
            order by e.changedAt desc, e.id desc""")
    List<AuditEntry> history(AuditSubjectType type, long id);

    @Query("select distinct e.username from AuditEntry e")
    List<String> usernames();

    /** Rows written before the search key existed (copied from the old audit tables), oldest first. */
    List<AuditEntry> findTop500BySearchKeyIsNullOrderById();
}
