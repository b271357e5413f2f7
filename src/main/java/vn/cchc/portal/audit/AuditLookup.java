package vn.cchc.portal.audit;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the names audit rows refer to, for a whole batch of rows at once: each owning module is asked once per kind
 * of subject (in chunks of a thousand ids), then once more for the subjects those names refer to (a task is named
 * by its unit and its item), a few rounds at most.
 */
@Component
class AuditLookup {

    private static final int CHUNK = 1000;
    private static final int ROUNDS = 5;

    private final List<AuditNames> providers;

    AuditLookup(List<AuditNames> providers) {
        this.providers = List.copyOf(providers);
    }

    Names names(Collection<AuditEntry> entries) {
        Map<AuditSubjectType, Set<Long>> wanted = new EnumMap<>(AuditSubjectType.class);
        Set<String> users = new HashSet<>();
        for (AuditEntry e : entries) {
            want(wanted, e.subjectType, e.subjectId);
            if (e.parentType != null) {
                want(wanted, e.parentType, e.parentId);
            }
            refs(wanted, e.oldValue());
            refs(wanted, e.newValue());
            users.add(e.username);
        }
        Map<AuditSubjectType, Map<Long, AuditValue>> found = new EnumMap<>(AuditSubjectType.class);
        Map<AuditSubjectType, Set<Long>> asked = new EnumMap<>(AuditSubjectType.class);
        for (int round = 0; round < ROUNDS && !wanted.isEmpty(); round++) {
            Map<AuditSubjectType, Set<Long>> next = new EnumMap<>(AuditSubjectType.class);
            for (Map.Entry<AuditSubjectType, Set<Long>> kind : wanted.entrySet()) {
                Set<Long> ids = new HashSet<>(kind.getValue());
                ids.removeAll(asked.computeIfAbsent(kind.getKey(), k -> new HashSet<>()));
                asked.get(kind.getKey()).addAll(ids);
                Map<Long, AuditValue> names = ask(kind.getKey(), ids);
                found.computeIfAbsent(kind.getKey(), k -> new HashMap<>()).putAll(names);
                names.values().forEach(name -> refs(next, name));
            }
            wanted = next;
        }
        return new Names(found, users(users).users());
    }

    /** Full names of users only. */
    Names users(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (!usernames.isEmpty()) {
            Set<String> wanted = Set.copyOf(usernames);
            providers.forEach(p -> names.putAll(p.userNames(wanted)));
        }
        return new Names(Map.of(), names);
    }

    private Map<Long, AuditValue> ask(AuditSubjectType type, Set<Long> ids) {
        Map<Long, AuditValue> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        List<Long> all = new ArrayList<>(ids);
        for (AuditNames provider : providers) {
            if (provider.types().contains(type)) {
                for (int i = 0; i < all.size(); i += CHUNK) {
                    out.putAll(provider.names(type, Set.copyOf(all.subList(i, Math.min(all.size(), i + CHUNK)))));
                }
            }
        }
        return out;
    }

    private static void refs(Map<AuditSubjectType, Set<Long>> wanted, AuditValue value) {
        if (value == null) {
            return;
        }
        for (AuditValue element : value.elements()) {
            AuditSubjectType type = element.refType();
            if (type != null) {
                try {
                    want(wanted, type, Long.parseLong(element.raw()));
                } catch (NumberFormatException ignored) {
                    // an unreadable id stays unnamed
                }
            }
        }
    }

    private static void want(Map<AuditSubjectType, Set<Long>> wanted, AuditSubjectType type, long id) {
        wanted.computeIfAbsent(type, k -> new HashSet<>()).add(id);
    }

    /** The names found for one batch of rows. */
    record Names(Map<AuditSubjectType, Map<Long, AuditValue>> subjects, Map<String, String> users) {

        static final Names NONE = new Names(Map.of(), Map.of());

        AuditValue subject(AuditSubjectType type, long id) {
            return subjects.getOrDefault(type, Map.of()).get(id);
        }

        String user(String username) {
            return users.get(username);
        }
    }
}
