package vn.cchc.portal.shell;

import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import vn.cchc.portal.shared.BusinessException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Which message a failed action gets, and which failures are incidents with an id. */
class FailureReportTest {

    @Test
    void aBrokenRuleKeepsItsOwnMessageInTheUsersLanguageWhereverItIsWrapped() {
        FailureReport report =
                FailureReport.of(new RuntimeException(BusinessException.of("error.user.fullNameRequired")));

        assertThat(report.kind()).isEqualTo(FailureReport.Kind.RULE);
        assertThat(report.ruleMessage(Locale.of("vi"))).isEqualTo("Vui lòng nhập họ và tên.");
        assertThat(report.ruleMessage(Locale.ENGLISH)).isEqualTo("Please enter the full name.");
        assertThat(report.messageKey()).isNull();
        assertThat(report.incident()).isNull();
    }

    @Test
    void aRefusalAndAConflictingEditAreToldButAreNoIncidents() {
        FailureReport denied = FailureReport.of(new AuthorizationDeniedException("Access Denied"));
        FailureReport conflict = FailureReport.of(new ObjectOptimisticLockingFailureException("Plan", 7L));

        assertThat(denied.messageKey()).isEqualTo("error.denied");
        assertThat(conflict.messageKey()).isEqualTo("error.conflict");
        assertThat(denied.incident()).isNull();
        assertThat(conflict.incident()).isNull();
    }

    @Test
    void anUnreachableDatabaseIsAnIncidentWithAnIdToQuote() {
        FailureReport poolTimeout = FailureReport.of(new CannotCreateTransactionException(
                "Could not open JPA " + "EntityManager",
                new SQLTransientConnectionException("Connection is not available")));
        // the H2 failure of issue 8: a check constraint "invalid" because its session's database was closed
        FailureReport closedSession = FailureReport.of(new DataIntegrityViolationException(
                "could not execute",
                new SQLNonTransientConnectionException("The database has been closed [90098-240]")));

        // PostgreSQL ended the session under a running insert; the pool closed the connection, so the rollback
        // failed too, and Spring threw the rollback's failure instead of the insert's
        SQLException terminated =
                new SQLException("FATAL: terminating connection due to administrator command", "57P01");
        FailureReport rollbackFailed = FailureReport.of(new JpaSystemException(new TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))));
        FailureReport insertFailed = FailureReport.of(new JpaSystemException(new RuntimeException(terminated)));

        assertThat(poolTimeout.messageKey()).isEqualTo("error.database");
        assertThat(closedSession.messageKey()).isEqualTo("error.database");
        assertThat(rollbackFailed.messageKey()).isEqualTo("error.database");
        assertThat(insertFailed.messageKey()).isEqualTo("error.database");
        assertThat(poolTimeout.incident()).matches("[0-9A-F]{8}");
        assertThat(closedSession.incident()).matches("[0-9A-F]{8}");
    }

    @Test
    void anythingElseIsAnUnexpectedIncident() {
        FailureReport report = FailureReport.of(new IllegalStateException("bug"));

        assertThat(report.messageKey()).isEqualTo("error.unexpected");
        assertThat(report.incident()).matches("[0-9A-F]{8}");
    }
}
