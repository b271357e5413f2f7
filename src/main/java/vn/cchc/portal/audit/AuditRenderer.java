package vn.cchc.portal.audit;

import vn.cchc.portal.shared.Formats;
import vn.cchc.portal.shared.Texts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns stored rows into what a reader sees, and builds the search key from the same texts. */
final class AuditRenderer {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String SYSTEM = "system";
    private static final int SEARCH_KEY_MAX = 12000;
    private static final int DEPTH = 5;

    private AuditRenderer() {}

    static AuditRow row(AuditEntry e, AuditLookup.Names names, Locale locale) {
        return new AuditRow(
                e.id == null ? 0 : e.id,
                e.changedAt,
                e.username,
                user(e.username, names, locale),
                e.subjectType,
                AuditTexts.get(locale, e.subjectType.labelKey(), e.subjectType.name()),
                e.subjectId,
                subject(e, names, locale),
                parent(e, names, locale),
                e.action,
                AuditTexts.get(locale, "audit." + e.action, e.action),
                e.field,
                fieldLabel(e, locale),
                value(e.oldValue(), names, locale),
                value(e.newValue(), names, locale));
    }

    /** Sets the subject's current name and the search key: the row in Vietnamese and English, folded. */
    static void index(AuditEntry e, AuditLookup.Names names) {
        AuditRow vi = row(e, names, AuditTexts.VIETNAMESE);
        AuditRow en = row(e, names, AuditTexts.ENGLISH);
        AuditValue name = names.subject(e.subjectType, e.subjectId);
        if (name != null) {
            e.subjectLabel = Texts.cut(name(name, names, AuditTexts.VIETNAMESE, 0), 1000);
        }
        Set<String> parts = new LinkedHashSet<>();
        parts.add(e.username);
        for (AuditRow row : List.of(vi, en)) {
            parts.addAll(java.util.Arrays.asList(
                    row.user(),
                    row.subjectTypeLabel(),
                    row.subject(),
                    row.parent(),
                    row.actionLabel(),
                    row.fieldLabel(),
                    row.oldValue(),
                    row.newValue()));
        }
        parts.remove(null);
        e.searchKey = Texts.cut(Texts.fold(String.join(" ", parts)), SEARCH_KEY_MAX);
    }

    static String user(String username, AuditLookup.Names names, Locale locale) {
        if (SYSTEM.equals(username)) {
            return AuditTexts.get(locale, "audit.system", username);
        }
        String name = names.user(username);
        return name == null ? username : name;
    }

    private static String subject(AuditEntry e, AuditLookup.Names names, Locale locale) {
        AuditValue name = names.subject(e.subjectType, e.subjectId);
        if (name != null) {
            return name(name, names, locale, 0);
        }
        return e.subjectLabel != null ? e.subjectLabel : missing(locale);
    }

    private static String parent(AuditEntry e, AuditLookup.Names names, Locale locale) {
        if (e.parentType == null) {
            return null;
        }
        AuditValue name = names.subject(e.parentType, e.parentId);
        return AuditTexts.get(locale, e.parentType.labelKey(), e.parentType.name()) + ": "
                + (name == null ? missing(locale) : name(name, names, locale, 0));
    }

    private static String fieldLabel(AuditEntry e, Locale locale) {
        if (e.field == null) {
            return null;
        }
        String own = AuditTexts.find(locale, "audit.field." + e.subjectType.name() + "." + e.field);
        return own != null ? own : AuditTexts.get(locale, "audit.field." + e.field, e.field);
    }

    /** A value as the reader sees it; null for no value. */
    static String value(AuditValue value, AuditLookup.Names names, Locale locale) {
        return value == null ? null : show(value, names, locale, 0);
    }

    private static String show(AuditValue v, AuditLookup.Names names, Locale locale, int depth) {
        String raw = v.raw();
        try {
            return switch (v.type()) {
                case AuditValue.TEXT, AuditValue.INTEGER -> raw;
                case AuditValue.DECIMAL -> decimal(new BigDecimal(raw), locale);
                case AuditValue.PERCENT -> raw + "%";
                case AuditValue.BYTES -> bytes(Long.parseLong(raw), locale);
                case AuditValue.DATE -> Formats.DATE.format(LocalDate.parse(raw));
                case AuditValue.DATE_TIME ->
                    Formats.DATE_TIME.format(Instant.parse(raw).atZone(ZONE));
                case AuditValue.BOOLEAN -> AuditTexts.get(locale, "audit.value." + raw, raw);
                case AuditValue.LIST ->
                    v.elements().stream()
                            .map(e -> show(e, names, locale, depth + 1))
                            .collect(Collectors.joining(", "));
                default -> typed(v, names, locale, depth);
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            return raw;
        }
    }

    private static String typed(AuditValue v, AuditLookup.Names names, Locale locale, int depth) {
        String key = v.labelKey();
        if (key != null) {
            return AuditTexts.get(locale, key, v.raw());
        }
        AuditSubjectType type = v.refType();
        if (type == null) {
            return v.raw();
        }
        AuditValue name = names.subject(type, Long.parseLong(v.raw()));
        return name == null || depth > DEPTH ? missing(locale) : name(name, names, locale, depth + 1);
    }

    /** A subject's name: its parts (unit, item) joined with a dash. */
    private static String name(AuditValue name, AuditLookup.Names names, Locale locale, int depth) {
        if (!AuditValue.LIST.equals(name.type())) {
            return show(name, names, locale, depth);
        }
        return name.elements().stream()
                .map(e -> show(e, names, locale, depth + 1))
                .collect(Collectors.joining(" – "));
    }

    /** Up to four decimals with the reader's separators: "83,99" in Vietnamese, "83.99" in English. */
    private static String decimal(BigDecimal number, Locale locale) {
        Locale effective = locale == null || "vi".equals(locale.getLanguage()) ? Formats.VIETNAMESE : locale;
        return new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(effective)).format(number);
    }

    /** "586 B", "12,4 KB", "3,1 MB". */
    private static String bytes(long size, Locale locale) {
        if (size < 1024) {
            return size + " B";
        }
        boolean kilo = size < 1024 * 1024;
        BigDecimal amount =
                BigDecimal.valueOf(size).divide(BigDecimal.valueOf(kilo ? 1024 : 1024 * 1024), 1, RoundingMode.HALF_UP);
        return decimal(amount, locale) + (kilo ? " KB" : " MB");
    }

    private static String missing(Locale locale) {
        return AuditTexts.get(locale, "audit.value.missing", "—");
    }
}
