package vn.cchc.portal.audit;

import java.util.function.Function;

/** One field of a snapshot (a form, a record) and how to read its value, for {@link AuditLog#compare}. */
public record AuditField<T>(String name, Function<T, AuditValue> value) {

    public static <T> AuditField<T> of(String name, Function<T, AuditValue> value) {
        return new AuditField<>(name, value);
    }
}
