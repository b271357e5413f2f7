package vn.cchc.portal.audit;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Values are stored raw with their type and shown in the reader's language. */
class AuditValueTest {

    private static final Locale VI = Locale.of("vi", "VN");
    private static final AuditLookup.Names NAMES = new AuditLookup.Names(
            Map.of(
                    AuditSubjectType.ORG_UNIT, Map.of(7L, AuditValue.text("Sở Tư pháp")),
                    AuditSubjectType.PLAN_ITEM, Map.of(3L, AuditValue.text("1 – Rà soát")),
                    AuditSubjectType.ASSIGNMENT,
                            Map.of(
                                    9L,
                                    AuditValue.list(List.of(
                                            AuditValue.ref(AuditSubjectType.ORG_UNIT, 7L),
                                            AuditValue.ref(AuditSubjectType.PLAN_ITEM, 3L))))),
            Map.of());

    private static String shown(AuditValue value, Locale locale) {
        return AuditRenderer.value(value, NAMES, locale);
    }

    @Test
    void eachTypeIsShownAsAPersonReadsIt() {
        assertThat(shown(AuditValue.of(LocalDate.of(2026, 1, 29)), VI)).isEqualTo("29/01/2026");
        assertThat(shown(AuditValue.of(Instant.parse("2026-01-29T01:30:00Z")), VI))
                .isEqualTo("29/01/2026 08:30");
        assertThat(shown(AuditValue.of(new BigDecimal("1234.5000")), VI)).isEqualTo("1.234,5");
        assertThat(shown(AuditValue.of(new BigDecimal("1234.5000")), Locale.ENGLISH))
                .isEqualTo("1,234.5");
        assertThat(shown(AuditValue.of(2026), VI)).isEqualTo("2026");
        assertThat(shown(AuditValue.percent(40), VI)).isEqualTo("40%");
        assertThat(shown(AuditValue.bytes(586), VI)).isEqualTo("586 B");
        assertThat(shown(AuditValue.bytes(12_650), VI)).isEqualTo("12,4 KB");
        assertThat(shown(AuditValue.bytes(3_250_000), Locale.ENGLISH)).isEqualTo("3.1 MB");
        assertThat(shown(AuditValue.of(true), VI)).isEqualTo("Có");
        assertThat(shown(AuditValue.of(false), Locale.ENGLISH)).isEqualTo("No");
        assertThat(shown(AuditValue.label("assignment.role", Role.LEAD), VI)).isEqualTo("Chủ trì");
        assertThat(shown(AuditValue.ref(AuditSubjectType.ORG_UNIT, 7L), VI)).isEqualTo("Sở Tư pháp");
        assertThat(shown(AuditValue.ref(AuditSubjectType.ORG_UNIT, 8L), VI)).isEqualTo("(không còn)");
        assertThat(shown(AuditValue.ref(AuditSubjectType.ASSIGNMENT, 9L), VI)).isEqualTo("Sở Tư pháp – 1 – Rà soát");
        assertThat(shown(AuditValue.of(List.of("12/QĐ-STP", LocalDate.of(2026, 2, 3))), VI))
                .isEqualTo("12/QĐ-STP, 03/02/2026");
    }

    @Test
    void blankTextsAndEmptyListsAreNoValueAndTextsKeepTheirLines() {
        assertThat(AuditValue.text("  ")).isNull();
        assertThat(AuditValue.list(List.of())).isNull();
        assertThat(AuditValue.of(null)).isNull();
        assertThat(AuditValue.text(" Dòng một\r\nDòng hai ").raw()).isEqualTo("Dòng một\nDòng hai");
        assertThat(AuditValue.text("x".repeat(5000)).raw()).hasSize(4000).endsWith("…");
        assertThat(AuditValue.of(new BigDecimal("83.9900"))).isEqualTo(AuditValue.of(new BigDecimal("83.99")));
    }

    @Test
    void anEnumWithoutItsLabelKeyIsRefused() {
        assertThatThrownBy(() -> AuditValue.of(Role.LEAD)).isInstanceOf(IllegalArgumentException.class);
    }

    private enum Role {
        LEAD
    }
}
