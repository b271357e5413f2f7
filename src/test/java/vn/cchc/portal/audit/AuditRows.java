package vn.cchc.portal.audit;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the audit view's rows for feature tests and checks they read as a user reads them. */
public final class AuditRows {

    public static final Locale VI = Locale.of("vi", "VN");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+|[A-Z]{4,}");
    private static final Pattern ID_ONLY = Pattern.compile("#?\\d+");

    private AuditRows() {}

    /** The rows the audit view shows for a kind of subject and a text, newest first (the caller is an admin). */
    public static List<AuditRow> find(AuditLog log, AuditSubjectType type, String text) {
        return log.search(new AuditQuery(type, null, null, null, text), 0, 500, VI);
    }

    /** The one row of an action and field among rows. */
    public static AuditRow row(List<AuditRow> rows, String action, String field) {
        List<AuditRow> matching = rows.stream()
                .filter(r -> r.action().equals(action) && java.util.Objects.equals(r.field(), field))
                .toList();
        assertThat(matching).as("%s %s in %s", action, field, rows).hasSize(1);
        return matching.getFirst();
    }

    /**
     * Every row reads as text for people: labels for action, field and kind of subject, a named subject, values
     * that are neither ISO dates nor code names; ids only where a field really is a number.
     */
    public static void assertReadable(List<AuditRow> rows) {
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.actionLabel()).as("action of %s", r).isNotEqualTo(r.action());
            assertThat(r.subjectTypeLabel())
                    .as("kind of %s", r)
                    .isNotEqualTo(r.subjectType().name());
            assertThat(r.subject())
                    .as("subject of %s", r)
                    .isNotBlank()
                    .isNotEqualTo("(không còn)")
                    .doesNotMatch(ID_ONLY);
            assertThat(r.user()).as("user of %s", r).isNotBlank();
            if (r.field() != null) {
                assertThat(r.fieldLabel()).as("field of %s", r).isNotEqualTo(r.field());
            }
            for (String value : new String[] {r.oldValue(), r.newValue()}) {
                if (value != null) {
                    assertThat(value)
                            .as("value of %s", r)
                            .doesNotContainPattern(ISO_DATE)
                            .doesNotMatch(CODE)
                            .isNotEqualTo("(không còn)");
                }
            }
        });
    }
}
