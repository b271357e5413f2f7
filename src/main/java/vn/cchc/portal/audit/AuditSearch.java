package vn.cchc.portal.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.springframework.stereotype.Component;
import vn.cchc.portal.shared.Texts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The audit view's query: only the filters that are set, newest first, one page at a time. */
@Component
class AuditSearch {

    private static final int MAX_WORDS = 10;

    @PersistenceContext
    private EntityManager em;

    List<AuditEntry> page(AuditQuery query, int offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(query, params);
        TypedQuery<AuditEntry> q = em.createQuery(
                "select e from AuditEntry e" + where + " order by e.changedAt desc, e.id desc", AuditEntry.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    long count(AuditQuery query) {
        Map<String, Object> params = new LinkedHashMap<>();
        TypedQuery<Long> q = em.createQuery("select count(e) from AuditEntry e" + where(query, params), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** Forgets the rows read so far (a long export reads many pages in one transaction). */
    void clear() {
        em.clear();
    }

    private static String where(AuditQuery query, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (query.type() != null) {
            and(where, "e.subjectType = :type");
            params.put("type", query.type());
        }
        if (query.username() != null && !query.username().isBlank()) {
            and(where, "e.username = :username");
            params.put("username", query.username());
        }
        if (query.from() != null) {
            and(where, "e.changedAt >= :from");
            params.put("from", query.from().atStartOfDay(AuditRenderer.ZONE).toInstant());
        }
        if (query.to() != null) {
            and(where, "e.changedAt < :to");
            params.put(
                    "to",
                    query.to().plusDays(1).atStartOfDay(AuditRenderer.ZONE).toInstant());
        }
        String folded = Texts.fold(query.text());
        if (!folded.isEmpty()) {
            String[] words = folded.split(" ");
            for (int i = 0; i < Math.min(words.length, MAX_WORDS); i++) {
                and(where, "e.searchKey like :w" + i + " escape '!'");
                params.put(
                        "w" + i,
                        "%" + words[i].replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            }
        }
        return where.toString();
    }

    private static void and(StringBuilder where, String condition) {
        where.append(where.isEmpty() ? " where " : " and ").append(condition);
    }
}
