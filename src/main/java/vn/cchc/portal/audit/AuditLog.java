package vn.cchc.portal.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cchc.portal.shared.Access;
import vn.cchc.portal.shared.CurrentUser;
import vn.cchc.portal.shared.UserContext;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The one audit log of the portal. Every module records its writes here (subject, action, field, typed old and
 * new value; the user and time are added); history tabs and the administrator's audit view read it, shown in the
 * reader's language. What a row records is never changed or deleted; only its search key and the subject's name
 * are refreshed when the subject is renamed.
 */
@Service
public class AuditLog {

    private static final int EXPORT_PAGE = 500;

    private final AuditWriter writer;
    private final AuditEntryRepository entries;
    private final AuditSearch search;
    private final AuditLookup lookup;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(
            AuditWriter writer,
            AuditEntryRepository entries,
            AuditSearch search,
            AuditLookup lookup,
            CurrentUser currentUser,
            Clock clock) {
        this.writer = writer;
        this.entries = entries;
        this.search = search;
        this.lookup = lookup;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The sign-in name of the caller, or "system" when the application itself acts. */
    public String actor() {
        return currentUser.get().map(UserContext::username).orElse(AuditRenderer.SYSTEM);
    }

    /** Records an action on a subject that changes no single field (created, password reset). */
    public void record(AuditSubject subject, String action) {
        writer.add(entry(subject, action, null, null, null));
    }

    /** Records a field's change; nothing when old and new value are the same. */
    public void change(AuditSubject subject, String action, String field, AuditValue before, AuditValue after) {
        Objects.requireNonNull(field, "field");
        if (!Objects.equals(before, after)) {
            writer.add(entry(subject, action, field, before, after));
        }
    }

    /**
     * Tells the log that a subject's name changed (a plan's number or title, a user's full name): the rows about it
     * and inside it are found by the new name from now on.
     */
    public void renamed(AuditSubjectType type, long id) {
        writer.renamed(type, id);
    }

    /** Records every field that differs between two snapshots; without a snapshot before, every field set. */
    public <T> void compare(AuditSubject subject, String action, T before, T after, List<AuditField<T>> fields) {
        for (AuditField<T> field : fields) {
            change(
                    subject,
                    action,
                    field.name(),
                    before == null ? null : field.value().apply(before),
                    field.value().apply(after));
        }
    }

    /**
     * The rows of a subject and of the subjects inside it (a plan and its items), newest first. The caller checks
     * that the reader may see the subject.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AuditRow> history(AuditSubjectType type, long id, Locale locale) {
        writer.flush();
        return rows(entries.history(type, id), locale);
    }

    /** One page of the audit view. */
    @PreAuthorize(Access.ADMIN_ONLY)
    @Transactional(readOnly = true)
    public List<AuditRow> search(AuditQuery query, int offset, int limit, Locale locale) {
        writer.flush();
        return rows(search.page(query, offset, limit), locale);
    }

    @PreAuthorize(Access.ADMIN_ONLY)
    @Transactional(readOnly = true)
    public long count(AuditQuery query) {
        writer.flush();
        return search.count(query);
    }

    /** Everyone who appears in the log, by name, for the user filter. */
    @PreAuthorize(Access.ADMIN_ONLY)
    @Transactional(readOnly = true)
    public List<AuditActor> actors(Locale locale) {
        writer.flush();
        List<String> usernames = entries.usernames();
        AuditLookup.Names names = lookup.users(usernames);
        return usernames.stream()
                .map(u -> new AuditActor(u, AuditRenderer.user(u, names, locale)))
                .sorted(Comparator.comparing(AuditActor::name, java.text.Collator.getInstance(locale)))
                .toList();
    }

    /** Every row the filters select, as an Excel workbook in the reader's language. */
    @PreAuthorize(Access.ADMIN_ONLY)
    @Transactional(readOnly = true)
    public void export(AuditQuery query, Locale locale, OutputStream out) {
        writer.flush();
        try (AuditExport export = new AuditExport(locale)) {
            for (int offset = 0; ; offset += EXPORT_PAGE) {
                List<AuditEntry> page = search.page(query, offset, EXPORT_PAGE);
                export.add(rows(page, locale));
                search.clear();
                if (page.size() < EXPORT_PAGE) {
                    break;
                }
            }
            export.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<AuditRow> rows(List<AuditEntry> page, Locale locale) {
        AuditLookup.Names names = lookup.names(page);
        return page.stream().map(e -> AuditRenderer.row(e, names, locale)).toList();
    }

    private AuditEntry entry(AuditSubject subject, String action, String field, AuditValue before, AuditValue after) {
        AuditEntry e = new AuditEntry();
        e.subjectType = subject.type();
        e.subjectId = subject.id();
        e.parentType = subject.parentType();
        e.parentId = subject.parentId();
        e.subjectLabel = subject.name();
        e.action = Objects.requireNonNull(action, "action");
        e.field = field;
        AuditValue typed = after != null ? after : before;
        e.valueType = typed == null ? null : typed.type();
        e.oldValue = before == null ? null : before.raw();
        e.newValue = after == null ? null : after.raw();
        e.username = actor();
        e.changedAt = clock.instant();
        return e;
    }
}
